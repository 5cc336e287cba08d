"""The budget sections: driftbudget, resultaträkning and investeringar as spreadsheet grids."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QInputDialog, QLabel, QWidget

from vplan_desktop.sections import SECTIONS, ItemKind, Section
from vplan_desktop.services import budget_rows, items
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.base import SectionEditor, button_row, tool_button
from vplan_desktop.ui.models.budget import DriftbudgetModel, InvesteringModel, ResultatModel
from vplan_desktop.ui.models.table import ROW_ID_ROLE, ColumnTableModel
from vplan_desktop.ui.spreadsheet import SpreadsheetView
from vplan_desktop.validation import Finding


class GridEditor(SectionEditor):
    """A heading, the unit, the grid and its buttons."""

    caption = "Belopp i tkr"
    row_kind: ItemKind
    """The kind of item a row of the grid is."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = self.make_model()
        unit = QLabel(f"<i>{self.caption}</i>")
        self.outer.addWidget(unit)
        self.view = SpreadsheetView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.title)
        self.outer.addWidget(self.view, 1)
        self.add_button = tool_button(self.add_text)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = tool_button("Ta bort rad")
        self.remove_button.clicked.connect(self.remove_row)
        self.outer.addLayout(button_row(self.add_button, self.remove_button))
        self.view.share_width({0: 180})  # the amounts fit their content, the names wrap
        self.add_empty_hint(self.view, self.empty_text, self.section_empty)

    add_text = "Ny rad"
    empty_text = ""

    def section_empty(self) -> bool:
        """True while the plan has no rows in this table (the hint in the grid says so)."""
        raise NotImplementedError

    def make_model(self) -> ColumnTableModel:
        raise NotImplementedError

    def focus_finding(self, finding: Finding) -> None:
        row: object = finding.item_id
        if finding.kind == ItemKind.KF_RAM:
            row = "ram"
        elif finding.kind == ItemKind.RESULTAT_RAD:
            row = (finding.item_id, "netto")
        if not self.view.select_item(row, finding.field):
            self.view.setFocus()

    def selected_item(self) -> object:
        index = self.view.currentIndex()
        return index.data(ROW_ID_ROLE) if index.isValid() else None

    def ask_name(self, title: str, label: str) -> str | None:
        name, ok = QInputDialog.getText(self, title, label)
        return name.strip() if ok and name.strip() else None

    def add_row(self) -> None:
        raise NotImplementedError

    def remove_row(self) -> None:
        item = self.selected_item()
        if isinstance(item, tuple):
            item = item[0]
        if isinstance(item, int):
            self.context.edit(
                "Ta bort rad", partial(items.delete_items, items=[(self.row_kind, item)])
            )


class VerksamhetGridEditor(GridEditor):
    """A grid whose rows are verksamheter (driftbudget, resultaträkning)."""

    add_text = "Ny verksamhet…"

    def add_row(self) -> None:
        name, ok = QInputDialog.getText(self, "Ny verksamhet", "Verksamhetens namn:")
        if not ok:
            return
        # An empty name goes to the service as well, which refuses it and says why (OK with
        # an empty field did nothing at all, as if the button were broken). The verksamhet
        # (when new) and its row are one action: both or neither, one undo.
        self.context.edit(
            f"Lägg till {name.strip()}",
            partial(budget_rows.add_verksamhet_row, row_kind=self.row_kind, namn=name),
        )


class DriftbudgetEditor(VerksamhetGridEditor):
    title = SECTIONS[Section.DRIFT].title
    help_text = (
        "Nettokostnad per verksamhet i hela tkr. Klistra in från Excel med Ctrl+V; "
        "KF:s ram skrivs på sin rad, och differensen blir röd när ramen överskrids."
    )
    row_kind = ItemKind.DRIFTBUDGET_RAD
    caption = "Nettobelopp i tkr utan decimal"
    empty_text = (
        "<b>Inga verksamheter i driftbudgeten ännu.</b><br>Lägg till den första med "
        "<i>Ny verksamhet…</i> nedan, eller läs in budgeten från ekonomens Excelfil "
        "(Arkiv → Läs in budget från Excel…)."
    )

    def section_empty(self) -> bool:
        return not self.context.plan.driftbudget

    def make_model(self) -> ColumnTableModel:
        return DriftbudgetModel(self.context)


class ResultatEditor(VerksamhetGridEditor):
    title = SECTIONS[Section.RESULTAT].title
    help_text = (
        "Intäkter skrivs positiva och kostnader negativa. Netto räknas ut som "
        "intäkter + kostnader när det inte anges."
    )
    row_kind = ItemKind.RESULTAT_RAD
    empty_text = (
        "<b>Ingen resultaträkning ännu.</b><br>Lägg till en verksamhet med "
        "<i>Ny verksamhet…</i> nedan och skriv dess intäkter och kostnader."
    )

    def section_empty(self) -> bool:
        return not self.context.plan.resultatrakning

    def make_model(self) -> ColumnTableModel:
        return ResultatModel(self.context)


class InvesteringEditor(GridEditor):
    title = SECTIONS[Section.INVESTERINGAR].title
    help_text = "Projekt eller projektgrupper med belopp för budgetåret och fyra planår."
    row_kind = ItemKind.INVESTERING
    add_text = "Nytt projekt…"
    empty_text = (
        "<b>Inga investeringar ännu.</b><br>Lägg till ett projekt med <i>Nytt projekt…</i> "
        "nedan. Har nämnden inga investeringar kan avsnittet lämnas tomt."
    )

    def section_empty(self) -> bool:
        return not self.context.plan.investeringar

    def make_model(self) -> ColumnTableModel:
        return InvesteringModel(self.context)

    def add_row(self) -> None:
        name = self.ask_name("Nytt projekt", "Projektets namn:")
        if name is not None:
            self.context.edit(
                "Nytt projekt",
                partial(items.add_item, kind_name=ItemKind.INVESTERING, fields={"projekt": name}),
            )
