"""A heading that labels itself a målområde – "Perspektiv: Medarbetare", "Fokusområde:
Trygghet", "Strategiskt område: Livsmiljö", the way a goal system prints its styrkort's
perspectives, or "Målområde: Trygg uppväxt" for KF's målområde over the nämnd's goals in a
chapter "Måluppfyllelse" – over goals labelled with their level ("Nämndmål: …", "Nämndmål 1:
…") is a målområde of the plan's goals, not a narrative chapter nor a heading in one (nor,
for "Perspektiv: Ekonomi", the budget). Its name is the words after the label
(``word_goal_card.area_name``). A labelled heading with no labelled goal under it before the
next heading of its level (or above) stays what it was."""

from __future__ import annotations

from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_goal_card import AREA_LINE
from vplan_desktop.imports.word_structure import strip_outline
from vplan_desktop.imports.word_text import goal_heading, labelled_goal

__all__ = ["labelled_area"]


def labelled_area(blocks: list[Block], levels: dict[int, int], block: Block) -> bool:
    """Whether the heading ``block`` labels a målområde with labelled goals under it
    (``levels``: each heading's level by block index)."""
    if AREA_LINE.match(" ".join(strip_outline(block)[1].split())) is None:
        return False
    level = levels.get(block.index, 1)
    for index in sorted(i for i in levels if i > block.index):
        if levels[index] <= level:
            return False
        text = strip_outline(blocks[index])[1]
        if labelled_goal(text) or goal_heading(text) is not None:
            return True
    return False
