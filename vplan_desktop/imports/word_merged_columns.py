"""Two columns that a plan converted from a PDF merges into one. The PDF set two narrow
columns close, and the converter read them as one: the header cell names both ("Nuläge 2025
Mål 2027", "2024 2025") and every cell below holds both figures ("142 136", "47 % 55 %",
"7 010 7 080"). Such a column is split in two again when its header cell is two labels each
ending with a year and every filled cell below it reads as two figures, each a Swedish number
(groups of three digits after the first, a decimal comma, a sign, a comparison word such as
"Högst", a unit such as "%"). Where spaces both group a number's digits and part two figures
("121 300 121 300"), the parting that gives two figures of the same number of digits is
taken (two years of one measure are of one size). A cell with no single such parting, or with
one figure only, keeps the column whole: nothing is guessed, and under two years "142 136" is
never read as the one amount 142136."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.markdown import Run

_LABEL = r"((?:[^\d\s][^\d]*\s)?(?:19|20)\d{2})"
_YEAR_LABELS = re.compile(rf"^{_LABEL}\s+{_LABEL}$")
"""A header cell naming two columns: two labels each ending with a year."""
_FIGURE = re.compile(
    r"^(?:(?:högst|minst|max|min|ca|över|under|[<>≤≥])\s*)?[−\-–+]?\s?"
    r"(\d{1,3}(?:\s\d{3})*|\d+)(?:,\d+)?(?:\s?(?:%|kr|tkr|mnkr|st|dagar))?$",
    re.IGNORECASE,
)


def _digits(text: str) -> int | None:
    found = _FIGURE.match(text)
    return len(found.group(1).replace(" ", "")) if found else None


def two_figures(text: str) -> tuple[str, str] | None:
    """``text`` parted into two figures (see the module's docstring); None when it is not two
    figures or can be parted more than one way alike."""
    words = text.split()
    best: list[tuple[int, tuple[str, str]]] = []
    for at in range(1, len(words)):
        first, second = " ".join(words[:at]), " ".join(words[at:])
        a, b = _digits(first), _digits(second)
        if a is not None and b is not None:
            best.append((abs(a - b), (first, second)))
    if not best:
        return None
    best.sort(key=lambda pair: pair[0])
    if len(best) > 1 and best[0][0] == best[1][0]:
        return None
    return best[0][1]


def _cell(text: str, like: Cell) -> Cell:
    bold = bool(like.runs) and all(r.bold for r in like.runs if r.text.strip())
    markdown = f"**{text}**" if bold else text
    return Cell(text, (text,), markdown, (Run(text, bold=bold),), like.fill)


def _across(row: tuple[Cell, ...], column: int) -> bool:
    """The cell at ``column`` of ``row`` is merged across a neighbouring column."""
    return any(0 <= c < len(row) and row[c] is row[column] for c in (column - 1, column + 1))


def _parted(block: Block, column: int) -> list[tuple[Cell, Cell]] | None:
    """The cells of ``block``'s ``column``, each parted in two; None when the column is not
    two merged ones."""
    rows = block.rows
    head = rows[0][column]
    if any(_across(row, column) for row in rows):
        return None
    labels = _YEAR_LABELS.match(head.text)
    if labels is None:
        return None
    out = [(_cell(labels.group(1), head), _cell(labels.group(2), head))]
    parted = 0
    for row in rows[1:]:
        cell = row[column]
        if not cell.text:
            out.append((cell, cell))
            continue
        figures = two_figures(cell.text)
        if figures is None:
            return None
        out.append((_cell(figures[0], cell), _cell(figures[1], cell)))
        parted += 1
    return out if parted else None


def _split(block: Block) -> Block:
    rows = [list(row) for row in block.rows]
    for column in reversed(range(block.width)):
        parted = _parted(block, column)
        if parted is None:
            continue
        for row, (left, right) in zip(rows, parted, strict=True):
            row[column : column + 1] = [left, right]
    if all(len(row) == block.width for row in rows):
        return block
    return replace(block, rows=tuple(tuple(row) for row in rows))


def split_merged_columns(source: Source) -> Source:
    """``source`` with each pair of columns the converter merged split again (see the module's
    docstring); unchanged when it has none."""
    source.blocks = [
        _split(b) if b.kind is BlockKind.TABLE and len(b.rows) > 1 else b for b in source.blocks
    ]
    return source
