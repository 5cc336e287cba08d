"""The chapter "Aktiviteter", grouped by what each activity is tied to: the whole plan first,
then målområde by målområde its own activities and, under each goal's title, the goal's (in
tree order); goals without a målområde last. Every activity of the plan is printed once.
"""

from __future__ import annotations

from collections import defaultdict

from vplan_desktop import domain as d
from vplan_desktop.exports.blocks import Cell, DocBlock, Table, right
from vplan_desktop.exports.goal_labels import WHOLE_PLAN, goal_title
from vplan_desktop.formatting import MINUS, NBSP, format_date, format_number
from vplan_desktop.markdown import Heading, Run

CHAPTER = "Aktiviteter"
AREA_CAPTION = "Kopplade till målområdet i sin helhet"
OTHER_GOALS = "Övriga mål"


def start_text(activity: d.Aktivitet) -> str:
    """The start date."""
    return format_date(activity.startdatum)


def end_text(activity: d.Aktivitet) -> str:
    """The end date and, below it, the revised one ("2027-09-30", "reviderat till
    2027-12-15"); "Under 2028" for an activity planned by year alone (done within it)."""
    if not _dated(activity):
        return "" if activity.ar is None else f"Under{NBSP}{activity.ar}"
    lines = [format_date(activity.slutdatum)] if activity.slutdatum else []
    if activity.slutdatum_reviderat:
        revised = f"reviderat till {format_date(activity.slutdatum_reviderat)}"
        lines.append(revised if lines else revised.capitalize())
    return "\n".join(lines)


def _dated(activity: d.Aktivitet) -> bool:
    return any((activity.startdatum, activity.slutdatum, activity.slutdatum_reviderat))


def _cost(activity: d.Aktivitet) -> str:
    if activity.egen_tid:
        return "Egen tid"
    if activity.kostnad_tkr is None:
        return ""
    return f"{format_number(activity.kostnad_tkr, minus=MINUS)}{NBSP}tkr"


class _Tables:
    """The activity tables of one plan, all with the same columns."""

    def __init__(self, plan: d.PlanSnapshot) -> None:
        # A status column nobody filled in would only be an empty column: leave it out.
        self.with_status = any(a.status is not None for a in plan.aktiviteter)
        self.units = {v.id: v.namn for v in plan.verksamheter}
        # Likewise the verksamhet, printed when some activity belongs to one.
        self.with_unit = any(a.verksamhet_id in self.units for a in plan.aktiviteter)
        # Names in bold where descriptions are printed under them, so that each stands out.
        self.bold_names = any(a.beskrivning.strip() for a in plan.aktiviteter)

    def table(self, activities: list[d.Aktivitet], caption: str = "") -> Table:
        headings = (
            ("Aktivitet", "Ansvarig")
            + (("Verksamhet",) if self.with_unit else ())
            + ("Start", "Slutdatum")
            + (("Status",) if self.with_status else ())
        )
        widths = (
            [4.0 - (0.7 if self.with_unit else 0), 2.2 - (0.5 if self.with_unit else 0)]
            + ([1.7] if self.with_unit else [])
            + [1.5, 1.6]
            + ([1.45] if self.with_status else [])
            + [1.25]
        )
        if not self.with_status:
            widths[0] += 1.45
        return Table(
            caption=caption,
            header=[Cell(h, bold=True) for h in headings] + [right("Kostnad", bold=True)],
            rows=[
                [
                    Cell(a.namn, bold=self.bold_names, note=a.beskrivning.strip()),
                    Cell(a.ansvarig),
                    *([Cell(self.units.get(a.verksamhet_id or 0, ""))] if self.with_unit else []),
                    Cell(start_text(a)),
                    Cell(end_text(a)),
                    *([Cell(d.aktivitet_status_label(a.status))] if self.with_status else []),
                    right(_cost(a)),
                ]
                for a in activities
            ],
            widths=widths,
        )


def activity_blocks(plan: d.PlanSnapshot) -> list[DocBlock]:
    """The chapter, or nothing for a plan without activities."""
    if not plan.aktiviteter:
        return []
    goals = {g.id for g in plan.namndsmal}
    areas = {a.id for a in plan.malomraden}
    by_goal: dict[int, list[d.Aktivitet]] = defaultdict(list)
    by_area: dict[int, list[d.Aktivitet]] = defaultdict(list)
    whole: list[d.Aktivitet] = []
    for activity in plan.aktiviteter:
        goal_id, area_id = activity.namndsmal_id, activity.malomrade_id
        if goal_id is not None and goal_id in goals:
            by_goal[goal_id].append(activity)
        elif area_id is not None and area_id in areas:
            by_area[area_id].append(activity)
        else:  # the whole plan's, and any tied to something no longer in it: never dropped
            whole.append(activity)
    tables = _Tables(plan)
    blocks: list[DocBlock] = [Heading(1, (Run(CHAPTER),))]
    if whole:
        blocks += [Heading(2, (Run(WHOLE_PLAN),)), tables.table(whole)]
    groups = [
        (a.rubrik, by_area.get(a.id, []), [g for g in plan.namndsmal if g.malomrade_id == a.id])
        for a in plan.malomraden
    ]
    groups.append((OTHER_GOALS, [], [g for g in plan.namndsmal if g.malomrade_id not in areas]))
    for title, own, area_goals in groups:
        tied = [g for g in area_goals if by_goal.get(g.id)]
        if not own and not tied:
            continue
        blocks.append(Heading(2, (Run(title),)))
        if own:
            blocks.append(tables.table(own, AREA_CAPTION))
        for goal in tied:
            blocks += [Heading(3, (Run(goal_title(plan, goal)),)), tables.table(by_goal[goal.id])]
    return blocks
