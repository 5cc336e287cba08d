"""Whether a heading in the goals' part is a målområde rather than a goal: goals that name
themselves follow it before the next heading of its level – tables or lines labelled
"Nämndsmål 1: …", coded ("1a.") or typed ("KS 1 …") goal lines, a "Mål: …" line with only
its label bold, a bold goal line over "Så här mäter vi:" (``word_measured_goals``), a table
listing goals, or a table titled by a goal."""

from __future__ import annotations

from vplan_desktop.imports import word_goal_table
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_coded_goals import coded_goal
from vplan_desktop.imports.word_goal_label_caption import labelled_caption
from vplan_desktop.imports.word_measured_goals import measured_goal
from vplan_desktop.imports.word_table import guess_header_rows, title_rows
from vplan_desktop.imports.word_tabled_goals import goals_over_tables
from vplan_desktop.imports.word_typed_goals import typed_number


def goals_under(blocks: list[Block], levels: dict[int, int], index: int, level: int) -> bool:
    """Tables (or bold lines) that name their own goal follow the heading at ``index`` (of
    ``level``; ``levels`` the headings' levels by block index) before the next of its level:
    the heading is their målområde, not a goal."""
    if goals_over_tables(blocks, levels, index, level):  # Word-numbered, a table under each
        return True
    for block in blocks[index + 1 :]:
        if levels.get(block.index, level + 1) <= level:
            return False
        if coded_goal(block) or typed_number(block) or measured_goal(blocks, block.index):
            return True
        if (block.bold or labelled_caption(block)) and word_goal_table.goal_line(block.text):
            return True
        if block.kind is BlockKind.TABLE and word_goal_table.lists_goals(block):
            return True
        if block.kind is BlockKind.TABLE and block.rows:
            header = guess_header_rows(block)
            for title in title_rows(block, header):
                if word_goal_table.GOAL_WORDS.match(title):
                    return True
    return False
