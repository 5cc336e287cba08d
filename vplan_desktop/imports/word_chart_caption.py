"""A chart's caption under it: Word puts a figure's caption below the figure ("Diagram 1.
Invånare 80 år och äldre …" under the chart), a table's above it. A chart read as a table of its
figures (``word_docx_objects``) with a chart's numbered caption right under it, and none above,
has that caption as its name: the caption is read before the table, as a table's caption is,
so the lines under the caption (a "Källa:" line) are the table's notes."""

from __future__ import annotations

from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Source
from vplan_desktop.imports.word_chart_table import chart_caption, numbered_caption
from vplan_desktop.imports.word_docx_objects import CHART

__all__ = ["chart_captions_above"]


def _caption_under(blocks: list[Block], at: int) -> bool:
    block = blocks[at]
    if block.kind is not BlockKind.TABLE or block.embedded != CHART or at + 1 >= len(blocks):
        return False
    under = blocks[at + 1]
    above = blocks[at - 1] if at else None
    captioned = above is not None and numbered_caption(above.text)
    return under.kind is BlockKind.PARAGRAPH and chart_caption(under.text) and not captioned


def chart_captions_above(source: Source) -> Source:
    """``source`` with each chart's caption under it read above it (see the module)."""
    blocks = list(source.blocks)
    moved = False
    for at in range(len(blocks) - 1):
        if _caption_under(blocks, at):
            blocks[at], blocks[at + 1] = blocks[at + 1], blocks[at]
            moved = True
    if moved:
        source.blocks = [replace(b, index=i) for i, b in enumerate(blocks)]
    return source
