"""A status given only by a cell's colour (a traffic light with no words in it): green is
uppfyllt, yellow or orange delvis, red ej uppfyllt; grey, white and other colours say nothing.
And the follow-up a plan's "Bedömning T2 2026" column reports from."""

from __future__ import annotations

import re

_TERTIAL = re.compile(r"\b(?:t|tertial)\s*(?P<t>[123])\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?!\d)")


def colour_words(fill: str) -> str:
    """The assessment words a traffic-light colour stands for ("Uppfyllt"); "" for a colour
    that is none of green, yellow and red (grey: not assessed)."""
    if len(fill) != 6:
        return ""
    try:
        red, green, blue = (int(fill[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return ""
    if max(red, green, blue) - min(red, green, blue) < 60:
        return ""  # grey, white, black
    if green >= 100 and red < green * 0.6 and blue < green * 0.8:
        return "Uppfyllt"
    if red >= 180 and green >= 100 and blue < 100:
        return "Delvis uppfyllt"
    if red >= 150 and green < 90 and blue < 90:
        return "Ej uppfyllt"
    return ""


def reported_period(header: str) -> tuple[int, str, str] | None:
    """(year, "delar"/"helar", name) of the follow-up a plan's assessment column names
    ("Bedömning T2 2026", "Bedömning delår 2026"); None when it names no year."""
    year = _YEAR.search(header)
    if year is None:
        return None
    tertial = _TERTIAL.search(header)
    part = tertial is not None and tertial.group("t") != "3"
    part = part or bool(re.search(r"delår|tertial|halvår", header, re.IGNORECASE))
    return int(year.group("y")), "delar" if part else "helar", header.strip()[:100]
