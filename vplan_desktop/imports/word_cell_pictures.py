"""A picture in a table cell whose alt text says something (an Agenda 2030 icon "Globalt mål 4:
God utbildning för alla", a status icon "Uppnått"): the alt text is the cell's content, as a
screen reader reads it out, and a cell holding only pictures is not empty. An alt text that
only names the picture's file ("status_gron_3.png") or the picture ("Bild 3", "Picture 1"), or
one Word wrote by itself ("En bild som visar text. Automatiskt genererad beskrivning"), says
nothing and is left out; so is one the cell's text already holds (an icon beside its word)."""

from __future__ import annotations

import re
from collections.abc import Sequence

_FILE = re.compile(r".*\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp)", re.IGNORECASE)
_NAMED = re.compile(
    r"(?:bild|picture|image|graphic|grafik|figur|figure|ikon|icon|objekt|object)\s*\d*",
    re.IGNORECASE,
)
_GENERATED = re.compile(r"automatiskt genererad|automatically generated", re.IGNORECASE)


def says_something(alt: str) -> bool:
    """``alt`` is more than a file's or picture's name or Word's own description."""
    alt = " ".join(alt.split())
    return bool(alt) and not (
        _FILE.fullmatch(alt) or _NAMED.fullmatch(alt) or _GENERATED.search(alt)
    )


def picture_lines(alts: Sequence[str], lines: Sequence[str]) -> list[str]:
    """The lines a cell's pictures add to its text ``lines``: each alt text that says
    something and is not in the text already, once."""
    held = " ".join(" ".join(lines).split()).casefold()
    out: list[str] = []
    for alt in alts:
        alt = " ".join(alt.split())
        if says_something(alt) and alt.casefold() not in held and alt not in out:
            out.append(alt)
    return out
