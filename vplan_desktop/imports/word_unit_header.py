"""A units row: a table row whose cells are only units ("| tkr | tkr | tkr | % |", the first
cell blank) gives the columns above it their unit. It names no item and holds no figure, so it
is part of the table's header wherever it stands under the column names, in a budget,
key-figure or indicator table alike, and in a table whose header row was pasted as a table of
its own right above it (the units row then opens the body table)."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block

__all__ = ["is_unit", "is_unit_row", "unit_rows"]

_UNIT = re.compile(
    r"(?:i\s+)?(?:tkr|kkr|mnkr|mkr|mdkr|kr|kronor|tusen kronor|miljoner kronor|%|procent|"
    r"st|st\.|stycken|antal|dagar|timmar|index|poäng|ggr|gånger|"
    r"kr\s*/\s*\w+|kr per \w+)",
    re.IGNORECASE,
)
"""The units a Swedish plan's tables print under their column names: money, shares, counts,
durations, indexes, and a money unit per something ("kr/inv", "kr per elev")."""


def is_unit(text: str) -> bool:
    """Whether a cell's text is a unit and nothing else ("tkr", "(tkr)", "%", "Antal")."""
    plain = " ".join(text.split()).strip("()[] ").rstrip(":").strip()
    return bool(plain) and _UNIT.fullmatch(plain) is not None


def is_unit_row(cells: list[str]) -> bool:
    """Whether a row is a units row: a unit in at least one value column (the columns it
    gives a unit), every other cell blank or a unit, the first cell (where an item's name
    stands) too. A first cell alone ("Antal" over blanks) may be a group's name: not one."""
    filled = [t for t in cells[1:] if t.strip()]
    first = cells[0].strip() if cells else ""
    return bool(filled) and all(is_unit(t) for t in filled) and (not first or is_unit(first))


def unit_rows(block: Block) -> int:
    """How many of the table's first rows are units rows (a body table under a header pasted
    as a table of its own opens with them); the rows are header, never items."""
    count = 0
    while count < len(block.rows) - 1 and is_unit_row(block.row_texts(count)):
        count += 1
    return count
