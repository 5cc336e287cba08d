"""Helpers for GUI tests: read back what reached the plan file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.services.read import read_plan
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.base import SectionEditor
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.workspace import PlanWorkspace

Editor = TypeVar("Editor", bound=SectionEditor)


def on_disk(path: Path) -> PlanSnapshot:
    """The plan as committed: vplan's working copy while the plan is open, else the file.

    (Edits are committed to the working copy at once and written back to the file after a
    pause; tests/test_storage.py and tests/ui/test_saving.py check the write-back.)
    """
    from vplan_desktop.storage.copies import all_copies, is_of

    copies = [files.working for files, note in all_copies() if is_of(note, path)]
    working = next((copy for copy in copies if copy.exists()), path)
    with PlanDocument.open(working, read_only=True) as document:
        return read_plan(document)


def type_text(widget: QWidget | None, text: str) -> None:
    """Type ``text`` as key presses. QTest.keyClicks only knows ASCII; Swedish letters and
    dashes are sent as key events that carry their text, as a keyboard layout would."""
    assert widget is not None, "no widget to type into (nothing has the keyboard focus)"
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def active_window(qtbot: QtBot, errors: list[str]) -> MainWindow:
    """A main window at 1280×800, active (so cell editors get the focus), with no plan open;
    what it would show the user in an error message goes to ``errors``."""
    main = MainWindow(report_error=lambda _parent, _title, text: errors.append(text))
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    return main


def shown_window(qtbot: QtBot, path: Path) -> MainWindow:
    """A main window at 1280×800, active (so cell editors get the focus), with ``path`` open."""
    from PySide6.QtWidgets import QApplication

    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    assert main.open_plan(path)
    return main


def shown_on_first_chapter(qtbot: QtBot, path: Path) -> MainWindow:
    """The window with the plan at ``path``, showing its first chapter."""
    main = shown_window(qtbot, path)
    qtbot.waitUntil(workspace_of(main).isVisible)
    main.show_section(f"kapitel:{on_disk(path).kapitel[0].id}")
    qtbot.waitUntil(workspace_of(main).chapter.isVisible)
    return main


def workspace_of(window: MainWindow) -> PlanWorkspace:
    """The window's workspace (the window has a plan open)."""
    assert window.workspace is not None, "no plan is open"
    return window.workspace


def context_of(window: MainWindow) -> PlanContext:
    """The open plan's context (the window has a plan open)."""
    assert window.context is not None, "no plan is open"
    return window.context


def editor_of(window: MainWindow, key: str, kind: type[Editor]) -> Editor:
    """The editor of the section ``key`` ("mal", "drift", …), as the editor class a test drives."""
    editor = workspace_of(window).editor_for(key)
    assert isinstance(editor, kind), f"{key}: {type(editor).__name__}, not {kind.__name__}"
    return editor


def fill_adopt_dialog(monkeypatch: pytest.MonkeyPatch, date: str, paragraph: str) -> list[str]:
    """Make the adoption dialog, when it opens, be filled in and confirmed at once; the list
    collects what it says when OK is refused."""
    from vplan_desktop.ui.adoption_dialogs import AdoptDialog

    said: list[str] = []

    def answer(dialog: AdoptDialog) -> int:
        dialog.date.setText(date)
        dialog.paragraph.setText(paragraph)
        dialog.accept()
        if dialog.error.text():
            said.append(dialog.error.text())
            return 0
        return 1

    monkeypatch.setattr(AdoptDialog, "exec", answer)
    return said


NO_MODIFIER = Qt.KeyboardModifier.NoModifier


# --- driving editors as a user does: dialogs answered, buttons clicked, cells typed -------------


def answer_next_dialog(qtbot: QtBot, fill: Callable[[QWidget], None]) -> list[str]:
    """When the next modal dialog opens, ``fill`` answers it as a user would (types, presses a
    button); the titles of the dialogs seen are kept, so a test can tell one opened."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog), "no dialog opened"
        try:
            seen.append(dialog.windowTitle())
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            fill(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()  # never leave a modal dialog open behind a failed step

    QTimer.singleShot(0, answer)
    return seen


def typed_answer(qtbot: QtBot, text: str) -> Callable[[QWidget], None]:
    """An answer to a name dialog: ``text`` typed into its field, then Enter."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog), f"not a name dialog: {dialog.windowTitle()}"
        field = QApplication.focusWidget()
        assert isinstance(field, QLineEdit)
        field.selectAll()
        type_text(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    return fill


def button_answer(qtbot: QtBot, button: str, asked: list[str]) -> Callable[[QWidget], None]:
    """An answer to a question box: its question is kept in ``asked``, then ``button`` is
    clicked with the mouse."""

    def fill(box: QWidget) -> None:
        assert isinstance(box, QMessageBox), f"not a question: {box.windowTitle()}"
        asked.append(box.text())
        chosen = next((b for b in box.buttons() if b.text() == button), None)
        assert chosen is not None, f"no button {button!r} in {[b.text() for b in box.buttons()]}"
        qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)

    return fill


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a button with the mouse, as a user does."""
    assert button.isVisible() and button.isEnabled(), f"{button.text()} cannot be clicked"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_and_answer(
    qtbot: QtBot, button: QAbstractButton, fill: Callable[[QWidget], None]
) -> list[str]:
    """Click a button that opens a dialog, and answer the dialog with ``fill``; the dialog's
    title is returned (none when no dialog opened)."""
    seen = answer_next_dialog(qtbot, fill)
    click(qtbot, button)
    if not seen:  # no dialog: the timer would answer the next one by mistake
        QApplication.processEvents()
    window = button.window()
    window.activateWindow()  # the window has the keyboard again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return seen


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """Press a key where the keyboard focus is (shortcuts included: Ctrl+Z, Ctrl+Y)."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "nothing has the keyboard"
    qtbot.keyClick(target, key, modifiers)


def edit_cell(qtbot: QtBot, view: QAbstractItemView, row: int, column: int, text: str) -> None:
    """Go to a cell, press F2, type over what is there and press Enter."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor.parent() is view.viewport(), "no cell editor opened"
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits through a queued call


def column_of(view: QAbstractItemView, header: str) -> int:
    """The column whose header's first line is ``header``."""
    model = view.model()
    for column in range(model.columnCount()):
        shown = str(model.headerData(column, Qt.Orientation.Horizontal))
        if shown.splitlines()[0] == header:
            return column
    raise AssertionError(f"no column {header!r}")


def shown_cells(view: QAbstractItemView) -> list[list[str]]:
    """Every cell's text as the view shows it, row by row."""
    model = view.model()
    return [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
