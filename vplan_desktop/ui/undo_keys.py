"""Ctrl+Z and Ctrl+Y in a form's text field go to the plan's undo, not the field's own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence


class PlanUndoKeys(QObject):
    """An event filter for text fields whose typing is saved to the plan: a field would take
    Ctrl+Z itself and put its old text back on screen while the plan kept the saved one (or
    do nothing at all once the text was saved), so the keys are left to the window's Ångra and
    Gör om, which save what is typed first and then undo a step of the plan."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.ShortcutOverride:
            undo, redo = QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo
            return event.matches(undo) or event.matches(redo)
        return False
