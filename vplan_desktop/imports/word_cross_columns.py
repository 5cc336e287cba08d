"""Grades as columns marked with a cross. A follow-up's summary of its goals often gives each
grade a column of its own under one merged header – "Prognos helår 2026: Uppfylls | Delvis |
Uppfylls inte", "Bedömning: Uppfyllt | Delvis uppfyllt | Ej uppfyllt" – and marks the goal's
grade with a cross ("X", "x", "✓") in one of them; a goal left unmarked is not assessed.

Such columns (two or more side by side, each named by a grade in the header's last row, every
body cell blank or a cross, no row crossed twice, some row crossed) are one column: the
goal's assessment, its cell the name of the column crossed ("Delvis"), its header the group's
name over the grades and "Bedömning". The goal tables then read it as any assessment column.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.imports.word_goal_assess import grade
from vplan_desktop.imports.word_table import guess_header_rows

__all__ = ["cross_columns", "fold_cross_columns"]

_CROSS = re.compile(r"^[xX×✗✘✓✔☒☑]$")
"""A cross or a tick, alone in its cell."""


def _marks(block: Block, column: int, header_rows: int) -> list[bool] | None:
    """Per body row whether the column's cell is crossed; None when a cell holds anything
    else than a cross."""
    out = []
    for row in block.rows[header_rows:]:
        text = "".join(row[column].text.split()) if column < len(row) else ""
        if text and not _CROSS.match(text):
            return None
        out.append(bool(text))
    return out


def cross_columns(block: Block) -> tuple[int, int, int] | None:
    """(first column, last column + 1, header rows) of the table's run of grade columns marked
    with crosses (see the module); None when it has none."""
    if block.kind is not BlockKind.TABLE or len(block.rows) < 2:
        return None
    header_rows = guess_header_rows(block)
    if header_rows < 1 or header_rows >= len(block.rows):
        return None
    names = block.rows[header_rows - 1]
    column = 0
    while column < block.width:
        end, grades = column, set()
        marks: list[list[bool]] = []
        while end < block.width and end < len(names):
            level = grade(names[end].text)
            crossed = _marks(block, end, header_rows) if level is not None else None
            if level is None or level in grades or crossed is None:
                break
            grades.add(level)
            marks.append(crossed)
            end += 1
        rows = list(zip(*marks, strict=True)) if marks else []
        if end - column >= 2 and any(any(r) for r in rows) and all(sum(r) <= 1 for r in rows):
            return column, end, header_rows
        column = max(end, column + 1)
    return None


def _folded(block: Block, first: int, end: int, header_rows: int) -> Block:
    rows = []
    for r, row in enumerate(block.rows):
        if r < header_rows - 1:
            cells = [c.text for c in row[first:end] if c.text]
            name = cells[0] if cells and all(c == cells[0] for c in cells) else " ".join(cells)
            cell = replace(row[first], text=name, lines=(name,) if name else ())
        elif r == header_rows - 1:
            cell = Cell("Bedömning", lines=("Bedömning",))
        else:
            crossed = [c for c in range(first, end) if row[c].text.strip()]
            name = block.rows[header_rows - 1][crossed[0]].text if crossed else ""
            cell = Cell(name, lines=(name,) if name else ())
        rows.append((*row[:first], cell, *row[end:]))
    return replace(block, rows=tuple(rows))


def fold_cross_columns(source: Source) -> Source:
    """``source`` with each table's grade columns marked with crosses (``cross_columns``)
    folded into one assessment column."""
    blocks = []
    for block in source.blocks:
        found = cross_columns(block)
        blocks.append(_folded(block, *found) if found is not None else block)
    source.blocks = blocks
    return source
