"""What an activity is tied to – the whole plan, a målområde or a goal of any level – as the
activities table, its filter and "Ny aktivitet" name and offer it.

A link is one int, so that pickers can hold it as item data: a goal's id (ids start at 1),
a målområde's id negated, or 0 for the whole plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vplan_desktop import domain as d
from vplan_desktop.errors import InputError
from vplan_desktop.ui.i18n import tr

WHOLE_PLAN = "Hela planen"
AREA_PREFIX = "Målområde: "
WHOLE_PLAN_KEY = 0
INDENT = "\u2003"
"""One step of a goal's indent in the lists (an em space: wide enough to see, and stripped
like any space when typed text is matched to a choice)."""


def area_key(area_id: int) -> int:
    return -area_id


def link_of(activity: d.Aktivitet) -> int:
    """The link of an activity: its goal, else its målområde, else the whole plan."""
    if activity.namndsmal_id is not None:
        return activity.namndsmal_id
    if activity.malomrade_id is not None:
        return area_key(activity.malomrade_id)
    return WHOLE_PLAN_KEY


def link_fields(key: int) -> dict[str, Any]:
    """The fields one update of the activity gets for a link (the service clears the other
    field when a goal or a målområde is given; the whole plan clears both)."""
    if key > 0:
        return {"namndsmal_id": key}
    if key < 0:
        return {"malomrade_id": -key}
    return {"namndsmal_id": None, "malomrade_id": None}


def goal_title(front: d.FrontMatter, goal: d.Namndsmal) -> str:
    """ "KF:s mål 1:2 – Text": the level as the plan names it, the number and the text, as
    the goal tree and the exports write it."""
    level = front.niva_namn(goal.niva)
    return f"{level} {goal.kod} – {goal.text}" if goal.kod else f"{level} – {goal.text}"


@dataclass(frozen=True, slots=True)
class Link:
    """One choice of "Kopplad till": its key, its text and its depth in the list."""

    key: int
    label: str
    depth: int

    @property
    def indented(self) -> str:
        return INDENT * self.depth + self.label


def _depths(plan: d.PlanSnapshot) -> dict[int, int]:
    """Each goal's depth under the top of its målområde (0 at the top)."""
    parents = {g.id: g.overordnat_id for g in plan.namndsmal}
    depths: dict[int, int] = {}
    for goal in plan.namndsmal:
        depth, seen, parent = 0, {goal.id}, goal.overordnat_id
        # A parent missing from the snapshot (or a loop in a damaged file) ends the climb.
        while parent is not None and parent in parents and parent not in seen:
            seen.add(parent)
            depth += 1
            parent = parents[parent]
        depths[goal.id] = depth
    return depths


def links(plan: d.PlanSnapshot) -> list[Link]:
    """Every choice in tree order: the whole plan, then each målområde with its goals under
    it, then goals without a målområde (at the left, so they do not look like the last
    area's)."""
    front, depths = plan.uppgifter, _depths(plan)
    found = [Link(WHOLE_PLAN_KEY, WHOLE_PLAN, 0)]
    for area in plan.malomraden:
        found.append(Link(area_key(area.id), AREA_PREFIX + area.rubrik, 0))
        found.extend(
            Link(g.id, goal_title(front, g), depths[g.id] + 1)
            for g in plan.namndsmal
            if g.malomrade_id == area.id
        )
    found.extend(
        Link(g.id, goal_title(front, g), depths[g.id])
        for g in plan.namndsmal
        if g.malomrade_id is None
    )
    return found


def covered(plan: d.PlanSnapshot, key: int) -> set[int]:
    """The links of the activities a filter on ``key`` shows: a goal's activities and those
    of every goal under it; a målområde's own and those of its goals; the whole plan's own."""
    if key < 0:
        return {key} | {g.id for g in plan.namndsmal if g.malomrade_id == -key}
    if key == WHOLE_PLAN_KEY:
        return {key}
    children: dict[int | None, list[int]] = {}
    for goal in plan.namndsmal:
        children.setdefault(goal.overordnat_id, []).append(goal.id)
    found, level = {key}, [key]
    while level:
        level = [c for p in level for c in children.get(p, []) if c not in found]
        found.update(level)
    return found


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def find_link(plan: d.PlanSnapshot, text: str) -> int:
    """The link a typed or pasted text names: a choice's text, a goal's number and text
    ("1:2 Text") or its text alone, a målområde's name, "Hela planen"; blank is the whole
    plan. A text that names no choice, or several, is refused."""
    wanted = _fold(text)
    if not wanted:
        return WHOLE_PLAN_KEY
    names: list[tuple[str, int]] = [(link.label, link.key) for link in links(plan)]
    front = plan.uppgifter
    for goal in plan.namndsmal:
        level = front.niva_namn(goal.niva)
        names += [(f"{level} {goal.rubrik}", goal.id), (goal.rubrik, goal.id), (goal.text, goal.id)]
    names += [(a.rubrik, area_key(a.id)) for a in plan.malomraden]
    names += [(a.namn, area_key(a.id)) for a in plan.malomraden]
    exact = {key for name, key in names if _fold(name) == wanted}
    if len(exact) == 1:
        return exact.pop()
    if not exact:
        starting = {key for name, key in names if _fold(name).startswith(wanted)}
        if len(starting) == 1:
            return starting.pop()
        if not starting:
            raise InputError(
                tr(
                    "”{text}” är varken ett mål, ett målområde eller ”{whole_plan}”. "
                    "Välj i listan (F2)."
                ).format(text=text.strip(), whole_plan=WHOLE_PLAN)
            )
    raise InputError(
        tr(
            "”{text}” kan vara flera mål. Skriv målets nivå och nummer också, som i listan (F2)."
        ).format(text=text.strip())
    )
