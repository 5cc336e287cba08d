"""A section the table of contents names by its first word while the body prints it longer: the
contents list "Kvalitet" and "Delaktighet" under "Mål och uppföljning", the body has no line
"Kvalitet" but a plain paragraph "KVALITET – grunduppdrag av god kvalitet för den vi är till
för" where the section begins (the heading shortened for the contents, or its style lost when
the plan was copied into a new template). Such a line is the section's heading, named as
printed: the goal tables after it belong to it, and its text is not the description of the goal
whose table came before it."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block, BlockKind

__all__ = ["toc_prefixed"]

_DASH = re.compile(r"^(?P<head>[^–—:-]{3,60}?)\s*(?:[–—:]|\s-)\s*\S")
_MAX = 200


def toc_prefixed(blocks: list[Block], toc: set[str], levels: dict[int, int]) -> dict[int, int]:
    """Block index → heading level for the paragraphs whose words before a dash or colon are a
    contents entry no heading of the body has (``toc``: the entries as ``toc_key`` gives
    them). The first such line after a heading is a section of it (one level below); the next
    ones, up to the next heading, are its siblings."""
    out: dict[int, int] = {}
    named: set[str] = set()
    parent = 0
    last = 0
    for b in blocks:
        if b.index in levels:
            parent, last = levels[b.index], 0
            continue
        if b.kind is not BlockKind.PARAGRAPH or len(b.text) > _MAX or b.tabbed:
            continue
        found = _DASH.match(" ".join(b.text.split()))
        if found is None:
            continue
        head = " ".join(found.group("head").lower().split())
        if head not in toc or head in named:
            continue
        named.add(head)
        last = last or min(parent + 1, 6)
        out[b.index] = last
    return out
