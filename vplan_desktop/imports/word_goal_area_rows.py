"""A goal table giving its goals in a column of their own ("Nr | Nämndsmål | Indikator | …")
and, between them, a row merged across the table ("1 Kunskap och lärande", often shaded): that
row names the målområde of the goals under it, up to the next such row. Its number is the
målområde's ("1"). A row naming a goal ("Mål 2: …", "KF-mål 1 …") is no målområde."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.imports.word_build import Builder, TableView
from vplan_desktop.imports.word_goal_card import area_name
from vplan_desktop.imports.word_table import Row, is_title_row

_NUMBERED = re.compile(r"(?P<kod>\d+(?:\.\d+)*)\.?\s+(?P<name>[^\d\s].*)")


def area_over(
    view: TableView, b: Builder, row: Row, goal_words: re.Pattern[str]
) -> dict[str, Any] | None:
    """The målonråde a row merged across the table over ``row`` names; None when no such row
    is over it, the table has no goal column or a målområde column, or the row names a goal
    (``goal_words``)."""
    group = view.col("grupp")
    if group is None or view.col("malomrade") is not None:
        return None
    blocks = {p.index: (n, p) for n, (p, _) in enumerate(view.parts)}
    at = (blocks[row.block][0] if row.block in blocks else 0, row.index)
    title = ""
    for index, r, name in view.rows.groups:
        order, block = blocks.get(index, (0, view.block))
        if (order, r) >= at:
            break
        cells = block.rows[r] if r < len(block.rows) else ()
        across = is_title_row(block, r) and group < len(cells) and cells[group] is cells[0]
        title = name if across else title
    if not title or goal_words.match(title):
        return None
    name, kod = area_name(title)
    if not kod and (numbered := _NUMBERED.fullmatch(name)):
        name, kod = numbered.group("name").strip(), numbered.group("kod")
    return b.area(name, kod)
