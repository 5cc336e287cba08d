"""A goal's row in a goal table typed without merging: the goal's label alone in the first cell
("Nämndsmål 1:", "Nämndsmål :", "Mål 2"), the goal's sentence in the second and every other
cell of the row empty, over the indicator rows ("Mätmetod/Indikator | Nuläge: | Målnivåer:",
then a row of years). Word shows the row as the goal spanning the table, and that is how the
author meant it: the sentence's cell is read as merged across the empty cells, as a row whose
cell Word merges is read. A row with text in a third cell, or a first cell that says more than
a label ("Nämndsmål avseende medborgardialoger", an indicator's name), is left as it is."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source

__all__ = ["goal_rows_across", "is_goal_label", "spread_goal_row"]

_LABEL = re.compile(
    r"^(?:nämnds?mål|nämndens\s+mål|styrelsens\s+mål|förvaltningsmål|verksamhetsmål|"
    r"inriktningsmål|kf-?mål|kommunfullmäktiges\s+mål|strategiskt\s+mål|effektmål|"
    r"resultatmål|delmål|mål)\s*(?:nr\.?\s*)?(?:[A-ZÅÄÖ]{0,3}\d+(?:\.\d+)*[a-z]?)?\s*[:.]?$",
    re.IGNORECASE,
)
_MIN_WORDS = 3


def is_goal_label(text: str) -> bool:
    """Whether ``text`` is a goal's label alone ("Nämndsmål 1:", "Nämndsmål :", "Mål 2")."""
    return _LABEL.match(" ".join(text.split())) is not None


def _sentence(cell: Cell) -> bool:
    words = cell.text.split()
    return len(words) >= _MIN_WORDS and sum(c.isalpha() for c in cell.text) > len(cell.text) / 2


def spread_goal_row(row: tuple[Cell, ...]) -> tuple[Cell, ...]:
    """``row`` with the goal's sentence repeated over its empty cells when it is a goal's
    label, its sentence and empty cells (see the module's docstring); else ``row``."""
    if len(row) < 3 or row[0] is row[1] or not is_goal_label(row[0].text):
        return row
    sentence = row[1]
    rest = row[2:]
    if not _sentence(sentence) or any(c is not sentence and c.text.strip() for c in rest):
        return row
    return (row[0], *(sentence for _ in row[1:]))


def goal_rows_across(source: Source) -> Source:
    """``source`` with every goal row typed without merging read as merged across."""
    blocks: list[Block] = []
    changed = False
    for block in source.blocks:
        if block.kind is BlockKind.TABLE and block.width >= 3:
            rows = tuple(spread_goal_row(row) for row in block.rows)
            if any(new is not old for new, old in zip(rows, block.rows, strict=True)):
                block = replace(block, rows=rows)
                changed = True
        blocks.append(block)
    return replace(source, blocks=blocks) if changed else source
