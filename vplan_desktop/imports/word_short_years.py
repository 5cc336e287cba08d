"""Column headers in economists' shorthand: a year written with two digits after the kind of
column ("Bokslut 25", "Budget 26", "Prognos T2 26", "Plan 28"), after a dash ("Utfall -24",
"Mål -27"), or glued to the kind's letter ("U2025", "B2026", "Bu27", "P28"). Such a header is
read as the full heading ("Bokslut 2025", "Mål 2027", "Utfall 2025", "Budget 2027") before any
table is classified, so every reader of budget and indicator tables sees its year.

A header is only read so where it clearly names a kind of column, at least two cells of the
same header row are in shorthand (a lone "Bu27" beside "Platser 2025" stays as printed), and
the year lies near the years the document's own text names in full: an ordinary number
("Plan 3", "Mål 12", "B52") never becomes a year."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source

__all__ = ["full_header_years", "full_year_header"]

_KINDS = {
    "bokslut": "Bokslut",
    "budget": "Budget",
    "plan": "Plan",
    "prognos": "Prognos",
    "utfall": "Utfall",
    "mål": "Mål",
    "målnivå": "Målnivå",
    "målvärde": "Målvärde",
    "nuläge": "Nuläge",
}
_LETTERS = {
    "b": "Budget",
    "bu": "Budget",
    "bud": "Budget",
    "p": "Plan",
    "pl": "Plan",
    "u": "Utfall",
    "ut": "Utfall",
    "bo": "Bokslut",
    "pr": "Prognos",
}
_PART = r"(?:t|tertial|d|delår)\s*[1-3]"
_WORDED = re.compile(
    rf"^(?P<kind>{'|'.join(_KINDS)})(?P<part>\s+{_PART})?\s*(?P<sep>-|–|\s)\s*(?P<yy>\d\d)$",
    re.IGNORECASE,
)
""""Bokslut 25", "Prognos T2 26", "Mål -27", "Utfall –24" (the kind's word spelled out)."""
_GLUED = re.compile(rf"^(?P<kind>{'|'.join(_LETTERS)})(?P<yy>\d\d|(?:19|20)\d\d)$", re.IGNORECASE)
""""U2025", "B2026", "Bu27", "P28" (the kind's letters and the year, no space)."""
_YEAR = re.compile(r"(?<![\d/])((?:19|20)\d\d)(?![\d/])")
_HEADER_ROWS = 3
"""The most rows at a table's top that a row of column names can be."""
_NEAR = 5
"""Years: how far from the document's own years a shorthand year may lie."""


def full_year_header(text: str, years: tuple[int, int]) -> str | None:
    """The full heading ``text`` is shorthand for ("Bokslut 25" → "Bokslut 2025", "P28" →
    "Plan 2028"), when its year lies within ``years`` (first, last); None for any other
    text."""
    clean = " ".join(text.split()).strip(" :*")
    if found := _WORDED.match(clean):
        kind = _KINDS[found["kind"].lower()]
        part = f" {' '.join(found['part'].split()).upper()}" if found["part"] else ""
        if found["sep"] == " " and kind.startswith("Mål"):
            return None  # "Mål 12": a goal's label, not the year 2012
        year = 2000 + int(found["yy"])
    elif found := _GLUED.match(clean):
        kind, part = _LETTERS[found["kind"].lower()], ""
        digits = found["yy"]
        year = int(digits) if len(digits) == 4 else 2000 + int(digits)
    else:
        return None
    return f"{kind}{part} {year}" if years[0] <= year <= years[1] else None


def _document_years(source: Source) -> tuple[int, int] | None:
    """The span of years the document's lines name in full, widened by ``_NEAR``; None when
    they name none."""
    named = [
        int(y)
        for b in source.blocks
        if b.kind is not BlockKind.TABLE
        for y in _YEAR.findall(b.text)
    ]
    return (min(named) - _NEAR, max(named) + _NEAR) if named else None


def _row(cells: tuple[Cell, ...], years: tuple[int, int]) -> dict[int, str]:
    """The full headings of the row's shorthand cells (by the cell's id), when at least two
    cells are in shorthand; {} otherwise."""
    full: dict[int, str] = {}
    for cell in cells:
        heading = full_year_header(cell.text, years)
        if heading is not None:
            full[id(cell)] = heading
    return full if len(full) >= 2 else {}


def _table(block: Block, years: tuple[int, int]) -> Block:
    full: dict[int, str] = {}
    for r in range(min(_HEADER_ROWS, len(block.rows))):
        full |= _row(block.rows[r], years)
    if not full:
        return block
    made: dict[int, Cell] = {}  # a cell merged over several positions stays one cell

    def read(c: Cell) -> Cell:
        if id(c) not in full:
            return c
        if id(c) not in made:
            text = full[id(c)]
            made[id(c)] = replace(c, text=text, lines=(text,), markdown="", runs=(), stacked=())
        return made[id(c)]

    return replace(block, rows=tuple(tuple(read(c) for c in row) for row in block.rows))


def full_header_years(source: Source) -> Source:
    """``source`` with the shorthand year headers of its tables read in full (see the
    module)."""
    years = _document_years(source)
    if years is None:
        return source
    blocks = [_table(b, years) if b.kind is BlockKind.TABLE else b for b in source.blocks]
    return replace(source, blocks=blocks)
