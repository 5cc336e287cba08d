"""Internkontroll written as one small "kontrollkort" per control: a two-column table whose
left column names the fields ("Process", "Kontrollmoment", "Risk", "Ansvarig", "Frekvens")
and whose right column gives them. Each card is turned into a table of one control (the
names as its header row), the way an internkontroll table is read."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block, BlockKind, Source
from vplan_desktop.imports.word_transpose import turned

MAX_LABEL = 40
_MOMENT = re.compile(r"^kontroll(?:moment|åtgärd|punkt)?\b", re.IGNORECASE)
_OTHER = re.compile(
    r"^(?:process|rutin|risk|ansvar|kontrollansvar|frekvens|hur ofta|metod|tidpunkt|"
    r"sannolikhet|konsekvens|rapporter)",
    re.IGNORECASE,
)


def is_control_card(block: Block) -> bool:
    """``block`` is a kontrollkort: two columns, at least four rows, each a short label on the
    left (no two alike, none merged with its value) naming a kontrollmoment and at least two
    other fields of a control."""
    if block.kind is not BlockKind.TABLE or block.width != 2 or len(block.rows) < 4:
        return False
    if any(left is right for left, right in block.rows):
        return False
    labels = [" ".join(left.text.split()).rstrip(":") for left, _right in block.rows]
    if any(not t or len(t) > MAX_LABEL for t in labels) or len(set(labels)) < len(labels):
        return False
    moment = sum(1 for t in labels if _MOMENT.match(t))
    others = sum(1 for t in labels if _OTHER.match(t))
    return moment == 1 and others >= 2


def upright_cards(source: Source) -> Source:
    """``source`` with each kontrollkort turned into a one-row table."""
    if any(is_control_card(b) for b in source.blocks):
        source.blocks = [turned(b) if is_control_card(b) else b for b in source.blocks]
    return source
