"""A goal cascade ("målkedja"): a table whose every column names a goal level, from the highest
on the left down ("Kommunfullmäktiges mål | Nämndens mål | Förvaltningens resultatmål"), each
cell a goal. A goal merged down over the rows to its right (or written once, the cells under it
left empty) is the parent of each goal right of it in those rows: every column's goals are
goals of its level, each under the goal left of it in its row. A goal named again later (a
nämnd goal's own table of indicators) is the same goal."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_goal_levels import goal_and_number
from vplan_desktop.imports.word_result import Became
from vplan_desktop.wording import clipped
from vplan_desktop.wording import count as count_of

__all__ = ["cascade_levels", "read_goal_cascade"]

_LEVELS = (
    (
        MalNiva.KF,
        r"kf-mål|kf:s\s+mål|(?:kommun)?fullmäktiges\s+(?:mål|inriktningsmål|strategiska\s+mål)|"
        r"kommunens\s+mål|kommungemensamma\s+mål|inriktningsmål|strategiska\s+mål",
    ),
    (MalNiva.KS, r"ks-mål|kommunstyrelsens\s+mål"),
    (MalNiva.NAMND, r"nämndens\s+mål|nämndsmål|nämndmål|nämndens\s+(?:effekt|verksamhets)mål"),
    (
        MalNiva.FORVALTNING,
        r"förvaltningens\s+(?:resultat|verksamhets)?mål|förvaltningsmål|resultatmål|"
        r"verksamhetsmål|verksamhetens\s+mål|enhetens\s+mål|enhetsmål",
    ),
)
_HEADERS = [(level, re.compile(rf"^(?:{words})\s*:?$", re.IGNORECASE)) for level, words in _LEVELS]
_ORDER = [level for level, _ in _LEVELS]


def cascade_levels(block: Block) -> list[MalNiva] | None:
    """The goal level of each column of a goal cascade, highest first; None for any other
    table (a column naming no level, levels out of order, a cell of figures)."""
    if block.kind is not BlockKind.TABLE or block.width < 2 or len(block.rows) < 2:
        return None
    levels: list[MalNiva] = []
    for cell in block.rows[0]:
        header = " ".join(cell.text.split())
        level = next((lv for lv, pattern in _HEADERS if pattern.match(header)), None)
        if level is None or (levels and _ORDER.index(level) <= _ORDER.index(levels[-1])):
            return None
        levels.append(level)
    for row in block.rows[1:]:
        for cell in row:
            text = cell.text.strip()
            if text and (len(text) < 8 or not text[:1].isalpha() or len(text) > 400):
                return None  # a figure, a mark or a long text: no goal
    return levels


def read_goal_cascade(b: Builder, block: Block, path: list[str]) -> bool:
    """Reads ``block`` as a goal cascade, each goal under the one left of it; False (nothing
    read) for any other table."""
    levels = cascade_levels(block)
    if levels is None:
        return False
    area = b.current_area or b.area(path[-1] if path else "Mål")
    above: list[dict[str, Any] | None] = [None] * len(levels)
    made: list[int] = []
    for row in block.rows[1:]:
        for column, (cell, level) in enumerate(zip(row, levels, strict=False)):
            text = " ".join(cell.text.split())
            if not text:
                continue  # written once over the rows under it: the goal above still holds
            parent = next((g for g in reversed(above[:column]) if g is not None), None)
            niva, kod, words = goal_and_number(level, "", text)
            goal = b.goal(area, niva, kod, words, None if parent is None else parent["id"])
            if parent is not None and goal["overordnat_id"] is None:
                goal["overordnat_id"] = parent["id"]
            above[column] = goal
            above[column + 1 :] = [None] * (len(levels) - column - 1)
            if goal["id"] not in made:
                made.append(goal["id"])
    b.current_area, b.current_goal = area, None
    first = [g for g in b.goals if g["id"] in made][:3]
    names = ", ".join(f"”{clipped(g['text'], 40)}”" for g in first)
    b.became(block.index, Became.MAL, f"Målkedja: {count_of(len(made), 'mål')} ({names} …)")
    return True
