"""Heading levels told by font size in a plan without heading styles: the secretary made the
chapter headings bold lines in one size (16 pt) and the sections under them bold lines in a
smaller one (12 pt). A size used by two or more bold lines is a heading size, the largest the
chapters'; a bold line in a size used once (the cover's kommun, nämnd and title, each in its own
size) is no heading, nor is a bold line in the body's size (a lead-in to a table, a process's
name over its lines): the cover ends at the first chapter heading."""

from __future__ import annotations

from collections import Counter

from vplan_desktop.imports.word_blocks import Block, BlockKind, HeadingBy

LARGER = 13.0
"""Points: a chapter heading's size is at least this (the body is 10–12 pt)."""


def heading_sizes(blocks: list[Block]) -> dict[float, int]:
    """Font size → heading level (at most two levels) when the document's bold heading lines
    are told by size; {} when they are not (no bold line in a set size used twice, at least
    ``LARGER`` points)."""
    used = Counter(
        b.size
        for b in blocks
        if b.kind is BlockKind.PARAGRAPH and b.heading_by is HeadingBy.BOLD and b.size
    )
    sizes = sorted((size for size, count in used.items() if count >= 2), reverse=True)
    if not sizes or sizes[0] < LARGER:
        return {}
    return {size: level for level, size in enumerate(sizes[:2], 1)}


def sized_level(block: Block, sizes: dict[float, int]) -> int | None:
    """A bold line's heading level by its size; None for a line in no heading size."""
    return sizes.get(block.size)
