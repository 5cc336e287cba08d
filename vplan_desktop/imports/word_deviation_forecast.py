"""A follow-up's forecast given only as its deviation from the budget. Many delårsrapporter's
driftredovisning has "Verksamhet | Budget 2026 | Utfall jan–aug 2026 | Budgetavvikelse
prognos helår" (or "Prognos avvikelse", "Avvikelse mot budget, helårsprognos"): the year-end
forecast is printed only as how far it falls from the budget, a surplus positive ("+350",
"−5 600"), as is the municipal convention. The forecast is then the budget less the
deviation (plus it, where the table prints its net costs as negative amounts). The printed
deviations stay in the chapter as the budget's other columns do (``keep_unplaced``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from vplan_desktop.imports.word_build import TableView
from vplan_desktop.imports.word_table import amount

__all__ = ["DeviationForecast", "add_forecast", "deviation_forecast"]

_DEVIATION = re.compile(r"avvikelse", re.IGNORECASE)
_FORECAST = re.compile(r"\bprognos|helårsprognos|prognostiserad", re.IGNORECASE)
_OTHER = re.compile(r"\butfall|\bdelår|\bbokslut|\bt[123]\b|%", re.IGNORECASE)


@dataclass(frozen=True)
class DeviationForecast:
    """Where the deviation stands and how it makes the forecast."""

    column: int
    key: str
    """The forecast's "prognos-år"."""
    sign: int
    """-1 when a positive deviation lowers the forecast (costs printed positive), else 1."""
    header: str


def deviation_forecast(view: TableView, years: dict[int, str]) -> DeviationForecast | None:
    """The table's forecast deviation column beside one year's budget, in a follow-up with no
    forecast column of that year (see the module); None otherwise."""
    if not view.context.follow_up:
        return None
    budgets = [i for i, key in years.items() if key.startswith("budget-")]
    if len(budgets) != 1:
        return None
    year = years[budgets[0]].split("-")[1]
    if f"prognos-{year}" in years.values():
        return None
    columns = [
        i
        for i, (header, role) in enumerate(zip(view.headers, view.roles, strict=False))
        if role == "ovrigt"
        and _DEVIATION.search(header)
        and _FORECAST.search(header)
        and not _OTHER.search(header)
        and all(y == year for y in re.findall(r"\b(?:19|20)\d\d\b", header))
    ]
    if len(columns) != 1:
        return None
    figures = [amount(r.cells[budgets[0]]) for r in view.rows.rows if budgets[0] < len(r.cells)]
    signs = [f for f in figures if f is not None and f != 0]
    negative = sum(1 for f in signs if f < 0) > len(signs) / 2
    header = view.headers[columns[0]]
    return DeviationForecast(columns[0], f"prognos-{year}", 1 if negative else -1, header)


def add_forecast(
    found: DeviationForecast | None, cells: list[str], amounts: dict[str, Decimal]
) -> None:
    """The row's forecast (budget less its deviation) among its ``amounts``, when the table
    gives one (``deviation_forecast``) and the row has both figures."""
    if found is None or found.column >= len(cells):
        return
    budget = amounts.get(f"budget-{found.key.split('-')[1]}")
    deviation = amount(cells[found.column])
    if budget is not None and deviation is not None:
        amounts.setdefault(found.key, budget + found.sign * deviation)
