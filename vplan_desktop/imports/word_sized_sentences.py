"""Headings that are sentences in a plan without heading styles whose headings are told by
size (a plan converted from a PDF): a goal that was a Heading 3 ("Mål 1: Biblioteken når fler
invånare.") becomes a bold line in a size between the body's and the chapters', and ends with a
full stop, so the look of a heading (short, no closing stop) misses it. Such a bold line, in a
size larger than the body's by ``DROP`` points or more and smaller than the chapter headings',
is a candidate heading when two or more lines share its size (one alone is an emphasis)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from vplan_desktop.imports.word_blocks import BlockKind, HeadingBy, Source
from vplan_desktop.imports.word_size_lead import DROP

LONGEST = 150
"""The longest sentence read as a heading."""


def sentence_headings(source: Source) -> Source:
    """``source`` with its bold sentences in a heading size marked as candidate headings (see
    the module's docstring); unchanged for a document with heading styles or no sizes."""
    blocks = source.blocks
    if any(b.kind is BlockKind.HEADING for b in blocks):
        return source
    paragraphs = [b for b in blocks if b.kind is BlockKind.PARAGRAPH and b.size]
    body = Counter(b.size for b in paragraphs if not b.bold)
    headings = [b.size for b in paragraphs if b.heading_by is HeadingBy.BOLD]
    if not body or not headings:
        return source
    body_size, top = body.most_common(1)[0][0], max(headings)
    lines = [
        b
        for b in paragraphs
        if b.bold
        and b.candidate_level is None
        and not b.numbered
        and len(b.text) <= LONGEST
        and b.text.endswith(".")
        and body_size + DROP <= b.size < top
    ]
    shared = Counter(b.size for b in lines)
    marked = {b.index for b in lines if shared[b.size] >= 2}
    if marked:
        source.blocks = [
            replace(b, candidate_level=1, heading_by=HeadingBy.BOLD) if b.index in marked else b
            for b in blocks
        ]
    return source
