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
(a figure counted only in total) gives no row.

So do column groups by part: a gemensam nämnd's "Nuläge 2025" over "Tallmora | Vansjö |
Granberga | Samtliga", a school's over its units, each group holding a figure per part and the
total ("Samtliga", "Totalt", "Alla", "Hela nämnden"). The total is the indicator under its own
name, with the columns outside the groups (the target); each part with a figure an indicator
"<name> – Tallmora" of its own, with that figure only. A part's cell "–" or "*" (measured only
for the whole, or too few to show) gives no indicator. Only a table naming its first column an
indicator ("Indikator", "Mått", "Mätetal") is read so, and only when no part names a year, a
figure or a kind of figure."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.imports.word_sex_rows import sex_label
from vplan_desktop.imports.word_table import is_title_row
from vplan_desktop.markdown import Run

__all__ = ["sex_column_groups", "unfold_sex_columns"]

_INDICATORS = re.compile(
    r"\b(?:indikator\w*|mått|mätetal|utfall|mål|målvärde|målnivå|nuläge|utgångsläge)\b",
    re.IGNORECASE,
)
"""A header word of an indicator table (its figures outcomes, targets or a nuläge)."""
_NONE = {"", "-", "–", "—", "..", "…"}
"""A sex cell's text when that sex has no figure."""
_PART_NONE = _NONE | {"*", "x", "X"}
"""A part's cell when the part has no figure shown (too few cases to show one)."""
_NAME_HEADER = re.compile(r"^(?:indikator\w*|mått\w*|mätetal\w*|nyckeltal)\b", re.IGNORECASE)
"""The first column's header in a table of indicators whose groups are by part."""
_WHOLE = re.compile(r"^hela\s+\w+$", re.IGNORECASE)
"""A part group's total named as the whole ("Hela nämnden", "Hela kommunen")."""
_NOT_PART = re.compile(
    r"\d|\b(?:budget|prognos|bokslut|plan|avvikelse|förändring|trend|kommentar|källa|enhet|"
    r"status|bedömning|indikator\w*|utfall|mål\w*|nuläge|utgångsläge)\b",
    re.IGNORECASE,
)
"""A sub-header that is no part: a year, a figure or a kind of figure ("Utfall", "Mål")."""
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
    parts: bool = False
    """The groups are by part ("Tallmora | Vansjö | Samtliga"), not by sex."""


def _part_label(text: str) -> str | None:
    """A part group's label: "" for the total ("Samtliga", "Hela nämnden"), the part's name as
    printed ("Tallmora"), None for a header cell that names no part."""
    clean = " ".join(text.split()).rstrip(":")
    if sex_label(clean) == "" or _WHOLE.match(clean):
        return ""
    if len(clean) > 40 or len(clean.split()) > 4 or _NOT_PART.search(clean):
        return None
    return clean if clean[:1].isalpha() else None


def sex_column_groups(block: Block) -> _Groups | None:
    """The table's column groups by sex (or by part); None for a table of any other shape."""
    return _column_groups(block, sex_label) or _by_part(block)


def _by_part(block: Block) -> _Groups | None:
    """The table's column groups by part, each with its total; None for any other shape."""
    found = _column_groups(block, _part_label)
    if found is None or _NAME_HEADER.match(block.rows[found.row - 1][0].text) is None:
        return None
    if any(sex_label(label) for label in found.labels):
        return None  # sexes among the parts: neither shape
    if any(sum(1 for _, lab in cols if not lab) != 1 for _, cols in found.groups):
        return None  # a group without its total: the total is the indicator
    return replace(found, parts=True)


def _column_groups(block: Block, label_of: Callable[[str], str | None]) -> _Groups | None:
    """The table's column groups whose sub-headers ``label_of`` reads ("" the total)."""
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
        label = label_of(cell.text)
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
            return None  # a label twice in one group, or none but the total
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
    side = () if found.parts else (Cell(_SEX_HEADER),)  # a part is named in the name's cell
    new_width = len(others) + len(side) + len(found.groups)
    rows: list[tuple[Cell, ...]] = []
    for r in range(found.row - 1):  # the title rows, one cell across
        rows.append((block.rows[r][0],) * new_width)
    head = block.rows[found.row - 1]
    rows.append(
        (
            *(head[c] for c in before),
            *side,
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
        if label and all(f.text.strip() in (_PART_NONE if found.parts else _NONE) for f in figures):
            continue  # counted only in total
        if not out:
            lead = [replace(cells[c]) for c in before]
            tail = [replace(cells[c]) for c in after]
        else:
            lead, tail = [Cell("") for _ in before], [Cell("") for _ in after]
        if found.parts:
            if label:  # the part's own indicator: "<name> – Tallmora"
                name = " – ".join(t for t in (cells[before[0]].text, found.label_texts[label]) if t)
                lead[0] = Cell(name, (name,), name, (Run(name),))
            out.append((*lead, *figures, *tail))
        else:
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
