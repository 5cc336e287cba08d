"""Turning a whole workspace read-only: for a plan opened read-only and for an adopted plan.

Buttons that change the plan are hidden, text fields become read-only, pickers are disabled
and tables stop opening cell editors. Widgets that only change the view (search, filters, the
key-figure table picker) carry the property ``vplan_visning`` and are left alone. Every edit
is refused by ``PlanContext.edit`` and the services as well; this is what the user sees.

A redaktör limited to some verksamheter on a plan on the server gets a section read-only but
for the widgets marked ``per_verksamhet`` (a table whose rows she may partly write: its model
says which, ``ColumnTableModel.writes``; the buttons that act on such rows).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

VIEW_ONLY = "vplan_visning"
PER_VERKSAMHET = "vplan_per_verksamhet"
_HIDDEN = "vplan_dold_las"
_TRIGGERS = "vplan_redigering"


W = TypeVar("W", bound=QWidget)


def view_only(widget: W) -> W:
    """Mark ``widget`` as changing only the view, so read-only mode leaves it working."""
    widget.setProperty(VIEW_ONLY, True)
    return widget


def per_verksamhet(widget: W) -> W:
    """Mark ``widget`` as one a redaktör limited to verksamheter uses too (``set_read_only``
    with ``spared=PER_VERKSAMHET`` leaves it writable)."""
    widget.setProperty(PER_VERKSAMHET, True)
    return widget


_CONTROLS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _skipped(widget: QWidget, root: QWidget) -> bool:
    """View-only widgets, and the inner parts of a control (a line edit's clear button, a
    table's corner button), which follow their control."""
    if widget.property(VIEW_ONLY):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if parent.property(VIEW_ONLY) or isinstance(parent, _CONTROLS):
            return True
        parent = parent.parentWidget()
    return False


_STYLE = "vplan_stil"


def _look_read_only(widget: QWidget, read_only: bool) -> None:
    """A field that cannot be edited looks like it: the window's colour behind the text."""
    if read_only:
        widget.setProperty(_STYLE, widget.styleSheet())
        widget.setStyleSheet(widget.styleSheet() + "\nbackground: palette(window);")
    elif widget.property(_STYLE) is not None:
        widget.setStyleSheet(str(widget.property(_STYLE)))
        widget.setProperty(_STYLE, None)


def set_read_only(root: QWidget, read_only: bool, *, spared: str = "") -> None:
    """Make ``root``'s widgets read-only (or writable again); with ``spared``, a property
    name, the widgets that have it stay (or become) writable."""
    whole = read_only
    for widget in root.findChildren(QWidget):
        if _skipped(widget, root):
            continue
        read_only = whole and not (spared and widget.property(spared))
        if isinstance(widget, QCheckBox):
            widget.setEnabled(not read_only)
        elif isinstance(widget, QAbstractButton):
            if read_only and not widget.isHidden():
                widget.setProperty(_HIDDEN, True)
                widget.hide()
            elif not read_only and widget.property(_HIDDEN):
                widget.setProperty(_HIDDEN, False)
                widget.show()
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
            if read_only != widget.isReadOnly():
                _look_read_only(widget, read_only)
            widget.setReadOnly(read_only)
        elif isinstance(widget, QComboBox):
            widget.setEnabled(not read_only)
        elif isinstance(widget, QAbstractItemView):
            if read_only:
                if widget.property(_TRIGGERS) is None:
                    widget.setProperty(_TRIGGERS, int(widget.editTriggers().value))
                widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            elif widget.property(_TRIGGERS) is not None:
                widget.setEditTriggers(
                    QAbstractItemView.EditTrigger(int(widget.property(_TRIGGERS)))
                )
                widget.setProperty(_TRIGGERS, None)
