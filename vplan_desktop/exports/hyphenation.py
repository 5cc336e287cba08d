"""Swedish hyphenation for narrow table columns, shared by the PDF and Word writers.

A word too long for its column is hyphenated by the Swedish rules ("ut-bild-nings-"), never cut
at any letter: soft hyphens (U+00AD) go where pyphen's sv_SE dictionary allows a break, and the
writer breaks a line at one with a visible hyphen and draws nothing where it does not break.
Numbers and dates have no hyphenation points; the column widths keep them whole.
"""

from __future__ import annotations

import re

import pyphen

SOFT_HYPHEN = "\u00ad"
_HYPHENATOR = pyphen.Pyphen(lang="sv_SE")
_WORD = re.compile(r"[^\W\d_]{5,}")  # words of letters only: a number or date has no hyphen


def hyphenated(text: str) -> str:
    """``text`` with soft hyphens where its Swedish words may be hyphenated."""
    return _WORD.sub(lambda m: str(_HYPHENATOR.inserted(m.group(), hyphen=SOFT_HYPHEN)), text)
