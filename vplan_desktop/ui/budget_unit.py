"""The unit of a budget table above its grid: "Belopp i: [tkr ▾]". Choosing the other unit
converts every amount of the table exactly, as one step on the undo stack."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from vplan_desktop.budget_labels import Table, table_unit
from vplan_desktop.db.enums import BeloppEnhet
from vplan_desktop.services import budget_units
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr

TOOLTIP = QT_TR_NOOP("Byter enhet och räknar om alla belopp i tabellen")


class UnitPicker(QWidget):
    """A label and a combo box with the table's unit; the plan's unit is always shown."""

    def __init__(self, context: PlanContext, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = table
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        for unit in BeloppEnhet:
            self.combo.addItem(unit.value, unit)
        self.combo.setToolTip(tr(TOOLTIP))
        self.combo.setAccessibleName(tr("Belopp i"))
        self.combo.setAccessibleDescription(tr(TOOLTIP))
        self.combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label = QLabel(tr("&Belopp i:"))
        label.setBuddy(self.combo)
        label.setToolTip(tr(TOOLTIP))
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self.show_unit()
        # "activated" comes from the user only: showing the plan's unit never converts anything.
        self.combo.activated.connect(self._chosen)
        context.changed.connect(self.show_unit)

    def unit(self) -> BeloppEnhet:
        """The table's unit in the plan."""
        return table_unit(self.context.plan.uppgifter, self.table)

    def show_unit(self, _change: object = None) -> None:
        """Show the plan's unit (after an undo, or a change that was refused)."""
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self.combo.findData(self.unit()))
        self.combo.blockSignals(False)

    def _chosen(self, position: int) -> None:
        wanted = BeloppEnhet(self.combo.itemData(position))
        if wanted is self.unit():
            return
        self.context.edit(
            tr("Byt enhet till {value}").format(value=wanted.value),
            partial(budget_units.set_budget_unit, table=self.table, unit=wanted),
        )
        self.show_unit()  # a refused change shows the plan's unit again
