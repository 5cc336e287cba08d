"""What the goal tree asks of a plan, for Granskning and the navigator's progress marks alike:
which goals are the nämnd's own to measure and to act on, and how a message names a goal
("Nämndsmål 1:2 ”…”").

KF's and KS's goals and the uppdrag are given to the nämnd: one with nothing under it is fine.
The nämnd's goals and the förvaltning's are the plan's own, so the plan says how each is
measured: an indicator or a target in words for a plan year, on the goal or on a goal under it
(a nämndsmål broken down into förvaltningens mål is measured through them).
"""

from __future__ import annotations

from vplan_desktop import domain as d
from vplan_desktop.db.enums import MalNiva

OWN_LEVELS = frozenset({MalNiva.NAMND, MalNiva.FORVALTNING})
"""The levels the nämnd and its förvaltning set themselves."""


def quoted(text: str, limit: int = 60) -> str:
    """A text quoted for a message, shortened when long: ”Fler barn …”."""
    text = " ".join(text.split())
    return f"”{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def goal_name(front: d.FrontMatter, goal: d.Namndsmal) -> str:
    """The goal as a message names it: its level as the plan calls it, its number, its text
    ("Nämndsmål 1:2 ”Fler barn …”")."""
    level = front.niva_namn(goal.niva)
    return f"{level} {goal.kod} {quoted(goal.text)}" if goal.kod else f"{level} {quoted(goal.text)}"


def _below(plan: d.PlanSnapshot) -> dict[int, set[int]]:
    """Each goal's id with the ids of every goal under it, at any depth, itself included."""
    children: dict[int | None, list[int]] = {}
    for goal in plan.namndsmal:
        children.setdefault(goal.overordnat_id, []).append(goal.id)
    result: dict[int, set[int]] = {}
    for goal in plan.namndsmal:
        found, level = {goal.id}, [goal.id]
        while level:
            level = [c for p in level for c in children.get(p, []) if c not in found]
            found.update(level)
        result[goal.id] = found
    return result


def _has_year_text(goal: d.Namndsmal, years: list[int]) -> bool:
    """A target in words for a plan year (one for a year before or after the period is the
    goal's history or its long range: fine, but not this plan's target)."""
    return any(goal.arstexter.get(year, "").strip() for year in years)


def unmeasured(plan: d.PlanSnapshot) -> list[d.Namndsmal]:
    """The nämnd's and the förvaltning's goals with neither an indicator nor a target in
    words for a plan year, on themselves or on any goal under them."""
    years = plan.uppgifter.years
    with_indicator = {i.namndsmal_id for i in plan.indikatorer}
    measured = {g.id for g in plan.namndsmal if g.id in with_indicator or _has_year_text(g, years)}
    below = _below(plan)
    return [
        goal
        for goal in plan.namndsmal
        if goal.niva in OWN_LEVELS and not (below[goal.id] & measured)
    ]


def without_activity(plan: d.PlanSnapshot) -> list[d.Namndsmal]:
    """The nämndsmål nothing is planned for: no activity tied to it, to a goal under it or to
    its målområde, and no target in words for a plan year (such a target – "En modell finns
    klar" – says itself what is to be done).

    Förvaltningens mål are not asked for one of their own: they break a nämndsmål down, and
    the nämndsmål counts the activities under them.
    """
    years = plan.uppgifter.years
    goals = {a.namndsmal_id for a in plan.aktiviteter if a.namndsmal_id is not None}
    areas = {a.malomrade_id for a in plan.aktiviteter if a.malomrade_id is not None}
    below = _below(plan)
    return [
        goal
        for goal in plan.namndsmal
        if goal.niva is MalNiva.NAMND
        and not (below[goal.id] & goals)
        and goal.malomrade_id not in areas
        and not _has_year_text(goal, years)
    ]
