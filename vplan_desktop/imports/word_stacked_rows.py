"""A table row holding several items stacked line by line: the name column's cell has N > 1
lines (soft line breaks or paragraphs) and the cells beside it hold their figures the same way,
line i of each cell belonging to item i ("Andel …<br>Antal …" beside "64 %<br>1 250"). Such a row
is N rows; a cell of one line (the goal, an ansvar or a date shared by both) goes to every one.
A row is stacked only when at least one other cell has the same N lines, broken the same way (by
soft breaks or by paragraphs), and every other cell has N lines or one: a description of several
paragraphs beside a one-line name is one row, and so is a name over a paragraph of description
beside a date with a soft-broken note ("2028-06-30<br>reviderat till 2028-12-31")."""

from __future__ import annotations

from collections.abc import Sequence

from vplan_desktop.imports.word_blocks import Cell


def cell_lines(cell: Cell) -> tuple[str, ...]:
    """The cell's lines, split at soft line breaks as well as at paragraphs."""
    return cell.stacked or cell.lines or ((cell.text,) if cell.text else ())


def stacked_rows(
    row: Sequence[Cell], cells: list[str], lines: list[tuple[str, ...]], name_col: int
) -> list[tuple[list[str], list[tuple[str, ...]]]]:
    """The row's items: ``cells`` (its texts by column) and ``lines`` once for a row of one item,
    else one pair per stacked line."""
    if name_col >= len(row) or not cells[name_col]:
        return [(cells, lines)]
    count = len(cell_lines(row[name_col]))
    if count < 2:
        return [(cells, lines)]
    split: dict[int, tuple[str, ...]] = {}
    for c, text in enumerate(cells):
        if c == name_col or not text or c >= len(row):
            continue
        own = cell_lines(row[c])
        if " ".join(own).split() != text.split():
            return [(cells, lines)]  # a text the row took from elsewhere (a merged target)
        if len(own) == count and len(row[c].lines) == len(row[name_col].lines):
            split[c] = own  # stacked the same way: by soft breaks or by paragraphs
        elif len(own) != 1:
            return [(cells, lines)]
    if not split:
        return [(cells, lines)]
    split[name_col] = cell_lines(row[name_col])
    out = []
    for i in range(count):
        texts = [split[c][i] if c in split else text for c, text in enumerate(cells)]
        own_lines = [(split[c][i],) if c in split else line for c, line in enumerate(lines)]
        out.append((texts, own_lines))
    return out
