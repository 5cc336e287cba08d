"""An activity's end written as a period rather than a day, as plans write "Klart senast":
"december 2026", "dec 2026", "2026-12", "Q2 2027", "kv 2 2027", "kvartal 2 2027", "T2 2027",
"tertial 2 2027", "vt 2027", "ht 2026", "2027", "hela 2027", and a range of them ("Q1–Q2 2027",
"Q1 2027–Q2 2028", "mars–juni 2027"). Each is read as the (last) period's last day: the
activity is due by then; a school year ("läsår 2027/28") ends with its spring term
(``word_school_year``). "Under 2027" is not read here (the plan keeps it as the year the
activity runs in), nor is anything vaguer ("löpande"). A schedule's cell (an activity table's
"Tidplan" or "När", ``word_activity_when``) also reads the words plans use for when the work is
done: a season ("Våren 2028" ends on 30 June, "Hösten 2027" on 31 December, as the terms do)
and a span of years ("2027–2029": done by the last year's end); elsewhere those are no end."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from vplan_desktop.formatting import MONTHS
from vplan_desktop.imports.word_school_year import school_year_end

__all__ = ["period_end"]

_YEAR = r"(?P<year>(?:19|20)\d\d)"
_BY = r"(?:(?:klart|klar|färdig|senast|till|före|(?:före\s+)?utgången\s+av)\s+)*"
_PREFIX = rf"{_BY}(?:i\s+)?"
_MONTH = re.compile(rf"{_PREFIX}(?P<month>[a-zåäö]{{3,9}})\.?\s+{_YEAR}")
_YEAR_MONTH = re.compile(rf"{_YEAR}-(?P<month>0?[1-9]|1[0-2])")
_QUARTERS = (
    re.compile(rf"{_PREFIX}(?:q|kv\.?|kvartal)\s*(?P<n>[1-4])\s*[-/]?\s*{_YEAR}"),
    re.compile(rf"{_YEAR}\s*[-/]?\s*(?:q|kv\.?|kvartal)\s*(?P<n>[1-4])"),
    re.compile(rf"{_PREFIX}(?P<n>[1-4])\s*:?\s*(?:a|e)?\s+kvartalet\s+{_YEAR}"),
)
_TERTIAL = re.compile(rf"{_PREFIX}(?:t|tertial)\s*(?P<n>[1-3])\s*[-/]?\s*{_YEAR}")
_TERM = re.compile(rf"{_PREFIX}(?P<term>vt|ht|vårterminen|höstterminen)\s*[-/]?\s*{_YEAR}")
_SEASON = re.compile(rf"{_PREFIX}(?:under\s+)?(?P<season>våren|hösten|vår|höst)\s+{_YEAR}")
"""A schedule's season: spring ends with June, autumn with the year."""
_BARE_YEAR = re.compile(rf"{_BY}{_YEAR}")  # "i 2027", like "under 2027", is not read
_WHOLE_YEAR = re.compile(rf"(?:hela|helår(?:et)?)\s+(?:året\s+)?{_YEAR}")
"""The work runs all year ("hela 2027", "hela året 2027"): due by the year's last day."""
_RANGE = re.compile(r"^(?P<start>.+?)\s*(?:[–—-]|\btill\b)\s*(?P<end>[^–—-]+)$")
_END_YEAR = re.compile(rf"\s{_YEAR}$")


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_named(word: str) -> int | None:
    word = word.rstrip(".")
    found = [n for n, name in enumerate(MONTHS, start=1) if name.startswith(word)]
    return found[0] if len(word) >= 3 and len(found) == 1 else None


def period_end(text: str, *, schedule: bool = False) -> tuple[dt.date, bool] | None:
    """The last day of the period ``text`` names, and whether the text was a year alone ("2027",
    "klart senast 2027": the day says all the text did, so its words need not be kept); None
    when ``text`` is no such period. ``schedule``: ``text`` is a schedule's cell, where a season
    ("hösten 2027") and a span of years ("2027–2029") name an end too."""
    clean = " ".join(text.lower().split()).rstrip(".")
    found = _MONTH.fullmatch(clean)
    if found and (month := _month_named(found.group("month"))):
        return _month_end(int(found.group("year")), month), False
    if found := _YEAR_MONTH.fullmatch(clean):
        return _month_end(int(found.group("year")), int(found.group("month"))), False
    for pattern in _QUARTERS:
        if found := pattern.fullmatch(clean):
            return _month_end(int(found.group("year")), int(found.group("n")) * 3), False
    if found := _TERTIAL.fullmatch(clean):
        return _month_end(int(found.group("year")), int(found.group("n")) * 4), False
    if found := _TERM.fullmatch(clean):
        spring = found.group("term") in ("vt", "vårterminen")
        return _month_end(int(found.group("year")), 6 if spring else 12), False
    if schedule and (found := _SEASON.fullmatch(clean)):
        spring = found.group("season").startswith("vår")
        return _month_end(int(found.group("year")), 6 if spring else 12), False
    if school := school_year_end(clean):
        return school, False
    if found := _BARE_YEAR.fullmatch(clean):
        return dt.date(int(found.group("year")), 12, 31), True
    if found := _WHOLE_YEAR.fullmatch(clean):
        return dt.date(int(found.group("year")), 12, 31), False
    return _range_end(clean, schedule)


def _range_end(clean: str, schedule: bool) -> tuple[dt.date, bool] | None:
    """ "q1–q2 2027", "q1 2027–q2 2028": the end period's last day, when both ends are periods
    (the start may borrow the end's year) and the start is not after the end. A range of bare
    years ("2027–2028") is the years the activity runs, read as an end only in a schedule."""
    found = _RANGE.match(clean)
    if found is None:
        return None
    end = period_end(found.group("end"), schedule=schedule)
    if end is None or (end[1] and not schedule):
        return None
    start_text = found.group("start")
    start = period_end(start_text, schedule=schedule)
    year = _END_YEAR.search(found.group("end"))
    if start is None and year is not None:
        start = period_end(f"{start_text} {year.group('year')}", schedule=schedule)
    if start is None or (start[1] and not schedule):
        return None
    if (dt.date(start[0].year, 1, 1) if start[1] else start[0]) > end[0]:
        return None  # the start after the end (a bare year starts on its first day)
    return end[0], False
