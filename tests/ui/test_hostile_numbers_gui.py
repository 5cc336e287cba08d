"""Hostile numbers typed or pasted into the budget grids: refused with a message that names the
cell, and the plan unchanged (the core paths are in tests/test_hostile_numbers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from tests.ui.helpers import context_of, editor_of, shown_window
from vplan_desktop.ui.editors.budget_grid import DriftbudgetEditor
from vplan_desktop.ui.main_window import MainWindow

NBSP = "\u00a0"
TOO_LARGE = f"talet är orimligt stort (högst 999{NBSP}999{NBSP}999{NBSP}999)."


@pytest.fixture
def window(qtbot: QtBot, example_path: Path) -> MainWindow:
    main = shown_window(qtbot, example_path)
    main.show_section("drift")
    return main


def _said(window: MainWindow) -> list[str]:
    messages: list[str] = []
    context_of(window).failed.connect(messages.append)
    return messages


@pytest.mark.parametrize("text", ["10 000 000 000 000", "-1000000000000"])
def test_a_typed_amount_too_large_is_refused_naming_the_cell(window: MainWindow, text: str) -> None:
    model = editor_of(window, "drift", DriftbudgetEditor).view.model()
    index = model.index(0, 1)
    name = str(model.index(0, 0).data())
    column = str(model.headerData(1, Qt.Orientation.Horizontal)).splitlines()[0]
    before = context_of(window).plan
    messages = _said(window)
    assert not model.setData(index, text, Qt.ItemDataRole.EditRole)
    bound = TOO_LARGE if text[0] != "-" else TOO_LARGE.replace("högst ", "minst -")
    assert messages == [f"Beloppet för ”{name}”, {column}: {bound}"]
    assert context_of(window).plan == before


def test_a_pasted_amount_too_large_stops_the_paste_naming_the_cell(window: MainWindow) -> None:
    view = editor_of(window, "drift", DriftbudgetEditor).view
    view.setCurrentIndex(view.model().index(0, 1))
    before = context_of(window).plan
    steps = context_of(window).undo_stack.index()
    messages = _said(window)
    assert not view.paste("5\t-10000000000000\t7")
    assert context_of(window).plan == before
    assert context_of(window).undo_stack.index() == steps
    assert messages[-1].startswith("Inget klistrades in.")
    assert "Beloppet för ”" in messages[-1]
    assert "orimligt stort (minst -999" in messages[-1]


def test_a_pasted_number_too_long_to_read_names_its_row_and_column(window: MainWindow) -> None:
    view = editor_of(window, "drift", DriftbudgetEditor).view
    view.setCurrentIndex(view.model().index(0, 1))
    column = str(view.model().headerData(2, Qt.Orientation.Horizontal)).splitlines()[0]
    before = context_of(window).plan
    messages = _said(window)
    assert not view.paste("5\t9223372036854775808")
    assert context_of(window).plan == before
    assert messages[-1] == (
        f"Inget klistrades in. Rad 1, {column}: ”9223372036854775808” har fler än 15 siffror."
    )
