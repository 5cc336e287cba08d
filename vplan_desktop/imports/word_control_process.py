"""An internal control table with no column for the process: each "Kontrollmoment" cell may
name the process in bold on its first line over the control in regular type ("**Ekonomiskt
bistånd**" ¶ "Stickprov på tio utbetalningar mot beslut"). The bold line is the process the
control belongs to, the lines under it the kontrollmoment: a cell whose first paragraph is
bold throughout and whose later paragraphs are not. A bold line ending in a colon is a label
("**Kontroll:**"), not a process, and a cell in one type stays as it is."""

from __future__ import annotations

from vplan_desktop.imports.word_blocks import Cell
from vplan_desktop.imports.word_build import TableView
from vplan_desktop.imports.word_table import Row

__all__ = ["process_over_control"]

MAX_WORDS = 12
"""A process is named in a few words ("Ekonomiskt bistånd", "Inköp och upphandling")."""


def split_cell(cell: Cell) -> tuple[str, str] | None:
    """(process, kontrollmoment) from a cell of a bold line over lines in regular type; None
    for any other cell."""
    shown = [p for p in cell.paragraphs if p.text.strip()]
    if len(shown) < 2 or not shown[0].bold or any(p.bold for p in shown[1:]):
        return None
    process = " ".join(shown[0].text.split())
    if process.endswith((":", "：")) or len(process.split()) > MAX_WORDS:
        return None
    return process, "\n".join(" ".join(p.text.split()) for p in shown[1:])


def process_over_control(view: TableView, row: Row) -> tuple[str, str] | None:
    """(process, kontrollmoment) from the row's kontrollmoment cell when the table has no
    process column and the cell names the process in bold over the control; else None."""
    column = view.col("kontrollmoment")
    if column is None or view.col("process") is not None:
        return None
    block = next((p for p, _ in view.parts if p.index == row.block), view.block)
    if row.index >= len(block.rows) or column >= len(block.rows[row.index]):
        return None
    cell = block.rows[row.index][column]
    if " ".join(cell.text.split()) != " ".join(view.cell(row.cells, "kontrollmoment").split()):
        return None  # not the cell the row was read from (a merged or moved cell)
    return split_cell(cell)
