"""A figure typed with a point between its thousands ("150.900", "198.400") in a table row whose
other figures are written the Swedish way ("152 000", "204 100"), as a plan typed by many hands
holds it: the row's figures tell the point's meaning. Read as a decimal point the figure would
be a thousandth of its neighbours (150,9 beside 152 000), read as a thousands separator it is
of their size: it is read so, the cell written "150 900". A figure whose decimal reading is the
neighbours' size ("3.7" beside "4,0", "10.9 %" beside "11,2 %") keeps its point, and so does a
figure with no plain figure beside it (a budget table wholly in points is ``word_dot_thousands``'
case). Only a point followed by exactly three digits, one to three digits before it, is read."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.markdown import Run

__all__ = ["row_thousands", "undotted_rows"]

_DOTTED = re.compile(r"^(?P<sign>[-−–]?)\s*(?P<head>\d{1,3})\.(?P<tail>\d{3})(?P<unit>\s*\S*)$")
"""A figure with one point before three digits ("150.900", "−1.250", "198.400 kr")."""
_PLAIN = re.compile(r"^[-−–]?\s*\d{1,3}(?:[\s\u00a0\u2009\u202f]\d{3})*(?:,\d+)?\s*%?$")
"""A figure written the Swedish way: spaces between its thousands, a decimal comma."""
_NEAR = 4.0
"""How far from its neighbours' size (a factor either way) a reading may be."""


def _plain_value(text: str) -> Decimal | None:
    text = text.strip()
    if not _PLAIN.match(text):
        return None
    digits = re.sub(r"[\s\u00a0\u2009\u202f%]", "", text).replace(",", ".").lstrip("-−–")
    try:
        return abs(Decimal(digits))
    except InvalidOperation:
        return None


def row_thousands(text: str, row: list[str]) -> str | None:
    """``text`` written with a space between its thousands ("150.900" → "150 900") when the
    figures ``row`` holds beside it are of its thousands reading's size; None when the cell is
    no such figure or its neighbours do not say so."""
    found = _DOTTED.match(text.strip())
    if found is None:
        return None
    whole = Decimal(found.group("head") + found.group("tail"))
    sizes = [v for t in row if t is not text and (v := _plain_value(t)) is not None and v > 0]
    if not sizes or whole == 0:
        return None
    sizes.sort()
    middle = sizes[len(sizes) // 2]
    distance = abs(math.log(float(whole / middle)))
    if distance > math.log(_NEAR) or distance >= abs(math.log(float(whole / 1000 / middle))):
        return None
    return f"{found.group('sign')}{found.group('head')} {found.group('tail')}{found.group('unit')}"


def _cell(cell: Cell, text: str) -> Cell:
    """``cell`` holding ``text``, in its first run's bold and italic."""
    first = next((r for r in cell.runs if r.text.strip()), Run(text))
    run = Run(text, first.bold, first.italic)
    return replace(cell, text=text, lines=(text,), markdown="", runs=(run,), paragraphs=())


def _table(block: Block) -> Block:
    done: dict[int, Cell] = {}  # a merged cell stays one cell
    rows = []
    for row in block.rows:
        texts = [c.text for c in row]
        cells = list(row)
        for i, cell in enumerate(row):
            if id(cell) in done:
                cells[i] = done[id(cell)]
            elif len(cell.lines) <= 1 and (read := row_thousands(cell.text, texts)) is not None:
                cells[i] = done[id(cell)] = _cell(cell, read)
        rows.append(tuple(cells))
    return replace(block, rows=tuple(rows)) if done else block


def undotted_rows(source: Source) -> Source:
    """``source`` with each table's figures typed with a thousands point among figures written
    the Swedish way read as thousands (``row_thousands``)."""
    blocks = [_table(b) if b.kind is BlockKind.TABLE else b for b in source.blocks]
    same = all(a is b for a, b in zip(blocks, source.blocks, strict=True))
    return source if same else replace(source, blocks=blocks)
