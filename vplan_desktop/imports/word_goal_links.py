"""An activity linked to several goals at once: a "Koppling till mål" cell naming goals by
their numbers or codes in a list ("2, 1", "Mål 5 och 4", "6/7", "GY3, VUX3"). vplan links an
activity to one goal: the first one named, the one the writer put first, whatever the order
of the numbers. The cell as printed is kept with the activity ("Mål: 2, 1") so that the other
goals are not lost. A cell naming one goal is read as before."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from vplan_desktop.imports.word_goal_ordinal import goal_by_place

__all__ = ["linked_goal"]

_NUMBER = r"(?-i:[A-ZÅÄÖ]{1,4} ?)?\d{1,2}(?:\.\d{1,2})*"
_LIST = re.compile(
    rf"^(?P<first>(?:[^\d,;/&]{{0,30}}?\s)?{_NUMBER})\.?"
    rf"(?:\s*(?:,|;|/|&|\boch\b|\bsamt\b)\s*(?:mål\s*)?{_NUMBER}\.?)+$",
    re.IGNORECASE,
)
"""A list of goal numbers or codes ("GY3, VUX3", "KFN 6, KFN 4"), the first possibly after
words ("Nämndsmål 2, 3")."""

Find = Callable[[str], dict[str, Any] | None]


def linked_goal(
    link: str, goals: list[dict[str, Any]], find: Find
) -> tuple[dict[str, Any] | None, list[str]]:
    """(the goal ``link`` names, the words kept with the activity): ``find`` reads a cell
    naming one goal by its number or words, else its place among ``goals`` names it
    (``goal_by_place``); a list of goal numbers gives the first goal named (``find`` of "Mål 2"
    for "Mål 2, 1") with the cell as printed kept ("Mål: 2, 1"); a cell naming no goal gives
    None and the cell kept."""
    text = " ".join(link.split())
    goal = _one(link, goals, find)
    if goal is None and (listed := _LIST.match(text)) is not None:
        goal = _one(listed.group("first"), goals, find)
        if goal is not None:
            return goal, [f"Mål: {text}"]
    return goal, [] if goal is not None else [f"Mål: {link}"]


def _one(link: str, goals: list[dict[str, Any]], find: Find) -> dict[str, Any] | None:
    """The one goal ``link`` names, by ``find`` or by its place among ``goals``."""
    return find(link) or goal_by_place(goals, link)
