"""Property-based: whatever text is pasted into a budget grid, the paste is applied whole or
refused with a message, and a refused paste changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import shown_window
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vplan_desktop.ui.spreadsheet import parse_block

CELL = st.one_of(
    st.integers(-(10**12), 10**12).map(str),
    st.integers(-999_999, 999_999).map(lambda n: f"{n:,}".replace(",", " ")),
    st.sampled_from(["", " ", "-", "1,5", "12 %", "x", "−1 200", "\u00a0300", "1e9", "∞"]),
    st.text(max_size=12),
)
BLOCK = st.lists(st.lists(CELL, min_size=1, max_size=5), min_size=1, max_size=5).map(
    lambda rows: "\n".join("\t".join(row) for row in rows)
)


@pytest.fixture
def window(qtbot, example_path: Path):  # type: ignore[no-untyped-def]
    """One window for all the examples of a run (hypothesis reuses function fixtures)."""
    main = shown_window(qtbot, example_path)
    main.show_section("drift")  # type: ignore[attr-defined]
    return main


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=BLOCK | st.text(max_size=60))
def test_any_paste_is_whole_or_refused(window, text: str) -> None:  # type: ignore[no-untyped-def]
    view = window.workspace.editors["drift"].view
    view.setCurrentIndex(view.model().index(0, 1))
    before = window.context.plan
    window.workspace.message.clear()
    applied = view.paste(text)
    assert isinstance(applied, bool)
    if not applied:
        assert window.context.plan == before
    rows = parse_block(text)
    assert all(isinstance(cell, str) for row in rows for cell in row)
