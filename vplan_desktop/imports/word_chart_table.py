"""A chart's data table: the table right under a caption that names a chart ("Diagram 1:
Hemtjänst och särskilt boende", "Figur 2. Invånare över 80 år"). It holds the figures the
chart draws, rows as the chart's categories (often the years): key figures kept as printed,
never turned nor read as a budget."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block, BlockKind

__all__ = ["chart_caption", "numbered_caption", "under_chart_caption"]

_CAPTION = re.compile(
    r"^(?P<what>tabell|diagram|figur|graf)\s+\d+(?:\.\d+)*\s*[:.–—-]\s*\S", re.IGNORECASE
)


def numbered_caption(text: str) -> bool:
    """The line is a numbered caption ("Tabell 2. Anläggningar", "Diagram 1: …"), whatever
    its font: the heading of the table (or picture) under it."""
    return len(text) <= 200 and _CAPTION.match(" ".join(text.split())) is not None


def chart_caption(text: str) -> bool:
    """The line is a chart's numbered caption ("Diagram 1: …", "Figur 2. …")."""
    found = _CAPTION.match(" ".join(text.split())) if len(text) <= 200 else None
    return found is not None and found.group("what").lower() != "tabell"


def under_chart_caption(blocks: list[Block], table: Block) -> bool:
    """The line right above ``table`` is a chart's caption."""
    at = table.index
    above = blocks[at - 1] if 0 < at <= len(blocks) else None
    return above is not None and above.kind is BlockKind.PARAGRAPH and chart_caption(above.text)
