"""Rows nested under a row by indentation alone: the name cell's paragraph of each row under
it indented further (``w:ind``), no bold, no codes. Three readings, all from the same tree
(each row under the nearest row above it that is indented less):

- a budget row whose figures are the sums of the rows directly indented under it names their
  group, not an item: it becomes a totals row checked against them, at any depth, and the rows
  under it keep it as their group (a row whose sums do not add up stays a row);
- a key-figure row's level is its depth ("varav" under "varav" two levels down);
- a row of an activity table with nothing but its name and rows indented under it (a goal over
  its activities) is their group row."""

from __future__ import annotations

from decimal import Decimal

from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_build import TableView
from vplan_desktop.imports.word_group_sums import _figures
from vplan_desktop.imports.word_table import Row, Total

_CLOSE = Decimal("1.5")
"""The rounding a printed sum may differ by from the sum of its rounded rows."""


def _indent(row: Row, column: int, blocks: dict[int, Block]) -> int | None:
    block = blocks.get(row.block)
    if block is None or row.index >= len(block.rows) or column >= len(block.rows[row.index]):
        return None
    paragraphs = block.rows[row.index][column].paragraphs
    return paragraphs[0].indent if paragraphs else None


def depths(rows: list[Row], column: int, blocks: dict[int, Block]) -> list[int]:
    """Each row's depth in the tree its name cells' indents make (0 at the least indented);
    [] when the rows are not indented differently, or a row's indent cannot be read."""
    indents = [_indent(r, column, blocks) for r in rows]
    if not rows or any(i is None for i in indents) or len(set(indents)) < 2:
        return []
    out: list[int] = []
    stack: list[int] = []  # the indents of the rows above that are still open
    for indent in indents:
        assert indent is not None
        while stack and stack[-1] >= indent:
            stack.pop()
        out.append(len(stack))
        stack.append(indent)
    return out


def _children(level: list[int], start: int) -> list[int]:
    """The rows directly under row ``start`` (one level deeper, until one as shallow as it)."""
    out = []
    for index in range(start + 1, len(level)):
        if level[index] <= level[start]:
            break
        if level[index] == level[start] + 1:
            out.append(index)
    return out


def _where(view: TableView) -> tuple[int, dict[int, Block]]:
    """The table's name column and its parts by block index."""
    return view.col("namn") or 0, {part.index: part for part, _ in view.parts}


def view_depths(view: TableView) -> list[int]:
    """``depths`` of the rows of ``view``'s table."""
    return depths(view.rows.rows, *_where(view))


def fold_indent_sums(view: TableView, columns: list[int]) -> list[str]:
    """Turn the rows of ``view``'s table that carry the sums of the rows indented directly
    under them into totals rows over the items under them; the groups' names, in order.
    ``columns`` are the amount columns."""
    table = view.rows
    name_col, blocks = _where(view)
    rows = table.rows
    level = depths(rows, name_col, blocks)
    if not level or not columns:
        return []
    figures = [_figures(r, columns) for r in rows]
    heads = []
    for start in range(len(rows)):
        under = _children(level, start)
        sums_of = figures[start]
        parts = [figures[i] for i in under]
        if not under or sums_of is None or not any(sums_of) or any(p is None for p in parts):
            continue
        sums = [
            sum((p[c] for p in parts if p is not None), Decimal(0)) for c in range(len(columns))
        ]
        if all(abs(s - h) <= _CLOSE for s, h in zip(sums, sums_of, strict=True)):
            heads.append(start)
    if not heads:
        return []
    dropped = {id(rows[h]) for h in heads}
    names = []
    for start in heads:
        head = rows[start]
        label = head.cells[name_col].strip() if name_col < len(head.cells) else ""
        end = next((i for i in range(start + 1, len(rows)) if level[i] <= level[start]), len(rows))
        items = [r for r in rows[start + 1 : end] if id(r) not in dropped]
        table.totals.append(Total(head.block, head.index, label, head.cells, items))
        table.groups.append((head.block, head.index, label))
        for index in _children(level, start):
            rows[index].group = label
        names.append(label)
    for index, row in enumerate(rows):  # an item keeps the group it is nested in at any depth
        if id(row) not in dropped and not row.group:
            row.group = next(
                (rows[i].group or "" for i in range(index - 1, -1, -1) if level[i] < level[index]),
                "",
            )
    table.rows = [r for r in rows if id(r) not in dropped]
    for total in table.totals:
        total.rows = [r for r in total.rows if id(r) not in dropped]
    table.totals.sort(key=lambda t: (t.block, t.index))
    return names


def fold_indent_groups(view: TableView) -> list[str]:
    """Turn the rows of ``view``'s table that hold only a name and have rows indented under
    them into those rows' group rows; the groups' names, in order."""
    table = view.rows
    name_col, blocks = _where(view)
    rows = table.rows
    level = depths(rows, name_col, blocks)
    if not level:
        return []
    heads = [
        start
        for start, row in enumerate(rows)
        if start + 1 < len(rows)
        and level[start + 1] > level[start]
        and row.cells[name_col].strip()
        and not any(c.strip() for i, c in enumerate(row.cells) if i != name_col)
    ]
    names = []
    for start in heads:
        head = rows[start]
        label = head.cells[name_col].strip()
        table.groups.append((head.block, head.index, label))
        for index in range(start + 1, len(rows)):
            if level[index] <= level[start]:
                break
            rows[index].group = label
        names.append(label)
    dropped = {id(rows[h]) for h in heads}
    table.rows = [r for r in rows if id(r) not in dropped]
    for total in table.totals:
        total.rows = [r for r in total.rows if id(r) not in dropped]
    return names
