"""Property-based: whatever text is pasted into a budget grid, the paste is applied whole or
refused with a message, and a refused paste changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import shown_window
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from PySide6.QtCore import Qt

from vplan_desktop.formatting import parse_amount
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
    undo_steps = window.context.undo_stack.index()
    applied = view.paste(text)
    assert isinstance(applied, bool)
    if not applied:
        assert window.context.plan == before
        assert window.context.undo_stack.index() == undo_steps
        return
    # Applied: every pasted cell that lands on an editable cell shows the pasted amount, and
    # the whole paste is one undo step that brings the plan back.
    model = view.model()
    for r, cells in enumerate(parse_block(text)):
        for c, cell in enumerate(cells):
            index = model.index(r, 1 + c)
            if not index.isValid() or not (model.flags(index) & Qt.ItemFlag.ItemIsEditable):
                continue
            shown = str(index.data(Qt.ItemDataRole.EditRole) or "")
            expected = parse_amount(cell) if cell.strip() else None
            assert (parse_amount(shown) if shown.strip() else None) == expected, (cell, shown)
    assert window.context.undo_stack.index() == undo_steps + 1
    window.context.undo_stack.undo()
    assert window.context.plan == before


def test_a_paste_refused_by_the_plan_changes_nothing(window) -> None:  # type: ignore[no-untyped-def]
    """A value that reads as a number but is out of bounds stops the whole paste, also the
    cells before it: one action, all or nothing."""
    view = window.workspace.editors["drift"].view
    view.setCurrentIndex(view.model().index(0, 1))
    before = window.context.plan
    steps = window.context.undo_stack.index()
    messages: list[str] = []
    window.context.failed.connect(messages.append)
    assert not view.paste("5\t1000000000000\t7")
    assert window.context.plan == before
    assert window.context.undo_stack.index() == steps
    assert messages and messages[-1].startswith("Inget klistrades in.")
