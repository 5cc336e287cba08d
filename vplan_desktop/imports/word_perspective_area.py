"""A styrkort's perspective that shares its name with a part of the plan: under "Mål och
styrtal" the perspectives Medborgare, Verksamhet, Medarbetare and Ekonomi are headings of one
level, each over its goals ("Mål 6: …" one level down). "Ekonomi" there is the fourth
målområde, not the plan's budget part: a heading under the goals' part that names another
part is a målområde when a heading of its level before it in the same part was read as a
målområde and the first heading under it is a goal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vplan_desktop.imports import word_goal_table
from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_heading_codes import coded_heading
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_structure import strip_outline
from vplan_desktop.imports.word_text import goal_heading, labelled_goal

if TYPE_CHECKING:
    from vplan_desktop.imports.word_walk import Walk

__all__ = ["perspective_part"]


def _goal_like(block: Block) -> bool:
    text = strip_outline(block)[1]
    return bool(goal_heading(text) or labelled_goal(text) or word_goal_table.GOAL_WORDS.match(text))


def perspective_part(walk: Walk, block: Block, level: int, own: str) -> str:
    """The part the heading ``block`` (of ``level``) names, ``own`` as ``part_of`` read it; ""
    when it is a perspective among the målområden of the goals' part (see the module)."""
    if level < 2 or not own:
        return own
    if next((p for p in reversed(walk.parts[: level - 1]) if p), "") != "mal":
        return own
    levels, blocks = walk.s.levels, walk.source.blocks
    below = next((i for i in sorted(levels) if i > block.index), None)
    if below is None or levels[below] != level + 1:
        return own
    if not _goal_like(blocks[below]) and coded_heading(blocks, levels, below) is None:
        return own
    outcomes = walk.b.result.outcomes
    for index in sorted((i for i in levels if i < block.index), reverse=True):
        if levels[index] < level:
            return own  # the start of the part: no målområde of this level before
        if levels[index] == level and index in outcomes:
            return "" if outcomes[index].became is Became.MALOMRADE else own
    return own
