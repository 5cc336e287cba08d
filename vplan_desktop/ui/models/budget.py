"""Grid models of the budget: driftbudget with totals and KF's ram, and the resultaträkning.
Amounts are in the table's unit (tkr or mnkr), typed and shown the Swedish way, every one with
the table's decimals (a row carries them, so that a change of them repaints every row); a
column's printed total is typed on its total row, and avvikelse columns are computed, never
typed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import Qt

from vplan_desktop import budget
from vplan_desktop import domain as d
from vplan_desktop.budget_labels import (
    Table,
    drift_amounts,
    resultat_amounts,
    table_decimals,
    table_unit,
)
from vplan_desktop.db.enums import BeloppEnhet, BudgetTabell
from vplan_desktop.formatting import format_amount
from vplan_desktop.sections import ItemKind, Part
from vplan_desktop.services import values
from vplan_desktop.ui import seen
from vplan_desktop.ui.context import Edit
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.models.budget_cells import (
    amount_from,
    column_header,
    computed_colour,
    computed_note,
    given_total_font,
    total_tooltip,
)
from vplan_desktop.ui.models.investments import InvesteringModel, InvesteringRow
from vplan_desktop.ui.models.table import RIGHT, WARNING_RED, Column, ColumnTableModel, Index

__all__ = [
    "DriftbudgetModel",
    "InvesteringModel",
    "InvesteringRow",
    "ResultatModel",
    "amount_from",
]

Figures = dict[int, Decimal | None]
"""Amounts by column id."""


def _rename_verksamhet(plan: d.PlanSnapshot, verksamhet_id: int, name: Any) -> tuple[str, Edit]:
    return tr("Byt namn på verksamhet"), seen.update(
        plan, ItemKind.VERKSAMHET, verksamhet_id, {"namn": name}
    )


class BudgetGridModel(ColumnTableModel):
    """A grid over a budget table's columns whose total row may hold printed totals."""

    tabell: BudgetTabell

    def plan_columns(self) -> list[d.BudgetKolumn]:
        return self.context.plan.kolumner(self.tabell)

    def unit(self) -> BeloppEnhet:
        """The unit the table's amounts are written in."""
        table: Table = "drift" if self.tabell is BudgetTabell.DRIFT else "resultat"
        return table_unit(self.context.plan.uppgifter, table)

    def given_total_row(self, row: Any) -> bool:
        """Whether ``row`` is the row a printed total is typed on."""
        raise NotImplementedError

    def plan_column(self, column: int) -> d.BudgetKolumn | None:
        """The budget column shown in a grid column (the first grid column is the names)."""
        columns = self.plan_columns()
        return columns[column - 1] if 1 <= column <= len(columns) else None

    def set_total(self, column: d.BudgetKolumn, text: Any) -> tuple[str, Edit]:
        """Type a printed total; an empty cell goes back to the rows' sum."""
        return tr("Ändra summan för {column}").format(column=column.rubrik), partial(
            values.set_column_total,
            kolumn_id=column.id,
            belopp=amount_from(text),
            seen=seen.column_total(self.context.plan, column.id),
        )

    def prepare(self, index: Index, value: Any) -> tuple[str, Edit] | None:
        if not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return None
        row, column = self.row_at(index.row()), self.plan_column(index.column())
        if column is not None and self.given_total_row(row):
            typed = amount_from(value)
            if column.id not in row.given and typed == row.sums.get(column.id):
                return None  # the total is the rows' sum already: nothing to fix
        return super().prepare(index, value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            row = self.row_at(index.row())
            column = self.plan_column(index.column())
            if self.given_total_row(row) and column is not None and column.id in row.given:
                return given_total_font()
        return super().data(index, role)

    def amount_column(
        self,
        column: d.BudgetKolumn,
        commit: Any,
        tooltip: Any,
        foreground: Any = None,
    ) -> Column:
        """A grid column of amounts of one budget column."""
        unit = self.unit()
        shown = partial(
            lambda c, r: format_amount(r.belopp.get(c.id), unit, decimals=r.decimals), column
        )
        # Typing starts from the amount as stored, without the zeros the table adds.
        stored = partial(lambda c, r: format_amount(r.belopp.get(c.id), unit), column)
        computed = computed_colour() if column.computed else None
        return Column(
            column_header(column),
            shown,
            commit=commit,
            field=f"kolumn:{column.id}",
            edit_value=stored,
            align=RIGHT,
            sort_key=partial(lambda c, r: r.belopp.get(c.id) or 0, column),
            foreground=foreground or (lambda r: computed),
            tooltip=tooltip,
            accessible=f"{column.rubrik}, {unit}",
        )

    def total_tip(self, column: d.BudgetKolumn, row: Any) -> str:
        """The tooltip of a cell on the total row, or "" elsewhere."""
        if not self.given_total_row(row) or column.id not in row.given:
            return ""
        return total_tooltip(
            row.belopp.get(column.id), row.sums.get(column.id), self.unit(), row.decimals
        )


# --- driftbudget --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DriftRow:
    """A row of the driftbudget grid: a verksamhet, or one of the rows below them."""

    kind: str  # "rad", "summa", "ram", "diff"
    id: Any
    namn: str
    belopp: Figures = field(default_factory=dict)
    verksamhet_id: int | None = None
    sums: Figures = field(default_factory=dict)
    """On the NETTOKOSTNAD row: the rows' sum per column (a printed total may differ)."""
    given: frozenset[int] = frozenset()
    """On the NETTOKOSTNAD row: the columns whose total is printed as given."""
    decimals: int = 0
    """The decimals the table's amounts are shown with (``budget_labels.table_decimals``)."""


class DriftbudgetModel(BudgetGridModel):
    """Verksamheter × the driftbudget's year columns, then NETTOKOSTNAD, KF:s ram, Differens."""

    parts = (Part.DRIFTBUDGET, Part.VERKSAMHETER, Part.KF_RAM, Part.BUDGETKOLUMNER, Part.UPPGIFTER)
    row_parts = (Part.DRIFTBUDGET, Part.VERKSAMHETER, Part.KF_RAM)
    tabell = BudgetTabell.DRIFT

    def ram_column(self, column: d.BudgetKolumn) -> bool:
        """Whether KF's ram applies to a column (``budget.ram_applies``)."""
        return budget.ram_applies(self.context.plan, column)

    def rows(self) -> Sequence[DriftRow]:
        drift = budget.driftbudget(self.context.plan)
        columns = drift.columns
        places = table_decimals(drift_amounts(drift), self.unit())

        def by_column(figures: Sequence[budget.Amount]) -> Figures:
            return budget.column_figures(columns, figures)

        rows = [
            DriftRow(
                "rad",
                line.rad.id,
                line.namn,
                by_column(line.belopp),
                line.rad.verksamhet_id,
                decimals=places,
            )
            for line in drift.lines
        ]
        given = frozenset(c.id for c in columns if c.angiven_summa is not None and not c.computed)
        totals, sums = by_column(drift.totals), by_column(drift.sums)
        return [
            *rows,
            DriftRow("summa", "summa", tr("NETTOKOSTNAD"), totals, None, sums, given, places),
            DriftRow("ram", "ram", tr("KF:s ram"), by_column(drift.ram), decimals=places),
            DriftRow(
                "diff",
                "diff",
                tr("Differens mot ram"),
                by_column(drift.difference),
                decimals=places,
            ),
        ]

    def row_id(self, row: Any) -> Any:
        return row.id if row.kind == "rad" else row.kind

    def row_font_bold(self, row: Any) -> bool:
        return bool(row.kind != "rad")

    def given_total_row(self, row: Any) -> bool:
        return bool(row.kind == "summa")

    def editable_row(self, row: Any, column: int) -> bool:
        if column == 0:
            return bool(row.kind == "rad")
        shown = self.plan_column(column)
        if shown is None or shown.computed:
            return False
        if row.kind == "ram":
            return self.ram_column(shown)
        return bool(row.kind in ("rad", "summa"))

    def writes(self, row: Any, column: int) -> tuple[str, int | None]:
        # The name is the verksamhet's own (the plan's); a total, KF's ram are the plan's.
        if column == 0 or row.kind != "rad":
            return "", None
        return "driftbudget_belopp", row.verksamhet_id

    def columns(self) -> list[Column]:
        result = [
            Column(
                tr("Verksamhet"),
                lambda r: r.namn,
                commit=self._rename,
                tooltip=lambda r: tr("Över KF:s ram") if r.kind == "diff" else "",
            )
        ]
        columns = self.plan_columns()
        for column in columns:
            note = computed_note(columns, column) if column.computed else ""
            result.append(
                self.amount_column(
                    column,
                    partial(self._set_amount, column),
                    partial(self._tooltip, column, note),
                    partial(self._colour, column),
                )
            )
        return result

    def _colour(self, column: d.BudgetKolumn, row: DriftRow) -> Any:
        value = row.belopp.get(column.id)
        if row.kind == "diff" and value is not None and value < 0:
            return WARNING_RED
        return computed_colour() if column.computed else None

    def _tooltip(self, column: d.BudgetKolumn, note: str, row: DriftRow) -> str:
        value = row.belopp.get(column.id)
        if row.kind == "diff" and value is not None and value < 0:
            unit = self.unit()
            over = format_amount(-value, unit, decimals=row.decimals)
            return tr("Nettokostnaden är {amount} {unit} över KF:s ram för {year}.").format(
                amount=over, unit=unit, year=column.ar
            )
        if note and row.kind in ("rad", "summa"):
            return note
        return self.total_tip(column, row)

    def _rename(self, row: DriftRow, name: Any) -> tuple[str, Edit]:
        assert row.verksamhet_id is not None
        return _rename_verksamhet(self.context.plan, row.verksamhet_id, name)

    def _set_amount(self, column: d.BudgetKolumn, row: DriftRow, text: Any) -> tuple[str, Edit]:
        if row.kind == "summa":
            return self.set_total(column, text)
        amount = amount_from(text)
        if row.kind == "ram":
            return tr("Ändra KF:s ram {year}").format(year=column.ar), partial(
                values.set_kf_ram,
                ar=column.ar,
                belopp=amount,
                seen=seen.kf_ram(self.context.plan, column.ar),
            )
        return tr("Ändra {row}, {column}").format(row=row.namn, column=column.rubrik), partial(
            values.set_drift_amount,
            rad_id=row.id,
            kolumn_id=column.id,
            belopp=amount,
            seen=seen.drift_amount(self.context.plan, row.id, column.id),
        )


# --- resultaträkning ----------------------------------------------------------------------------

RESULTAT_LABELS = budget.RESULTAT_LINES


@dataclass(frozen=True)
class ResultatRow:
    kind: str  # "rad" or "summa"
    id: Any
    namn: str
    falt: str
    rad_id: int | None
    verksamhet_id: int | None
    belopp: Figures
    computed: dict[int, bool] = field(default_factory=dict)
    sums: Figures = field(default_factory=dict)
    """On the Summa netto row: the rows' netto summed per column."""
    given: frozenset[int] = frozenset()
    """On the Summa netto row: the columns whose total is printed as given."""
    decimals: int = 0
    """The decimals the table's amounts are shown with (``budget_labels.table_decimals``)."""


class ResultatModel(BudgetGridModel):
    """Each verksamhet's intäkter, kostnader and netto per column, then the totals."""

    parts = (Part.RESULTATRAKNING, Part.VERKSAMHETER, Part.BUDGETKOLUMNER, Part.UPPGIFTER)
    row_parts = (Part.RESULTATRAKNING, Part.VERKSAMHETER)
    tabell = BudgetTabell.RESULTAT

    def rows(self) -> Sequence[ResultatRow]:
        result = budget.resultatrakning(self.context.plan)
        columns = result.columns
        places = table_decimals(resultat_amounts(result), self.unit())
        rows: list[ResultatRow] = []
        for line in result.lines:
            r = line.rad
            computed = {c.id: True for c, yes in zip(columns, line.computed, strict=True) if yes}
            for falt, label in RESULTAT_LABELS.items():
                rows.append(
                    ResultatRow(
                        "rad",
                        (r.id, falt),
                        f"{line.namn} {label}",
                        falt,
                        r.id,
                        r.verksamhet_id,
                        budget.column_figures(columns, line.field(falt)),
                        computed if falt == "netto" else {},
                        decimals=places,
                    )
                )
        given = frozenset(c.id for c in columns if c.angiven_summa is not None and not c.computed)
        for falt, label in RESULTAT_LABELS.items() if result.summed else ():
            netto = falt == "netto"
            rows.append(
                ResultatRow(
                    "summa",
                    ("summa", falt),
                    tr("Summa {label}").format(label=label),
                    falt,
                    None,
                    None,
                    budget.column_figures(columns, result.totals(falt)),
                    sums=budget.column_figures(columns, result.netto_sums) if netto else {},
                    given=given if netto else frozenset(),
                    decimals=places,
                )
            )
        return rows

    def row_font_bold(self, row: Any) -> bool:
        return bool(row.kind == "summa" or row.falt == "netto")

    def given_total_row(self, row: Any) -> bool:
        return bool(row.kind == "summa" and row.falt == "netto")

    def editable_row(self, row: Any, column: int) -> bool:
        shown = self.plan_column(column)
        if shown is not None and shown.computed:
            return False
        return bool(row.kind == "rad" or self.given_total_row(row))

    def writes(self, row: Any, column: int) -> tuple[str, int | None]:
        return ("resultat_belopp", row.verksamhet_id) if row.kind == "rad" else ("", None)

    def columns(self) -> list[Column]:
        result = [
            Column(
                tr("Resultaträkning, {unit}").format(unit=self.unit()),
                lambda r: r.namn,
                field="namn",
            )
        ]
        columns = self.plan_columns()
        for column in columns:
            note = computed_note(columns, column) if column.computed else ""
            result.append(
                self.amount_column(
                    column, partial(self._set_amount, column), partial(self._tooltip, column, note)
                )
            )
        return result

    def _tooltip(self, column: d.BudgetKolumn, note: str, row: ResultatRow) -> str:
        if note:
            return note
        if row.computed.get(column.id):
            return tr("Beräknat: intäkter + kostnader")
        return self.total_tip(column, row)

    def _set_amount(self, column: d.BudgetKolumn, row: ResultatRow, text: Any) -> tuple[str, Edit]:
        if self.given_total_row(row):
            return self.set_total(column, text)
        assert row.rad_id is not None
        return tr("Ändra {row}, {column}").format(row=row.namn, column=column.rubrik), partial(
            values.set_resultat_amount,
            rad_id=row.rad_id,
            kolumn_id=column.id,
            falt=row.falt,
            belopp=amount_from(text),
            seen=seen.resultat_amount(self.context.plan, row.rad_id, column.id, row.falt),
        )
