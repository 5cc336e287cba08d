"""A numbered heading that a PDF converter made a table: the heading's number and its words
stood apart (a hanging indent, a tab), and the converter kept them as a table of one row and
two cells ("6.1" | "Uppdrag 2027"). Such a table, its first cell a heading number and its
second a short line, both bold, is the heading line "6.1 Uppdrag 2027" in the cells' size."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block, BlockKind, Source
from vplan_desktop.imports.word_docx_heading import looks_like_heading
from vplan_desktop.markdown import Run

NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?$")


def _heading(block: Block) -> Block | None:
    """``block`` as the heading line it shows; None when it is no such table."""
    if block.kind is not BlockKind.TABLE or len(block.rows) != 1 or block.width != 2:
        return None
    number, words = block.rows[0]
    if not NUMBER.match(number.text) or not words.text or number is words:
        return None
    runs = [r for cell in (number, words) for r in cell.runs if r.text.strip()]
    if not runs or not all(r.bold for r in runs):
        return None
    text = f"{number.text.rstrip('.')} {words.text}"
    level, by = looks_like_heading(text, True)
    if level is None:
        return None
    sizes = [p.size for cell in (number, words) for p in cell.paragraphs]
    return Block(
        index=block.index,
        kind=BlockKind.PARAGRAPH,
        text=text,
        runs=(Run(text, bold=True),),
        candidate_level=level,
        heading_by=by,
        bold=True,
        size=max(sizes, default=0.0),
    )


def fold_number_cells(source: Source) -> Source:
    """``source`` with each numbered heading kept as a table made its heading line again."""
    source.blocks = [_heading(b) or b for b in source.blocks]
    return source
