"""An activity table laid out as a Gantt chart: one column per quarter ("Q1", "Kv 2",
"Kvartal 3 2027") with the quarters the work runs marked ("X"). The activity starts on the
first day of its first marked quarter and ends on the last day of its last one; a quarter's
year is the header's, else the one year the caption or the line over the table names, else
the plan's first year."""

from __future__ import annotations

import datetime as dt
import re

_QUARTER = re.compile(r"(?:q|kv\.?|kvartal)\s*(?P<n>[1-4])(?:\s+(?P<year>(?:19|20)\d\d))?", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def is_quarter(header: str) -> bool:
    """``header`` names one quarter ("Q1", "Kv 2 2027")."""
    return _QUARTER.fullmatch(" ".join(header.split()).rstrip(".")) is not None


def quarter_span(
    headers: list[str], roles: list[str], cells: list[str], around: str, first_year: int
) -> tuple[str, str] | None:
    """The first day of the first quarter ``cells`` mark in the "kvartal" columns and the last
    day of the last one; None when no quarter is marked. ``around`` is the caption and the
    line over the table."""
    years = set(_YEAR.findall(around))
    default = int(years.pop()) if len(years) == 1 else first_year
    first: dt.date | None = None
    last: dt.date | None = None
    for index, role in enumerate(roles):
        if role != "kvartal" or index >= len(cells) or not cells[index].strip():
            continue
        found = _QUARTER.fullmatch(" ".join(headers[index].split()).rstrip("."))
        if found is None:
            continue
        year = int(found.group("year") or default)
        month = int(found.group("n")) * 3
        start = dt.date(year, month - 2, 1)
        end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        first = start if first is None or start < first else first
        last = end if last is None or end > last else last
    return None if first is None or last is None else (first.isoformat(), last.isoformat())
