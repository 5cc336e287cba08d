"""A styrkort's perspective that shares its name with a part of the plan: under "Mål och
styrtal" the perspectives Medborgare, Verksamhet, Medarbetare and Ekonomi are headings of one
level, each over its goals ("Mål 6: …" one level down). "Ekonomi" there is the fourth
målområde, not the plan's budget part: a heading under the goals' part that names another
part is a målområde when a heading of its level before it in the same part was read as a
målområde and the first heading under it is a goal (labelled, coded, or with the goal's number
typed before it: "3.1 Medarbetarna har …" under "Attraktiv arbetsgivare och hållbar
ekonomi"). A heading under a målområde with its number so typed, as another heading of its
level has, is a goal there whatever words it holds ("2.1 Verksamheten håller sin budget")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vplan_desktop.imports import word_goal_table
from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_heading_codes import TYPED_OUTLINE, coded_heading
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_structure import strip_outline
from vplan_desktop.imports.word_text import goal_heading, labelled_goal

if TYPE_CHECKING:
    from vplan_desktop.imports.word_walk import Walk

__all__ = ["perspective_part"]


def _goal_like(block: Block) -> bool:
    text = strip_outline(block)[1]
    return bool(goal_heading(text) or labelled_goal(text) or word_goal_table.GOAL_WORDS.match(text))


def _typed(blocks: list[Block], block: Block) -> bool:
    """The heading is a goal with its number typed before it ("3.1 Medarbetarna har …")."""
    return TYPED_OUTLINE.match(" ".join(strip_outline(block)[1].split())) is not None


def perspective_part(walk: Walk, block: Block, level: int, own: str) -> str:
    """The part the heading ``block`` (of ``level``) names, ``own`` as ``part_of`` read it; ""
    when it is a perspective among the målområden of the goals' part (see the module)."""
    if level < 2 or not own:
        return own
    if next((p for p in reversed(walk.parts[: level - 1]) if p), "") != "mal":
        return own
    levels, blocks = walk.s.levels, walk.source.blocks
    outcomes = walk.b.result.outcomes
    over = max((i for i, at in levels.items() if i < block.index and at < level), default=None)
    in_area = over is not None and over in outcomes and outcomes[over].became is Became.MALOMRADE
    if (
        in_area
        and _typed(blocks, block)
        and any(
            _typed(blocks, blocks[i])
            for i, at in levels.items()
            if at == level and i != block.index
        )
    ):
        return ""  # "2.1 Verksamheten håller sin budget" under its målområde, as goals beside it
    below = next((i for i in sorted(levels) if i > block.index), None)
    if below is None or levels[below] != level + 1:
        return own
    typed = _typed(blocks, blocks[below])
    if not _goal_like(blocks[below]) and coded_heading(blocks, levels, below) is None and not typed:
        return own
    for index in sorted((i for i in levels if i < block.index), reverse=True):
        if levels[index] < level:
            return own  # the start of the part: no målområde of this level before
        if levels[index] == level and index in outcomes:
            return "" if outcomes[index].became is Became.MALOMRADE else own
    return own
