"""A table's trend column: a column named "Trend" (or "Utveckling", "Tendens") whose cells hold
only an arrow or a triangle each ("↑", "↓", "→", "▲"), drawing how the figures beside it have
moved. Where the figures they compare are in the plan (two years' figures or more) or a key
under the table explains them, vplan keeping no trend of its own, the arrows are read as the
table's drawing, not as words of the indicator; the column's name stays, the legend under the
table explains it (``word_column_legend``). Beside a single year's figure and with no key,
the arrows are the only record of the direction and are kept (``word_trend_record``). A
column that holds any word or figure is read as before."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.imports.word_table import guess_header_rows
from vplan_desktop.imports.word_trend_record import trend_is_record

__all__ = ["trend_columns", "unmark_trends"]

_TREND = re.compile(r"^(?:trend|trendpil(?:ar)?|utveckling|tendens)\s*:?$", re.IGNORECASE)
_ARROWS = re.compile(r"^[\u2190-\u21ff\u25b2-\u25c5\u2b05-\u2b0d\u2b60-\u2b69\u2b9c-\u2b9f]{1,2}$")
"""An arrow (←↑→↓, ⬆, ⮝) or a pointing triangle (▲▼►◄ …), once or twice."""


def trend_columns(block: Block) -> list[int]:
    """The table's columns named a trend whose body cells are arrows or blank."""
    if block.kind is not BlockKind.TABLE or len(block.rows) < 2:
        return []
    header_rows = guess_header_rows(block)
    out = []
    for column in range(block.width):
        names = [block.rows[r][column].text for r in range(header_rows)]
        if not any(_TREND.match(n.strip()) for n in names):
            continue
        cells = ["".join(row[column].text.split()) for row in block.rows[header_rows:]]
        if any(cells) and all(not c or _ARROWS.match(c) for c in cells):
            out.append(column)
    return out


def unmark_trends(source: Source) -> Source:
    """``source`` with the arrows of each table's trend column (``trend_columns``) left out,
    unless they are the only record of the direction (``trend_is_record``)."""
    blocks = []
    for i, block in enumerate(source.blocks):
        following = source.blocks[i + 1] if i + 1 < len(source.blocks) else None
        header_rows = guess_header_rows(block) if block.kind is BlockKind.TABLE else 0
        columns = [
            c for c in trend_columns(block) if not trend_is_record(block, c, header_rows, following)
        ]
        if columns:
            rows = [
                tuple(
                    Cell("") if r >= header_rows and c in columns else cell
                    for c, cell in enumerate(row)
                )
                for r, row in enumerate(block.rows)
            ]
            block = replace(block, rows=tuple(rows))
        blocks.append(block)
    source.blocks = blocks
    return source
