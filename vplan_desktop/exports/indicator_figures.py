"""An indicator's figures beyond its target row: outcomes per year (history before the plan and
within it), the comparison figures with their name, and målnivåer outside the plan period
(a long-range goal, "2030: 80 %"). One place decides what is printed, for Word, PDF and Excel,
and how a målnivå that compares is written ("≥ 95 %", ``targets.format_target``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from vplan_desktop import domain as d
from vplan_desktop.formatting import MINUS
from vplan_desktop.targets import format_target

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
    jamforare: dict[int, d.Jamforare] = field(default_factory=dict)
    """How each year's value compares, for a målnivå ("≥ 95 %")."""

    def text(self, year: int, unit: str = "") -> str:
        """The year's value as printed: "≥ 95 %", "74 %", "" for none."""
        return target_text(self.values.get(year), self.jamforare.get(year), unit)


def target_text(value: d.Value, jamforare: d.Jamforare | None, unit: str = "") -> str:
    """A målnivå as the documents print it, its comparison before it: "≥ 95 %"."""
    return format_target(value, jamforare, unit, minus=MINUS)


def year_target(indicator: d.Indikator, year: int) -> str:
    """The indicator's målnivå for ``year`` as printed ("≥ 95 %"), "" for none."""
    return target_text(
        indicator.malnivaer.get(year), indicator.jamforare.get(year), indicator.enhet
    )


def long_range_target(indicator: d.Indikator) -> str:
    """The indicator's target without a year ("≥ 4 %"), "" for none."""
    return target_text(indicator.langsiktigt, indicator.langsiktigt_jamforare, indicator.enhet)


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
        rows.append(FigureRow(MALNIVA_LABEL, dict(indicator.malnivaer), dict(indicator.jamforare)))
    if indicator.jamforelser:
        rows.append(FigureRow(comparison_label(indicator), dict(indicator.jamforelser)))
    return rows


def row_years(rows: Sequence[FigureRow]) -> list[int]:
    """Every year any of ``rows`` has a value for, in order."""
    return sorted({year for row in rows for year in row.values})


def year_chunks(years: Sequence[int], size: int = MAX_YEAR_COLUMNS) -> list[list[int]]:
    """``years`` cut into runs of at most ``size``, for tables that fit the page."""
    return [list(years[start : start + size]) for start in range(0, len(years), size)]
