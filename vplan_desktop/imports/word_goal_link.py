"""An indicator table linking each row to goals by number: a column "Bidrar till mål",
"Kopplat till mål", "Mål nr" holding "Mål 2", "Mål 1 och 3", "2, 4" beside each indicator.
Each row's indicator is an indicator of every goal its cell names (once per goal), the goal of
that number read earlier (a numbered goal list, ``word_numbered_goals``, or goal headings);
the table's caption ("Verksamhetsmått – Ekonomienheten") then names the table, it is no goal.
A table with a row linking no goal, or naming a number no goal above has, is read as any goal
table."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from vplan_desktop.imports.word_build import Builder, TableView
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_table import Row
from vplan_desktop.wording import clipped
from vplan_desktop.wording import count as count_of

_COLUMN = re.compile(
    r"^(?:(?:bidrar|bidrag|kopplat|kopplad|kopplas|koppling|kopplingen|länkat|länkad|hör)\s+"
    r"till\s+(?:nämndens\s+|styrelsens\s+|nämnds?)?mål(?:en)?(?:\s*(?:nr|nummer))?"
    r"|mål\s*(?:nr|nummer)|målnummer|målnr)\.?$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?<![\d.])(?!(?:19|20)\d\d\b)\d{1,2}(?:\.\d{1,2})*[a-z]?(?![\d])", re.I)
_ONE = r"(?:(?:nämnds?|nämndens\s+)?mål\s*)?\d{1,2}(?:\.\d{1,2})*[a-z]?"
_LINK_CELL = re.compile(rf"^{_ONE}(?:\s*(?:,|;|&|/|\+|och|samt|–|-)\s*{_ONE})*\.?$", re.I)


def link_column(headers: list[str], roles: list[str]) -> int | None:
    """The column linking rows to goals by number; None when the table has none."""
    for index, header in enumerate(headers):
        free = index < len(roles) and roles[index] == "ovrigt"
        if free and _COLUMN.match(" ".join(header.split()).strip(" :")):
            return index
    return None


def linked_numbers(text: str) -> list[str]:
    """The goal numbers a link cell names: "Mål 1 och 3" → ["1", "3"]."""
    text = " ".join(text.split())
    if not text or not _LINK_CELL.match(text.lower()):
        return []
    return list(dict.fromkeys(_NUMBER.findall(text)))


def _goal(goals: list[dict[str, Any]], number: str) -> dict[str, Any] | None:
    """The last goal read with the number ``number``, the nämnd's own goals first."""
    numbered = [g for g in goals if g["kod"] and g["kod"].strip().lower() == number.lower()]
    own = [g for g in numbered if g["niva"] != "kf"]
    chosen = own or numbered
    return chosen[-1] if chosen else None


Lines = Callable[[TableView, Row], list[list[str]]]
"""A row's cells, one list per indicator the row holds."""
Indicator = Callable[[TableView, Builder, dict[str, Any] | None, list[str], set[int]], None]
"""Reads one indicator into a goal (the table, the builder, the goal, the cells, the ids of the
table's indicators made so far)."""


def read_linked(view: TableView, b: Builder, lines: Lines, indicator: Indicator) -> bool:
    """Read the table when it links its rows to goals by number (see the module): each row's
    indicators (``lines``) go to every goal its cell names, read by ``indicator``. False, with
    nothing read, when it does not or a number names no goal."""
    column = link_column(view.headers, view.roles)
    if column is None or view.col("namn") is None:
        return False
    links: list[tuple[Row, list[dict[str, Any]]]] = []
    for row in view.rows.rows:
        cell = row.cells[column] if column < len(row.cells) else ""
        found = [_goal(b.goals, n) for n in linked_numbers(cell)]
        goals = [g for g in found if g is not None]
        if not goals or len(goals) < len(found):
            return False  # no link, or a number no goal above has
        links.append((row, goals))
    if not links:
        return False
    made: set[int] = set()
    for row, goals in links:
        for goal in goals:
            for cells in lines(view, row):
                indicator(view, b, goal, cells, made)
    linked = list({id(g): g for _, goals in links for g in goals}.values())
    names = ", ".join(f"”{clipped(g['text'], 40)}”" for g in linked[:3])
    text = f"{count_of(len(links), 'indikator')} till målen {names}"
    if len(linked) == 1:
        text = f"{count_of(len(links), 'indikator')} till målet {names}"
    if view.context.caption:
        text = f"Tabellen ”{clipped(view.context.caption, 50)}”: {text}"
    b.became(view.block.index, Became.MAL, text)
    for part, _skip in view.parts[1:]:
        b.became(part.index, Became.MAL, f"Fortsättning: {text}")
    b.report(text)
    return True
