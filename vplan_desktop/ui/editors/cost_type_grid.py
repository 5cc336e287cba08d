"""The resultaträkning by cost type, under the resultaträkning per verksamhet: its own grid and
buttons, held by the Resultaträkning page."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QInputDialog, QLabel, QVBoxLayout, QWidget

from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.ui import seen
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.base import button_row, select_row, tool_button
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.models.cost_types import CostTypeModel
from vplan_desktop.ui.models.table import ROW_ID_ROLE
from vplan_desktop.ui.spreadsheet import SpreadsheetView


class CostTypePanel(QWidget):
    """A heading, the grid of cost types and its buttons."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        heading = QLabel(tr("<b>Per kostnadsslag</b>"))
        heading.setToolTip(tr("Resultaträkningen uppdelad på intäkter och kostnadsslag"))
        layout.addWidget(heading)
        self.model = CostTypeModel(context)
        self.view = SpreadsheetView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("Resultaträkning per kostnadsslag"))
        heading.setBuddy(self.view)
        layout.addWidget(self.view, 1)
        self.add_button = tool_button(
            tr("Nytt kostnadsslag…"),
            tr("Lägg till en rad, till exempel Personalkostnader"),
            icon="plus",
        )
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = tool_button(tr("Ta bort kostnadsslag"), icon="trash")
        self.remove_button.clicked.connect(self.remove_row)
        layout.addLayout(button_row(self.add_button, self.remove_button))
        self.view.share_width({0: 180})

    def add_row(self) -> None:
        name, ok = QInputDialog.getText(self, tr("Nytt kostnadsslag"), tr("Kostnadsslagets namn:"))
        if not ok:
            return
        # An empty name goes to the service, which refuses it and says why.
        change = self.context.edit(
            tr("Nytt kostnadsslag"),
            partial(
                items.add_item, kind_name=ItemKind.KOSTNADSSLAG_RAD, fields={"namn": name.strip()}
            ),
        )
        if change is not None:
            select_row(self.view, change.item_id)

    def remove_row(self) -> None:
        index = self.view.currentIndex()
        item = index.data(ROW_ID_ROLE) if index.isValid() else None
        if not isinstance(item, int):
            self.context.failed.emit(tr("Välj det kostnadsslag som ska tas bort."))
            return
        self.context.edit(
            tr("Ta bort kostnadsslag"),
            seen.delete(self.context.plan, [(ItemKind.KOSTNADSSLAG_RAD, item)]),
        )

    def show_item(self, row: object) -> bool:
        """Select a cost type's row (after an undo or a redo of it)."""
        return select_row(self.view, row)
