"""An indicator table with group rows that name a goal already read by its number ("Målområde
Trygg vård – Mål 1", merged across the table between the groups): each group row ties the
indicators under it to that goal, not to the goal read last.

So does a group row of an activity table naming a goal the plan has ("Nämndmål 2: Fler vuxna
går till arbete", shaded across the table over the goal's activities; or "Mål 2" alone): the
activities under it are that goal's, the row no målområde of its own. The row names the goal
by its words as the plan has them, or by its number – alone, or with words that name that
goal in short ("Nämndmål 2: Fler i arbete", ``word_goal_match``); a number with words naming
another goal, or none, names no goal."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from vplan_desktop.imports.word_activity_lines import goal_named_by_line
from vplan_desktop.imports.word_goal_match import goal_named

NUMBERED = re.compile(r"\b(?:nämndsmål|nämndmål|mål)\s+(?P<kod>\d+(?:\.\d+)*)\b", re.IGNORECASE)


def goal_numbered_in(group: str, goals: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one goal whose number the group row names ("… – Mål 2"); None when it names none,
    several, or a number no goal has."""
    found = [m.group("kod") for m in NUMBERED.finditer(group)]
    if len(found) != 1:
        return None
    matching = [g for g in goals if g.get("kod") == found[0]]
    return matching[0] if len(matching) == 1 else None


def goals_by_group(groups: Iterable[str], goals: list[dict[str, Any]]) -> dict[str, Any]:
    """Group text → the goal it names, when every group row of the table names a goal read
    before it; {} otherwise (the groups are something else: målområden, verksamheter)."""
    named = {group: goal_numbered_in(group, goals) for group in groups if group}
    if not named or any(goal is None for goal in named.values()):
        return {}
    return {group: goal for group, goal in named.items() if goal is not None}


def goal_of_group(group: str, goals: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The goal an activity table's group row names (see the module); None when it names
    none of ``goals``."""
    if (named := goal_named_by_line(group, goals, bold=True)) is not None:
        return named
    numbered = goal_numbered_in(group, goals)
    rest = NUMBERED.sub("", group, count=1).strip(" :–—-.")
    if numbered is None or not rest:
        return numbered
    return numbered if goal_named(rest, goals) is numbered else None
