"""A table in a chapter's text as a table of the Word and PDF documents.

The header row is bold; a cell keeps the user's bold and italic piece by piece; a column is
right-aligned where the Markdown says so (``---:``) or, when it says nothing, where every filled
body cell is a number; the columns share the width by how much text they hold.
"""

from __future__ import annotations

from decimal import Decimal

from vplan_desktop.exports.blocks import Cell, Table
from vplan_desktop.formatting import parse_value
from vplan_desktop.markdown import Run, TableBlock, merged

NARROWEST = 4
WIDEST = 40
"""A column's share of the width grows with its longest line, counted in characters between
these two: a column of years is not squeezed, a column of sentences does not take it all."""


def _text(runs: tuple[Run, ...]) -> str:
    return "".join(run.text for run in runs)


def _bold(runs: tuple[Run, ...]) -> bool:
    """The whole cell is bold."""
    filled = [run for run in runs if run.text.strip()]
    return bool(filled) and all(run.bold for run in filled)


def _cell(runs: tuple[Run, ...], align: str, *, header: bool = False) -> Cell:
    """A cell of ``runs``: in one weight when they are all plain or all bold (drawn the quick
    way, see ``Cell.runs``), else piece by piece; a header's pieces are all bold."""
    if header:
        runs = merged([Run(run.text, True, run.italic) for run in runs])
    bold = header or _bold(runs)
    filled = [run for run in runs if run.text.strip()]
    alike = all(run.bold == bold and not run.italic for run in filled)
    return Cell(_text(runs), align, bold, runs=() if alike else merged(runs))


def _numbers(texts: list[str]) -> bool:
    """Every filled text is a number ("1 307", "−8 055", "35,71 %"), and there is one."""
    filled = [text for text in texts if text.strip()]
    return bool(filled) and all(isinstance(parse_value(text), Decimal) for text in filled)


def chapter_table(block: TableBlock) -> Table:
    """``block`` as a document table, without caption."""
    columns = len(block.header)
    texts = [[_text(cell) for cell in row] for row in block.rows]
    aligns = []
    for column in range(columns):
        given = block.align[column] if column < len(block.align) else ""
        numbers = _numbers([row[column] for row in texts])
        aligns.append(given or ("right" if numbers else "left"))
    widths = []
    for column in range(columns):
        lines = [
            line
            for text in [_text(block.header[column]), *(row[column] for row in texts)]
            for line in text.split("\n")
        ]
        widths.append(float(min(max(max(map(len, lines)), NARROWEST), WIDEST)))
    return Table(
        caption="",
        header=[_cell(cell, aligns[n], header=True) for n, cell in enumerate(block.header)],
        rows=[[_cell(cell, aligns[n]) for n, cell in enumerate(row)] for row in block.rows],
        widths=widths,
    )
