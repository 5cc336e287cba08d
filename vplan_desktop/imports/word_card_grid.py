"""A grid of cards: a table laying out tables nested in its cells, side by side, and holding
nothing else (a cell with no table is the grid's unused place). The grid is layout: it is
replaced by the tables it holds, in reading order (row by row), so that nothing they say is
read as the grid's own cells.

Cards that each describe one indicator are joined into the indicator table they stand for: a
card has the indicator's name merged across its top row, then rows of labels ("Utfall 2024 |
Målvärde 2027 | Trend") each over a row of the figures they label, and perhaps a line merged
across its bottom row (its source, "Källa: Kolada (N15419)"). The table has a column
"Indikator" (the name, the bottom line as the name cell's second line) and one column per label
in the order the cards give them, a row per card; the rest of the import reads it as it reads
an indicator table anywhere."""

from __future__ import annotations

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source, unfold
from vplan_desktop.imports.word_table import is_number

__all__ = ["card_fields", "is_card_grid", "unfold_card_grids"]

MAX_LABEL = 40
"""Characters: the most a card's label holds ("Målvärde 2027", "Utfall 2025")."""


def _distinct(cells: tuple[Cell, ...]) -> list[Cell]:
    out: list[Cell] = []
    for cell in cells:
        if not any(cell is seen for seen in out):
            out.append(cell)
    return out


def _words(text: str) -> str:
    return " ".join(text.split())


def is_card_grid(block: Block) -> bool:
    """``block`` is a table whose every cell with text holds one nested table and no text of
    its own."""
    if block.kind is not BlockKind.TABLE:
        return False
    cells = [c for c in block.cells() if c.text or c.nested]
    if not cells:
        return False
    for cell in cells:
        if len(cell.nested) != 1:
            return False
        inner = " ".join(c.text for c in cell.nested[0].cells() if c.text)
        if _words(inner) != _words(cell.text):
            return False
    return True


def _merged_line(block: Block, row: int) -> str:
    """The text of row ``row`` when it is one cell merged across the table; "" otherwise."""
    cells = block.rows[row]
    distinct = [c for c in _distinct(cells) if c.text]
    if len(distinct) != 1 or any(c is not distinct[0] and c.text for c in cells):
        return ""
    return distinct[0].text if all(c is distinct[0] for c in cells) else ""


def _is_label(text: str) -> bool:
    return len(text) <= MAX_LABEL and not is_number(text) and any(ch.isalpha() for ch in text)


def card_fields(block: Block) -> tuple[str, str, list[tuple[str, Cell]]] | None:
    """An indicator card's name, its bottom line ("" for none) and its figures by label, in
    order; None when ``block`` is not such a card."""
    if block.kind is not BlockKind.TABLE or len(block.rows) < 3 or block.width < 2:
        return None
    name = _merged_line(block, 0)
    if not name:
        return None
    last = len(block.rows) - 1
    bottom = _merged_line(block, last)
    body = list(range(1, last if bottom else last + 1))
    if not body or len(body) % 2:
        return None
    fields: list[tuple[str, Cell]] = []
    for top in body[::2]:
        labels, values = block.rows[top], block.rows[top + 1]
        if any(a is b for a, b in zip(labels, values, strict=True)):
            return None  # a cell merged down is no label over a figure
        named = [(c.text, v) for c, v in zip(labels, values, strict=True) if c.text]
        if not named or not all(_is_label(label) for label, _ in named):
            return None
        if any(v.text and not label for label, v in zip(labels, values, strict=True)):
            return None  # a figure without a label
        fields += named
    names = [label for label, _ in fields]
    if len(set(names)) < len(names):
        return None
    return name, bottom, fields


def _indicator_table(cards: list[tuple[str, str, list[tuple[str, Cell]]]]) -> Block:
    columns: list[str] = []
    for _, _, fields in cards:
        columns += [label for label, _ in fields if label not in columns]
    header = (Cell("Indikator", ("Indikator",)), *(Cell(c, (c,)) for c in columns))
    rows = [header]
    for name, bottom, fields in cards:
        lines = (name, bottom) if bottom else (name,)
        by_label = dict(fields)
        rows.append((Cell(" ".join(lines), lines), *(by_label.get(c, Cell("")) for c in columns)))
    return Block(
        index=0,
        kind=BlockKind.TABLE,
        text=" | ".join(c.text for c in header),
        rows=tuple(rows),
        header_rows=1,
    )


def _unfolded(grid: Block) -> list[Block]:
    tables = [c.nested[0] for c in grid.cells() if c.nested]
    cards = [card_fields(t) for t in tables]
    if all(card is not None for card in cards):
        return [_indicator_table([c for c in cards if c is not None])]
    return tables


def unfold_card_grids(source: Source) -> Source:
    """``source`` with each grid of cards replaced by the tables it holds (indicator cards
    joined into one indicator table), blocks numbered again in reading order."""
    return unfold(source, is_card_grid, _unfolded, "kortrutnät")
