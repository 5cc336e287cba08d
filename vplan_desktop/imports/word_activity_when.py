"""An activity table's column saying when the work is done by a verb or a point in time
("Genomförs", "Genomförs när", "Utförs", "Tidpunkt", "Tidsram", "Tid") rather than by an end
("Klart senast"): its cells are periods ("Q2 2027", "Q1–Q2 2027", "Hela 2027") and the activity
is due by the (last) period's last day, as ``word_dates`` reads them. "Genomförs av" names who
does the work, and "Genomförande" how: neither is read so. Such a column, or a time plan
("Tidplan", "Tidsplan", "När", "Period"), is a schedule: there a season ("Hösten 2027") and a
span of years ("2027–2029") name when the work is done too (``word_dates``); a deadline column
("Klart senast", "Slutdatum") asks for a day and reads no season."""

from __future__ import annotations

import re

__all__ = ["schedule_column", "when_header"]

_WHEN = re.compile(
    r"^(?:(?:genomförs|utförs|sker)(?:\s+(?:när|under|period))?|när\s+genomförs|tidpunkt|tidsram|"
    r"tid|tidsperiod)$",
    re.IGNORECASE,
)
_PLAN = re.compile(r"^(?:tids?plan|tidsplanering|när|(?:tids|genomförande)?period)$", re.I)


def when_header(header: str) -> bool:
    """``header`` names the column of when each activity is done ("Genomförs", "Tidpunkt",
    "Tid": "HT 2027", "Läsåret 2027/28")."""
    return _WHEN.match(" ".join(header.split()).strip(" :.?")) is not None


def schedule_column(headers: list[str], column: int | None) -> bool:
    """The activity table's end ``column`` (of ``headers``) is a schedule rather than a
    deadline: a time plan ("Tidplan") or when the work is done ("Genomförs")."""
    if column is None or column >= len(headers):
        return False
    header = headers[column]
    return when_header(header) or _PLAN.match(" ".join(header.split()).strip(" :.?")) is not None
