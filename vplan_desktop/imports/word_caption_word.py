"""A caption by its word: a short line that starts with "Tabell", "Diagram", "Figur" or "Graf"
and then a colon or a dash ("Tabell: Verksamhetsmått 2023–2025", "Diagram – Invånare 80+")
names the table (or picture) under it just as a numbered caption ("Tabell 2. …") does,
whatever its font: plans leave the number out when they have few tables."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_chart_table import numbered_caption

__all__ = ["caption_line"]

_UNNUMBERED = re.compile(r"^(?:tabell|diagram|figur|graf)\s*[:–—-]\s*\S", re.IGNORECASE)


def caption_line(text: str) -> bool:
    """The line is a caption by its word, numbered or not."""
    return numbered_caption(text) or (
        len(text) <= 200 and _UNNUMBERED.match(" ".join(text.split())) is not None
    )
