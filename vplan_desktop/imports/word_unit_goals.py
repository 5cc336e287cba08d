"""Goals an avdelning, enhet or sektion sets for itself in the nämnd's plan: a plan compiled
from the units of the förvaltning ("Ekonomiavdelningen", "Enheten för vuxna") gives each unit
a chapter with its own goals under the nämnd's. A goal read under a heading naming such a unit
is the förvaltning's (vplan's level for a förvaltning's or an enhet's goals), not the nämnd's;
fullmäktige's goals quoted there keep their level."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.db.enums import MalNiva

__all__ = ["UnitGoals", "names_unit"]

_UNIT = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?[\w-]*(?:avdelning|enhet|sektion)(?:en)?(?:\s+för\s+\S.{0,60})?$",
    re.IGNORECASE,
)


def names_unit(heading: str) -> bool:
    """Whether a heading is the name of a unit of the förvaltning: "Ekonomiavdelningen",
    "HR-avdelningen", "2.3 Enheten för vuxna", "Avdelning för stöd" ("Enhetens mål" and
    "Verksamhetsmått – Ekonomienheten", a table's title, are not)."""
    return _UNIT.match(" ".join(heading.split()).rstrip(" :")) is not None


class UnitGoals:
    """Follows the walk: the goals made since the last look, under the headings then read,
    become the förvaltning's when a heading names a unit."""

    def __init__(self, goals: list[dict[str, Any]]) -> None:
        self.goals = goals
        self.seen: set[int] = {g["id"] for g in goals}

    def look(self, path: list[str]) -> None:
        """The goals made since the last look were read under the headings ``path``."""
        new = [g for g in self.goals if g["id"] not in self.seen]
        self.seen |= {g["id"] for g in new}
        if not any(names_unit(h) for h in path):
            return
        for goal in new:
            if goal["niva"] == MalNiva.NAMND.value:
                goal["niva"] = MalNiva.FORVALTNING.value
