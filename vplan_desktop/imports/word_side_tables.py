"""Tables split sideways to fit the page. A table too wide for the page is printed as two (or
more) tables, one under the other, each with the first column again and the rest of the
columns shared between them: "Indikator | Utfall 2021 | … | Utfall 2024" and then "Indikator |
Utfall 2025 | Mål 2027 | …", "Verksamhet | Bokslut 2024 | … | Budget 2027" and then
"Verksamhet | Plan 2028 | Plan 2029", each part with its own totals row. Between the parts
stands nothing, or only a line saying the table goes on ("Tabellen fortsätter.", "Indikatorer
för nämndsmål 2 (forts.)", "Tabell 3, fortsättning").

A table whose first column repeats the first column of the table just before it (the same
texts in the same rows, at least two of them names, not figures, each row its own name: no
card's labels merged down beside several rows) and whose other columns are new (no header
of its own repeats one of the earlier table's) is the rest of that table, for
any kind of table: its other columns are joined to the earlier table's, row by row. The line
between them stays after the joined table, and a line saying a table goes on, right under a
table, is read as the document's structure (no goal's description, no chapter's text)."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Source
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_table import amount

__all__ = ["continuation_line", "join_side_tables"]

_GOES_ON = re.compile(
    r"^(?:tabell(?:en)?\s+fortsätter|fortsättning)\b|\bforts(?:\.|ättning)?\)?\W*$",
    re.IGNORECASE,
)
"""A line saying the table goes on: "Tabellen fortsätter (på nästa sida).", "Fortsättning",
"Indikatorer för mål 2 (forts.)", "Tabell 3, fortsättning"."""
MAX_LINE = 100
"""How long a line saying the table goes on may be."""


def _goes_on(block: Block) -> bool:
    """``block`` is a short line saying a table goes on."""
    text = block.text.strip()
    return (
        block.kind is not BlockKind.TABLE
        and 0 < len(text) <= MAX_LINE
        and "\n" not in text
        and _GOES_ON.search(text) is not None
    )


def _blank(block: Block) -> bool:
    """An empty paragraph (the one a page break stands in)."""
    return block.kind is BlockKind.PARAGRAPH and not block.text.strip() and not block.image


def continuation_line(b: Builder, blocks: list[Block], block: Block) -> bool:
    """Whether ``block``, right under a table, says the table goes on: read as structure."""
    previous = blocks[block.index - 1] if block.index else None
    if previous is None or previous.kind is not BlockKind.TABLE or not _goes_on(block):
        return False
    b.became(block.index, Became.STRUKTUR, f"Rad om att tabellen fortsätter: ”{block.text}”")
    return True


def _names(block: Block) -> list[str]:
    return [" ".join(row[0].text.split()) for row in block.rows]


def _is_name(text: str) -> bool:
    return bool(text) and amount(text) is None and not text.isdigit()


def _names_column(block: Block) -> bool:
    """The first column names the rows one each: its texts differ from row to row, no cell
    of it merged down (a card's labels, "Så mäter vi" beside each indicator, are no names),
    and the first row's other cells are columns of their own (no cell merged across)."""
    column = [row[0] for row in block.rows]
    texts = [t for t in _names(block) if t]
    header = block.rows[0][1:]
    return (
        len({id(c) for c in column}) == len(column)
        and len(set(texts)) == len(texts)
        and len({id(c) for c in header}) == len(header)
    )


def continues_sideways(first: Block, block: Block) -> bool:
    """``block`` holds more columns of ``first`` (see the module's docstring): a table split
    for its width, whose first part holds at least two columns besides the names."""
    if first.kind is not BlockKind.TABLE or block.kind is not BlockKind.TABLE:
        return False
    if len(first.rows) != len(block.rows) or len(block.rows) < 2:
        return False
    if first.width < 3 or block.width < 2:
        return False
    names = _names(first)
    if names != _names(block) or len({n for n in names if _is_name(n)}) < 2:
        return False
    if not (_names_column(first) and _names_column(block)):
        return False
    earlier = {t for t in first.spread_texts(0)[1:] if t}
    later = [t for t in block.spread_texts(0)[1:] if t]
    return bool(later) and not earlier.intersection(later)


def _joined(first: Block, block: Block) -> Block:
    rows = tuple((*a, *b[1:]) for a, b in zip(first.rows, block.rows, strict=True))
    text = " | ".join(c.text for c in rows[0] if c.text)
    return replace(first, rows=rows, text=text, notes=(*first.notes, *block.notes))


def join_side_tables(source: Source) -> Source:
    """``source`` with each table split sideways joined again (see the module's docstring);
    unchanged when it has none."""
    blocks: list[Block] = []
    table: int | None = None
    """Where in ``blocks`` the last table stands, while only lines saying it goes on follow."""
    read_by: dict[int, int] = {}
    joined = False
    for index, block in enumerate(source.blocks):
        read_by[index] = len(blocks)
        if table is not None and continues_sideways(blocks[table], block):
            blocks[table] = _joined(blocks[table], block)
            joined = True
            continue
        if block.kind is BlockKind.TABLE:
            table = len(blocks)
        elif not (_goes_on(block) or _blank(block)):
            table = None
        blocks.append(block)
    if not joined:
        return source
    read_by[len(source.blocks)] = len(blocks)
    source.blocks = [replace(b, index=i) for i, b in enumerate(blocks)]
    ends = [read_by[e] for e in source.section_ends if e in read_by]
    source.section_ends = sorted(set(ends))
    return source
