"""An activity as a list line closing on its owner and its period in brackets, without the
word "Ansvarig": "Öppna en familjecentral (Enhetschef barn och unga, Q3 2027)", "… (Rektor,
juni 2027)". The bracket is read only when its last part is a period the plan can date and
the part before it reads as a name (no figures), so "Antal besök (fysiska, 2025)" or "Andel
nöjda (ja, nej)" stay what they were."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.imports.word_activity_lines import end_of
from vplan_desktop.imports.word_dates import period_end

__all__ = ["period_activity"]

_LINE = re.compile(
    r"^(?P<name>\S.{2,300}?)\s*\((?P<who>[^(),;]{2,100}?)\s*[,;]\s*(?P<when>[^(),;]{4,40})\)"
    r"\s*\.?$"
)
_DONE = re.compile(r"^(?:klart|klar|färdigt|senast)\b", re.IGNORECASE)
"""A bare year's lead word that makes it the activity's end ("klart 2027")."""


def period_activity(text: str) -> dict[str, Any] | None:
    """An activity of the plan's JSON from "<name> (<who>, <period>)"; None for any other
    line, or when the period is a bare year without a word ending the activity there
    ("(Rektor, 2027)" may be when it runs; "(Rektor, klart 2027)" is its end)."""
    found = _LINE.match(" ".join(text.split()))
    if found is None:
        return None
    who = found.group("who").strip()
    if any(ch.isdigit() for ch in who) or len(who.split()) > 8:
        return None
    when = found.group("when").strip()
    end = period_end(when)
    if end is None or (end[1] and _DONE.match(when) is None):
        return None  # "(Rektor, 2027)" may be when it runs; "(Rektor, klart 2027)" its end
    activity = {
        "namn": found.group("name").strip(" –-:")[:300],
        "att_granska": True,
        "ansvarig": who[:200],
        **end_of(when),  # the day the period ends, and its words kept as they were written
    }
    if end[1]:  # "klart 2027": the lead word kept with the year
        activity.setdefault("beskrivning", when[:300])
    return activity
