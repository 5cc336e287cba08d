"""The prose after a drawing of goals (a "målhus": a group of text boxes, each a goal or a
målområde) is the chapter's, not the last box's: the boxes stand beside one another, so a
paragraph under the drawing speaks of them all ("Indikatorerna följs upp i delårsrapporten …")
and is no description of the goal that happens to be drawn last. A drawing holding one goal
(a goal in a shaded box over its description) keeps its goal for the text under it."""

from __future__ import annotations

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_result import Became

__all__ = ["after_drawing"]

MIN_GOALS = 2


def after_drawing(b: Builder, blocks: list[Block], block: Block) -> None:
    """Leaves the goal and målområde read last when ``block`` is the first paragraph of the
    body after a drawing whose boxes gave two goals or more."""
    if block.kind is not BlockKind.PARAGRAPH or block.drawn or not block.index:
        return
    goals = 0
    for before in reversed(blocks[: block.index]):
        if not before.drawn:
            break
        outcome = b.result.outcomes.get(before.index)
        goals += outcome is not None and outcome.became is Became.MAL
    if goals >= MIN_GOALS:
        b.current_area = b.current_goal = None
