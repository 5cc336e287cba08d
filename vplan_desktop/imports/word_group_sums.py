"""Group rows that carry their group's sums: a budget table grouped by rows such as a bold
"Gator och trafik" (a projektgrupp, a verksamhetsområde) whose figures are the sums of the rows
under it up to the next group. Such a row names a group, not an item: it becomes a totals row
checked against the rows under it, and the rows under it keep it as their group."""

from __future__ import annotations

from decimal import Decimal

from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_table import Row, TableRows, Total, amount

_CLOSE = Decimal("1.5")
"""The rounding a printed sum may differ by from the sum of its rounded rows."""


def _figures(row: Row, columns: list[int]) -> list[Decimal] | None:
    """The row's amounts in ``columns`` (a blank cell 0); None when a cell holds no amount."""
    out = []
    for column in columns:
        text = row.cells[column].strip() if column < len(row.cells) else ""
        if not text or text in ("-", "–", "—", "−"):
            out.append(Decimal(0))
            continue
        value = amount(text)
        if value is None:
            return None
        out.append(value)
    return out


def _bold(row: Row, blocks: dict[int, Block]) -> bool:
    """The row's first cell is printed in bold throughout."""
    block = blocks.get(row.block)
    if block is None or row.index >= len(block.rows):
        return False
    runs = [r for r in block.rows[row.index][0].runs if r.text.strip()]
    return bool(runs) and all(r.bold for r in runs)


def _group_size(rows: list[Row], start: int, columns: list[int], bold: bool) -> int:
    """How many rows under ``rows[start]`` its figures are the sums of; 0 when none. A row in
    bold may head one row; a plain row needs two and two columns with figures (one figure may
    equal a sum by chance)."""
    head = _figures(rows[start], columns)
    if head is None or sum(1 for v in head if v) < (1 if bold else 2):
        return 0
    sums = [Decimal(0)] * len(columns)
    for end in range(start + 1, len(rows)):
        figures = _figures(rows[end], columns)
        if figures is None:
            return 0
        sums = [s + f for s, f in zip(sums, figures, strict=True)]
        size = end - start
        if all(abs(s - h) <= _CLOSE for s, h in zip(sums, head, strict=True)):
            return size if size >= 2 or bold else 0
    return 0


def fold_group_sums(table: TableRows, columns: list[int], blocks: dict[int, Block]) -> list[str]:
    """Turn the rows of ``table`` that carry the sums of the rows under them into totals rows
    (checked against those rows) and make them those rows' group; the groups' names, in order.
    ``columns`` are the amount columns; ``blocks`` the table's parts by index."""
    rows = table.rows
    if len(rows) < 3 or not columns:
        return []
    heads: list[tuple[int, int]] = []
    start = 0
    while start < len(rows):
        size = _group_size(rows, start, columns, _bold(rows[start], blocks))
        if size:
            heads.append((start, size))
            start += size + 1
        else:
            start += 1
    # every item under a group: a table of only some grouped rows has no group rows
    grouped = sum(size + 1 for _, size in heads)
    if len(heads) < 2 or grouped != len(rows):
        return []
    names = []
    for start, size in heads:
        head = rows[start]
        label = next((c for c in head.cells if c.strip()), "")
        under = rows[start + 1 : start + 1 + size]
        table.totals.append(Total(head.block, head.index, label, head.cells, under))
        table.groups.append((head.block, head.index, label))
        for row in under:
            row.group = label
        names.append(label)
    dropped = {id(rows[start]) for start, _ in heads}
    table.rows = [r for r in rows if id(r) not in dropped]
    for total in table.totals:
        total.rows = [r for r in total.rows if id(r) not in dropped]
    table.totals.sort(key=lambda t: (t.block, t.index))
    return names
