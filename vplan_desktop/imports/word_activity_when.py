"""An activity table's column saying when the work is done by a verb or a point in time
("Genomförs", "Genomförs när", "Utförs", "Tidpunkt", "Tidsram", "Tid") rather than by an end
("Klart senast"): its cells are periods ("Q2 2027", "Q1–Q2 2027", "Hela 2027") and the activity
is due by the (last) period's last day, as ``word_dates`` reads them. "Genomförs av" names who
does the work, and "Genomförande" how: neither is read so."""

from __future__ import annotations

import re

__all__ = ["when_header"]

_WHEN = re.compile(
    r"^(?:(?:genomförs|utförs|sker)(?:\s+(?:när|under|period))?|när\s+genomförs|tidpunkt|tidsram|"
    r"tid|tidsperiod)$",
    re.IGNORECASE,
)


def when_header(header: str) -> bool:
    """``header`` names the column of when each activity is done ("Genomförs", "Tidpunkt",
    "Tid": "HT 2027", "Läsåret 2027/28")."""
    return _WHEN.match(" ".join(header.split()).strip(" :.?")) is not None
