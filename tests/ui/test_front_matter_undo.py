"""Uppgifter edited and taken back with the keyboard: a field typed and left with Tab is saved,
Ctrl+Z puts the old text back in the field and in the plan file, Ctrl+Y does it again; the
plan period's spin box likewise."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from tests.ui.helpers import context_of, editor_of, on_disk, press, shown_window, type_text
from vplan_desktop.sections import Section
from vplan_desktop.ui.editors.front_matter import FrontMatterEditor

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_field_typed_in_uppgifter_is_undone_and_redone_with_the_keyboard(
    qtbot: QtBot, example_path: Path
) -> None:
    window = shown_window(qtbot, example_path)
    window.show_section(Section.UPPGIFTER)
    editor = editor_of(window, Section.UPPGIFTER, FrontMatterEditor)
    qtbot.waitUntil(editor.isVisible)
    field = editor.fields["diarienummer"]
    before = on_disk(example_path).uppgifter.diarienummer
    field.setFocus()
    field.selectAll()
    type_text(field, "SN 2026/999")
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # leaving the field saves it
    assert on_disk(example_path).uppgifter.diarienummer == "SN 2026/999"
    assert context_of(window).undo_stack.count() == 1

    assert not field.hasFocus()  # Tab went on to the plan period's first year
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert on_disk(example_path).uppgifter.diarienummer == before
    assert field.text() == before

    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert on_disk(example_path).uppgifter.diarienummer == "SN 2026/999"
    assert field.text() == "SN 2026/999"
