"""Hostile numbers typed or pasted into the budget grids: refused with a message that names the
cell, and the plan unchanged (the core paths are in tests/test_hostile_numbers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import shown_window

from PySide6.QtCore import Qt

NBSP = "\u00a0"
TOO_LARGE = f"talet är orimligt stort (högst 999{NBSP}999{NBSP}999{NBSP}999)."


@pytest.fixture
def window(qtbot, example_path: Path):  # type: ignore[no-untyped-def]
    main = shown_window(qtbot, example_path)
    main.show_section("drift")  # type: ignore[attr-defined]
    return main


def _said(window) -> list[str]:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    window.context.failed.connect(messages.append)
    return messages


@pytest.mark.parametrize("text", ["10 000 000 000 000", "-1000000000000"])
def test_a_typed_amount_too_large_is_refused_naming_the_cell(window, text: str) -> None:  # type: ignore[no-untyped-def]
    model = window.workspace.editors["drift"].view.model()
    index = model.index(0, 1)
    name = str(model.index(0, 0).data())
    column = str(model.headerData(1, Qt.Orientation.Horizontal)).splitlines()[0]
    before = window.context.plan
    messages = _said(window)
    assert not model.setData(index, text, Qt.ItemDataRole.EditRole)
    bound = TOO_LARGE if text[0] != "-" else TOO_LARGE.replace("högst ", "minst -")
    assert messages == [f"Beloppet för ”{name}”, {column}: {bound}"]
    assert window.context.plan == before


def test_a_pasted_amount_too_large_stops_the_paste_naming_the_cell(window) -> None:  # type: ignore[no-untyped-def]
    view = window.workspace.editors["drift"].view
    view.setCurrentIndex(view.model().index(0, 1))
    before = window.context.plan
    steps = window.context.undo_stack.index()
    messages = _said(window)
    assert not view.paste("5\t-10000000000000\t7")
    assert window.context.plan == before
    assert window.context.undo_stack.index() == steps
    assert messages[-1].startswith("Inget klistrades in.")
    assert "Beloppet för ”" in messages[-1]
    assert "orimligt stort (minst -999" in messages[-1]


def test_a_pasted_number_too_long_to_read_names_its_row_and_column(window) -> None:  # type: ignore[no-untyped-def]
    view = window.workspace.editors["drift"].view
    view.setCurrentIndex(view.model().index(0, 1))
    column = str(view.model().headerData(2, Qt.Orientation.Horizontal)).splitlines()[0]
    before = window.context.plan
    messages = _said(window)
    assert not view.paste("5\t9223372036854775808")
    assert window.context.plan == before
    assert messages[-1] == (
        f"Inget klistrades in. Rad 1, {column}: ”9223372036854775808” har fler än 15 siffror."
    )
