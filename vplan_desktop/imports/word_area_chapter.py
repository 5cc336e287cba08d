"""A chapter heading naming a målområde of a table that sums the plan's goals up: a plan that
first lists its goals in a table ("Målområde | Mål | Indikator | Målvärde") and then gives each
målområde a numbered chapter of its own ("4 Kunskap och lärande") with its goals in full as
the headings under it. The chapter is that målområde (its text the målområde's description,
the headings under it its goals), not a narrative chapter, when a heading under it gives one
of the summary's goals of that målområde (in its words, or in fuller words that its shortened
wording names: ``word_goal_restated``); a chapter that only shares a målområde's name
("Ekonomi" beside a styrkort's perspective "Ekonomi") stays a chapter. A heading labelled
with its goal's level ("Nämndmål: …") is a goal wherever it stands
(``word_text.labelled_goal``); one labelled a målområde ("Perspektiv: …") over such goals is
that målområde (``word_area_label``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vplan_desktop.imports.word_area_label import labelled_area
from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_goal_headings_area import over_labelled_goals
from vplan_desktop.imports.word_goal_restated import restated_goal, summary_area
from vplan_desktop.imports.word_perspective_area import perspective_part as perspective_part
from vplan_desktop.imports.word_structure import strip_outline
from vplan_desktop.imports.word_text import labelled_goal

if TYPE_CHECKING:
    from vplan_desktop.imports.word_walk import Walk


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _gives_goal(text: str, area: dict[str, Any], walk: Walk) -> bool:
    b = walk.b
    waiting = [g for g in b.goals if g["id"] in b.summarised and g["malomrade_id"] == area["id"]]
    return any(_key(g["text"]) == _key(text) for g in waiting) or (
        restated_goal(waiting, b.summarised, area["id"], text) is not None
    )


def goal_part(walk: Walk, block: Block) -> bool:
    """Whether the top-level heading ``block`` is a part of the plan's goals: a labelled goal,
    or the chapter of a målområde a summary table gave (see the module)."""
    text = strip_outline(block)[1]
    if labelled_goal(text) or labelled_area(walk.source.blocks, walk.s.levels, block):
        return True
    b = walk.b
    area = summary_area(text, b.areas, b.goals, b.summarised)
    if area is None:
        return False
    levels = walk.s.levels
    for index in sorted(i for i in levels if i > block.index):
        if levels[index] <= 1:
            return False
        if _gives_goal(strip_outline(walk.source.blocks[index])[1], area, walk):
            return True
    return False


def area_heading(walk: Walk, block: Block) -> bool:
    """Whether the heading ``block`` under the top level labels a målområde over labelled
    goals ("Målområde: Trygg uppväxt" over "Nämndmål 1: …", ``word_area_label``), or has only
    labelled goals as its sub-headings (``word_goal_headings_area``)."""
    blocks, levels = walk.source.blocks, walk.s.levels
    return labelled_area(blocks, levels, block) or over_labelled_goals(blocks, levels, block)
