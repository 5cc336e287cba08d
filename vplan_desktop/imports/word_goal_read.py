"""A goal table read into the plan (``word_goal_table`` classifies it): its goal(s) – labelled
over the table, named above it, in a column or in rows across – with their indicators
(``word_goal_indicators``), activities and assessments; or a table listing goals, one a row,
with no indicators."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_breakdown_rows import name_breakdowns
from vplan_desktop.imports.word_build import Builder, TableView
from vplan_desktop.imports.word_goal_activities import row_activities
from vplan_desktop.imports.word_goal_area_rows import area_over
from vplan_desktop.imports.word_goal_assess import assess, reported_in, shaded_words
from vplan_desktop.imports.word_goal_caption import goal_sentence
from vplan_desktop.imports.word_goal_caption_kept import keep_goal_caption
from vplan_desktop.imports.word_goal_indicators import _indicator, _one_per_line
from vplan_desktop.imports.word_goal_levels import goal_and_number
from vplan_desktop.imports.word_goal_link import read_linked
from vplan_desktop.imports.word_goal_match import goal_named
from vplan_desktop.imports.word_goal_nearest import nearest_goal
from vplan_desktop.imports.word_goal_restated import summary_goals
from vplan_desktop.imports.word_goal_status import goal_row_status
from vplan_desktop.imports.word_goal_table import _GOAL_TITLE, GOAL_WORDS, parse_goal
from vplan_desktop.imports.word_goal_wide import goal_wide
from vplan_desktop.imports.word_group_goal import goals_by_group
from vplan_desktop.imports.word_indicator_words import NAME_WORDS
from vplan_desktop.imports.word_known_indicators import known_indicators
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_row_types import read_typed_rows
from vplan_desktop.imports.word_verdict_row import read_verdict_rows
from vplan_desktop.wording import clipped
from vplan_desktop.wording import count as count_of


def _area_name(path: list[str]) -> str:
    """The målområde for a goal table outside any: the nearest heading over it that does not
    name a goal itself ("Mål 1: Fler barn …" is the goal, not its målområde), else "Mål"."""
    return next((h for h in reversed(path) if not GOAL_WORDS.match(h)), "Mål")


def read(view: TableView, b: Builder) -> None:
    """The goal(s) and indicators of a goal table."""
    if read_linked(view, b, _one_per_line, _indicator):  # "Bidrar till mål: Mål 2 och 3"
        return
    if read_typed_rows(view, b, _indicator):  # "Typ | Nr | Text | …": KF, NM, I, A rows
        return
    name_breakdowns(view)  # rows per programme indented under the indicator's own row
    ctx = view.context
    area = b.current_area or b.loose_area(_area_name(ctx.path))
    if _goal_list(view):
        _goals(view, b, area)
        return
    goals: dict[str, dict[str, Any]] = {}
    titled = view.titles[0] if view.titles else ""
    if not titled and ctx.caption and GOAL_WORDS.match(ctx.caption):
        titled = ctx.caption  # "Mål 1: …" over the table; any other caption names the table
    own_goal = b.named_goal is not None or ctx.heading in b.by_heading
    if not titled and not own_goal and ctx.caption and goal_sentence(ctx.caption, ctx.lead):
        titled = ctx.caption  # a goal's sentence on the line over its table
    default_goal: dict[str, Any] | None = None
    # Goals as rows merged across the table ("Mål 1 <goal>") over their indicators.
    goal_rows = any(r.group and _GOAL_TITLE.match(r.group) for r in view.rows.rows)
    given = (
        b.named_goal
        or nearest_goal(b, b.by_heading.get(ctx.heading))  # also "Nämndmål: …" under it
        or (b.current_goal if ctx.part == "mal" else None)
    )
    ungrouped = not goal_rows and (
        view.col("grupp") is None or not any(r.group for r in view.rows.rows)
    )
    known = None  # indicators the plan has, their figures given apart: no goal of its own
    if ungrouped and not titled:
        known = known_indicators(view.rows.rows, view.col("namn"), b.goals, given)
    if ungrouped and known is None:
        if b.named_goal is not None:  # "Indikatorer: <goal>" above the table
            area = next((a for a in b.areas if a["id"] == b.named_goal["malomrade_id"]), area)
        if titled and (given is None or parse_goal(titled)[2] != given["text"]):
            niva, kod, text = parse_goal(titled)
            default_goal = b.goal(area, niva, kod, text)
        elif given is not None:
            default_goal = given
            keep_goal_caption(view, b, given)  # a goal sentence over the table: not dropped
        else:
            niva, kod, text = parse_goal(ctx.heading or "Nämndsmål")
            default_goal = b.goal(area, niva, kod, text)
            b.by_heading.setdefault(ctx.heading, default_goal)
    made: set[int] = set()
    activities = 0
    earlier = list(b.goals)  # the goals read before the table
    kf_col = view.col("kf")
    numbered = goals_by_group((r.group for r in view.rows.rows), b.goals) if default_goal else {}
    last_kf = ""  # a KF goal written once over the rows under it, not merged down them
    for row in view.rows.rows:
        if kf_col is not None and row.cells[kf_col]:
            last_kf = row.cells[kf_col]
        goal = numbered.get(row.group, default_goal)  # "… – Mål 2": the goal of that number
        if known is not None:
            goal = known.get(id(row))
        elif goal is None:
            key = row.group or ctx.heading or "Nämndsmål"
            coded = [g for g in b.goals if g["kod"] and g["kod"] == key.strip()]
            if key not in goals and coded:  # "ME1": the goal numbered so in a table above
                goals[key] = coded[-1]
            if key not in goals and (by_words := goal_named(parse_goal(key)[2], earlier)):
                goals[key] = by_words  # "Kulturskola utan kö": a goal above by its words
            if key not in goals:
                niva, kod, text = goal_and_number(*parse_goal(key))
                kod = kod or view.cell(row.cells, "kod")
                kf = last_kf
                named = view.cell(row.cells, "malomrade")
                home = b.area(named) if named else area_over(view, b, row, GOAL_WORDS) or area
                upper = goal_and_number(*parse_goal(kf))[1:]
                parent = b.goal(home, MalNiva.KF, *upper)["id"] if kf else None
                goals[key] = b.goal(home, niva, kod, text, parent)
            goal_row_status(view, b, goals[key], key, assess)  # "Mål 1.1 … | Uppfyllt"
            goal = goals[key]
        for cells in _one_per_line(view, goal_wide(view, goal, row)):  # once for the goal
            _indicator(view, b, goal, cells, made)
        activities += row_activities(view, b, goal, row)  # an activity column beside them
    b.summarised |= summary_goals(list(goals.values()), earlier)  # perhaps given in full later
    if default_goal is not None and ctx.part == "mal":
        # the goal the table measures: its activities and description may follow
        b.current_area, b.current_goal = area, default_goal
    all_goals = [default_goal] if default_goal is not None else list(goals.values())
    if known is not None:
        all_goals = list({id(g): g for g in known.values()}.values())
    if numbered:  # the goals the group rows named, and the default for rows under none
        rest = [default_goal] if any(r.group not in numbered for r in view.rows.rows) else []
        all_goals = list({id(g): g for g in [*numbered.values(), *rest]}.values())
    b.table_goal = (view.parts[-1][0].index, all_goals[0]) if len(all_goals) == 1 else None
    read_verdict_rows(view, b, all_goals, assess)  # a last row "Måluppfyllelse: Uppfyllt"
    indicators = sum(len(g["indikatorer"]) for g in all_goals)
    names = ", ".join(f"”{clipped(g['text'], 50)}”" for g in all_goals[:3])
    noun = "Målet" if len(all_goals) == 1 else "Målen"
    text = f"{noun} {names} med {count_of(indicators, 'indikator')}"
    if activities:
        text += f" och {count_of(activities, 'aktivitet')}"
    b.became(view.block.index, Became.MAL, text)
    for part, _skip in view.parts[1:]:
        b.became(part.index, Became.MAL, f"Fortsättning: {text}")
    b.report(text)


def _goal_list(view: TableView) -> bool:
    """A table of goals, one per row ("Nämndsmål | Bedömning | Kommentar"), no indicators."""
    name = view.col("namn")
    header = view.headers[name].lower().strip(": ") if name is not None else ""
    return bool(
        re.match(r"^(?:nämnds)?mål(?:en)?$|^\w*(?:nämnd|styrels)ens mål|^mål(?:form\w*)?\b", header)
    ) and not any(w in h.lower() for h in view.headers for w in NAME_WORDS)


def _goals(view: TableView, b: Builder, area: dict[str, Any]) -> None:
    """The goals of a table of goals, with their assessment in a follow-up document."""
    count = 0
    for row in view.rows.rows:
        name = view.cell(row.cells, "namn")
        if not name:
            continue
        niva, kod, text = parse_goal(name)
        kod = kod or view.cell(row.cells, "kod")[:20]
        goal = b.goal(b.area(row.group) if row.group else area, niva, kod, text)
        count += 1
        notes = "\n".join(
            t for t in (view.cell(row.cells, "kommentar"), view.others(row.cells)) if t
        )
        assessment = shaded_words(view, row) or view.cell(row.cells, "bedomning")
        reported = reported_in(view, b) if assessment else None
        if assessment and (view.context.follow_up or reported):
            period = b.follow_up()
            assess(period, goal, assessment)
            held = next(m for m in period["mal"] if m["namndsmal_id"] == goal["id"])
            if notes and notes not in held["bedomning"]:
                held["bedomning"] = "\n".join(t for t in (held["bedomning"], notes) if t)
            notes = ""
        elif assessment:
            notes = "\n".join(t for t in (notes, f"Bedömning: {assessment}") if t)
        for year_role, value in zip(view.roles, row.cells, strict=False):
            if year_role.startswith("mal:") and value:
                goal["arstexter"][year_role[4:]] = value[:2000]
        if notes:
            goal["beskrivning"] = "\n\n".join(t for t in (goal["beskrivning"], notes) if t)
    text = f"{count_of(count, 'mål').capitalize()} i en tabell över målen"
    b.became(view.block.index, Became.MAL, text)
    for part, _skip in view.parts[1:]:
        b.became(part.index, Became.MAL, f"Fortsättning: {text}")
    b.report(text)
