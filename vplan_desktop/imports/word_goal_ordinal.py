"""A goal named by its place: an activity table's "Mål" column holding "1", "2", … where the
plan's nämnd goals carry no number of their own (bold "Nämndens mål:" paragraphs, goals as
sentences). The number counts the nämnd's goals in the order the plan gives them, as a
reader counts them ("Aktiviteterna kopplas till målen i den ordning de står ovan"); a plan
that numbers any of its goals is linked by those numbers alone."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.db.enums import MalNiva

__all__ = ["goal_by_place"]

_PLACE = re.compile(r"(?:mål\s*)?(\d{1,2})\.?", re.IGNORECASE)


def goal_by_place(goals: list[dict[str, Any]], link: str) -> dict[str, Any] | None:
    """The nämnd goal ``link`` ("3", "Mål 3") names by its place among ``goals`` when none of
    them has a number; None when any has one, or the number is past the last goal."""
    found = _PLACE.fullmatch(" ".join(link.split()))
    own = [g for g in goals if g["niva"] == MalNiva.NAMND.value]
    if found is None or any(g["kod"] for g in goals):
        return None
    place = int(found.group(1))
    return own[place - 1] if 1 <= place <= len(own) else None
