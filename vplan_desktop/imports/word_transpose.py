"""A table with the years down its first column and the indicators across ("År | Andel unga |
Besök per invånare", then "2025 (utfall)", "2027 (mål)"): turned so that each indicator is a row
and each year a column, the way every other table of the plan is read."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Source

_YEARS_HEADER = re.compile(r"^(?:år|årtal|period|mätår)\s*:?$", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def years_down(block: Block) -> bool:
    """The table names the year of each row in its first column, under "År"."""
    rows = block.rows
    if block.kind is not BlockKind.TABLE or len(rows) < 3 or block.width < 2:
        return False
    if not _YEARS_HEADER.match(rows[0][0].text.strip()):
        return False
    return all(_YEAR.search(r[0].text) and len(r[0].text) <= 30 for r in rows[1:])


def turned(block: Block) -> Block:
    """``block`` with its rows as columns."""
    rows = tuple(tuple(row[c] for row in block.rows) for c in range(block.width))
    text = " | ".join(c.text for c in rows[0] if c.text)
    return replace(block, rows=rows, header_rows=1, text=text)


def upright(source: Source) -> Source:
    """``source`` with each table that runs its years downwards turned."""
    if not any(years_down(b) for b in source.blocks):
        return source
    source.blocks = [turned(b) if years_down(b) else b for b in source.blocks]
    return source
