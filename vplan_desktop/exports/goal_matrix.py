"""The goals in summary ("Målen i sammandrag"): one table at the head of the goal chapter with a
row per goal that has targets and a column per plan year – what the nämnd aims for each year,
at a glance, as municipalities print a målmatris before the goals in detail.

A cell holds the goal's target in words for the year, and each indicator's målnivå ("Andel i
tid: ≥ 95 %"; the indicator's name is left out when the goal has one indicator). Goals are
grouped under their målområde and stand in tree order, a sub-goal indented under its parent.
"""

from __future__ import annotations

from collections import defaultdict

from vplan_desktop import domain as d
from vplan_desktop.exports.blocks import Cell, Table
from vplan_desktop.exports.goal_labels import goal_depths, goal_title
from vplan_desktop.exports.indicator_figures import year_target

TITLE = "Målen i sammandrag"
CAPTION = "Målen i sammandrag: målet i ord och indikatorernas målnivåer per år"
OTHER_GOALS = "Övriga mål"
IN_WORDS = "Målet i ord"


def _goal_rows(
    plan: d.PlanSnapshot, goal: d.Namndsmal, indicators: list[d.Indikator], depth: int
) -> list[list[Cell]]:
    """A row for the goal's targets in words, then one per indicator with a målnivå; the
    goal is named on the first."""
    years = plan.uppgifter.years
    rows: list[tuple[str, list[str]]] = []
    texts = [goal.arstexter.get(year, "").strip() for year in years]
    if any(texts):
        rows.append((IN_WORDS, texts))
    for indicator in indicators:
        targets = [year_target(indicator, year) for year in years]
        if any(targets):
            rows.append((indicator.namn, targets))
    return [
        [
            Cell(goal_title(plan, goal) if number == 0 else "", indent=depth),
            Cell(what),
            *[Cell(text, align="left" if what == IN_WORDS else "right") for text in figures],
        ]
        for number, (what, figures) in enumerate(rows)
    ]


def goal_matrix(plan: d.PlanSnapshot) -> Table | None:
    """The summary table, or None when no goal has a target for any plan year."""
    years = plan.uppgifter.years
    indicators: dict[int, list[d.Indikator]] = defaultdict(list)
    for indicator in plan.indikatorer:
        indicators[indicator.namndsmal_id].append(indicator)
    areas = {a.id: a.rubrik for a in plan.malomraden}
    depths = goal_depths(plan)
    rows: list[list[Cell]] = []
    shown_area: str | None = None
    for goal in plan.namndsmal:
        goal_rows = _goal_rows(plan, goal, indicators[goal.id], depths[goal.id])
        if not goal_rows:
            continue
        area = areas.get(goal.malomrade_id or 0, OTHER_GOALS)
        if area != shown_area:
            rows.append([Cell(area, bold=True), *[Cell("") for _ in range(len(years) + 1)]])
            shown_area = area
        rows += goal_rows
    if not rows:
        return None
    return Table(
        caption=CAPTION,
        header=[
            Cell("Mål", bold=True),
            Cell("Mätetal", bold=True),
            *[Cell(str(year), bold=True, align="right") for year in years],
        ],
        rows=rows,
        widths=[3.6, 3.6, *[1.4] * len(years)],
    )
