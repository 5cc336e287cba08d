"""A dash in an indicator's figure cell is a zero when the document says so. Swedish official
statistics (SCB, Socialstyrelsen) print "–" for "inget finns att redovisa", a magnitude of
zero, and a plan that follows them explains its symbols in a teckenförklaring ("– inget finns
att redovisa", "tankstreck (–) betyder att det inte finns något att redovisa", "– = noll").
In such a document "Antal missförhållanden: –" is 0; without that legend a dash stays what it
mostly is in a plan: no figure given. A document may also say so outright ("Fält där uppgift
saknas visas som ”Ej angivet” eller med ett streck", "Ett streck betyder att uppgift saknas"):
then not even a budget's dash is Excel's zero (``word_dash_zero``). A legend of several
symbols may name both ("(..) betyder att uppgift saknas … och tankstreck (–) att det inte finns
något att redovisa"): the dash's zero comes first."""

from __future__ import annotations

import re
from collections.abc import Iterable

_LEGEND = re.compile(
    r"(?:^|[\s(])[–—-]\s*\)?\s*(?:"
    r"(?:=|:|betyder|står\s+för|anger)?\s*(?:att\s+)?(?:det\s+)?"
    r"(?:inget\s+finns\s+att\s+redovisa|inte\s+finns\s+något\s+att\s+redovisa)"
    r"|(?:=|:|betyder|står\s+för|anger)\s*(?:värdet\s+)?noll\b)",
    re.IGNORECASE,
)
_DASH = re.compile(r"^[–—-]$")
_MISSING = re.compile(
    r"\b(?:tank)?streck\b[^.]{0,60}?\b(?:uppgift|uppgiften|värde|värdet|data)\s+saknas\b|"
    r"\b(?:uppgift|uppgiften|värde|värdet|data)\s+saknas\b[^.]{0,60}?\b(?:tank)?streck\b",
    re.IGNORECASE,
)


def dash_means_zero(texts: Iterable[str]) -> bool:
    """Some line of the document explains "–" as nothing to report (zero)."""
    return any(_LEGEND.search(" ".join(text.split())) for text in texts)


def dash_means_missing(texts: Iterable[str]) -> bool:
    """Some line of the document explains a dash as a figure missing ("uppgift saknas")."""
    return any(_MISSING.search(" ".join(text.split())) for text in texts)


def zero_dashes(cells: list[str], roles: list[str]) -> list[str]:
    """The row's cells with each lone dash in a figure column (nuläge, a year's target or
    outcome) read as "0"."""
    return [
        "0"
        if i < len(roles) and (roles[i] == "nulage" or ":" in roles[i]) and _DASH.match(c.strip())
        else c
        for i, c in enumerate(cells)
    ]
