"""A plan in a designed template without heading styles that heads each chapter with a banner:
a one-row, one-cell table shaded in a strong colour holding one short bold line
("Förutsättningar" in white on the kommun's colour). The banners are the plan's chapters; the
short bold lines between them (a template's coloured sub-headings, "Barn och elever") are
headings inside their chapter, one level under it. A bold line right above a table stays the
table's caption. A lightly shaded box of prose (a faktaruta) or a banner holding a sentence is
no chapter's title."""

from __future__ import annotations

from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, HeadingBy, Source

__all__ = ["banner_chapters", "banner_title"]

MIN_BANNERS = 2
"""Fewer banners are a box, not the plan's chapters."""
_LONGEST = 60
_DARKEST_LIGHT = 200
"""A shading whose darkest channel is this light or lighter is a pale background (a faktaruta),
not a banner."""


def _strong(fill: str) -> bool:
    """A fill in a strong colour (not white, grey-white or a pale tint)."""
    if len(fill) != 6:
        return False
    try:
        channels = [int(fill[i : i + 2], 16) for i in (0, 2, 4)]
    except ValueError:
        return False
    return min(channels) < _DARKEST_LIGHT


def banner_title(block: Block) -> str:
    """The title a banner table holds ("Ekonomi"); "" for any other block."""
    if block.kind is not BlockKind.TABLE or len(block.rows) != 1 or block.width != 1:
        return ""
    cell = block.rows[0][0]
    text = " ".join(cell.text.split())
    if not text or len(text) > _LONGEST or text.endswith((".", ":", ";", ",")):
        return ""
    if len([line for line in cell.lines if line.strip()]) > 1 or not _strong(cell.fill):
        return ""
    runs = [r for r in cell.runs if r.text.strip()]
    return text if runs and all(r.bold for r in runs) else ""


def banner_chapters(source: Source) -> Source:
    """``source`` with its banners as chapter headings and the short bold lines after the
    first banner as headings one level under them, when the plan has no heading styles and
    heads its chapters so; else ``source`` as it is."""
    blocks = source.blocks
    if any(b.kind is BlockKind.HEADING for b in blocks):
        return source
    banners = [b.index for b in blocks if banner_title(b)]
    if len(banners) < MIN_BANNERS:
        return source
    chapters = set(banners)
    out: list[Block] = []
    for b in blocks:
        if b.index in chapters:
            out.append(_heading(b, banner_title(b), 1))
        elif b.index > banners[0] and _sub_heading(blocks, b):
            out.append(_heading(b, b.text, 2))
        else:
            out.append(b)
    return replace(source, blocks=out)


def _sub_heading(blocks: list[Block], block: Block) -> bool:
    """A short bold line of its own, not right above a table (that is the table's caption)."""
    if block.kind is not BlockKind.PARAGRAPH or block.heading_by is not HeadingBy.BOLD:
        return False
    after = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
    return bool(block.candidate_level) and (after is None or after.kind is not BlockKind.TABLE)


def _heading(block: Block, text: str, level: int) -> Block:
    return replace(
        block,
        kind=BlockKind.HEADING,
        text=text,
        markdown="",
        rows=(),
        level=level,
        heading_by=HeadingBy.STYLE,
        candidate_level=None,
        bold=True,
    )
