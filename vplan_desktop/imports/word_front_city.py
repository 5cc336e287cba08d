"""The cover of a big city's plan. A kommun that is a city calls itself "stad" ("Norrhamns
stad", "Göteborgs Stad", "Malmö stad"): a cover line with that name alone is the kommun, as
"Norrhamns kommun" is. Its districts have nämnder named by the district's place, in front
("Västerbro stadsdelsnämnd", "Skärholmens stadsdelsnämnd") or after ("Stadsdelsnämnden
Askim-Frölunda-Högsbo", "Stadsområdesnämnd Norr"): the place is part of the nämnd's name,
since every district's nämnd has the same word."""

from __future__ import annotations

import re

__all__ = ["city_alone", "district_namnd"]

_PLACE = r"[A-ZÅÄÖ][\wåäöé]*(?:-[A-ZÅÄÖ][\wåäöé]*)*"
_DISTRICT_WORD = r"(?:stadsdels|stadsområdes|kommundels)nämnd(?:en)?"
_BEFORE = re.compile(rf"\b({_PLACE}\s+{_DISTRICT_WORD})\b")
_AFTER = re.compile(rf"\b((?i:{_DISTRICT_WORD})\s+{_PLACE})(?=\s*$|[\s,.;:])")
_CITY = re.compile(rf"^({_PLACE}\s+[Ss]tad)$")
_TITLE = re.compile(r"^(?:verksamhets|plan|budget|mål|årsredovisning|delår|uppföljning)", re.I)
"""A document's own words, capitalised at a line's start: no place."""


def district_namnd(text: str, not_names: frozenset[str]) -> str:
    """The district nämnd a line names with its place ("Västerbro stadsdelsnämnd",
    "Stadsdelsnämnden Askim-Frölunda-Högsbo"); "" when it names none (a word beginning a
    sentence, one of ``not_names``, is no place)."""
    for pattern in (_BEFORE, _AFTER):
        for found in pattern.finditer(text):
            words = found.group(1).split()
            place = words[0] if pattern is _BEFORE else words[-1]
            if place.lower() not in not_names and not _TITLE.match(place):
                return found.group(1)
    return ""


def city_alone(text: str, not_names: frozenset[str]) -> str:
    """The city a line names alone as its kommun ("Norrhamns stad"); "" for any other line."""
    clean = " ".join(text.split())
    found = _CITY.match(clean)
    if found is None or clean.split()[0].lower() in not_names:
        return ""
    return found.group(1)
