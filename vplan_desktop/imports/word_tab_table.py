"""A table typed as tab-aligned lines (no Word table): a header line "Indikator ⇥ Nuläge 2025
⇥ Mål 2027 ⇥ Mål 2029" over lines with as many tabs ("Andel … ⇥ 83 % ⇥ 90 % ⇥ 95 %"), read as
the table it lays out, so that the rest of the import reads it like any other table.

- A header line may leave its first column unnamed ("⇥ Budget 2026 ⇥ Budget 2027 ⇥
  Förändring" over "Intäkter ⇥ 50 200 ⇥ …"): its leading tab is then that column, not an
  indent, when the lines under it have one column more than its names.
- A group line without tabs ("Individ- och familjeomsorg", "Vuxna") between the table's lines
  is a row of the table, its name alone, when a line of the table with a figure follows it:
  a budget's verksamheter grouped under their områden. A caption before a second table is
  followed by that table's header, not by a row, and stays a line of its own."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.markdown import Run

MIN_COLUMNS = 3
"""Fewer columns is a line with a tab in it (a page number, a signature), not a table."""
MAX_HEADER = 40
"""A column's name is short."""
MAX_GROUP = 80
"""The longest group line read as a row of a table."""
GROUP_LINES = 3
"""The most group lines in a row (an område, its verksamhetsgrupp, …) before a table's line."""
_FIGURE = re.compile(r"^[\d\s.,:%()+−–-]*$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _columns(block: Block, width: int = 0) -> tuple[str, ...]:
    """A paragraph's tab-separated texts, a leading tab (an indent) left out; a line that
    reaches the next column with two tabs (a short text) counts them as one when that gives
    the ``width`` of the lines above."""
    if block.kind is not BlockKind.PARAGRAPH or len(block.tabbed) < 2:
        return ()
    if width and len(block.tabbed) == width:
        return tuple(block.tabbed)  # a leading tab that is the unnamed first column
    parts = block.tabbed[1:] if not block.tabbed[0] else block.tabbed
    if width and len(parts) != width:
        filled = tuple(p for p in parts if p)
        return filled if len(filled) == width else parts
    return tuple(parts)


def _is_header(parts: tuple[str, ...], unnamed: int = 0) -> bool:
    """Column names: each given (but the first ``unnamed``), short, and not a figure (a year
    is a name: "2027")."""
    return len(parts) >= MIN_COLUMNS and all(
        p and len(p) <= MAX_HEADER and (not _FIGURE.match(p) or _YEAR.match(p))
        for p in parts[unnamed:]
    )


def _header(blocks: list[Block], start: int) -> tuple[str, ...]:
    """The column names of the line ``start``, its unnamed first column included when the
    line under it has one column more than its names; () when it names no columns."""
    block = blocks[start]
    header = _columns(block)
    raw = block.tabbed
    if (
        raw
        and not raw[0]
        and start + 1 < len(blocks)
        and len(_columns(blocks[start + 1], len(raw))) == len(raw)
        and _is_header(raw, unnamed=1)
    ):
        return tuple(raw)
    return header if _is_header(header) else ()


def _has_figure(parts: tuple[str, ...]) -> bool:
    return any(re.search(r"\d", p) for p in parts[1:])


def _group_line(block: Block) -> bool:
    """A short line naming a group, without tabs and not a sentence."""
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and len(block.tabbed) < 2
        and 0 < len(text) <= MAX_GROUP
        and not text.endswith((".", ":", "!", "?"))
        and not _FIGURE.match(text)
    )


def _groups(blocks: list[Block], at: int, width: int) -> int:
    """How many group lines from ``at`` stand over a line of the table (with a figure, not
    a header's years); 0 when the lines from ``at`` are not such group lines."""
    end = at
    while end < len(blocks) and end - at < GROUP_LINES and _group_line(blocks[end]):
        end += 1
    if end == at or end >= len(blocks):
        return 0
    after = _columns(blocks[end], width)
    row = len(after) == width and _has_figure(after) and not _is_header(after)
    return end - at if row else 0


def _run(blocks: list[Block], start: int) -> int:
    """How many lines from ``start`` lay out one table: a header line and the lines under it
    with as many columns (and group lines among them), at least one of them with a figure; 0
    when they lay out none."""
    header = _header(blocks, start)
    if not header:
        return 0
    width = len(header)
    end = start + 1
    while end < len(blocks):
        if len(_columns(blocks[end], width)) == width:
            end += 1
        elif groups := _groups(blocks, end, width):
            end += groups
        else:
            break
    body = [_columns(b, width) for b in blocks[start + 1 : end]]
    if not any(_has_figure(parts) for parts in body):
        return 0
    return end - start


def _cell(text: str, bold: bool) -> Cell:
    return Cell(text, (text,) if text else (), runs=(Run(text, bold),) if text else ())


def _row(line: Block, width: int) -> tuple[str, ...]:
    parts = _columns(line, width)
    return parts if len(parts) == width else (line.text.strip(), *([""] * (width - 1)))


def _table(lines: list[Block], width: int) -> Block:
    rows = tuple(tuple(_cell(t, line.bold) for t in _row(line, width)) for line in lines)
    return Block(
        index=0,
        kind=BlockKind.TABLE,
        text=" | ".join(c.text for c in rows[0] if c.text),
        rows=rows,
        header_rows=1,
        notes=tuple(n for line in lines for n in line.notes),
    )


def fold_tab_tables(source: Source) -> Source:
    """``source`` with each run of tab-aligned lines laying out a table replaced by that table
    (blocks numbered again in reading order)."""
    blocks: list[Block] = []
    at, found = 0, False
    old = source.blocks
    while at < len(old):
        length = _run(old, at)
        if length:
            blocks.append(_table(old[at : at + length], len(_header(old, at))))
            at += length
            found = True
        else:
            blocks.append(old[at])
            at += 1
    if found:
        source.blocks = [replace(b, index=i) for i, b in enumerate(blocks)]
    return source
