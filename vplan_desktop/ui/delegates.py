"""Cell editors: a picker where a column offers choices, a date field with a calendar for
dates, a line edit otherwise. The model says which through ``EDITOR_ROLE``."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from vplan_desktop.ui.date_field import DateField
from vplan_desktop.ui.models.table import CHOICES_ROLE, DATE_START_ROLE, EDITOR_ROLE

Index = QModelIndex | QPersistentModelIndex
SHOWN_ROLE = "vplanShown"
"""The property of a date field holding the text the cell had when the field opened."""


class PlanDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = index.data(EDITOR_ROLE)
        if kind == "choice":
            combo = QComboBox(parent)
            for label, value in index.data(CHOICES_ROLE) or []:
                combo.addItem(label, value)
            combo.setAccessibleName(
                str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
            )
            return combo
        if kind == "date":
            # A plain line edit: a QDateEdit's sections fight typing into an empty cell.
            field = DateField(parent, index.data(DATE_START_ROLE))
            field.setAccessibleName(
                str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
            )
            field.chosen.connect(partial(self._picked, field))
            return field
        return super().createEditor(parent, option, index)

    def _picked(self, field: DateField) -> None:
        """A date picked in the calendar is saved at once, as Enter would."""
        self.commitData.emit(field)
        self.closeEditor.emit(field, QAbstractItemDelegate.EndEditHint.NoHint)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        super().updateEditorGeometry(editor, option, index)
        if isinstance(editor, DateField):
            # A date column is as narrow as its dates; the field also holds the calendar
            # button, so it may reach over the next cell while it is open.
            editor.resize(max(editor.width(), editor.fitting_width()), editor.height())

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            current = index.data(Qt.ItemDataRole.EditRole)
            position = editor.findData(current)
            editor.setCurrentIndex(position if position >= 0 else 0)
            return
        if isinstance(editor, DateField):
            shown = str(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.setProperty(SHOWN_ROLE, shown)
            editor.setText(shown)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        value: Any
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, DateField):
            if editor.text().strip() == editor.property(SHOWN_ROLE):
                return  # opened and left as it was: nothing to save, no empty undo step
            value = editor.text()  # the model reads it (and says so if it is no date)
        else:
            super().setModelData(editor, model, index)
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)
