"""An activity's period written as two dates, "2027-02-01 – 2027-06-30" (a dash, a hyphen,
"till" or "t.o.m." between them, "fr.o.m." or "från" before the first), in a column headed
"Period", "Tidsperiod" or "Genomförandeperiod": the first date is when the work starts and the
last its slutdatum. A range whose end is before its start is no period (the words are kept as
written)."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["PERIOD_HEADER", "date_range"]

PERIOD_HEADER = re.compile(r"^(?:tids|genomförande)?period$", re.IGNORECASE)
"""A column header naming the period the activity runs."""

_RANGE = re.compile(
    r"^(?:(?:fr\.?\s?o\.?\s?m\.?|från(?:\s+och\s+med)?)\s*)?"
    r"(?P<start>\d{4}-\d{2}-\d{2})\s*(?:[-–—]|till|t\.\s?o\.\s?m\.?)\s*(?P<end>\d{4}-\d{2}-\d{2})$",
    re.IGNORECASE,
)


def date_range(text: str) -> tuple[str, str] | None:
    """(start, end) as ISO dates of a period "2027-02-01 – 2027-06-30"; None for any other
    text, a date that does not exist or an end before the start."""
    found = _RANGE.match(" ".join(text.split()))
    if found is None:
        return None
    try:
        start = dt.date.fromisoformat(found.group("start"))
        end = dt.date.fromisoformat(found.group("end"))
    except ValueError:
        return None
    return (start.isoformat(), end.isoformat()) if start <= end else None
