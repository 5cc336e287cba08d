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
_LABEL_ALONE = re.compile(
    r"^[^\d:]{0,40}?mål\s*(?!(?:19|20)\d\d\b)(?:[A-ZÅÄÖ]{1,3})?\d+(?:\.\d+)*[a-z]?\s*[:.]?$",
    re.IGNORECASE,
)
"""A goal's label alone on its line ("Mål 5", "Nämndmål 2.1", "Mål N1"; no year)."""


def goal_sentence(caption: str, lead: str = "") -> bool:
    """Whether a table's caption line is a goal's sentence: at least four words ending in a
    full stop or an exclamation mark, no label before a colon but "Mål:", not a table's title.
    Under a goal's label alone ("Mål 5" on the line above: ``lead``, the short lines over the
    table, ends with the caption) three words are enough: the label says a goal follows."""
    text = caption.strip()
    if not text.endswith((".", "!")) or len(text) > 200 or _NOT_A_GOAL.match(text):
        return False
    if re.match(r"^[^.:]{1,40}:", text) and not _GOAL_LABEL.match(text):
        return False  # "Bedömning: …", "Kommentar: …": a labelled line
    words = len(re.findall(r"[A-Za-zÅÄÖåäöÉé]+", text))
    return words >= 4 or (words >= 3 and _labelled(text, lead))


def _labelled(text: str, lead: str) -> bool:
    """``lead`` is a goal's label alone, then ``text``."""
    joined, text = " ".join(lead.split()), " ".join(text.split())
    return joined.endswith(f" {text}") and bool(_LABEL_ALONE.match(joined[: -len(text) - 1]))
