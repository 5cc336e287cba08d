"""An activity table grouped by when the work is done: a merged (often shaded) row over the
activities of one period – "Kvartal 2 (april–juni)", "Q3", "Hösten 2027", "Pågår under hela
året" – and no date of their own. A small kansli plans its year so, the date being the group
and not a column. Such a group row is each activity's end: the period's last day, a period
without a year in the plan's first year (as ``word_dates`` and ``word_short_dates`` read a
date cell); it is no målområde or verksamhet. A gloss in brackets after the period (its
months) and a verb before it ("Pågår under hela året", "Löpande under året") say no more than
the period; a verb alone ("Löpande") names no period and gives no end. The group's words are
kept in each activity's description: the day alone hides that it closes a quarter."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from vplan_desktop.imports.word_dates import period_end
from vplan_desktop.imports.word_short_dates import short_end

__all__ = ["group_end", "period_group"]

_GLOSS = re.compile(r"\s*\([^()]*\)$")
"""The months a period is glossed with ("Kvartal 2 (april–juni)")."""
_VERB = re.compile(
    r"^(?:pågår|pågående|löpande|genomförs|sker|utförs)\s+(?=(?:under|hela|i)\b)", re.IGNORECASE
)
"""A verb before the period ("Pågår under hela året")."""


def group_end(group: str, first_year: int) -> dt.date | None:
    """The last day of the period a group row names, a year left out being ``first_year``;
    None when the row names no period."""
    clean = " ".join(group.split()).strip(" :.")
    if not clean or len(clean) > 60:
        return None
    clean = _VERB.sub("", _GLOSS.sub("", clean)).strip(" :.")
    if not clean:
        return None
    ends = period_end(clean, schedule=True)
    return ends[0] if ends is not None else short_end(clean, first_year)


def period_group(group: str, first_year: int, activity: dict[str, Any], extra: list[str]) -> bool:
    """Dates ``activity`` by the period its group row names (its description keeping the
    row's words); False, and nothing done, when the row names no period."""
    end = group_end(group, first_year) if group else None
    if end is None:
        return False
    activity["slutdatum"] = end.isoformat()
    extra.append(f"Period: {group}")
    return True
