"""Ditto marks: a cell that repeats the cell above it with a mark instead of its text, as plans
typed without merged cells do – "〃", "”", '"', "-”-", "Dito", "d:o", "samma som ovan". The
mark says what a merge down says: the cell holds the same as the one above (the same goal,
process or ansvarig), so the reader reads it as that cell (``word_docx_merge``)."""

from __future__ import annotations

import re

__all__ = ["is_ditto"]

_DITTO = re.compile(
    r"^(?:[-–]?\s*(?:〃|”|“|\"|''|’’|,,)\s*[-–]?|dito|ditto|d:o|d\.o\.?|samma\s+som\s+ovan|som\s+ovan)$",
    re.IGNORECASE,
)


def is_ditto(text: str) -> bool:
    """Whether a cell's whole ``text`` is a ditto mark (the cell above repeated)."""
    return _DITTO.match(" ".join(text.split()).rstrip(".")) is not None
