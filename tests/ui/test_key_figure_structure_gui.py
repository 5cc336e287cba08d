"""A key-figure table's målområde, reporting frequency and footnotes, and a row made a sub-row
and back, as a user does it in the window: keys, pickers and the footnote field; each step
checked on screen and in the plan file, and undone with Ctrl+Z."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import on_disk, press, shown_cells, shown_window, type_text
from vplan_desktop.db.enums import Frekvens
from vplan_desktop.sections import Section
from vplan_desktop.ui.editors.key_figures import NyckeltalEditor
from vplan_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
INDENT = "\u2003\u2003"


def _open(qtbot: QtBot, path: Path) -> tuple[MainWindow, NyckeltalEditor]:
    window = shown_window(qtbot, path)
    window.show_section(Section.NYCKELTAL)
    assert window.workspace is not None
    editor = window.workspace.editors[Section.NYCKELTAL]
    assert isinstance(editor, NyckeltalEditor)
    qtbot.waitUntil(editor.isVisible)
    return window, editor


def _names(editor: NyckeltalEditor) -> list[str]:
    return [row[0] for row in shown_cells(editor.view)]


def test_a_row_is_made_a_sub_row_and_a_main_row_again_with_the_keyboard(
    qtbot: QtBot, example_path: Path
) -> None:
    _window, editor = _open(qtbot, example_path)
    names = [r.namn for r in on_disk(example_path).nyckeltal[0].rader]
    editor.view.setFocus()
    editor.view.setCurrentIndex(editor.model.index(1, 0))
    assert editor.level_buttons[1].isEnabled() and not editor.level_buttons[0].isEnabled()

    press(qtbot, Qt.Key.Key_Right, ALT_SHIFT)
    assert _names(editor)[:3] == [names[0], INDENT + names[1], names[2]]
    assert [r.niva for r in on_disk(example_path).nyckeltal[0].rader][:3] == [0, 1, 0]
    assert editor.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        f"Underrad till ”{names[0]}”"
    )
    assert editor.level_buttons[0].isEnabled() and not editor.level_buttons[1].isEnabled()

    press(qtbot, Qt.Key.Key_Left, ALT_SHIFT)
    assert _names(editor)[1] == names[1]
    assert on_disk(example_path).nyckeltal[0].rader[1].niva == 0
    press(qtbot, Qt.Key.Key_Z, CTRL)  # one step back: a sub-row again
    assert on_disk(example_path).nyckeltal[0].rader[1].niva == 1
    assert _names(editor)[1] == INDENT + names[1]


def test_the_first_row_stays_a_main_row_and_the_user_is_told_why(
    qtbot: QtBot, example_path: Path
) -> None:
    window, editor = _open(qtbot, example_path)
    assert window.context is not None
    told: list[str] = []
    window.context.failed.connect(told.append)
    editor.view.setFocus()
    editor.view.setCurrentIndex(editor.model.index(0, 0))
    editor.level_buttons[1].click()
    assert told == [
        "Den första raden i en tabell kan inte vara en underrad: "
        "det finns ingen rad ovanför som den hör till."
    ]
    assert on_disk(example_path).nyckeltal[0].rader[0].niva == 0


def test_målområde_frequency_and_footnotes_are_set_in_the_form_and_undone(
    qtbot: QtBot, example_path: Path
) -> None:
    _window, editor = _open(qtbot, example_path)
    plan = on_disk(example_path)
    area = plan.malomraden[-1]
    details = editor.details

    details.area.setFocus()
    assert details.area.currentText() == "(inget målområde)"
    qtbot.keyClick(details.area, Qt.Key.Key_Up)  # the last målområde, just above "(inget …)"
    assert details.area.currentText() == area.rubrik
    assert on_disk(example_path).nyckeltal[0].malomrade_id == area.id

    details.frequency.setFocus()
    qtbot.keyClicks(details.frequency, "t")  # typing a letter picks "tertial"
    assert details.frequency.currentText() == "tertial"
    assert on_disk(example_path).nyckeltal[0].frekvens is Frekvens.TERTIAL

    details.notes.setFocus()
    type_text(details.notes, "* Utan faderskapsutredningar")
    qtbot.keyClick(details.notes, Qt.Key.Key_Return)
    type_text(details.notes, "** Per den 31 december")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field saves it
    assert QApplication.focusWidget() is not details.notes
    stored = on_disk(example_path).nyckeltal[0]
    assert stored.notes == ("* Utan faderskapsutredningar", "** Per den 31 december")

    # The second table shows its own (empty) fields; the first keeps what was set.
    editor.tables.setCurrentIndex(1)
    assert (details.area.currentData(), details.frequency.currentData()) == (None, None)
    assert details.notes.toPlainText() == ""
    editor.tables.setCurrentIndex(0)
    assert details.area.currentText() == area.rubrik
    assert details.notes.toPlainText().splitlines()[1] == "** Per den 31 december"

    # Ctrl+Z three times: the notes, the frequency, the målområde, one step each.
    editor.view.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert on_disk(example_path).nyckeltal[0].fotnoter == ""
    assert details.notes.toPlainText() == ""
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert on_disk(example_path).nyckeltal[0].frekvens is None
    assert details.frequency.currentText() == "(inte angivet)"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert on_disk(example_path).nyckeltal[0].malomrade_id is None
    assert details.area.currentText() == "(inget målområde)"
