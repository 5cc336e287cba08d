"""An activity's end written the short ways plans write it beside the periods ``word_dates``
reads: a week ("v. 12 2027", "v12", "vecka 40") or a run of weeks ("v. 45–48 2027", ending
with its last week), a term with a two-digit year ("HT27",
"VT-28"), a month with a two-digit year ("senast juni -27", "dec '27"), a quarter without a
year ("Q3", "kv. 2") and a day and month without a year ("senast 31/5", "30/9"). A week ends on
its Sunday (ISO 8601 weeks, as Swedish calendars number them), a term on its last month's last
day (the spring term in June, the autumn term in December), a month or a quarter on its last
day. A week, a quarter or a day written without a year is in the plan's first year: the year
the plan's activities are set for."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from vplan_desktop.formatting import MONTHS
from vplan_desktop.imports.word_month_dates import named_end

__all__ = ["short_end"]

_BY = r"(?:(?:klart|klar|färdig|senast|till|före|under|i)\s+)*"
_WEEK = re.compile(
    rf"{_BY}(?:v|v\.|vecka|veckan|veckorna)\s*(?P<first>\d{{1,2}})"
    r"(?:\s*[-–—]\s*(?:v\.?\s*)?(?P<week>\d{1,2}))?"
    r"(?:\s*[,/-]?\s*(?P<year>(?:19|20)\d\d))?"
)
_TERM = re.compile(rf"{_BY}(?P<term>vt|ht)\s*[-/]?\s*(?P<yy>\d\d)")
_MONTH = re.compile(rf"{_BY}(?P<month>[a-zåäö]{{3,9}})\.?\s*[-'’]\s*(?P<yy>\d\d)")
"""A month with a two-digit year after a dash or an apostrophe ("juni -27"; "juni 27" may be
a day)."""
_QUARTER = re.compile(rf"{_BY}(?:q|kv\.?|kvartal)\s*(?P<n>[1-4])")
_DAY = re.compile(rf"{_BY}(?P<day>[0-3]?\d)/(?P<month>[01]?\d)")


def short_end(text: str, first_year: int) -> dt.date | None:
    """The day an activity written ``text`` is due by, a year left out being ``first_year``;
    None when ``text`` is none of these shapes (or no real day: "v. 54", "31/2")."""
    clean = " ".join(text.lower().split()).rstrip(".")
    try:
        if found := _WEEK.fullmatch(clean):
            year = int(found.group("year") or first_year)
            first = int(found.group("first"))
            last = int(found.group("week") or first)
            return dt.date.fromisocalendar(year, last, 7) if first <= last else None
        if found := _TERM.fullmatch(clean):
            year = 2000 + int(found.group("yy"))
            return dt.date(year, 6, 30) if found.group("term") == "vt" else dt.date(year, 12, 31)
        if found := _MONTH.fullmatch(clean):
            return _month_end(2000 + int(found.group("yy")), _month_named(found.group("month")))
        if found := _QUARTER.fullmatch(clean):
            return _month_end(first_year, 3 * int(found.group("n")))
        if found := _DAY.fullmatch(clean):
            return dt.date(first_year, int(found.group("month")), int(found.group("day")))
    except ValueError:
        return None
    return named_end(clean, first_year)  # "Oktober", "1 januari", "Våren", "Under året"


def _month_end(year: int, month: int | None) -> dt.date:
    """The last day of ``month`` of ``year``; ValueError for no month."""
    if month is None:
        raise ValueError(month)
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_named(word: str) -> int | None:
    found = [n for n, name in enumerate(MONTHS, start=1) if name.startswith(word)]
    return found[0] if len(word) >= 3 and len(found) == 1 else None
