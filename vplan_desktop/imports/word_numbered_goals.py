"""The nämnd's goals written as one list that Word numbers, outside any målområde's heading: a
list whose numbering shows a goal's label before each item ("Mål 1", "Nämndsmål 2": the label
is the list's own numbering text, ``w:lvlText`` "Mål %1", not typed), or the first list standing
under a heading that names goals ("Mål och indikatorer", "Bilaga 1 Mål och indikatorer") with
only short lines of prose between. Each item is a goal of the nämnd, keeping the number Word
shows (without its label: "Mål 2" → "2"), so a table linking its rows to goals by number
("Bidrar till mål: Mål 2 och 3", ``word_goal_link``) finds them. A list on more than one level
(the goals' outline, ``word_goal_outline``), under a label announcing another list
("Aktiviteter:") or with an item too long for a goal is not read as goals."""

from __future__ import annotations

import re
from collections.abc import Callable

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_listed_goals import list_run

_LABEL = re.compile(
    r"^(?:nämnds?mål|nämndens mål|styrelsemål|förvaltningsmål|verksamhetsmål|mål)\s*"
    r"(?P<nr>\d+(?:\.\d+)*[a-z]?)\s*[.:)]?$",
    re.IGNORECASE,
)
_NAMES_GOALS = re.compile(r"\b(?:mål|målen|nämndsmål|nämndens mål|styrelsens mål)\b", re.I)
LONGEST = 300
"""Characters: a goal is a sentence or two."""
LEAD_LINES = 3
"""At most this many short paragraphs stand between the heading and its goal list."""
LEAD_LENGTH = 200


def label_number(number: str) -> str | None:
    """The goal's number when a list's shown number is a goal's label ("Mål 2" → "2")."""
    found = _LABEL.match(" ".join(number.split()))
    return found.group("nr") if found else None


def _first_under_goal_heading(
    blocks: list[Block], start: int, labelled: Callable[[str], object]
) -> bool:
    """The list starting at ``start`` is the first thing but a few short paragraphs under a
    heading naming goals."""
    for above in reversed(blocks[max(0, start - LEAD_LINES - 1) : start]):
        if above.kind is BlockKind.HEADING:
            return bool(_NAMES_GOALS.search(above.text))
        if above.kind is not BlockKind.PARAGRAPH or len(above.text) > LEAD_LENGTH:
            return False
        if labelled(above.text):
            return False
    return False


def numbered_goal(
    blocks: list[Block], index: int, labelled: Callable[[str], object]
) -> tuple[str, str] | None:
    """(number, goal) when the block at ``index`` is an item of the nämnd's numbered goal list
    (see the module); None otherwise."""
    block = blocks[index]
    text = " ".join(block.text.split())
    if block.kind is not BlockKind.LIST_ITEM or not block.numbered or not block.number:
        return None
    run = list_run(blocks, index)
    if any(not b.numbered or len(b.text) > LONGEST for b in run):
        return None
    if len({b.list_level for b in run}) > 1:
        return None
    labels = [label_number(b.number) for b in run]
    if all(labels):
        return labels[run.index(block)] or "", text
    if any(labels) or not _first_under_goal_heading(blocks, run[0].index, labelled):
        return None
    return block.number.strip().strip(".)(").strip()[:20], text
