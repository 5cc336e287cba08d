"""Heading levels told by font size in a plan without heading styles: the secretary made the
chapter headings bold lines in one size (16 pt) and the sections under them bold lines in a
smaller one (12 pt). A size used by two or more bold lines is a heading size, the largest the
chapters'; a bold line in a size used once (the cover's kommun, nämnd and title, each in its own
size) is no heading, nor is a bold line in the body's size (a lead-in to a table, a process's
name over its lines): the cover ends at the first chapter heading. Bold lines of one size in a
row are one use of it: a title broken over two lines ("Verksamhetsplan med budget",
"2027–2028", as a plan converted from a PDF keeps it) is no heading level; two headings of one
level have text between them. The body's size is the size most of its plain (not bold)
paragraphs set; in a plan that sets it on every run (a converted one) it is no heading size.
Bold numbered lines ("1. Nämndens uppdrag") count with the bold lines: the unnumbered bold
lines in a smaller size are the sections under those chapters."""

from __future__ import annotations

from collections import Counter

from vplan_desktop.imports.word_blocks import Block, BlockKind, HeadingBy

LARGER = 13.0
"""Points: a chapter heading's size is at least this (the body is 10–12 pt)."""


def heading_sizes(blocks: list[Block]) -> dict[float, int]:
    """Font size → heading level (at most two levels) when the document's bold heading lines
    are told by size; {} when they are not (no bold line in a set size used twice, at least
    ``LARGER`` points)."""
    used: Counter[float] = Counter()
    previous = 0.0
    for b in blocks:
        bold_line = b.heading_by is HeadingBy.BOLD or (b.heading_by is HeadingBy.NUMBER and b.bold)
        size = b.size if b.kind is BlockKind.PARAGRAPH and bold_line else 0
        if size and size != previous:  # a title broken over lines in a row counts once
            used[size] += 1
        previous = size
    body = Counter(
        b.size for b in blocks if b.kind is BlockKind.PARAGRAPH and not b.bold and b.size
    )
    floor = body.most_common(1)[0][0] if body else 0.0  # the body's size is no heading's
    sizes = sorted((s for s, count in used.items() if count >= 2 and s > floor), reverse=True)
    if not sizes or sizes[0] < LARGER:
        return {}
    return {size: level for level, size in enumerate(sizes[:2], 1)}


def sized_level(block: Block, sizes: dict[float, int]) -> int | None:
    """A bold line's heading level by its size; None for a line in no heading size."""
    return sizes.get(block.size)
