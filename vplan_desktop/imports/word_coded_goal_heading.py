"""Coded goal headings inside a narrative chapter: a technical nämnd's plan in parts by
financing ("4 Skattefinansierad verksamhet", "5 Taxefinansierad verksamhet") gives each
verksamhet a heading of its own ("4.1 Gator och parker", "5.1 Vatten och avlopp") holding its
goals, indicators, activities and budget. Each goal is a heading that opens with the
verksamhet's code ("GP1 Gång- och cykelvägnätet ska …", "VA2 Ledningsnätet ska …") over its
indicator table. Outside the plan's goals part such a heading would stay a chapter's heading;
it is the goal (its code the goal's kod, the sentence its text, ``word_heading_codes``), in the
målområde of the verksamhet heading over it, when the document codes its headings of that
level consistently and an indicator table stands under it before the next heading."""

from __future__ import annotations

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_heading_codes import coded_heading
from vplan_desktop.imports.word_indicator_words import NAME_WORDS
from vplan_desktop.imports.word_table import column_headers, guess_header_rows

__all__ = ["coded_goal_heading", "indicator_table"]


def indicator_table(block: Block) -> bool:
    """The table measures a goal: a column of indicators ("Indikator", "Mått") beside the
    columns of their figures."""
    if block.kind is not BlockKind.TABLE or not block.rows or block.width < 2:
        return False
    headers = column_headers(block, max(1, guess_header_rows(block)))
    return any(word in headers[0].lower() for word in NAME_WORDS)


def coded_goal_heading(blocks: list[Block], levels: dict[int, int], index: int) -> bool:
    """Whether the heading at ``index`` (``levels``: block index → heading level) is a coded
    goal heading with its indicator table under it (see the module): its own text before the
    table, nothing but paragraphs and captions."""
    level = levels.get(index)
    if level is None or level < 2 or coded_heading(blocks, levels, index) is None:
        return False
    for block in blocks[index + 1 :]:
        if block.index in levels:
            return False
        if block.kind is BlockKind.TABLE:
            return indicator_table(block)
    return False
