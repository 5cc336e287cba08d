"""Grid models of the budget: driftbudget with totals and KF's ram, resultaträkning,
investeringar. Amounts are whole tkr, typed and shown the Swedish way."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import Any

from vplan_desktop import budget
from vplan_desktop import domain as d
from vplan_desktop.db.enums import BudgetTabell
from vplan_desktop.formatting import format_amount, parse_amount
from vplan_desktop.sections import ItemKind, Part
from vplan_desktop.services import items, values
from vplan_desktop.ui.context import Edit
from vplan_desktop.ui.models.table import RIGHT, WARNING_RED, Column, ColumnTableModel


def amount_from(text: Any) -> int | None:
    """An amount typed in a cell; an empty cell is no amount."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    if isinstance(text, int):
        return text
    return parse_amount(str(text))


def _rename_verksamhet(verksamhet_id: int, name: Any) -> tuple[str, Edit]:
    return "Byt namn på verksamhet", partial(
        items.update_item,
        kind_name=ItemKind.VERKSAMHET,
        item_id=verksamhet_id,
        fields={"namn": name},
    )


@dataclass(frozen=True)
class DriftRow:
    """A row of the driftbudget grid: a verksamhet, or one of the rows below them."""

    kind: str  # "rad", "summa", "ram", "diff"
    id: Any
    namn: str
    belopp: dict[int, Decimal | None] = field(default_factory=dict)
    verksamhet_id: int | None = None


class DriftbudgetModel(ColumnTableModel):
    """Verksamheter × the driftbudget's year columns, then NETTOKOSTNAD, KF:s ram, Differens."""

    parts = (Part.DRIFTBUDGET, Part.VERKSAMHETER, Part.KF_RAM, Part.BUDGETKOLUMNER, Part.UPPGIFTER)
    row_parts = (Part.DRIFTBUDGET, Part.VERKSAMHETER, Part.KF_RAM)

    def plan_columns(self) -> list[d.BudgetKolumn]:
        return self.context.plan.kolumner(BudgetTabell.DRIFT)

    def ram_column(self, column: d.BudgetKolumn) -> bool:
        """Whether KF's ram applies to a column (``budget.ram_applies``)."""
        return budget.ram_applies(self.context.plan, column)

    def rows(self) -> Sequence[DriftRow]:
        drift = budget.driftbudget(self.context.plan)
        columns = drift.columns

        def by_column(figures: Sequence[budget.Amount]) -> dict[int, Decimal | None]:
            return budget.column_figures(columns, figures)

        rows = [
            DriftRow("rad", line.rad.id, line.namn, by_column(line.belopp), line.rad.verksamhet_id)
            for line in drift.lines
        ]
        return [
            *rows,
            DriftRow("summa", "summa", "NETTOKOSTNAD", by_column(drift.totals)),
            DriftRow("ram", "ram", "KF:s ram", by_column(drift.ram)),
            DriftRow("diff", "diff", "Differens mot ram", by_column(drift.difference)),
        ]

    def row_id(self, row: Any) -> Any:
        return row.id if row.kind == "rad" else row.kind

    def row_font_bold(self, row: Any) -> bool:
        return bool(row.kind != "rad")

    def editable_row(self, row: Any, column: int) -> bool:
        if row.kind == "rad":
            return True
        if row.kind == "ram" and column > 0:
            return self.ram_column(self.plan_columns()[column - 1])
        return False

    def columns(self) -> list[Column]:
        result = [
            Column(
                "Verksamhet",
                lambda r: r.namn,
                commit=self._rename,
                tooltip=lambda r: "Över KF:s ram" if r.kind == "diff" else "",
            )
        ]
        for column in self.plan_columns():
            header = column.rubrik + (f"\n{column.anmarkning}" if column.anmarkning else "")
            result.append(
                Column(
                    header,
                    partial(lambda c, r: format_amount(r.belopp.get(c.id)), column),
                    commit=partial(self._set_amount, column),
                    field=f"kolumn:{column.id}",
                    edit_value=partial(lambda c, r: format_amount(r.belopp.get(c.id)), column),
                    align=RIGHT,
                    sort_key=partial(lambda c, r: r.belopp.get(c.id) or 0, column),
                    foreground=partial(self._colour, column),
                    tooltip=partial(self._tooltip, column),
                    accessible=column.rubrik,
                )
            )
        return result

    def _colour(self, column: d.BudgetKolumn, row: DriftRow) -> Any:
        value = row.belopp.get(column.id)
        return WARNING_RED if row.kind == "diff" and value is not None and value < 0 else None

    def _tooltip(self, column: d.BudgetKolumn, row: DriftRow) -> str:
        value = row.belopp.get(column.id)
        if row.kind == "diff" and value is not None and value < 0:
            return f"Nettokostnaden är {format_amount(-value)} tkr över KF:s ram för {column.ar}."
        return ""

    def _rename(self, row: DriftRow, name: Any) -> tuple[str, Edit]:
        assert row.verksamhet_id is not None
        return _rename_verksamhet(row.verksamhet_id, name)

    def _set_amount(self, column: d.BudgetKolumn, row: DriftRow, text: Any) -> tuple[str, Edit]:
        amount = amount_from(text)
        if row.kind == "ram":
            return f"Ändra KF:s ram {column.ar}", partial(
                values.set_kf_ram, ar=column.ar, belopp=amount
            )
        return f"Ändra {row.namn}, {column.rubrik}", partial(
            values.set_drift_amount, rad_id=row.id, kolumn_id=column.id, belopp=amount
        )


RESULTAT_LABELS = budget.RESULTAT_LINES


@dataclass(frozen=True)
class ResultatRow:
    kind: str  # "rad" or "summa"
    id: Any
    namn: str
    falt: str
    rad_id: int | None
    verksamhet_id: int | None
    belopp: dict[int, Decimal | None]
    computed: dict[int, bool] = field(default_factory=dict)


class ResultatModel(ColumnTableModel):
    """Each verksamhet's intäkter, kostnader and netto per column, then the totals."""

    parts = (Part.RESULTATRAKNING, Part.VERKSAMHETER, Part.BUDGETKOLUMNER, Part.UPPGIFTER)
    row_parts = (Part.RESULTATRAKNING, Part.VERKSAMHETER)

    def plan_columns(self) -> list[d.BudgetKolumn]:
        return self.context.plan.kolumner(BudgetTabell.RESULTAT)

    def rows(self) -> Sequence[ResultatRow]:
        result = budget.resultatrakning(self.context.plan)
        columns = result.columns
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
                    )
                )
        for falt, label in RESULTAT_LABELS.items():
            rows.append(
                ResultatRow(
                    "summa",
                    ("summa", falt),
                    f"Summa {label}",
                    falt,
                    None,
                    None,
                    budget.column_figures(columns, result.totals(falt)),
                )
            )
        return rows

    def row_font_bold(self, row: Any) -> bool:
        return bool(row.kind == "summa" or row.falt == "netto")

    def editable_row(self, row: Any, column: int) -> bool:
        return bool(row.kind == "rad")

    def columns(self) -> list[Column]:
        result = [Column("Resultaträkning, tkr", lambda r: r.namn, field="namn")]
        for column in self.plan_columns():
            header = column.rubrik + (f"\n{column.anmarkning}" if column.anmarkning else "")
            result.append(
                Column(
                    header,
                    partial(lambda c, r: format_amount(r.belopp.get(c.id)), column),
                    commit=partial(self._set_amount, column),
                    field=f"kolumn:{column.id}",
                    align=RIGHT,
                    tooltip=partial(
                        lambda c, r: (
                            "Beräknat: intäkter + kostnader" if r.computed.get(c.id) else ""
                        ),
                        column,
                    ),
                    accessible=column.rubrik,
                )
            )
        return result

    def _set_amount(self, column: d.BudgetKolumn, row: ResultatRow, text: Any) -> tuple[str, Edit]:
        assert row.rad_id is not None
        return f"Ändra {row.namn}, {column.rubrik}", partial(
            values.set_resultat_amount,
            rad_id=row.rad_id,
            kolumn_id=column.id,
            falt=row.falt,
            belopp=amount_from(text),
        )


@dataclass(frozen=True)
class InvesteringRow:
    kind: str
    id: Any
    projekt: str
    projektnummer: str
    belopp: dict[int, Decimal | None]


class InvesteringModel(ColumnTableModel):
    """Projects × the budget year and four plan years, then SUMMA INVESTERINGAR."""

    parts = (Part.INVESTERINGAR, Part.UPPGIFTER)
    row_parts = (Part.INVESTERINGAR,)

    def years(self) -> list[int]:
        return list(budget.investment_years(self.context.plan))

    def rows(self) -> Sequence[InvesteringRow]:
        figures = budget.investeringar(self.context.plan)
        years = figures.years
        rows = [
            InvesteringRow(
                "rad",
                line.investering.id,
                line.investering.projekt,
                line.investering.projektnummer,
                dict(zip(years, line.belopp, strict=True)),
            )
            for line in figures.lines
        ]
        total = dict(zip(years, figures.totals, strict=True))
        return [*rows, InvesteringRow("summa", "summa", "SUMMA INVESTERINGAR", "", total)]

    def row_id(self, row: Any) -> Any:
        return row.id

    def row_font_bold(self, row: Any) -> bool:
        return bool(row.kind == "summa")

    def editable_row(self, row: Any, column: int) -> bool:
        return bool(row.kind == "rad")

    def columns(self) -> list[Column]:
        first = self.context.plan.uppgifter.forsta_ar
        result = [
            Column(
                "Projekt",
                lambda r: r.projekt,
                commit=partial(self._field, "projekt"),
                field="projekt",
            ),
            Column(
                "Projektnummer",
                lambda r: r.projektnummer,
                commit=partial(self._field, "projektnummer"),
                field="projektnummer",
            ),
        ]
        for year in self.years():
            kind = "Budget" if year == first else "Plan"
            result.append(
                Column(
                    f"{kind} {year}",
                    partial(lambda y, r: format_amount(r.belopp.get(y)), year),
                    commit=partial(self._set_amount, year),
                    align=RIGHT,
                    field=f"ar:{year}",
                )
            )
        return result

    def _field(self, name: str, row: InvesteringRow, text: Any) -> tuple[str, Edit]:
        return "Ändra investering", partial(
            items.update_item, kind_name=ItemKind.INVESTERING, item_id=row.id, fields={name: text}
        )

    def _set_amount(self, year: int, row: InvesteringRow, text: Any) -> tuple[str, Edit]:
        return f"Ändra {row.projekt} {year}", partial(
            values.set_investment_amount, investering_id=row.id, ar=year, belopp=amount_from(text)
        )
