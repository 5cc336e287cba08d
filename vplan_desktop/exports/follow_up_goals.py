"""The chapter "Måluppfyllelse" of a follow-up: a chart and a count of the goals per level of
the kommun's scale, then per målområde a table of its goals with their level (a marker in the
level's colour beside the level's name, never the colour alone), and each goal with its
assessment, analysis and indicators (målnivå, outcomes over the years held, trend).
"""

from __future__ import annotations

from collections import defaultdict

from vplan_desktop import domain as d
from vplan_desktop import follow_up as fu
from vplan_desktop.exports.blocks import (
    Cell,
    DocBlock,
    Indent,
    Table,
    right,
    text_paragraphs,
    value_text,
)
from vplan_desktop.exports.follow_up_chart import grade_chart
from vplan_desktop.exports.goal_labels import goal_depths, goal_title
from vplan_desktop.exports.indicator_figures import year_target
from vplan_desktop.follow_up_data import Bedomningsniva, Uppfoljning
from vplan_desktop.markdown import Heading, Paragraph, Run

CHAPTER = "Måluppfyllelse"
SUMMARY = "Sammanställning"
NOT_ASSESSED = "Ej bedömt"
NOT_ASSESSED_COUNT = "Ej bedömda"
NO_LEVEL_FILL = "#ffffff"
OTHER_GOALS = "Övriga mål"
HISTORY_YEARS = 5
TOP_GOAL_LEVEL = 3
DEEPEST_HEADING = 6


def level_cells(level: Bedomningsniva | None) -> list[Cell]:
    """The marker (a cell in the level's colour) and the level's name beside it."""
    if level is None:
        return [Cell(""), Cell(NOT_ASSESSED)]
    return [Cell("", "center", fill=level.farg), Cell(level.namn)]


def _scale_text(plan: d.PlanSnapshot) -> str:
    names = [level.namn for level in plan.bedomningsskala]
    listed = ", ".join(names[:-1]) + f" och {names[-1]}" if len(names) > 1 else "".join(names)
    return f"Varje mål bedöms på kommunens skala: {listed}." if names else ""


def _summary(plan: d.PlanSnapshot, period: Uppfoljning) -> list[DocBlock]:
    counts = fu.grade_counts(plan, period)
    named = [
        (level.namn if level else NOT_ASSESSED_COUNT, level.farg if level else NO_LEVEL_FILL, n)
        for level, n in counts
    ]
    total = sum(n for _, _, n in named)
    parts = ", ".join(f"{name} {n}" for name, _, n in named)
    chart = grade_chart(
        named,
        f"Antal mål per bedömning, {period.namn}",
        f"Stapeldiagram över måluppfyllelsen, {period.namn}: {total} mål, "
        + ", ".join(f"{name}: {n}" for name, _, n in named)
        + ".",
        f"Antal mål per bedömning ({total} mål): {parts}.",
    )
    rows = [[*level_cells(level), right(str(n))] for level, n in counts if level is not None or n]
    rows.append([Cell(""), Cell("Summa", bold=True), right(str(total), bold=True)])
    table = Table(
        caption="",
        header=[Cell(""), Cell("Bedömning", bold=True), right("Antal mål", bold=True)],
        rows=rows,
        widths=[0.35, 3.0, 1.2],
    )
    intro = _scale_text(plan)
    return [
        Heading(2, (Run(SUMMARY),)),
        *([Paragraph((Run(intro),))] if intro else []),
        chart,
        table,
    ]


def _area_table(plan: d.PlanSnapshot, period: Uppfoljning, goals: list[d.Namndsmal]) -> Table:
    depths = goal_depths(plan)
    return Table(
        caption="",
        header=[Cell("Mål", bold=True), Cell(""), Cell("Bedömning", bold=True)],
        rows=[
            [
                Cell(goal_title(plan, g), indent=depths.get(g.id, 0)),
                *level_cells(plan.bedomningsniva(period.goal(g.id).bedomningsniva_id)),
            ]
            for g in goals
        ],
        widths=[6.0, 0.35, 1.9],
    )


def _years(indicators: list[d.Indikator], period: Uppfoljning) -> list[int]:
    """The years the table shows: the last ``HISTORY_YEARS`` held, the period's year last."""
    held = {y for i in indicators for y in fu.history(i, period) if y < period.ar}
    return [*sorted(held)[-(HISTORY_YEARS - 1) :], period.ar]


def trend_text(indicator: d.Indikator, period: Uppfoljning) -> str:
    """ "↗ Förbättring"; "" when no trend can be told."""
    found = fu.trend(indicator, period)
    return "" if found is None else f"{fu.TREND_ARROWS[found]} {fu.TREND_LABELS[found]}"


def indicator_table(indicators: list[d.Indikator], period: Uppfoljning, months: str = "") -> Table:
    """Indikator | Målnivå {år} | the outcomes of the years held | Trend."""
    years = _years(indicators, period)
    now = f"{period.ar} ({months})" if months and not months.endswith("dec") else str(period.ar)
    return Table(
        caption="Utfall per år",
        header=[
            Cell("Indikator", bold=True),
            right(f"Målnivå {period.ar}", bold=True),
            *[right(now if y == period.ar else str(y), bold=True) for y in years],
            Cell("Trend", bold=True),
        ],
        rows=[
            [
                Cell(i.namn),
                right(year_target(i, period.ar)),
                *[right(value_text(fu.history(i, period).get(y), i.enhet)) for y in years],
                Cell(trend_text(i, period)),
            ]
            for i in indicators
        ],
        widths=[4.2, 1.4, *[1.05] * len(years), 1.7],
    )


def _lines(pairs: list[tuple[str, str]]) -> list[DocBlock]:
    """ "Orsak: …" paragraphs, the label in bold; a label per paragraph of the text."""
    blocks: list[DocBlock] = []
    for label, text in pairs:
        for number, part in enumerate(text_paragraphs(text)):
            runs = (Run(f"{label}: ", bold=True), Run(part)) if number == 0 else (Run(part),)
            blocks.append(Paragraph(runs))
    return blocks


def _goal(
    plan: d.PlanSnapshot,
    period: Uppfoljning,
    goal: d.Namndsmal,
    depth: int,
    indicators: list[d.Indikator],
    months: str,
) -> list[DocBlock]:
    held = period.goal(goal.id)
    level = plan.bedomningsniva(held.bedomningsniva_id)
    blocks: list[DocBlock] = [
        Heading(min(TOP_GOAL_LEVEL + depth, DEEPEST_HEADING), (Run(goal_title(plan, goal)),)),
        Paragraph((Run("Bedömning: ", bold=True), Run(level.namn if level else NOT_ASSESSED))),
    ]
    blocks += [Paragraph((Run(part),)) for part in text_paragraphs(held.bedomning)]
    blocks += _lines([("Orsak", held.orsak), ("Åtgärd", held.atgard)])
    if indicators:
        blocks.append(indicator_table(indicators, period, months))
    return blocks


def goal_blocks(plan: d.PlanSnapshot, period: Uppfoljning, months: str = "") -> list[DocBlock]:
    """The chapter, or nothing for a plan without goals."""
    if not plan.namndsmal:
        return []
    indicators: dict[int, list[d.Indikator]] = defaultdict(list)
    for indicator in plan.indikatorer:
        indicators[indicator.namndsmal_id].append(indicator)
    area_ids = {a.id for a in plan.malomraden}
    groups = [
        (a.rubrik, [g for g in plan.namndsmal if g.malomrade_id == a.id]) for a in plan.malomraden
    ]
    groups.append((OTHER_GOALS, [g for g in plan.namndsmal if g.malomrade_id not in area_ids]))
    depths = goal_depths(plan)
    blocks: list[DocBlock] = [Heading(1, (Run(CHAPTER),)), *_summary(plan, period)]
    indent = 0
    for title, goals in groups:
        if not goals:
            continue
        if indent:
            blocks.append(Indent(0))
            indent = 0
        blocks += [Heading(2, (Run(title),)), _area_table(plan, period, goals)]
        for goal in goals:
            depth = depths[goal.id]
            if depth != indent:
                blocks.append(Indent(depth))
                indent = depth
            blocks += _goal(plan, period, goal, depth, indicators[goal.id], months)
    if indent:
        blocks.append(Indent(0))
    return blocks
