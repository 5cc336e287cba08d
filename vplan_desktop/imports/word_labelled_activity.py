"""An activity written as a labelled line with its details on labelled lines under it:
"Aktivitet: Införa mindre arbetslag", then "Start: mars 2027, slut: december 2027" and
"Ansvarig: Verksamhetschef hemtjänst" (in any order, each at most once). A start or end
given as a month or another period is read as its first or last day, and its line is kept as
the activity's description in the words it was written in (the day does not say all of it).
The name line is read only when a detail line follows it, so a sentence that happens to
open with "Aktivitet:" and stands alone stays text."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import Any

from vplan_desktop.formatting import MONTHS
from vplan_desktop.imports.word_activity_lines import end_of
from vplan_desktop.imports.word_blocks import Block, BlockKind

__all__ = ["labelled_activity"]

_NAME = re.compile(
    r"^(?:aktivitet|åtgärd|insats)(?:\s+\d+(?:\.\d+)*)?\s*[:：]\s*(?P<name>\S.{2,300})$",
    re.IGNORECASE,
)
_LABELS = r"(?:ansvarig|ansvar|startdatum|start|påbörjas|slutdatum|slut|klart|klar)"
_PART = re.compile(rf"^(?P<label>{_LABELS})\s*[:：]\s*(?P<value>\S.*?)\s*\.?$", re.IGNORECASE)
_BETWEEN = re.compile(rf"\s*[,;]\s*(?={_LABELS}\s*[:：])", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"^(?P<month>[a-zåäö]{3,9})\.?\s+(?P<year>(?:19|20)\d\d)$")
_ISO = re.compile(r"^(?:19|20)\d\d-\d\d-\d\d$")


def _start(text: str) -> str | None:
    """The first day a start ("januari 2027", "2027-01-15") names, ISO; None for vaguer words."""
    clean = " ".join(text.lower().split()).rstrip(".")
    if _ISO.match(clean):
        with contextlib.suppress(ValueError):
            return dt.date.fromisoformat(clean).isoformat()
        return None
    found = _MONTH_YEAR.match(clean)
    if found is None:
        return None
    word = found.group("month")
    months = [n for n, name in enumerate(MONTHS, start=1) if name.startswith(word)]
    if len(months) != 1:
        return None
    return dt.date(int(found.group("year")), months[0], 1).isoformat()


def _details(text: str) -> dict[str, str] | None:
    """The labelled details a line holds ("Start: mars 2027, slut: december 2027"); None for a
    line that is not wholly such details."""
    out: dict[str, str] = {}
    for part in _BETWEEN.split(" ".join(text.split())):
        found = _PART.match(part)
        if found is None:
            return None
        out[found.group("label").lower()] = found.group("value")
    return out


def labelled_activity(blocks: list[Block], at: int) -> tuple[dict[str, Any], list[int]] | None:
    """The activity the "Aktivitet: <name>" line at ``at`` and the detail lines under it give
    (owner, start, end), and the indices of those detail lines; None for any other line."""
    block = blocks[at]
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
        return None
    found = _NAME.match(" ".join(block.text.split()))
    if found is None:
        return None
    activity: dict[str, Any] = {"namn": found.group("name").strip()[:300], "att_granska": True}
    used: list[int] = []
    timing: list[str] = []  # the lines whose dates are a period's ("juni 2027"): kept as words
    for following in blocks[at + 1 : at + 4]:
        if following.kind is not BlockKind.PARAGRAPH:
            break
        details = _details(following.text)
        if details is None:
            break
        approximate = False
        for label, value in details.items():
            if label.startswith("ansvar"):
                activity["ansvarig"] = value[:200]
                continue
            if label in ("start", "startdatum", "påbörjas"):
                day, exact = _start(value), bool(_ISO.match(value))
                if day is not None:
                    activity["startdatum"] = day
            else:
                end = end_of(value)
                day, exact = end.get("slutdatum"), "beskrivning" not in end
                if day is not None:
                    activity["slutdatum"] = day
            approximate = approximate or day is None or not exact
        if approximate:
            timing.append(" ".join(following.text.split()))
        used.append(following.index)
    if timing:
        activity["beskrivning"] = "\n".join(timing)
    return (activity, used) if used else None
