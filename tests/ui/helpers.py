"""Helpers for GUI tests: read back what reached the plan file."""

from __future__ import annotations

from pathlib import Path

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.services.read import read_plan


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


def type_text(widget: object, text: str) -> None:
    """Type ``text`` as key presses. QTest.keyClicks only knows ASCII; Swedish letters and
    dashes are sent as key events that carry their text, as a keyboard layout would."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)  # type: ignore[call-overload]
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def shown_window(qtbot: object, path: Path) -> object:
    """A main window at 1280×800, active (so cell editors get the focus), with ``path`` open."""
    from PySide6.QtWidgets import QApplication

    from vplan_desktop.ui.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)  # type: ignore[attr-defined]
    main.resize(1280, 800)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)  # type: ignore[attr-defined]
    assert main.open_plan(path)
    return main


def fill_adopt_dialog(monkeypatch: object, date: str, paragraph: str) -> list[str]:
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

    monkeypatch.setattr(AdoptDialog, "exec", answer)  # type: ignore[attr-defined]
    return said
