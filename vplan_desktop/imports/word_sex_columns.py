"""An indicator table reporting its figures by sex in column groups: a header cell merged over
a group of columns per year or kind ("Utfall 2024", "Mål 2027"), and under each a row naming
the group's columns "Flickor | Pojkar | Totalt" (or "Kvinnor | Män | Totalt"), the cells of the
other columns ("Indikator", "Trend") merged down both header rows. Each group holds the same
figure once per sex and once in total.

Swedish plans report figures about people by sex this way as often as by rows; vplan reads
both alike (``word_sex_rows``): the table is turned into one column per group and a row per
sex under each indicator's row ("Indikator | Kön | Utfall 2024 | …", the total's row first,
then "Flickor", "Pojkar"), so the total is the indicator under its own name and each sex with
a figure an indicator "<name> – flickor" of its own. A sex whose cells are all blank or "–"
(a figure counted only in total) gives no row."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.imports.word_sex_rows import sex_label
from vplan_desktop.imports.word_table import is_title_row

__all__ = ["sex_column_groups", "unfold_sex_columns"]

_INDICATORS = re.compile(
    r"\b(?:indikator\w*|mått|mätetal|utfall|mål|målvärde|målnivå|nuläge|utgångsläge)\b",
    re.IGNORECASE,
)
"""A header word of an indicator table (its figures outcomes, targets or a nuläge)."""
_NONE = {"", "-", "–", "—", "..", "…"}
"""A sex cell's text when that sex has no figure."""
_SEX_HEADER = "Kön"


@dataclass(frozen=True)
class _Groups:
    """Where a table's column groups by sex stand."""

    row: int
    """The header row naming the sexes; the groups' cells are in the row above it."""
    groups: list[tuple[Cell, list[tuple[int, str]]]]
    """Each group's header cell and its columns with the sex each holds ("" the total)."""
    labels: list[str]
    """The sexes in the order of the first group's columns, the total ("") first."""
    label_texts: dict[str, str]
    """Each sex's label as printed ("Flickor"), "Totalt" for the total."""


def sex_column_groups(block: Block) -> _Groups | None:
    """The table's column groups by sex; None for a table of any other shape."""
    if block.kind is not BlockKind.TABLE or len(block.rows) < 3:
        return None
    top = 0
    while top < len(block.rows) - 2 and is_title_row(block, top) and top < 2:
        top += 1
    if not all(len({id(c) for c in block.rows[r]}) == 1 for r in range(top)):
        return None  # a title row that is not one cell across
    row = top + 1
    above, cells = block.rows[top], block.rows[row]
    groups: list[tuple[Cell, list[tuple[int, str]]]] = []
    texts: dict[str, str] = {}
    for column, cell in enumerate(cells):
        if block.is_merged_down(row, column) or not cell.text:
            continue
        label = sex_label(cell.text)
        head = above[column]
        if label is None or not head.text or column == 0:
            return None  # a header cell that names no sex: not this shape
        if groups and groups[-1][0] is head:
            groups[-1][1].append((column, label))
        else:
            groups.append((head, [(column, label)]))
        texts.setdefault(label, cell.text)
    if not groups or any(len(columns) < 2 for _, columns in groups):
        return None
    for _, columns in groups:
        labels = [label for _, label in columns]
        if len(set(labels)) != len(labels) or not any(labels):
            return None  # a sex twice in one group, or no sex at all
    headers = " ".join(c.text for r in range(row + 1) for c in block.rows[r])
    if _INDICATORS.search(headers) is None:
        return None
    every = {label for _, cols in groups for _, label in cols}
    order = sorted(every, key=lambda s: (s != "", _first_place(groups, s)))
    texts.setdefault("", "Totalt")
    return _Groups(row, groups, order, texts)


def _first_place(groups: list[tuple[Cell, list[tuple[int, str]]]], label: str) -> int:
    return min(c for _, cols in groups for c, lab in cols if lab == label)


def _turned(block: Block, found: _Groups) -> Block:
    """The table with one column per group and a row per sex under each indicator's row."""
    in_group = {c for _, cols in found.groups for c, _ in cols}
    width = block.width
    others = [c for c in range(width) if c not in in_group]
    first_group = min(in_group)
    before = [c for c in others if c < first_group]
    after = [c for c in others if c > first_group]
    new_width = len(others) + 1 + len(found.groups)
    rows: list[tuple[Cell, ...]] = []
    for r in range(found.row - 1):  # the title rows, one cell across
        rows.append((block.rows[r][0],) * new_width)
    head = block.rows[found.row - 1]
    rows.append(
        (
            *(head[c] for c in before),
            Cell(_SEX_HEADER),
            *(cell for cell, _ in found.groups),
            *(head[c] for c in after),
        )
    )
    for r in range(found.row + 1, len(block.rows)):
        cells = block.rows[r]
        if is_title_row(block, r) or len(cells) != width:
            title = replace(cells[0])
            rows.append((title,) * new_width)
            continue
        rows += _sex_rows(cells, found, before, after)
    return replace(block, rows=tuple(rows), header_rows=found.row)


def _sex_rows(
    cells: tuple[Cell, ...], found: _Groups, before: list[int], after: list[int]
) -> list[tuple[Cell, ...]]:
    """An indicator's row as a row per sex, the total's first, carrying the other columns."""
    out: list[tuple[Cell, ...]] = []
    for label in found.labels:
        figures = []
        for _, columns in found.groups:
            column = next((c for c, lab in columns if lab == label), None)
            figures.append(replace(cells[column]) if column is not None else Cell(""))
        if label and all(f.text.strip() in _NONE for f in figures):
            continue  # counted only in total
        if not out:
            lead = [replace(cells[c]) for c in before]
            tail = [replace(cells[c]) for c in after]
        else:
            lead, tail = [Cell("") for _ in before], [Cell("") for _ in after]
        out.append((*lead, Cell(found.label_texts[label]), *figures, *tail))
    return out


def unfold_sex_columns(source: Source) -> Source:
    """``source`` with each indicator table whose columns are grouped by sex turned into a
    row per sex (``sex_column_groups``)."""
    blocks = []
    for block in source.blocks:
        found = sex_column_groups(block)
        blocks.append(block if found is None else _turned(block, found))
    source.blocks = blocks
    return source
