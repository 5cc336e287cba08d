"""A goal written as a sentence on the bold line right over its indicator table ("Fler barn
och unga deltar i kulturskolans verksamhet." over "Indikator | Nuläge 2025 | Mål 2027"): the
sentence is the table's goal, each table with its own, even after another goal has been read.
A goal may carry the bare label "Mål:" ("Mål: Fakturorna betalas i tid."). A short title over
a table ("Målnedbrytning 2027", "Tabell 3. Indikatorer") names the table, not a goal."""

from __future__ import annotations

import re

__all__ = ["goal_sentence"]

_NOT_A_GOAL = re.compile(
    r"^(?:tabell|figur|diagram|bild|källa|not|anm|kommentar|indikatorer|aktiviteter)\b",
    re.IGNORECASE,
)
_GOAL_LABEL = re.compile(r"^mål\s*:\s*\S", re.IGNORECASE)
"""A goal labelled so ("Mål: Fakturorna betalas i tid."): the label names what follows."""


def goal_sentence(caption: str) -> bool:
    """Whether a table's caption line is a goal's sentence: at least four words ending in a
    full stop or an exclamation mark, no label before a colon but "Mål:", not a table's title."""
    text = caption.strip()
    if not text.endswith((".", "!")) or len(text) > 200 or _NOT_A_GOAL.match(text):
        return False
    if re.match(r"^[^.:]{1,40}:", text) and not _GOAL_LABEL.match(text):
        return False  # "Bedömning: …", "Kommentar: …": a labelled line
    return len(re.findall(r"[A-Za-zÅÄÖåäöÉé]+", text)) >= 4
