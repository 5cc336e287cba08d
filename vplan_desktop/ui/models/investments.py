"""The investments grid: projects × years, each year's budget or plan and, when shown, its
outcome (utfall), then SUMMA INVESTERINGAR. Years before the plan are shown when a project has
a figure for them, or when the user adds one to type its figures in. Every amount is shown with
the table's decimals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import Any

from vplan_desktop import budget
from vplan_desktop.budget_labels import (
    investment_amounts,
    investment_heading,
    table_decimals,
    table_unit,
)
from vplan_desktop.errors import InputError
from vplan_desktop.formatting import format_amount
from vplan_desktop.sections import ItemKind, Part
from vplan_desktop.services import items, values
from vplan_desktop.services.kinds import MIN_YEAR
from vplan_desktop.ui import seen
from vplan_desktop.ui.context import Edit, PlanContext
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.models.budget_cells import amount_from
from vplan_desktop.ui.models.table import RIGHT, Column, ColumnTableModel


def history_year(text: str, first: int) -> int:
    """A year before the plan typed by the user ("2025"); raises InputError saying why not."""
    text = text.strip()
    if not (text.isascii() and text.isdigit()):
        raise InputError(
            tr("”{text}” är inget årtal. Skriv året med fyra siffror, till exempel {year}.").format(
                text=text, year=first - 1
            )
        )
    year = int(text)
    if year >= first:
        raise InputError(
            tr(
                "{year} är inget tidigare år: investeringarna börjar {first}. Skriv ett år före "
                "{first}."
            ).format(year=year, first=first)
        )
    if year < MIN_YEAR:
        raise InputError(
            tr("”{text}” är inget rimligt år. Skriv ett år från {low} till {high}.").format(
                text=text, low=MIN_YEAR, high=first - 1
            )
        )
    return year


@dataclass(frozen=True)
class InvesteringRow:
    kind: str
    id: Any
    projekt: str
    projektnummer: str
    belopp: dict[int, Decimal | None]
    utfall: dict[int, Decimal | None] = field(default_factory=dict)
    decimals: int = 0
    """The decimals the table's amounts are shown with (``budget_labels.table_decimals``)."""


class InvesteringModel(ColumnTableModel):
    """Projects × the years (history, the budget year and four plan years), with an Utfall
    column after a year's when outcomes are shown (``outcome_years``), then SUMMA
    INVESTERINGAR."""

    parts = (Part.INVESTERINGAR, Part.UPPGIFTER)
    row_parts = (Part.INVESTERINGAR,)

    def __init__(self, context: PlanContext) -> None:
        self.added_years: set[int] = set()
        """History years the user added, shown while they have no figure yet."""
        self.show_utfall = any(i.utfall for i in context.plan.investeringar)
        """Whether each year has its Utfall column (on at first when any outcome is given)."""
        super().__init__(context)

    def years(self) -> list[int]:
        first = self.context.plan.uppgifter.forsta_ar
        shown = set(budget.investment_years(self.context.plan))
        return sorted(shown | {y for y in self.added_years if y < first})

    def outcome_years(self) -> set[int]:
        """The years that have an Utfall column: none while outcomes are hidden, else the years
        up to the budget year (the plan years lie ahead) and any year with an outcome."""
        if not self.show_utfall:
            return set()
        first = self.context.plan.uppgifter.forsta_ar
        given = {y for i in self.context.plan.investeringar for y in i.utfall}
        return {y for y in self.years() if y <= first or y in given}

    def set_show_utfall(self, shown: bool) -> None:
        """Show or hide the Utfall columns."""
        if shown != self.show_utfall:
            self.show_utfall = shown
            self.refresh(None)

    def add_year(self, year: int) -> None:
        """Show a year before the plan, so that its figures can be typed in."""
        if year not in self.years():
            self.added_years.add(year)
            self.refresh(None)

    def year_column(self, year: int, falt: str = "belopp") -> int | None:
        """The grid column of a year's budget (or outcome), or None when it is not shown."""
        wanted = f"{'utfall' if falt == 'utfall' else 'ar'}:{year}"
        found = self.column_for(wanted)
        return found if self.column_at(found).field == wanted else None

    def rows(self) -> Sequence[InvesteringRow]:
        figures = budget.investeringar(self.context.plan)
        years = figures.years
        unit = table_unit(self.context.plan.uppgifter, "investering")
        places = table_decimals(investment_amounts(figures), unit)
        rows = [
            InvesteringRow(
                "rad",
                line.investering.id,
                line.investering.projekt,
                line.investering.projektnummer,
                dict(zip(years, line.belopp, strict=True)),
                dict(zip(years, line.utfall, strict=True)),
                places,
            )
            for line in figures.lines
        ]
        total = dict(zip(years, figures.totals, strict=True))
        outcome = dict(zip(years, figures.utfall_totals, strict=True))
        summa = InvesteringRow(
            "summa", "summa", tr("SUMMA INVESTERINGAR"), "", total, outcome, places
        )
        return [*rows, summa]

    def row_id(self, row: Any) -> Any:
        return row.id

    def row_font_bold(self, row: Any) -> bool:
        return bool(row.kind == "summa")

    def editable_row(self, row: Any, column: int) -> bool:
        return bool(row.kind == "rad")

    def columns(self) -> list[Column]:
        first = self.context.plan.uppgifter.forsta_ar
        unit = table_unit(self.context.plan.uppgifter, "investering")
        result = [
            Column(
                tr("Projekt"),
                lambda r: r.projekt,
                commit=partial(self._field, "projekt"),
                field="projekt",
            ),
            Column(
                tr("Projektnummer"),
                lambda r: r.projektnummer,
                commit=partial(self._field, "projektnummer"),
                field="projektnummer",
            ),
        ]
        outcomes = self.outcome_years()
        for year in self.years():
            for falt in ("belopp", "utfall") if year in outcomes else ("belopp",):
                shown = partial(
                    lambda y, f, r: format_amount(getattr(r, f).get(y), unit, decimals=r.decimals),
                    year,
                    falt,
                )
                # Typing starts from the amount as stored, without the zeros the table adds.
                stored = partial(
                    lambda y, f, r: format_amount(getattr(r, f).get(y), unit), year, falt
                )
                heading = investment_heading(year, first, falt)
                result.append(
                    Column(
                        heading,
                        shown,
                        commit=partial(self._set_amount, year, falt),
                        edit_value=stored,
                        align=RIGHT,
                        sort_key=partial(lambda y, f, r: getattr(r, f).get(y) or 0, year, falt),
                        field=f"{'utfall' if falt == 'utfall' else 'ar'}:{year}",
                        accessible=f"{heading}, {unit}",
                    )
                )
        return result

    def _field(self, name: str, row: InvesteringRow, text: Any) -> tuple[str, Edit]:
        return tr("Ändra investering"), partial(
            items.update_item,
            kind_name=ItemKind.INVESTERING,
            item_id=row.id,
            fields={name: text},
            seen=seen.version(self.context.plan, ItemKind.INVESTERING, row.id),
        )

    def _set_amount(self, year: int, falt: str, row: InvesteringRow, text: Any) -> tuple[str, Edit]:
        if falt == "utfall":
            undo = tr("Ändra {project} utfall {year}").format(project=row.projekt, year=year)
        else:
            undo = tr("Ändra {project} {year}").format(project=row.projekt, year=year)
        return undo, partial(
            values.set_investment_amount,
            investering_id=row.id,
            ar=year,
            belopp=amount_from(text),
            falt=falt,
            seen=seen.investment_amount(self.context.plan, row.id, year, falt),
        )
