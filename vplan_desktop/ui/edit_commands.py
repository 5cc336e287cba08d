"""Redigera → Klipp ut, Kopiera, Klistra in, Markera allt: done by the widget with the focus."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from vplan_desktop.ui.spreadsheet import SpreadsheetView

COMMANDS = ("cut", "copy", "paste", "selectAll")


def edit_focused(name: str) -> bool:
    """Run ``name`` (one of ``COMMANDS``) on the focused field or grid; False if it has none.

    The menu's shortcuts are the usual Ctrl+X/C/V/A, which a text field takes for itself
    first; a grid does not, so it gets them through here (copy and paste as blocks of cells,
    cut as copy then empty the cells).
    """
    widget = QApplication.focusWidget()
    if isinstance(widget, QAbstractSpinBox) and name == "selectAll":
        widget.selectAll()
        return True
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        getattr(widget, name)()
        return True
    if isinstance(widget, SpreadsheetView):
        if name in ("copy", "cut"):
            QGuiApplication.clipboard().setText(widget.copy_text())
            if name == "cut":
                widget.clear_selection_cells()
        elif name == "paste":
            widget.paste(QGuiApplication.clipboard().text())
        else:
            widget.selectAll()
        return True
    if isinstance(widget, QAbstractItemView) and name == "selectAll":
        widget.selectAll()
        return True
    return False
