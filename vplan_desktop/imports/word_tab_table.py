"""A table typed as tab-aligned lines (no Word table): a header line "Indikator ⇥ Nuläge 2025
⇥ Mål 2027 ⇥ Mål 2029" over lines with as many tabs ("Andel … ⇥ 83 % ⇥ 90 % ⇥ 95 %"), read as
the table it lays out, so that the rest of the import reads it like any other table."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.markdown import Run

MIN_COLUMNS = 3
"""Fewer columns is a line with a tab in it (a page number, a signature), not a table."""
MAX_HEADER = 40
"""A column's name is short."""
_FIGURE = re.compile(r"^[\d\s.,:%()+−–-]*$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _columns(block: Block, width: int = 0) -> tuple[str, ...]:
    """A paragraph's tab-separated texts, a leading tab (an indent) left out; a line that
    reaches the next column with two tabs (a short text) counts them as one when that gives
    the ``width`` of the lines above."""
    if block.kind is not BlockKind.PARAGRAPH or len(block.tabbed) < 2:
        return ()
    parts = block.tabbed[1:] if not block.tabbed[0] else block.tabbed
    if width and len(parts) != width:
        filled = tuple(p for p in parts if p)
        return filled if len(filled) == width else parts
    return tuple(parts)


def _is_header(parts: tuple[str, ...]) -> bool:
    """Column names: each given, short, and not a figure (a year is a name: "2027")."""
    return len(parts) >= MIN_COLUMNS and all(
        p and len(p) <= MAX_HEADER and (not _FIGURE.match(p) or _YEAR.match(p)) for p in parts
    )


def _run(blocks: list[Block], start: int) -> int:
    """How many lines from ``start`` lay out one table: a header line and the lines under it
    with as many columns, at least one of them with a figure; 0 when they lay out none."""
    header = _columns(blocks[start])
    if not _is_header(header):
        return 0
    end = start + 1
    while end < len(blocks) and len(_columns(blocks[end], len(header))) == len(header):
        end += 1
    body = [_columns(b, len(header)) for b in blocks[start + 1 : end]]
    if not body or not any(re.search(r"\d", p) for parts in body for p in parts[1:]):
        return 0
    return end - start


def _cell(text: str, bold: bool) -> Cell:
    return Cell(text, (text,) if text else (), runs=(Run(text, bold),) if text else ())


def _table(lines: list[Block]) -> Block:
    width = len(_columns(lines[0]))
    rows = tuple(tuple(_cell(t, line.bold) for t in _columns(line, width)) for line in lines)
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
            blocks.append(_table(old[at : at + length]))
            at += length
            found = True
        else:
            blocks.append(old[at])
            at += 1
    if found:
        source.blocks = [replace(b, index=i) for i, b in enumerate(blocks)]
    return source
