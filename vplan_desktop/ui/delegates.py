"""Cell editors: a picker where a column offers choices, a date field with a calendar for
dates, a line edit otherwise. The model says which through ``EDITOR_ROLE``."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from vplan_desktop.errors import InputError
from vplan_desktop.ui.date_field import DateField
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.models.table import (
    CHOICES_ROLE,
    DATE_START_ROLE,
    EDITOR_ROLE,
    ColumnTableModel,
)

Index = QModelIndex | QPersistentModelIndex
SHOWN_ROLE = "vplanShown"
"""The property of a date field holding the text the cell had when the field opened."""
_LEAVING_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def match_choice(text: str, labels: list[str]) -> int | None:
    """The position of the choice ``text`` names: the same label (any case), or the one label
    it begins; None when it names none or several ("Termin" is not "Tertial"). A label's
    indent (a goal under its målområde) is not part of its name."""
    wanted = text.strip().casefold()
    folded = [label.strip().casefold() for label in labels]
    if wanted in folded:
        return folded.index(wanted)
    starting = [n for n, label in enumerate(folded) if wanted and label.startswith(wanted)]
    return starting[0] if len(starting) == 1 else None


def choice_error(text: str, labels: list[str]) -> InputError:
    shown = ", ".join(label.strip() for label in labels if label.strip()) or tr("(inga)")
    return InputError(
        tr("”{text}” finns inte bland valen. Välj bland: {shown}.").format(
            text=text.strip(), shown=shown
        )
    )


def _column_model(index: Index) -> tuple[ColumnTableModel, QModelIndex] | None:
    """The column model under a view's index (through sort/filter proxies), and the index there."""
    model = index.model()
    source = model.index(index.row(), index.column())  # (grids are flat tables)
    while isinstance(model, QSortFilterProxyModel):
        source = model.mapToSource(source)
        model = model.sourceModel()
    return (model, source) if isinstance(model, ColumnTableModel) else None


class PlanDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._indexes: dict[QWidget, QPersistentModelIndex] = {}
        """The cell each open editor edits (to check its text before it closes)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = index.data(EDITOR_ROLE)
        if kind == "choice":
            # Editable, so that typing into the cell writes text instead of jumping to the
            # first choice that shares a letter; the text must then name one choice.
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for label, value in index.data(CHOICES_ROLE) or []:
                combo.addItem(label, value)
            combo.setAccessibleName(
                str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
            )
            self._indexes[combo] = QPersistentModelIndex(index)
            return combo
        if kind == "date":
            # A plain line edit: a QDateEdit's sections fight typing into an empty cell.
            field = DateField(parent, index.data(DATE_START_ROLE))
            field.setAccessibleName(
                str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
            )
            field.chosen.connect(partial(self._picked, field))
            self._indexes[field] = QPersistentModelIndex(index)
            return field
        editor = super().createEditor(parent, option, index)
        self._indexes[editor] = QPersistentModelIndex(index)
        return editor

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        self._indexes.pop(editor, None)
        super().destroyEditor(editor, index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter, Tab or a click elsewhere on a value the cell cannot take: say why and keep
        the editor open with the typed text, to be corrected rather than typed again."""
        leaving = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _LEAVING_KEYS
        ) or (
            # A click elsewhere would save and close: the typed text would be lost.
            event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            and event.reason()
            not in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)
        )
        if (
            leaving
            and isinstance(watched, QWidget)
            and watched.isVisible()  # not a grid being hidden or closed with its window
            and watched.window().isActiveWindow()
            and (error := self._refusal(watched)) is not None
        ):
            found = _column_model(self._indexes[watched])
            if found is not None:
                found[0].context.failed.emit(error.message)
            line = watched.lineEdit() if isinstance(watched, QComboBox) else watched
            if isinstance(line, QLineEdit):
                line.selectAll()
            return True
        return super().eventFilter(watched, event)

    def _refusal(self, editor: QWidget) -> InputError | None:
        """What is wrong with the editor's text for its cell, or None if it can be saved."""
        index = self._indexes.get(editor)
        found = _column_model(index) if index is not None and index.isValid() else None
        if found is None:
            return None
        model, source = found
        value: Any
        if isinstance(editor, QComboBox):
            labels = [editor.itemText(n) for n in range(editor.count())]
            position = match_choice(editor.currentText(), labels)
            if position is None:
                return choice_error(editor.currentText(), labels)
            value = editor.itemData(position)
        elif isinstance(editor, DateField):
            if editor.text().strip() == editor.property(SHOWN_ROLE):
                return None
            value = editor.text()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return None
        try:
            model.prepare(source, value)
        except InputError as error:
            return error
        return None

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
            if (line := editor.lineEdit()) is not None:
                line.selectAll()  # a typed letter replaces the shown choice
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
            labels = [editor.itemText(n) for n in range(editor.count())]
            position = match_choice(editor.currentText(), labels)
            if position is None:  # left by a click elsewhere: say so, change nothing
                model_found = _column_model(index)
                if model_found is not None:
                    error = choice_error(editor.currentText(), labels)
                    model_found[0].context.failed.emit(error.message)
                return
            value = editor.itemData(position)
        elif isinstance(editor, DateField):
            if editor.text().strip() == editor.property(SHOWN_ROLE):
                return  # opened and left as it was: nothing to save, no empty undo step
            value = editor.text()  # the model reads it (and says so if it is no date)
        else:
            super().setModelData(editor, model, index)
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)
