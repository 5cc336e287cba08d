"""An activity's end written in words without a year, as a one-year plan dates its activities:
a month ("Oktober", "senast i maj"), a run of months ("Juni–september"), a day and a month
("1 januari", "Senast 30 april"), a season ("Våren", "Hösten") or the year itself ("Under
året", "Hela året"). Each is in the plan's first year: a month or a run of months ends on its
last month's last day, a day is that day, spring ends with the spring term (30 June), summer
with August, autumn with the autumn term (31 December) and the year on 31 December."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from vplan_desktop.formatting import MONTHS

__all__ = ["named_end"]

_BY = r"(?:(?:klart|klar|färdig|senast|till|före|under|i|innan|t\.o\.m\.?|tom)\s+)*"
_MONTH = r"[a-zåäö]{3,9}\.?"
_MONTHS = re.compile(rf"{_BY}(?:(?P<first>{_MONTH})\s*[-–—]\s*)?(?P<month>{_MONTH})")
_DAY = re.compile(rf"{_BY}(?:den\s+)?(?P<day>[0-3]?\d)(?:\s*:e|\s*:a)?\s+(?P<month>{_MONTH})")
_SEASONS = {
    "våren": (6, 30),
    "vår": (6, 30),
    "sommaren": (8, 31),
    "sommar": (8, 31),
    "hösten": (12, 31),
    "höst": (12, 31),
}
_SEASON = re.compile(rf"{_BY}(?P<season>{'|'.join(_SEASONS)})")
_YEAR = re.compile(rf"{_BY}(?:hela\s+)?året")


def _month_named(word: str) -> int | None:
    """The month ``word`` names ("oktober", "okt."); None for any other word."""
    word = word.rstrip(".")
    found = [n for n, name in enumerate(MONTHS, start=1) if name.startswith(word)]
    return found[0] if len(word) >= 3 and len(found) == 1 else None


def named_end(text: str, first_year: int) -> dt.date | None:
    """The day an activity written ``text`` is due by in ``first_year``; None when ``text``
    is none of these shapes (or no real day: "31 april")."""
    clean = " ".join(text.lower().split()).rstrip(".")
    try:
        if found := _DAY.fullmatch(clean):
            month = _month_named(found.group("month"))
            return dt.date(first_year, month, int(found.group("day"))) if month else None
        found = _MONTHS.fullmatch(clean)
        month = _month_named(found.group("month")) if found else None
        if found and month and (not found.group("first") or _month_named(found.group("first"))):
            return dt.date(first_year, month, calendar.monthrange(first_year, month)[1])
        if found := _SEASON.fullmatch(clean):
            return dt.date(first_year, *_SEASONS[found.group("season")])
        if _YEAR.fullmatch(clean):
            return dt.date(first_year, 12, 31)
    except ValueError:
        return None
    return None
