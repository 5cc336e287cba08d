"""A plan compiled from its förvaltning's units: under a chapter such as "Avdelningarnas
planer" each unit's own plan ("Ekonomiavdelningen", "HR-avdelningen", each with its goals,
indicator tables or activities) is a chapter of its own, as each unit wrote it, not a
sub-heading of the chapter gathering them. It takes two or more such unit headings under the
same chapter, each over a part of the plan (a table, or a line labelling goals, indicators or
activities); units only described ("Enheten för vuxna" over a paragraph), or headed under
the plan's goals or budget, stay sub-headings."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_unit_goals import names_unit
from vplan_desktop.imports.word_walk import part_of

__all__ = ["unit_chapters"]

_PLAN_LINE = re.compile(
    r"^(?:\d+(?:\.\d+)*\s+)?(?:mål|aktivitet|indikator|mätetal|åtgärd)", re.IGNORECASE
)


def _plans(blocks: list[Block], levels: dict[int, int], at: int) -> bool:
    """The unit heading at ``at`` is over a part of the plan before the next heading of its
    level or above."""
    level = levels[at]
    for block in blocks[at + 1 :]:
        if levels.get(block.index, level + 1) <= level:
            return False
        if block.kind is BlockKind.TABLE:
            return True
        if block.kind is BlockKind.PARAGRAPH and _PLAN_LINE.match(block.text.strip()):
            return True
    return False


def unit_chapters(blocks: list[Block], levels: dict[int, int]) -> set[int]:
    """The indexes of the unit headings (below the first level) that are chapters."""
    siblings: dict[tuple[int, int], list[int]] = {}
    parent, part = -1, ""
    for index in sorted(levels):
        level = levels[index]
        if level == 1:
            parent, part = index, part_of(blocks[index].text)
        elif part or parent < 0:
            continue  # under the plan's goals or budget the unit's heading is its part there
        elif names_unit(blocks[index].text) and _plans(blocks, levels, index):
            siblings.setdefault((parent, level), []).append(index)
    return {i for found in siblings.values() if len(found) >= 2 for i in found}
