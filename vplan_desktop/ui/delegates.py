"""Cell editors: a picker where a column offers choices, a calendar for dates, a line edit
otherwise. The model says which through ``EDITOR_ROLE``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from vplan_desktop.errors import InputError
from vplan_desktop.formatting import parse_date
from vplan_desktop.ui.models.table import CHOICES_ROLE, EDITOR_ROLE

Index = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(2000, 1, 1)


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
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("yyyy-MM-dd")
            editor.setMinimumDate(NO_DATE)
            editor.setSpecialValueText("–")  # the minimum date stands for "no date"
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            current = index.data(Qt.ItemDataRole.EditRole)
            position = editor.findData(current)
            editor.setCurrentIndex(position if position >= 0 else 0)
            return
        if isinstance(editor, QDateEdit):
            try:
                value = parse_date(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            except InputError:
                value = None
            editor.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        value: Any
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QDateEdit):
            date = editor.date()
            value = None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())
        else:
            super().setModelData(editor, model, index)
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)
