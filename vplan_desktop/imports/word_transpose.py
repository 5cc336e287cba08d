"""A table with the years down its first column and the indicators across ("År | Andel unga |
Besök per invånare", then "2025 (utfall)", "2027 (mål)"), or a budget with its verksamheter
across under an empty corner cell ("| Gymnasieskola | … | Summa", then "Bokslut 2025", "Budget
2027"), or indicators across under an empty corner over rows "Nuläge 2025", "Mål 2027": turned
so that each indicator or verksamhet is a row and each year a column, the way every other
table of the plan is read. A chart's data table ("Diagram 1: …" above it) stays as printed."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Source
from vplan_desktop.imports.word_chart_table import under_chart_caption

_YEARS_HEADER = re.compile(r"^(?:år|årtal|period|mätår)\s*:?$", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_KIND_YEAR = re.compile(
    r"^(?:bokslut|utfall|budget|plan|prognos|mål|målvärde|nuläge|utgångsläge|utgångsvärde"
    r"|basvärde)\s*(?:19|20)\d\d(?:\s*\(\w+\))?$",
    re.IGNORECASE,
)


def years_down(block: Block) -> bool:
    """The table names the year of each row in its first column, under "År"."""
    rows = block.rows
    if block.kind is not BlockKind.TABLE or len(rows) < 3 or block.width < 2:
        return False
    corner = rows[0][0].text.strip()
    if _YEARS_HEADER.match(corner):
        return all(_YEAR.search(r[0].text) and len(r[0].text) <= 30 for r in rows[1:])
    across = [c.text for c in rows[0][1:]]
    return (
        not corner  # the kind of amount and its year down, names across with no year
        and all(_KIND_YEAR.match(" ".join(r[0].text.split())) for r in rows[1:])
        and all(t.strip() and not _YEAR.search(t) for t in across)
    )


def turned(block: Block) -> Block:
    """``block`` with its rows as columns."""
    rows = tuple(tuple(row[c] for row in block.rows) for c in range(block.width))
    text = " | ".join(c.text for c in rows[0] if c.text)
    return replace(block, rows=rows, header_rows=1, text=text)


def upright(source: Source) -> Source:
    """``source`` with each table that runs its years downwards turned."""
    blocks = source.blocks
    down = {b.index for b in blocks if years_down(b) and not under_chart_caption(blocks, b)}
    if not down:
        return source
    source.blocks = [turned(b) if b.index in down else b for b in blocks]
    return source
