"""How wide a text field must be to show what it is for."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


def placeholder_width(edit: QLineEdit, least: int = 0) -> int:
    """``least``, or the width that shows ``edit``'s whole placeholder text where that is
    wider (a longer translation, a larger font): the text, the field's frame and padding, and
    room for its clear button when it has one."""
    button = edit.fontMetrics().height() + 8 if edit.isClearButtonEnabled() else 0
    return max(least, edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16 + button)
