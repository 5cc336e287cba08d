"""A day as a Swedish document types it ("1/6 2027", "31 dec 2027", "1 mars 2028"), read for
the corpus test's lost-text check: an activity's "Klart" typed so is held by the plan as its
slutdatum (an ISO date), not lost, when the plan holds exactly that day."""

from __future__ import annotations

import datetime as dt
import re

from vplan_desktop.formatting import MONTHS

_SLASHED = re.compile(r"(?P<day>[0-3]?\d)/(?P<month>[01]?\d)[ -](?P<year>(?:19|20)\d\d)")
_NAMED = re.compile(r"(?P<day>[0-3]?\d)\s+(?P<month>[a-zåäö]{3,9})\.?\s+(?P<year>(?:19|20)\d\d)")


def _month(word: str) -> int | None:
    found = [n for n, name in enumerate(MONTHS, start=1) if name.startswith(word)]
    return found[0] if len(word) >= 3 and len(found) == 1 else None


def typed_day(text: str) -> dt.date | None:
    """The day ``text`` (normalised: lower case, spaces collapsed) types, day before month;
    None for any other text or no real day ("31/2 2027")."""
    text = text.strip().rstrip(".")
    if found := _SLASHED.fullmatch(text):
        month: int | None = int(found["month"])
    elif found := _NAMED.fullmatch(text):
        month = _month(found["month"])
    else:
        return None
    try:
        return dt.date(int(found["year"]), month, int(found["day"])) if month else None
    except ValueError:
        return None
