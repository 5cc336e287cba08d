"""A heading in a narrative chapter whose sub-headings are all goals labelled with their level
("2.1 Ett växande Ljusnebo" over "Prioritering 1: …", "Prioritering 2: …"; "Trygg uppväxt"
over "Nämndmål 1: …"), as a nämndplan organised by priorities groups its goals under KF's
målområden without labelling those: the heading is the målområde of the goals under it (its
text the målområde's name, the paragraph under it its description), not a heading in the
chapter. A heading with any sub-heading that is no labelled goal keeps its reading."""

from __future__ import annotations

from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_structure import strip_outline
from vplan_desktop.imports.word_text import goal_heading, labelled_goal

__all__ = ["over_labelled_goals"]


def over_labelled_goals(blocks: list[Block], levels: dict[int, int], block: Block) -> bool:
    """Whether the heading ``block`` has sub-headings and each is a labelled goal
    (``levels``: each heading's level by block index)."""
    level = levels.get(block.index, 1)
    children = []
    for index in sorted(i for i in levels if i > block.index):
        if levels[index] <= level:
            break
        if levels[index] == level + 1:
            children.append(strip_outline(blocks[index])[1])
    return bool(children) and all(
        labelled_goal(text) or goal_heading(text) is not None for text in children
    )
