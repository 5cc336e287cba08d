"""Parts every vplan dialog has: a red line for what went wrong, and Swedish OK/Avbryt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from vplan_desktop.db.document import FILE_SUFFIX
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


def placeholder_width(edit: QLineEdit, least: int = 0) -> int:
    """``least``, or the width that shows ``edit``'s whole placeholder text where that is
    wider (a longer translation, a larger font): the text, the field's frame and padding, and
    room for its clear button when it has one."""
    button = edit.fontMetrics().height() + 8 if edit.isClearButtonEnabled() else 0
    return max(least, edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16 + button)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open ``window`` at ``width``×``height``, or 90 % of the screen where that is smaller."""
    screen = window.screen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, available.width() * 9 // 10)
        height = min(height, available.height() * 9 // 10)
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
