"""A one-cell table in the body of a plan – a shaded "faktaruta" beside the text – is a box of
paragraphs, not a table of figures: its paragraphs are read as the body's are, each where the
box stands (a numbered list in it stays a numbered list, a bold line a bold line). A heading
style inside the box titles the box, not a chapter: it is read as a bold line. A box before
the document's first heading belongs to the cover (or a summary beside it) and is kept as it
stands, as is a box whose reader gave only its lines."""

from __future__ import annotations

from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Source


def is_box(block: Block) -> bool:
    """``block`` is a table of one cell whose paragraphs the reader kept."""
    return (
        block.kind is BlockKind.TABLE
        and len(block.rows) == 1
        and block.width == 1
        and bool(block.rows[0][0].paragraphs)
    )


def _paragraphs(block: Block) -> list[Block]:
    out = []
    for paragraph in block.rows[0][0].paragraphs:
        if paragraph.kind is BlockKind.HEADING:
            paragraph = replace(
                paragraph, kind=BlockKind.PARAGRAPH, level=None, heading_by=None, bold=True
            )
        out.append(paragraph)
    return out


def unfold_boxes(source: Source) -> Source:
    """``source`` with each box after the first heading replaced by its paragraphs (blocks
    numbered again in reading order)."""
    first = next((b.index for b in source.blocks if b.kind is BlockKind.HEADING), None)
    if first is None or not any(is_box(b) for b in source.blocks[first:]):
        return source
    blocks: list[Block] = []
    for block in source.blocks:
        blocks += _paragraphs(block) if block.index > first and is_box(block) else [block]
    source.blocks = [replace(b, index=i) for i, b in enumerate(blocks)]
    return source
