"""The budget sections: driftbudget, resultaträkning and investeringar as spreadsheet grids,
each with its unit (tkr or mnkr) above the grid."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QInputDialog, QLabel, QWidget

from vplan_desktop.budget_labels import Table, table_unit
from vplan_desktop.db.enums import BudgetTabell
from vplan_desktop.errors import InputError
from vplan_desktop.sections import SECTIONS, ItemKind, Section
from vplan_desktop.services import budget_rows, items
from vplan_desktop.ui import seen
from vplan_desktop.ui.budget_column_dialog import BudgetColumnDialog
from vplan_desktop.ui.budget_unit import UnitPicker
from vplan_desktop.ui.change_place import Place
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.base import SectionEditor, button_row, select_row, tool_button
from vplan_desktop.ui.editors.cost_type_grid import CostTypePanel
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.models.budget import BudgetGridModel, DriftbudgetModel, ResultatModel
from vplan_desktop.ui.models.investments import InvesteringModel, history_year
from vplan_desktop.ui.models.table import ROW_ID_ROLE, ColumnTableModel
from vplan_desktop.ui.read_only import per_verksamhet
from vplan_desktop.ui.spreadsheet import SpreadsheetView
from vplan_desktop.validation import Finding


class GridEditor(SectionEditor):
    """A heading, the unit, the grid and its buttons."""

    caption = QT_TR_NOOP("Belopp i {unit}")
    """What the amounts are, with the table's unit."""
    unit_table: Table
    row_kind: ItemKind
    """The kind of item a row of the grid is."""
    total_row: object = None
    """The row id of the row a printed total is typed on (None: the grid has none)."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = self.make_model()
        top = self.top_row = QHBoxLayout()
        self.caption_label = QLabel()
        top.addWidget(self.caption_label)
        top.addStretch(1)
        self.unit_picker = UnitPicker(context, self.unit_table)
        top.addWidget(self.unit_picker)
        self.outer.addLayout(top)
        self.show_caption()
        self.view = per_verksamhet(SpreadsheetView())  # her rows: the model says which
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.heading_text())
        self.outer.addWidget(self.view, 1)
        self.add_button = tool_button(tr(self.add_text), icon="plus")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = tool_button(tr("Ta bort rad"), icon="trash")
        self.remove_button.clicked.connect(self.remove_row)
        self.add_header_actions(self.add_button)
        self.buttons = button_row(self.remove_button)
        self.outer.addLayout(self.buttons)
        self.view.share_width({0: 180})  # the amounts fit their content, the names wrap
        self.add_empty_hint(self.view, tr(self.empty_text), self.section_empty)

    add_text = QT_TR_NOOP("Ny rad")
    empty_text = ""

    def show_caption(self) -> None:
        unit = table_unit(self.context.plan.uppgifter, self.unit_table)
        self.caption_label.setText(f"<i>{tr(self.caption).format(unit=unit.value)}</i>")

    def on_changed(self, change: object) -> None:
        self.show_caption()

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
        elif finding.kind == ItemKind.BUDGETKOLUMN:
            row = self.total_row
        if not self.view.select_item(row, finding.field):
            self.view.setFocus()

    def show_change(self, place: Place) -> bool:
        if place.kind is ItemKind.PLAN:  # the unit: the combo box shows the plan's again
            self.unit_picker.combo.setFocus()
            return True
        if place.kind is ItemKind.BUDGETKOLUMN:  # a printed total, or a column added
            field = f"kolumn:{place.item_id}"
            if self.total_row is not None and self.view.select_item(self.total_row, field):
                return True
            self.view.setFocus()
            return False
        return select_row(self.view, place.row) if place.row is not None else False

    def selected_item(self) -> object:
        index = self.view.currentIndex()
        return index.data(ROW_ID_ROLE) if index.isValid() else None

    def ask_name(self, title: str, label: str) -> str | None:
        # OK with an empty field goes on to the service, which refuses it and says why.
        name, ok = QInputDialog.getText(self, title, label)
        return name.strip() if ok else None

    def add_row(self) -> None:
        raise NotImplementedError

    def remove_row(self) -> None:
        item = self.selected_item()
        if isinstance(item, tuple):
            item = item[0]
        if isinstance(item, int):
            self.context.edit(
                tr("Ta bort rad"), seen.delete(self.context.plan, [(self.row_kind, item)])
            )


class VerksamhetGridEditor(GridEditor):
    """A grid whose rows are verksamheter and whose columns the user adds (driftbudget,
    resultaträkning)."""

    add_text = QT_TR_NOOP("Ny verksamhet…")
    tabell: BudgetTabell
    table_name = ""
    """The table as the new-column dialog names it ("driftbudgeten")."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.add_column_button = tool_button(
            tr("Ny kolumn…"),
            tr("Lägg till en kolumn: bokslut, budget, utfall, prognos, avvikelse, plan"),
            icon="column-insert-right",
        )
        self.add_column_button.clicked.connect(self.add_column)
        self.remove_column_button = tool_button(
            tr("Ta bort kolumn"),
            tr("Ta bort kolumnen där markören står, med dess belopp"),
            icon="column-remove",
        )
        self.remove_column_button.clicked.connect(self.remove_column)
        stretch = self.buttons.count() - 1  # before the stretch at the end
        self.buttons.insertWidget(stretch, self.add_column_button)
        self.buttons.insertWidget(stretch + 1, self.remove_column_button)

    def add_row(self) -> None:
        name, ok = QInputDialog.getText(self, tr("Ny verksamhet"), tr("Verksamhetens namn:"))
        if not ok:
            return
        # An empty name goes to the service as well, which refuses it and says why (OK with
        # an empty field did nothing at all, as if the button were broken). The verksamhet
        # (when new) and its row are one action: both or neither, one undo.
        self.context.edit(
            tr("Lägg till {strip}").format(strip=name.strip()),
            partial(budget_rows.add_verksamhet_row, row_kind=self.row_kind, namn=name),
        )

    def make_dialog(self) -> BudgetColumnDialog:
        year = self.context.plan.uppgifter.forsta_ar - 1  # the year the plan is written
        return BudgetColumnDialog(self.tabell, year, tr(self.table_name), self)

    def add_column(self) -> None:
        dialog = self.make_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fields = dialog.fields()
        change = self.context.edit(
            tr("Ny kolumn"),
            partial(items.add_item, kind_name=ItemKind.BUDGETKOLUMN, fields=fields),
        )
        if change is not None and isinstance(self.model, BudgetGridModel):
            column = self.model.column_for(f"kolumn:{change.item_id}")
            current = self.view.currentIndex()
            self.view.setCurrentIndex(self.model.index(max(current.row(), 0), column))
            self.view.setFocus()

    def remove_column(self) -> None:
        assert isinstance(self.model, BudgetGridModel)
        index = self.view.currentIndex()
        column = self.model.plan_column(index.column()) if index.isValid() else None
        if column is None:
            self.context.failed.emit(tr("Välj en cell i kolumnen som ska tas bort."))
            return
        self.context.edit(
            tr("Ta bort kolumnen {rubrik}").format(rubrik=column.rubrik),
            seen.delete(self.context.plan, [(ItemKind.BUDGETKOLUMN, column.id)]),
        )


class DriftbudgetEditor(VerksamhetGridEditor):
    title = SECTIONS[Section.DRIFT].title
    help_text = QT_TR_NOOP(
        "Nettokostnad per verksamhet. Klistra in från Excel med Ctrl+V; KF:s ram skrivs på sin "
        "rad, och differensen blir röd när ramen överskrids. En summa som planen anger skrivs "
        "på raden NETTOKOSTNAD; töm cellen för att räkna den från raderna."
    )
    row_kind = ItemKind.DRIFTBUDGET_RAD
    caption = QT_TR_NOOP("Nettobelopp i {unit}")
    unit_table = "drift"
    tabell = BudgetTabell.DRIFT
    table_name = QT_TR_NOOP("driftbudgeten")
    total_row = "summa"
    empty_text = QT_TR_NOOP(
        "<b>Inga verksamheter i driftbudgeten ännu.</b><br>Lägg till den första med "
        "<i>Ny verksamhet…</i> uppe till höger, eller läs in budgeten från ekonomens Excelfil "
        "(Arkiv → Läs in budget från Excel…)."
    )

    def section_empty(self) -> bool:
        return not self.context.plan.driftbudget

    def make_model(self) -> ColumnTableModel:
        return DriftbudgetModel(self.context)


SUMMED_TIP = QT_TR_NOOP(
    "Visa och skriv ut Summa intäkter, kostnader och netto under verksamheterna. Stäng av när "
    "planen redovisar varje verksamhet för sig, utan summa (till exempel när en rad själv är "
    "en summa av andra, eller en verksamhet ligger utanför nämndens budget)."
)


class ResultatEditor(VerksamhetGridEditor):
    title = SECTIONS[Section.RESULTAT].title
    help_text = QT_TR_NOOP(
        "Intäkter skrivs positiva och kostnader negativa. Netto räknas ut som "
        "intäkter + kostnader när det inte anges; en Summa netto som planen anger skrivs på "
        "sin rad. Under verksamheterna kan resultaträkningen delas upp per kostnadsslag."
    )
    row_kind = ItemKind.RESULTAT_RAD
    caption = QT_TR_NOOP("Intäkter, kostnader och netto i {unit}")
    unit_table = "resultat"
    tabell = BudgetTabell.RESULTAT
    table_name = QT_TR_NOOP("resultaträkningen")
    total_row = ("summa", "netto")
    empty_text = QT_TR_NOOP(
        "<b>Ingen resultaträkning ännu.</b><br>Lägg till en verksamhet med "
        "<i>Ny verksamhet…</i> uppe till höger och skriv dess intäkter och kostnader."
    )

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.summed_box = QCheckBox(tr("&Summera verksamheterna"))
        self.summed_box.setToolTip(tr(SUMMED_TIP))
        self.summed_box.setAccessibleDescription(tr(SUMMED_TIP))
        # "clicked" comes from the user only: showing the plan's choice never edits it.
        self.summed_box.clicked.connect(self._summed_chosen)
        self.top_row.insertWidget(self.top_row.count() - 1, self.summed_box)
        self.show_summed()
        self.cost_types = CostTypePanel(context)
        self.outer.addWidget(self.cost_types, 1)

    def on_changed(self, change: object) -> None:
        super().on_changed(change)
        self.show_summed()

    def show_summed(self) -> None:
        """Tick the box as the plan says (after an undo, or a refused change)."""
        self.summed_box.setChecked(self.context.plan.uppgifter.summa_resultat)

    def _summed_chosen(self, checked: bool) -> None:
        self.context.edit(
            tr("Summera verksamheterna") if checked else tr("Summera inte verksamheterna"),
            seen.update(self.context.plan, ItemKind.PLAN, 1, {"summa_resultat": checked}),
        )
        self.show_summed()

    def section_empty(self) -> bool:
        return not self.context.plan.resultatrakning

    def make_model(self) -> ColumnTableModel:
        return ResultatModel(self.context)

    def show_change(self, place: Place) -> bool:
        if place.kind is ItemKind.KOSTNADSSLAG_RAD:
            return self.cost_types.show_item(place.row)
        return super().show_change(place)


class InvesteringEditor(GridEditor):
    title = SECTIONS[Section.INVESTERINGAR].title
    help_text = QT_TR_NOOP(
        "Projekt eller projektgrupper med belopp för budgetåret och fyra planår. Tidigare år "
        "och utfall visas när de har belopp."
    )
    row_kind = ItemKind.INVESTERING
    caption = QT_TR_NOOP("Investeringsutgifter i {unit}")
    unit_table = "investering"
    add_text = QT_TR_NOOP("Nytt projekt…")
    empty_text = QT_TR_NOOP(
        "<b>Inga investeringar ännu.</b><br>Lägg till ett projekt med <i>Nytt projekt…</i> "
        "uppe till höger. Har nämnden inga investeringar kan avsnittet lämnas tomt."
    )

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.history_button = tool_button(
            tr("Lägg till tidigare år…"),
            tr("Visa ett år före planen, för dess budget och utfall"),
            icon="calendar-plus",
        )
        self.history_button.clicked.connect(self.ask_history_year)
        self.utfall_box = QCheckBox(tr("Visa &utfall"))
        self.utfall_box.setToolTip(tr("Visar en kolumn för utfallet efter varje år"))
        self.utfall_box.setChecked(self.investments.show_utfall)
        self.utfall_box.toggled.connect(self.investments.set_show_utfall)
        stretch = self.buttons.count() - 1
        self.buttons.insertWidget(stretch, self.history_button)
        self.buttons.insertWidget(stretch + 1, self.utfall_box)

    @property
    def investments(self) -> InvesteringModel:
        assert isinstance(self.model, InvesteringModel)
        return self.model

    def section_empty(self) -> bool:
        return not self.context.plan.investeringar

    def make_model(self) -> ColumnTableModel:
        return InvesteringModel(self.context)

    def add_row(self) -> None:
        name = self.ask_name(tr("Nytt projekt"), tr("Projektets namn:"))
        if name is not None:
            self.context.edit(
                tr("Nytt projekt"),
                partial(items.add_item, kind_name=ItemKind.INVESTERING, fields={"projekt": name}),
            )

    def ask_history_year(self) -> None:
        """Ask for a year before the plan and show its column, to type its figures in."""
        first = self.context.plan.uppgifter.forsta_ar
        text, ok = QInputDialog.getText(
            self,
            tr("Lägg till tidigare år"),
            tr("År före {first} (för budget och utfall):").format(first=first),
        )
        if not ok or not text.strip():
            return
        try:
            year = history_year(text, first)
        except InputError as error:
            self.context.failed.emit(error.message)
            return
        self.investments.add_year(year)
        column = self.investments.year_column(year)
        if column is not None:
            current = self.view.currentIndex()
            self.view.setCurrentIndex(self.model.index(max(current.row(), 0), column))
            self.view.setFocus()
