"""Headings told by size alone in a plan converted from a PDF: a plan whose headings were set
in a large, light font (a Title or Subtitle style, a heading style in a thin face) loses its
styles on the way through a PDF, and its headings become plain (not bold) lines in a larger
font than the body's, so the bold look the classifiers read from a plan without heading
styles misses them. In a document with no heading styles and no bold heading lines, a plain
short line in a size at least ``STEP`` points larger than the body's is a candidate heading
when two or more lines share that size (a size used once is the cover's) and the largest such
size is a chapter's (at least ``LARGER`` points); the levels follow by size (``word_sizes``).
A line ending with a colon leads into what follows and is no heading."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from vplan_desktop.imports.word_blocks import BlockKind, HeadingBy, Source
from vplan_desktop.imports.word_size_lead import STEP
from vplan_desktop.imports.word_sizes import LARGER, heading_sizes

LONGEST = 150
"""The longest line read as a heading."""


def plain_size_headings(source: Source) -> Source:
    """``source`` with its plain lines in a heading size marked as candidate headings (see
    the module's docstring); unchanged when it has heading styles or bold heading lines."""
    blocks = source.blocks
    if any(b.kind is BlockKind.HEADING for b in blocks) or heading_sizes(blocks):
        return source
    paragraphs = [b for b in blocks if b.kind is BlockKind.PARAGRAPH and b.size]
    body = Counter(b.size for b in paragraphs)
    if not body:
        return source
    floor = body.most_common(1)[0][0] + STEP
    lines = [
        b
        for b in paragraphs
        if not b.bold
        and b.candidate_level is None
        and not b.numbered
        and len(b.text) <= LONGEST
        and not b.text.endswith(":")
        and b.size >= floor
    ]
    shared = Counter(b.size for b in lines)
    sizes = {size for size, count in shared.items() if count >= 2}
    if not sizes or max(sizes) < LARGER:
        return source
    marked = {b.index for b in lines if b.size in sizes}
    source.blocks = [
        replace(b, candidate_level=1, heading_by=HeadingBy.BOLD) if b.index in marked else b
        for b in blocks
    ]
    return source
