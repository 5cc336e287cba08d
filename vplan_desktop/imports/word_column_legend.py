"""A legend under a table for the marks of one of its columns: the line right under the table
opens with the column's name as its label ("Trend: ▲ förbättring ▼ försämring ◆ oförändrat")
and the column holds marks only (arrows, symbols, nothing a reader could enter as words or
figures), or codes the line explains, each of them ("Typ: KF = kommunfullmäktiges mål, NM =
nämndmål, I = indikator, A = aktivitet"). The line explains how to read the table; it is no
text of the plan, nor a part of the goal the table measures."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_row_types import code_legend
from vplan_desktop.imports.word_table import guess_header_rows

__all__ = ["column_legend"]

_LABELLED = re.compile(r"^(?P<label>[^:]{1,30}):\s*(?P<rest>\S.*)$")
_LONGEST = 200
"""Characters: a legend is a few short entries."""
_MARK = 3
"""Characters: the most a cell of marks holds ("▲", "↑↑")."""


def _marks_only(table: Block, column: int, header_rows: int) -> bool:
    """Whether every cell of ``column`` under the header is blank or a mark (no letter, no
    digit)."""
    for row in table.rows[header_rows:]:
        text = "".join(row[column].text.split()) if column < len(row) else ""
        if len(text) > _MARK or any(ch.isalnum() for ch in text):
            return False
    return True


def _codes_explained(table: Block, column: int, header_rows: int, legend: str) -> bool:
    """Whether every cell of ``column`` under the header is blank or a code ``legend``
    explains, and some are."""
    codes = code_legend(legend)
    cells = {" ".join(row[column].text.split()) for row in table.rows[header_rows:]} - {""}
    return bool(codes) and bool(cells) and cells <= set(codes)


def column_legend(b: Builder, table: Block, block: Block) -> bool:
    """Whether ``block``, the line right under ``table``, is the legend of a column of marks
    (marked as structure); False for any other line."""
    if table.kind is not BlockKind.TABLE or block.kind is not BlockKind.PARAGRAPH:
        return False
    text = " ".join(block.text.split())
    found = _LABELLED.match(text)
    if found is None or len(text) > _LONGEST:
        return False
    label = found.group("label").strip().casefold()
    header_rows = guess_header_rows(table)
    for column in range(table.width):
        names = {table.rows[r][column].text.strip().casefold() for r in range(header_rows)}
        if label in names and (
            _marks_only(table, column, header_rows)
            or _codes_explained(table, column, header_rows, text)
        ):
            what = f"Teckenförklaring till kolumnen ”{found.group('label').strip()}” i tabellen"
            b.became(block.index, Became.STRUKTUR, what)
            return True
    return False
