"""Headings formatted by hand in a plan that has heading styles too: a plan written together (in
Google Docs, in Word by several writers) has some chapters in Heading 1 and others typed as
Normal paragraphs in direct bold at a larger size ("Ekonomi" in bold 16 pt between two
Heading 1 chapters). The table of contents, built from the styles, does not name them. The
hand-made headings are told as in a plan without heading styles (``word_sizes``): a bold line
in a size two or more bold lines share, above the body's, is a heading, the largest such size
the chapters' (at least ``LARGER`` points) and the next the sections under them; a bold line
in any other size (a lead-in in the body's size, the cover's lines, a third size) is none.
The writer's own sizes tell the levels, not the heading styles' sizes: a hand-made chapter is
often smaller than Heading 1. They do so only when they make two levels: bold lines in one
size alone may stand in for chapters or for sections under the styled chapters ("Uppdragskort
1", "Uppdragskort 2" under a Heading 1 "Uppdragskort"), and stay as they are. The cover ends at
the first styled heading: a bold line before it is the cover's, as is the table of contents; a
bold line right above a table names the table."""

from __future__ import annotations

from vplan_desktop.imports.word_blocks import Block, BlockKind, HeadingBy
from vplan_desktop.imports.word_sizes import heading_sizes, sized_level

__all__ = ["styled_sized_levels"]


def styled_sized_levels(blocks: list[Block], skipped: set[int]) -> dict[int, int]:
    """Block index → heading level of the bold lines in a heading size in a plan with heading
    styles (see the module's docstring); lines in ``skipped`` (a table of contents) left out."""
    first = next((b.index for b in blocks if b.kind is BlockKind.HEADING), None)
    body = blocks[first + 1 :] if first is not None else []
    sizes = heading_sizes(body)
    out: dict[int, int] = {}
    for b in body if len(sizes) == 2 else ():
        if b.heading_by is not HeadingBy.BOLD or not b.candidate_level or b.index in skipped:
            continue
        level = sized_level(b, sizes)
        over_table = b.index + 1 < len(blocks) and blocks[b.index + 1].kind is BlockKind.TABLE
        if level is not None and not over_table:
            out[b.index] = level
    return out
