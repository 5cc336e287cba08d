"""Parts every vplan dialog has: a red line for what went wrong, and Swedish OK/Avbryt."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from vplan_desktop.ui.models.table import WARNING_RED


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {WARNING_RED.name()};")
    return label


def ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK (named ``ok_text``) and Avbryt, wired to the dialog's accept and reject."""
    standard = QDialogButtonBox.StandardButton
    buttons = QDialogButtonBox(standard.Ok | standard.Cancel)
    buttons.button(standard.Ok).setText(ok_text)
    buttons.button(standard.Cancel).setText("Avbryt")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
