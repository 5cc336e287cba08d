"""Parts every vplan dialog has: a red line for what went wrong, and Swedish OK/Avbryt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from vplan_desktop.db.file_header import FILE_SUFFIX
from vplan_desktop.ui.i18n import tr
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
    buttons.button(standard.Cancel).setText(tr("Avbryt"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def plan_file(text: str) -> Path | None:
    """The plan file a user typed, with ".vplan" added when missing; None for nothing typed."""
    if not text.strip():
        return None
    path = Path(text.strip())
    return path if path.suffix == FILE_SUFFIX else path.with_name(path.name + FILE_SUFFIX)


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose "&" marks its Alt key. A label without a buddy would show the "&"
    itself, as QFormLayout's labels do for a row that is a layout rather than a widget."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
