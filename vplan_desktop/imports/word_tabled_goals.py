"""Goals written as the items of one list that Word numbers, each item followed by its own
small table of indicators ("1. Den som söker bygglov ska få ett snabbt beslut." over "Så mäter
vi | Nuläge | Mål 2027"), the list often running on across the headings of the verksamheter
that group the goals. Each item is a goal of the nämnd, keeping the number Word shows, and
becomes the goal the table under it measures; the heading over such goals is their group (a
målområde), not a goal. Two or more such items under the same chapter are needed: a lone
numbered line over a table may be anything."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_activity_lines import activity_line
from vplan_desktop.imports.word_blocks import Block, BlockKind

__all__ = ["tabled_goal", "tabled_goal_series"]

_MEASURES = re.compile(
    r"^(?:nuläge|utgångsläge|utgångsvärde|basvärde|målvärde|målnivå|mål|målet)"
    r"(?:\s*(?:19|20)\d\d)?\s*:?$",
    re.IGNORECASE,
)
"""A header cell of an indicator table: its nuläge or its target ("Mål 2027")."""
MIN_WORDS = 3
"""A goal is a sentence: fewer words are a heading's or a label's."""
LONGEST = 300
"""Characters: a goal is a sentence or two."""


def _indicator_table(block: Block | None) -> bool:
    """``block`` is a table headed by a nuläge and a target column."""
    if block is None or block.kind is not BlockKind.TABLE or not block.rows:
        return False
    header = [" ".join(c.text.split()).strip(" :") for c in block.rows[0]]
    return sum(1 for h in header if _MEASURES.match(h)) >= 2


def _item(blocks: list[Block], block: Block) -> tuple[str, str] | None:
    """(number, goal) for a Word-numbered list item right over an indicator table."""
    text = " ".join(block.text.split())
    if block.kind is not BlockKind.LIST_ITEM or not block.numbered or block.list_level:
        return None
    if len(text) > LONGEST or len(re.findall(r"[^\W\d_]+", text)) < MIN_WORDS:
        return None
    if activity_line(text):
        return None
    after = next((b for b in blocks[block.index + 1 :] if b.text or b.rows), None)
    if not _indicator_table(after):
        return None
    return block.number.strip().strip(".)(").strip()[:20], text


def _chapter(blocks: list[Block], levels: dict[int, int], at: int) -> list[Block]:
    """The blocks of the chapter (the top-level heading's part) around ``at``."""
    top = min(levels.values(), default=1)
    start = next((i for i in range(at, -1, -1) if levels.get(i) == top), -1)
    end = next((i for i in range(at + 1, len(blocks)) if levels.get(i) == top), len(blocks))
    return blocks[start + 1 : end]


def tabled_goal_series(blocks: list[Block], levels: dict[int, int], at: int) -> int:
    """How many numbered goal items over their tables the chapter around ``at`` holds."""
    return sum(1 for b in _chapter(blocks, levels, at) if _item(blocks, b))


def tabled_goal(
    blocks: list[Block], levels: dict[int, int], block: Block
) -> tuple[str, str] | None:
    """(number, goal) when ``block`` is one of a series of Word-numbered goals each over its
    indicator table (see the module); None otherwise."""
    found = _item(blocks, block)
    if found is None or tabled_goal_series(blocks, levels, block.index) < 2:
        return None
    return found


def goals_over_tables(blocks: list[Block], levels: dict[int, int], index: int, level: int) -> bool:
    """Numbered goals over their tables follow the heading at ``index`` before the next of its
    ``level``: the heading groups them (a målområde), it is no goal."""
    for block in blocks[index + 1 :]:
        if levels.get(block.index, level + 1) <= level:
            return False
        if tabled_goal(blocks, levels, block) is not None:
            return True
    return False
