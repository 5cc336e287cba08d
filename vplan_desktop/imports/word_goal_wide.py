"""A goal table's cell merged down over all of a goal's rows, as the goal's own cell is (an
"Agenda 2030" column of icons beside "Nr | Nämndsmål", merged down over the goal's indicator
rows), says something of the goal, not of each indicator: it goes once into the goal's
description ("Agenda 2030: Globalt mål 4: God utbildning för alla"), not into every
indicator's line. A cell of one row, or merged over other rows than the goal's, stays with its
indicator."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from vplan_desktop.imports.word_blocks import Block, Cell
from vplan_desktop.imports.word_build import TableView
from vplan_desktop.imports.word_table import Row


def _rows_of(block: Block, column: int, cell: Cell) -> range:
    """The rows of ``block`` the cell at ``column`` covers (one span, around any row)."""
    rows = [r for r, row in enumerate(block.rows) if column < len(row) and row[column] is cell]
    return range(rows[0], rows[-1] + 1) if rows else range(0)


def goal_wide(view: TableView, goal: dict[str, Any] | None, row: Row) -> Row:
    """``row`` with the "ovrigt" cells merged down over exactly its goal's rows taken out,
    their text added once to ``goal``'s description."""
    group = view.col("grupp")
    block = next((p for p, _ in view.parts if p.index == row.block), view.block)
    if goal is None or group is None or row.index >= len(block.rows):
        return row
    cells = block.rows[row.index]
    own = _rows_of(block, group, cells[group]) if group < len(cells) else range(0)
    if len(own) < 2:
        return row
    taken = list(row.cells)
    for column, role in enumerate(view.roles):
        if role != "ovrigt" or column >= len(cells) or column >= len(taken) or not taken[column]:
            continue
        if _rows_of(block, column, cells[column]) != own:
            continue
        lines = row.lines[column] if column < len(row.lines) and row.lines[column] else ()
        text = "\n".join(lines) or taken[column]
        header = view.headers[column] if column < len(view.headers) else ""
        note = f"{header}: {text}" if header else text
        if note not in goal["beskrivning"]:
            goal["beskrivning"] = "\n\n".join(t for t in (goal["beskrivning"], note) if t)
        taken[column] = ""
    return replace(row, cells=taken)
