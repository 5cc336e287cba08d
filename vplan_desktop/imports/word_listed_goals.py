"""A målområde's goals written as one list that Word numbers, under a short line naming them
("Kommunstyrelsens mål", "Nämndens mål 2027", "Målen gäller 2027–2028."): each item is a goal
of the nämnd in that målområde, keeping the number Word shows before it. The list is the
målområde's as a whole: what follows it (indicators, activities) belongs to the målområde, not
to its last goal. A numbered list under a goal of its own, on more than one level (the goals'
outline, ``word_goal_outline``), under a label announcing another list ("Aktiviteter:") or
with no line naming goals right above it is not read as goals."""

from __future__ import annotations

import re
from collections.abc import Callable

from vplan_desktop.imports.word_blocks import Block, BlockKind

_NAMES_GOALS = re.compile(r"\b(?:mål|målen|målsättningar|nämndsmål|styrelsemål)\b", re.I)
LEAD_LENGTH = 80
"""Characters: the line naming the goals is short."""
LEAD_LINES = 3
"""The line naming the goals stands at most this many paragraphs above the list."""
LONGEST = 300


def list_run(blocks: list[Block], index: int) -> list[Block]:
    """The list items in a row around ``index``."""
    start = end = index
    while start > 0 and blocks[start - 1].kind is BlockKind.LIST_ITEM:
        start -= 1
    while end + 1 < len(blocks) and blocks[end + 1].kind is BlockKind.LIST_ITEM:
        end += 1
    return blocks[start : end + 1]


def _named_above(blocks: list[Block], start: int, labelled: Callable[[str], object]) -> bool:
    """A short paragraph naming goals stands in the few paragraphs right above ``start``, and
    no label announcing another list ("Aktiviteter:", as ``labelled`` tells) between."""
    for above in reversed(blocks[max(0, start - LEAD_LINES) : start]):
        if above.kind is not BlockKind.PARAGRAPH or labelled(above.text):
            return False
        if len(above.text) <= LEAD_LENGTH and _NAMES_GOALS.search(above.text):
            return True
    return False


def listed_goal(
    blocks: list[Block], index: int, labelled: Callable[[str], object]
) -> tuple[str, str] | None:
    """(number, goal) when the block at ``index`` is an item of a målområde's numbered goal
    list (see the module); None otherwise."""
    block = blocks[index]
    text = " ".join(block.text.split())
    if block.kind is not BlockKind.LIST_ITEM or not block.numbered or len(text) > LONGEST:
        return None
    run = list_run(blocks, index)
    if any(not b.numbered for b in run) or len({b.list_level for b in run}) > 1:
        return None
    if not _named_above(blocks, run[0].index, labelled):
        return None
    return block.number.strip().strip(".)(").strip()[:20], text


def heads_goal_list(blocks: list[Block], index: int, labelled: Callable[[str], object]) -> bool:
    """The short paragraph at ``index`` is the title of a numbered goal list below it (a title,
    not a sentence: a sentence naming the goals stays text)."""
    block = blocks[index]
    if block.kind is not BlockKind.PARAGRAPH or len(block.text) > LEAD_LENGTH:
        return False
    if block.text.rstrip().endswith((".", "!", "?")):
        return False
    if not _NAMES_GOALS.search(block.text):
        return False
    for below in blocks[index + 1 : index + LEAD_LINES + 1]:
        if below.kind is BlockKind.LIST_ITEM:
            return listed_goal(blocks, below.index, labelled) is not None
        if below.kind is not BlockKind.PARAGRAPH:
            return False
    return False
