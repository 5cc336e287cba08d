"""Goals given twice: a plan that sums its goals up in a table first ("Målområde | Mål |
Indikator | Målvärde 2027", the goals often in a shortened wording: "Fler elever tar examen")
and then gives each goal in full under its målområde ("Fler elever fullföljer gymnasieskolan
och tar examen inom tre år.", with its indicators' history and targets).

A summary table lists the goals of more than one målområde; a table of one målområde's goals
is no summary (its goals are each given once). A goal read later in the same målområde
restates a goal of the summary when the summary's wording shares at least half of its words
with it and no other goal of the summary in that målområde does (``word_goal_match``): it is
that goal, in its full wording. An indicator of the restated goal's table then restates the
summary's indicator of that goal whose targets it repeats (the same figure and comparison for
every year both give; when several do, the one whose shortened name shares at least half of
its words with the full name): it is that indicator, with its full name and all its
figures."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.imports.word_goal_match import goal_named, words

_NUMBER = re.compile(r"^\d{1,2}(?:\.\d+)*\.?\s+")
"""A chapter's number typed before its words ("4 ", "4.2 ")."""


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def summary_area(
    name: str, areas: list[dict[str, Any]], goals: list[dict[str, Any]], summarised: set[int]
) -> dict[str, Any] | None:
    """The målområde a heading ``name`` names, its chapter number typed before it or not
    ("4 Kunskap och lärande"), when a summary table gave goals of it not yet given in full."""
    wanted = _key(_NUMBER.sub("", name))
    waiting = {g["malomrade_id"] for g in goals if g["id"] in summarised}
    return next((a for a in areas if _key(a["namn"]) == wanted and a["id"] in waiting), None)


def summary_goals(goals: list[dict[str, Any]], earlier: list[dict[str, Any]]) -> set[int]:
    """The ids of the goals a goal table made (``goals``, not one of the ``earlier`` ones)
    when they are of more than one målområde: a summary of the plan's goals."""
    known = {g["id"] for g in earlier}
    made = [g for g in goals if g["id"] not in known]
    return {g["id"] for g in made} if len({g["malomrade_id"] for g in made}) > 1 else set()


def restated_goal(
    goals: list[dict[str, Any]], summarised: set[int], area_id: int, text: str
) -> dict[str, Any] | None:
    """The goal of a summary table (its id in ``summarised``) in the målområde ``area_id``
    that the fuller wording ``text`` restates; None when none does, or several."""
    full = [{"text": text}]
    found = [
        g
        for g in goals
        if g["id"] in summarised
        and g["malomrade_id"] == area_id
        and len(words(g["text"])) <= len(words(text))
        and goal_named(g["text"], full) is not None
    ]
    return found[0] if len(found) == 1 else None


def _same_targets(one: dict[str, Any], other: dict[str, Any]) -> bool:
    years = set(one["malnivaer"]) & set(other["malnivaer"])
    compared = (one.get("jamforare", {}), other.get("jamforare", {}))
    return bool(years) and all(
        one["malnivaer"][y] == other["malnivaer"][y] and compared[0].get(y) == compared[1].get(y)
        for y in years
    )


def place_indicator(goal: dict[str, Any], indicator: dict[str, Any], summarised: set[int]) -> None:
    """Adds the new ``indicator`` to ``goal``: in the place of the summary's indicator it
    restates (its id in ``summarised``, see the module), else after the goal's others."""
    own = goal["indikatorer"]
    found = [i for i in own if i["id"] in summarised and _same_targets(i, indicator)]
    if len(found) > 1:  # the name tells them apart
        full = [{"text": indicator["namn"]}]
        found = [i for i in found if goal_named(i["namn"], full) is not None]
    if len(found) != 1:
        own.append(indicator)
        return
    summarised.discard(found[0]["id"])
    own[own.index(found[0])] = indicator
