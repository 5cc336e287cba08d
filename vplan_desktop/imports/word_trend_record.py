"""A trend column that is the only record of the direction: an indicator table "Indikator |
Nuläge 2025 | Trend | Målvärde 2027" whose arrows ("↑", "→", "↓") stand beside a single
year's figure and with no key under the table. The figures the arrow compares are not in the
plan, so the arrow says what nothing else does: it is kept as the row's words (the column's
name and the arrow, "Trend: ↑", with the indicator's other cells that vplan has no field
for). A trend column beside two years' figures or more ("Utfall 2024 | Utfall 2025"), whose
direction the plan's own figures show, or explained by a key line under the table ("Trend: ↑
förbättring ↓ försämring"), is the table's drawing and left out (``word_trend_column``)."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block, BlockKind

__all__ = ["trend_is_record"]

_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_TARGET = re.compile(r"\bmål|\bplan\b|förvänt|önskat|ambition|\bbudget", re.IGNORECASE)
"""A column of targets or plans ("Målvärde 2027", "Mål 2028"): no figure the trend compares."""
_LABEL = re.compile(r"^\s*(?P<label>[^:]{1,30}):")


def trend_is_record(table: Block, column: int, header_rows: int, following: Block | None) -> bool:
    """Whether the arrows of the trend ``column`` of ``table`` are the only record of the
    direction: the header names at most one year outside the target columns and the block
    ``following`` the table is no key labelled with the column's name."""
    years: set[str] = set()
    for row in table.rows[:header_rows]:
        for c, cell in enumerate(row):
            if c != column and not _TARGET.search(cell.text):
                years.update(_YEAR.findall(cell.text))
    return len(years) <= 1 and not _keyed(table, column, header_rows, following)


def _keyed(table: Block, column: int, header_rows: int, following: Block | None) -> bool:
    """Whether ``following`` is a line labelled with the column's name ("Trend: ↑ …")."""
    if following is None or following.kind is BlockKind.TABLE:
        return False
    found = _LABEL.match(following.text)
    if found is None:
        return False
    names = {" ".join(table.rows[r][column].text.lower().split()) for r in range(header_rows)}
    return " ".join(found.group("label").lower().split()) in names
