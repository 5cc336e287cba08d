"""Headings that a document with heading styles left as bold body text, known by their typed
outline numbers. A plan whose Word file lost some of its heading styles (a PDF opened again
in Word, a template pasted into) types each heading's number ("3.1 Trygg och tillgänglig
utemiljö", "3.2 Hållbar samhällsutveckling"): one may be a styled heading while its siblings
are bold lines of the body. A bold line whose typed number has the same depth and parent as a
styled heading's ("3.2" beside "3.1") is a heading at that heading's level, as its sibling is;
a bold numbered line without such a styled sibling is left to the other rules (a numbered
goal "1. …" under a styled chapter is no heading for it)."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block, HeadingBy

_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s+[^\W\d_]")
"""A typed outline number of two or more parts ("3.2 Hållbar …"): a single number is as often
a goal's or a list's."""
LONGEST = 150
"""The longest line read as a heading."""


def _number(text: str) -> tuple[str, ...] | None:
    found = _NUMBER.match(text.strip())
    return tuple(found.group(1).split(".")) if found else None


def numbered_siblings(blocks: list[Block], levels: dict[int, int]) -> dict[int, int]:
    """The level of each bold numbered line of ``blocks`` beside a heading in ``levels`` (block
    index → level) whose typed number is its sibling's (see the module's docstring)."""
    known: dict[tuple[str, ...], int] = {}  # a styled heading's number's parent → its level
    for index, level in levels.items():
        number = _number(blocks[index].text)
        if number is not None:
            known.setdefault(number[:-1], level)
    out: dict[int, int] = {}
    for b in blocks:
        if b.index in levels or not (b.bold and b.candidate_level) or len(b.text) > LONGEST:
            continue
        if b.heading_by is not HeadingBy.NUMBER:
            continue
        number = _number(b.text)
        sibling = known.get(number[:-1]) if number is not None else None
        if sibling is not None:
            out[b.index] = sibling
    return out
