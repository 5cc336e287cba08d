"""A plain line right under a table of key figures giving one more figure the table has no row
for, as an estimate labelled before a colon: "Beräknad volym köp av boendeplats SoL
socialpsykiatri: två årsplaceringar.", "Uppskattat antal placeringar 2027: 14." A volume table
of a socialförvaltning often ends so. The label opens with the figure's standing (beräknad,
uppskattad, förväntad, planerad, budgeterad, prognostiserad) and the line after the colon is a
quantity (a figure or a number word, its unit after it); it is the table's note, not chapter
text. A line that goes on in sentences is text."""

from __future__ import annotations

import re

__all__ = ["estimate_line"]

_LINE = re.compile(
    r"^(?:beräkna|uppskatta|förvänta|planera|budgetera|prognostisera)(?:d|de|t)\s+"
    r"[^:]{3,120}:\s*(?:ca\s+|cirka\s+)?"
    r"(?:\d[\d\s]*(?:,\d+)?|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)"
    r"(?:\s*%|\s+[^\W\d]{1,25}){0,2}\.?$",
    re.IGNORECASE,
)


def estimate_line(text: str) -> bool:
    """Whether ``text`` (a plain line under a table of key figures) is an estimated figure
    labelled before a colon (see the module)."""
    return _LINE.match(" ".join(text.split())) is not None
