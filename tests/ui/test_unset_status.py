"""A status can be left unset, or taken back to unset, in the activities table and in
Uppgifter; the cell and the picker then show nothing chosen, and undo brings the status back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from tests.ui.helpers import (
    column_of,
    context_of,
    editor_of,
    on_disk,
    shown_window,
    type_text,
    workspace_of,
)
from vplan_desktop import domain as d
from vplan_desktop.ui.editors.activities import ActivitiesEditor
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.models.activities import NO_STATUS


@pytest.fixture
def window(qtbot: QtBot, example_path: Path) -> MainWindow:
    return shown_window(qtbot, example_path)


def _pick(qtbot: QtBot, editor: ActivitiesEditor, row: int, typed: str) -> None:
    """Open the status picker of ``row`` with F2, type ``typed`` over it, press Enter."""
    view = editor.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column_of(view, "Status")))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    picker = QApplication.focusWidget()
    assert isinstance(picker, QComboBox), "no status picker opened"
    assert picker.itemText(0) == d.UNSET_STATUS_LABEL
    line = picker.lineEdit()
    assert line is not None
    line.selectAll()
    type_text(line, typed)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits through a queued call


def test_an_activity_status_is_cleared_and_set_in_the_table(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    window.show_section("aktiviteter")
    editor = editor_of(window, "aktiviteter", ActivitiesEditor)
    view = editor.view
    status = column_of(view, "Status")
    first = on_disk(example_path).aktiviteter[0]
    assert first.status is d.AktivitetStatus.PAGAR

    _pick(qtbot, editor, 0, "(ingen status)")
    assert on_disk(example_path).aktiviteter[0].status is None
    assert view.model().index(0, status).data() == ""

    _pick(qtbot, editor, 0, "Klart")
    assert on_disk(example_path).aktiviteter[0].status is d.AktivitetStatus.KLART
    assert view.model().index(0, status).data() == "Klart"

    window.undo()
    assert on_disk(example_path).aktiviteter[0].status is None
    assert view.model().index(0, status).data() == ""
    window.undo()
    assert on_disk(example_path).aktiviteter[0].status is d.AktivitetStatus.PAGAR
    assert view.model().index(0, status).data() == "Pågår"
    window.redo()
    assert on_disk(example_path).aktiviteter[0].status is None


def test_delete_clears_a_status_and_the_filter_finds_those_without(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    window.show_section("aktiviteter")
    editor = editor_of(window, "aktiviteter", ActivitiesEditor)
    view = editor.view
    view.setCurrentIndex(view.model().index(0, column_of(view, "Status")))
    view.clear_selection_cells()
    assert on_disk(example_path).aktiviteter[0].status is None
    unset = [a.namn for a in context_of(window).plan.aktiviteter if a.status is None]
    editor.status_filter.setCurrentIndex(editor.status_filter.findData(NO_STATUS))
    editor.status_filter.activated.emit(editor.status_filter.currentIndex())
    shown = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    assert shown == unset


def test_the_plan_status_can_be_left_unset(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    front = workspace_of(window).front_matter
    assert front.status.currentText() == "Under beredning"
    front.status.setCurrentIndex(front.status.findText(d.UNSET_STATUS_LABEL))
    front.status.activated.emit(front.status.currentIndex())
    assert on_disk(example_path).uppgifter.status is None
    window.undo()
    assert on_disk(example_path).uppgifter.status is d.PlanStatus.UNDER_BEREDNING
    assert front.status.currentText() == "Under beredning"
    window.redo()
    assert front.status.currentText() == d.UNSET_STATUS_LABEL
