"""A cover's "dokumentinformation": a table of two columns, a short label on the left and its
value on the right ("Diarienummer | MBN 2026-000412", "Fastställd av | Miljö- och
byggnämnden", "Dokumentansvarig | Förvaltningschef Annika Sjödin"), read as the cover lines
"Diarienummer: MBN 2026-000412", "Fastställd av Miljö- och byggnämnden" and so on."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block, BlockKind

__all__ = ["after_label", "label_lines"]

LABEL_LIMIT = 40
"""Characters: a label is a word or a few."""
_PREPOSITION = re.compile(r"\s(?:av|i|till|för)$", re.IGNORECASE)
_LABELLED = re.compile(r"^(?P<label>[^\W\d_][\w\s-]{1,38}?)\s*[:：]\s*(?P<value>\S.*)$")


def label_lines(block: Block) -> list[str]:
    """The lines of a two-column table of labels and values ("Label: value", or "Fastställd
    av <value>" after a label ending in a preposition); [] for any other table."""
    if block.kind is not BlockKind.TABLE or block.width != 2 or len(block.rows) < 2:
        return []
    out = []
    for left, right in block.rows:
        label = " ".join(left.text.split()).rstrip(":： ")
        value = " ".join(right.text.split())
        if left is right or not label or len(label) > LABEL_LIMIT or label[:1].isdigit():
            return []
        if value:
            joint = " " if _PREPOSITION.search(label) else ": "
            out.append(f"{label}{joint}{value}")
    return out


def after_label(text: str) -> str:
    """The value of a labelled line ("Dokumentansvarig: Förvaltningschef Annika Sjödin" →
    "Förvaltningschef Annika Sjödin"); "" for a line with no label."""
    found = _LABELLED.match(text.strip())
    return found.group("value").strip() if found else ""
