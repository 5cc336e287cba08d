"""How the budget tables are labelled wherever they are shown: each table's unit, the headings
of the investments' year columns and the decimals a table's amounts are written with. The app's
grids, Word, the PDF, the Excel workbook and its import use these, so that a workbook's headings
are the ones the import looks for and every output writes a table with one number of decimals
(the decimal commas line up, as municipalities print them)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Literal

from vplan_desktop import budget
from vplan_desktop import domain as d
from vplan_desktop.db.enums import BeloppEnhet

Table = Literal["drift", "resultat", "investering"]
"""The budget tables that have a unit (as ``services.budget_units`` names them)."""

INVESTMENT_FIELDS = ("belopp", "utfall")
"""An investment's two figures per year: its budget or plan, and its outcome."""


def table_unit(front: d.FrontMatter, table: Table) -> BeloppEnhet:
    """The unit ``table``'s amounts are written in (KF's ram is in the driftbudget's)."""
    units = {
        "drift": front.enhet_drift,
        "resultat": front.enhet_resultat,
        "investering": front.enhet_investering,
    }
    return units[table]


def investment_heading(year: int, first: int, falt: str = "belopp") -> str:
    """A year column of the investments: "Budget 2027" for the budget year and the years
    before it (what was budgeted then), "Plan 2028" after it, "Utfall 2025" for an outcome."""
    if falt == "utfall":
        return f"Utfall {year}"
    return f"{'Budget' if year <= first else 'Plan'} {year}"


def amount_decimals(value: Decimal | int) -> int:
    """The decimals an amount has, trailing zeros not counted (12,30 has one, 40 none)."""
    number = Decimal(value)
    if number == number.to_integral_value():
        return 0
    exponent = number.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def table_decimals(amounts: Iterable[Decimal | int | None], unit: str) -> int:
    """The decimals every amount of a table is written with: the most any of them has, so that
    none is rounded (amounts are stored exactly), and at least one in mnkr ("12,0")."""
    most = max((amount_decimals(a) for a in amounts if a is not None), default=0)
    return max(most, 1 if unit == BeloppEnhet.MNKR else 0)


def drift_amounts(table: budget.Driftbudget) -> Iterator[budget.Amount]:
    """Every figure the driftbudget table shows: the rows, NETTOKOSTNAD, KF's ram, the
    difference."""
    for line in table.lines:
        yield from line.belopp
    yield from (*table.totals, *table.ram, *table.difference)


def resultat_amounts(table: budget.Resultatrakning) -> Iterator[budget.Amount]:
    """Every figure the resultaträkning table shows: each line and the sums of the three."""
    for name in budget.RESULTAT_LINES:
        for line in table.lines:
            yield from line.field(name)
        yield from table.totals(name)


def cost_type_amounts(table: budget.Kostnadsslag) -> Iterator[budget.Amount]:
    """Every figure the resultaträkning by cost type shows: the cost types and their sum."""
    for line in table.lines:
        yield from line.belopp
    yield from table.totals


def investment_amounts(table: budget.Investeringar) -> Iterator[budget.Amount]:
    """Every figure the investments table shows: amounts, outcomes and their sums."""
    for line in table.lines:
        yield from (*line.belopp, *line.utfall)
    yield from (*table.totals, *table.utfall_totals)
