"""How the exports name a goal of the goal tree and what an activity is tied to, alike in
Word, PDF and Excel: "KF:s mål 1:2 – Text", "Målområde: 1 Kvalitet", "Hela planen"."""

from __future__ import annotations

from vplan_desktop import domain as d

WHOLE_PLAN = "Hela planen"
AREA_PREFIX = "Målområde: "


def goal_label(plan: d.PlanSnapshot, goal: d.Namndsmal) -> str:
    """The goal's level and number as the plan names them: "KF:s mål 1:2", "Uppdrag"."""
    return f"{plan.uppgifter.niva_namn(goal.niva)} {goal.kod.strip()}".strip()


def goal_title(plan: d.PlanSnapshot, goal: d.Namndsmal) -> str:
    """ "KF:s mål 1:2 – Invånarna får …": the level and number before the goal's text."""
    return f"{goal_label(plan, goal)} – {goal.text}"


def goal_depths(plan: d.PlanSnapshot) -> dict[int, int]:
    """Each goal's depth in the tree: 0 at the top of its målområde, 1 under such a goal …"""
    parents = {g.id: g.overordnat_id for g in plan.namndsmal}
    depths: dict[int, int] = {}
    for goal in plan.namndsmal:
        depth, seen, parent = 0, {goal.id}, parents.get(goal.id)
        # A parent missing from the snapshot (or, in a damaged file, a loop) ends the climb.
        while parent is not None and parent in parents and parent not in seen:
            seen.add(parent)
            depth += 1
            parent = parents[parent]
        depths[goal.id] = depth
    return depths


def area_tie(area: d.Malomrade) -> str:
    """ "Målområde: 1 Kvalitet" """
    return AREA_PREFIX + area.rubrik


def activity_tie(plan: d.PlanSnapshot, activity: d.Aktivitet) -> str:
    """What ``activity`` is tied to: its goal's title, its målområde, or the whole plan."""
    goal = next((g for g in plan.namndsmal if g.id == activity.namndsmal_id), None)
    if goal is not None:
        return goal_title(plan, goal)
    area = next((a for a in plan.malomraden if a.id == activity.malomrade_id), None)
    if area is not None:
        return area_tie(area)
    return WHOLE_PLAN
