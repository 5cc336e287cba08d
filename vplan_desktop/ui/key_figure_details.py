"""The chosen key-figure table's own facts: its målområde, how often it is reported, and the
footnotes printed under it. Each is saved as one undoable step when it is chosen or left."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from vplan_desktop import domain as d
from vplan_desktop.sections import ItemKind
from vplan_desktop.ui import seen
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr

NO_AREA = QT_TR_NOOP("(inget målområde)")
NOT_SAID = QT_TR_NOOP("(inte angivet)")
COMBO_WIDTH = 320
"""The pickers' width (px), the same for all, so the form reads as one column."""


class KeyFigureTableDetails(QWidget):
    """Målområde, Rapporteras and Fotnoter of one key-figure table."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table_id: int | None = None
        form = self.form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.area = QComboBox()
        self.area.setAccessibleName(tr("Målområde"))
        self.area.activated.connect(self._save_area)
        self.frequency = QComboBox()
        self.frequency.setAccessibleName(tr("Rapporteras"))
        self.frequency.addItem(tr(NOT_SAID), None)
        for frekvens, label in d.FREKVENS_LABELS.items():
            self.frequency.addItem(label.lower(), frekvens.value)
        self.frequency.activated.connect(self._save_frequency)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(tr("Fotnoter"))
        self.notes.setPlaceholderText(tr("En not per rad, t.ex. * Utan faderskapsutredningar"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 14)
        self.notes.installEventFilter(self)
        for combo in (self.area, self.frequency):
            combo.setMinimumWidth(COMBO_WIDTH)
        form.addRow(self._label(tr("&Målområde:"), self.area), self.area)
        form.addRow(self._label(tr("&Rapporteras:"), self.frequency), self.frequency)
        form.addRow(self._label(tr("&Fotnoter:"), self.notes), self.notes)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def table(self) -> d.NyckeltalTabell | None:
        return next((t for t in self.context.plan.nyckeltal if t.id == self.table_id), None)

    def show_table(self, table_id: int | None) -> None:
        """Fill the fields from the plan for ``table_id`` (the plan may just have changed)."""
        if table_id != self.table_id:
            self.flush()  # notes typed for the table left behind are kept
        self.table_id = table_id
        table = self.table()
        for field in (self.area, self.frequency, self.notes):
            field.setEnabled(table is not None)
        self.area.clear()
        for area in self.context.plan.malomraden:
            self.area.addItem(area.rubrik, area.id)
        self.area.addItem(tr(NO_AREA), None)
        self.area.setCurrentIndex(self.area.findData(table.malomrade_id if table else None))
        frequency = table.frekvens.value if table and table.frekvens else None
        self.frequency.setCurrentIndex(self.frequency.findData(frequency))
        notes = table.fotnoter if table else ""
        if self.notes.toPlainText() != notes:
            self.notes.setPlainText(notes)

    def flush(self) -> None:
        """Save the footnotes typed but not yet saved."""
        table = self.table()
        if table is not None and self.notes.toPlainText() != table.fotnoter:
            self._update(tr("Ändra fotnoter"), fotnoter=self.notes.toPlainText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.flush()
        # Ctrl+Z / Ctrl+Y in the notes reach the plan's undo, as in the other forms: the
        # field's own undo would show old text while the plan kept the saved one.
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.ShortcutOverride:
            undo, redo = QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo
            return event.matches(undo) or event.matches(redo)
        return False

    def _update(self, text: str, **fields: Any) -> None:
        if self.table_id is None:
            return
        self.context.edit(
            text,
            seen.update(self.context.plan, ItemKind.NYCKELTAL_TABELL, self.table_id, fields),
        )

    def _save_area(self) -> None:
        table = self.table()
        area = self.area.currentData()
        if table is not None and area != table.malomrade_id:
            self._update(tr("Ändra målområde för tabell"), malomrade_id=area)

    def _save_frequency(self) -> None:
        table = self.table()
        chosen = self.frequency.currentData()
        if table is not None and chosen != (table.frekvens.value if table.frekvens else None):
            self._update(tr("Ändra rapportering"), frekvens=chosen)
