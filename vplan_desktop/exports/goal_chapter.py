"""The chapter "Mål och indikatorer": the goal tree area by area, each goal under its heading
("KF:s mål 1.1 – …", "Nämndsmål 1 – …"), a sub-goal one heading level down and one step in
from its parent, then what is set of the goal: who is responsible, how it is followed up, to
whom it is addressed, its description, its targets in words per year and its indicators.
"""

from __future__ import annotations

from collections import defaultdict

from vplan_desktop import domain as d
from vplan_desktop.exports.blocks import Cell, DocBlock, Indent, Table, right, text_paragraphs
from vplan_desktop.exports.goal_labels import goal_depths, goal_title
from vplan_desktop.exports.goal_matrix import TITLE as MATRIX_TITLE
from vplan_desktop.exports.goal_matrix import goal_matrix
from vplan_desktop.exports.indicator_figures import (
    figure_rows,
    long_range_target,
    row_years,
    year_chunks,
    year_target,
)
from vplan_desktop.formatting import MINUS, format_value
from vplan_desktop.markdown import Heading, Paragraph, Run

CHAPTER = "Mål och indikatorer"
OTHER_GOALS = "Övriga mål"
NO_GOALS = "Målområdet har ännu inga mål."
NO_INDICATOR = "Målet har ännu ingen indikator."
LONG_RANGE = "Långsiktigt"
TOP_GOAL_LEVEL = 3
"""The heading level of a goal at the top of its målområde (the målområde's is 2)."""
DEEPEST_HEADING = 6
"""Goals deeper in the tree than this level allows share its heading level (they still
stand further in)."""


def _lines(pairs: list[tuple[str, str]]) -> Paragraph:
    """One paragraph of "Label: text" lines, the labels in bold."""
    runs: list[Run] = []
    for label, text in pairs:
        if runs:
            runs.append(Run("\n"))
        runs += [Run(f"{label}: ", bold=True), Run(text.strip())]
    return Paragraph(tuple(runs))


def _indicator_table(indicators: list[d.Indikator], years: list[int]) -> Table:
    """The goal's indicators: nuläge, the målnivå of each plan year (with its comparison,
    "≥ 95 %"), the long-range target and the source, the last two only when given."""
    nulage_years = {i.nulage_ar for i in indicators if i.nulage_ar is not None}
    nulage_head = f"Nuläge {next(iter(nulage_years))}" if len(nulage_years) == 1 else "Nuläge"
    long_range = any(long_range_target(i) for i in indicators)
    sources = any(i.kalla.strip() for i in indicators)  # no empty column
    return Table(
        caption="",
        header=[
            Cell("Mätmetod/Indikator", bold=True),
            right(nulage_head, bold=True),
            *[right(str(y), bold=True) for y in years],
            *([right(LONG_RANGE, bold=True)] if long_range else []),
            *([Cell("Källa", bold=True)] if sources else []),
        ],
        rows=[
            [
                Cell(i.namn),
                right(
                    format_value(i.nulage, i.enhet, minus=MINUS)
                    + ("" if len(nulage_years) <= 1 or i.nulage_ar is None else f" ({i.nulage_ar})")
                ),
                *[right(year_target(i, y)) for y in years],
                *([right(long_range_target(i))] if long_range else []),
                *([Cell(i.kalla)] if sources else []),
            ]
            for i in indicators
        ],
        widths=[
            4.5,
            1.3,
            *[1.1] * len(years),
            *([1.3] if long_range else []),
            *([2.0] if sources else []),
        ],
    )


def figure_tables(indicator: d.Indikator, plan_years: list[int]) -> list[Table]:
    """The indicator's outcomes, comparison figures and long-range målnivåer, year by year
    (``indicator_figures`` decides what); a long run of years in more than one table."""
    rows = figure_rows(indicator, plan_years)
    chunks = year_chunks(row_years(rows))
    return [
        Table(
            caption=indicator.namn + (" (forts.)" if number else ""),
            header=[Cell("År", bold=True), *[right(str(y), bold=True) for y in chunk]],
            rows=[
                [Cell(row.label), *[right(row.text(y, indicator.enhet)) for y in chunk]]
                for row in rows
            ],
            widths=[3.0, *[1.1] * len(chunk)],
        )
        for number, chunk in enumerate(chunks)
    ]


def _goal(
    plan: d.PlanSnapshot,
    goal: d.Namndsmal,
    depth: int,
    indicators: list[d.Indikator],
    *,
    parent: bool,
) -> list[DocBlock]:
    """One goal: its heading, then only what is set of it."""
    level = min(TOP_GOAL_LEVEL + depth, DEEPEST_HEADING)
    blocks: list[DocBlock] = [Heading(level, (Run(goal_title(plan, goal)),))]
    facts = [
        (label, text)
        for label, text in (
            ("Ansvarig", goal.ansvarig),
            ("Följs upp genom", goal.foljs_upp_genom),
            ("Adressat", goal.adressat),
        )
        if text.strip()
    ]
    if facts:
        blocks.append(_lines(facts))
    blocks += [Paragraph((Run(part),)) for part in text_paragraphs(goal.beskrivning)]
    year_texts = [(f"Mål {year}", text) for year, text in sorted(goal.arstexter.items())]
    if year_texts:
        blocks.append(_lines(year_texts))
    if indicators:
        years = plan.uppgifter.years
        blocks.append(_indicator_table(indicators, years))
        for indicator in indicators:
            blocks += figure_tables(indicator, years)
    elif not year_texts and not parent and goal.niva is not d.MalNiva.UPPDRAG:
        # A goal nothing measures yet (an uppdrag is followed up by its activities).
        blocks.append(Paragraph((Run(NO_INDICATOR, italic=True),)))
    return blocks


def goal_blocks(plan: d.PlanSnapshot) -> list[DocBlock]:
    """The chapter, or nothing for a plan without målområden and goals."""
    if not plan.malomraden and not plan.namndsmal:
        return []
    indicators: dict[int, list[d.Indikator]] = defaultdict(list)
    for indicator in plan.indikatorer:
        indicators[indicator.namndsmal_id].append(indicator)
    parents = {g.overordnat_id for g in plan.namndsmal}
    depths = goal_depths(plan)
    area_ids = {a.id for a in plan.malomraden}
    # The snapshot holds the goals in tree order: each area's goals keep it.
    groups = [
        (a.rubrik, a.beskrivning, [g for g in plan.namndsmal if g.malomrade_id == a.id])
        for a in plan.malomraden
    ]
    orphans = [g for g in plan.namndsmal if g.malomrade_id not in area_ids]
    if orphans:
        groups.append((OTHER_GOALS, "", orphans))
    blocks: list[DocBlock] = [Heading(1, (Run(CHAPTER),))]
    summary = goal_matrix(plan)
    if summary is not None:
        blocks += [Heading(2, (Run(MATRIX_TITLE),)), summary]
    indent = 0
    for title, description, goals in groups:
        if indent:
            blocks.append(Indent(0))
            indent = 0
        blocks.append(Heading(2, (Run(title),)))
        blocks += [Paragraph((Run(part),)) for part in text_paragraphs(description)]
        if not goals:
            blocks.append(Paragraph((Run(NO_GOALS, italic=True),)))
        for goal in goals:
            depth = depths[goal.id]
            if depth != indent:
                blocks.append(Indent(depth))
                indent = depth
            blocks += _goal(plan, goal, depth, indicators[goal.id], parent=goal.id in parents)
    if indent:
        blocks.append(Indent(0))
    return blocks
