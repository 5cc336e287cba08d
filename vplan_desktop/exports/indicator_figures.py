"""An indicator's figures beyond its target row: outcomes per year (history before the plan and
within it), the comparison figures with their name, and målnivåer outside the plan period
(a long-range goal, "2030: 80 %"). One place decides what is printed, for Word, PDF and Excel.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vplan_desktop import domain as d

UTFALL_LABEL = "Utfall"
MALNIVA_LABEL = "Målnivå"
JAMFORELSE_LABEL = "Jämförelse"
MAX_YEAR_COLUMNS = 10
"""More years than this are printed in more than one table (a page is only so wide)."""


@dataclass(frozen=True)
class FigureRow:
    """One printed row: its label ("Utfall", "Medel i riket") and its values by year."""

    label: str
    values: dict[int, d.Value]


def comparison_label(indicator: d.Indikator) -> str:
    """What the comparison row is called: the indicator's own name for it, or "Jämförelse"."""
    return indicator.jamforelse.strip() or JAMFORELSE_LABEL


def beyond_plan(indicator: d.Indikator, plan_years: Sequence[int]) -> bool:
    """Whether the indicator has a målnivå for a year outside the plan period."""
    return any(year not in plan_years for year in indicator.malnivaer)


def figure_rows(indicator: d.Indikator, plan_years: Sequence[int]) -> list[FigureRow]:
    """The rows printed under the goal's table for ``indicator``; none when it has no
    outcomes, no comparison figures and no målnivå outside the plan period.

    Målnivåer are printed here only when one lies outside the plan period, and then all of
    them, so that the row reads from the plan's targets on to the long-range goal.
    """
    rows = []
    if indicator.utfall:
        rows.append(FigureRow(UTFALL_LABEL, dict(indicator.utfall)))
    if beyond_plan(indicator, plan_years):
        rows.append(FigureRow(MALNIVA_LABEL, dict(indicator.malnivaer)))
    if indicator.jamforelser:
        rows.append(FigureRow(comparison_label(indicator), dict(indicator.jamforelser)))
    return rows


def row_years(rows: Sequence[FigureRow]) -> list[int]:
    """Every year any of ``rows`` has a value for, in order."""
    return sorted({year for row in rows for year in row.values})


def year_chunks(years: Sequence[int], size: int = MAX_YEAR_COLUMNS) -> list[list[int]]:
    """``years`` cut into runs of at most ``size``, for tables that fit the page."""
    return [list(years[start : start + size]) for start in range(0, len(years), size)]
