"""A plan that heads its chapters in Word's "Title" style (and its sub-chapters in "Subtitle")
and uses none of Heading 1–4: the Title paragraphs are then its chapters and the Subtitle
paragraphs their sub-chapters; the heading styles it does use (a goal in Heading 5) come one
level under them. A Title paragraph naming a plan and a year ("Verksamhetsplan 2027") before
the first chapter is the cover's title, not a chapter. A plan with neither heads its chapters
perhaps with banners (``word_banner_chapters``)."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_banner_chapters import banner_chapters
from vplan_desktop.imports.word_blocks import Block, BlockKind, HeadingBy, Source

_SUBTITLE = {"subtitle", "underrubrik"}
_PLAN_TITLE = re.compile(
    r"(?:plan|budget|rapport|berättelse|redovisning).*(?:19|20)\d\d|(?:19|20)\d\d.*plan", re.I
)
MIN_CHAPTERS = 2
"""Fewer Title paragraphs are a title, not the plan's chapters."""


def _title(block: Block) -> bool:
    return block.kind is BlockKind.PARAGRAPH and block.style == "Title" and bool(block.text)


def _subtitle(block: Block) -> bool:
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
        and block.style.lower() in _SUBTITLE
        and bool(block.text)
        and len(block.text) <= 150
    )


def title_chapters(source: Source) -> Source:
    """``source`` with its Title paragraphs as chapter headings, its Subtitle paragraphs as
    sub-chapter headings and its deeper heading styles under them, when it heads its
    chapters so (see the module's docstring); else ``source`` with its banners as chapters
    when it has them."""
    blocks = source.blocks
    if any(b.kind is BlockKind.HEADING and (b.level or 1) <= 4 for b in blocks):
        return source
    titles = [b.index for b in blocks if _title(b) and len(b.text) <= 150]
    if titles and _PLAN_TITLE.search(blocks[titles[0]].text):
        titles = titles[1:]  # the cover's title
    if len(titles) < MIN_CHAPTERS:
        return banner_chapters(source)
    chapters = set(titles)
    levels = sorted({b.level or 1 for b in blocks if b.kind is BlockKind.HEADING})
    out: list[Block] = []
    below = 1  # the level under the current chapter (2 after a Subtitle in it)
    for b in blocks:
        if b.index < titles[0]:
            out.append(b)
        elif b.index in chapters:
            below = 1
            out.append(_heading(b, 1))
        elif _subtitle(b):
            below = 2
            out.append(_heading(b, 2))
        elif b.kind is BlockKind.HEADING:
            out.append(replace(b, level=below + 1 + levels.index(b.level or 1)))
        else:
            out.append(b)
    return replace(source, blocks=out)


def _heading(block: Block, level: int) -> Block:
    return replace(
        block,
        kind=BlockKind.HEADING,
        level=level,
        heading_by=HeadingBy.STYLE,
        candidate_level=None,
        numbered=False,
        list_level=0,
        number="",
    )
