"""A målmatris row giving several indicators in one row: the indicator cell holds one indicator
per paragraph (or bullet), and the cells beside it hold as many values, in the same order.

- A target column without a year ("Målvärden", "Målnivåer", "Måltal") whose cell is made of
  year-labelled targets ("2027: 76 %", "Mål 2027: högst 4", one a line or "2027: 76 %,
  2028: 78 %") gives the
  indicator its target for each year named; a year left out has none. A cell with anything
  else in it stays the row's words.
- In such a cell of a row with several indicators, each indicator's targets follow the one
  before's: a line whose year is not after the year of the line above begins the next
  indicator's targets (an empty line between them, or none). The lines may be paragraphs or
  separated by soft line breaks (Shift+Enter).
- A figure column whose cell holds its values separated by soft line breaks instead of
  paragraphs ("74 %<br>14<br>108") gives one value per indicator as well.
- The columns naming the goals the row serves (KF's goal, the målområde), one text for all its
  indicators, do not stop the row from being read so.
A row whose cells do not give every indicator its own values (a different count of lines or of
year groups) is read as one row, its texts kept."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.db.enums import Jamforare
from vplan_desktop.imports.word_bracket_targets import bracketed_targets
from vplan_desktop.imports.word_build import TableView
from vplan_desktop.imports.word_school_year import year_in
from vplan_desktop.imports.word_table import Row

__all__ = [
    "GOAL_ROLES",
    "Unpaired",
    "put_target",
    "row_value_lines",
    "year_cell_targets",
    "year_labelled",
]

GOAL_ROLES = ("kf", "malomrade")
"""Columns naming the goals a row serves: one text for all the row's indicators."""
_TARGETS_HEADER = re.compile(
    r"^(?:mål|målvärden?|målnivå(?:n|er(?:na)?)?|måltal|målsättning(?:ar)?|mål\s*värden?)"
    r"(?:\s+(?:per|för\s+varje|för\s+respektive)\s+år)?$",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"(?:^|[\s,;]+)(?:(?:mål|målvärde|målnivå)\s+)?(?:läsår\s+)?"
    r"((?:19|20)\d\d(?:\s*/\s*\d\d(?:\d\d)?)?)\s*:\s*",
    re.IGNORECASE,
)
"""A year's label before its target: "2027: ", "2024/25: " (a school year, the year it ends),
also naming itself a target ("Mål 2027: ", "Målvärde 2029: ")."""


def year_labelled(text: str) -> dict[str, str]:
    """The targets by year of a text made of year-labelled targets only ("2027: 76 % 2028: 78 %",
    "2027: Minst 86 %, 2029: Minst 88 %"), the years in rising order; {} for any other text."""
    parts = _LABEL.split(" ".join(text.split()))
    if len(parts) < 3 or parts[0]:
        return {}
    out: dict[str, str] = {}
    for label, value in zip(parts[1::2], parts[2::2], strict=True):
        year = year_in(label)
        value = value.strip(" ,;")
        if year is None or not value or (out and year <= int(max(out))):
            return {}
        out[str(year)] = value
    return out


def _year_groups(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The year-labelled ``lines`` in groups, one per indicator: a line whose first year is not
    after the year before begins the next group; () when a line is anything else."""
    groups: list[list[str]] = []
    last = 0
    for line in lines:
        years = [int(y) for y in year_labelled(line)]
        if not years:
            return ()
        if not groups or years[0] <= last:
            groups.append([])
        groups[-1].append(line)
        last = years[-1]
    return tuple("\n".join(group) for group in groups)


def _targets_column(view: TableView, column: int) -> bool:
    """A column of targets whose header names no year ("Målvärden"), kept as words unless its
    cells label each target with its year."""
    header = view.headers[column] if column < len(view.headers) else ""
    role = view.roles[column] if column < len(view.roles) else ""
    return role == "ovrigt" and bool(_TARGETS_HEADER.match(" ".join(header.split()).strip(" :")))


def _soft_lines(view: TableView, row: Row, column: int) -> tuple[str, ...]:
    """The lines of the row's cell at ``column`` split at soft line breaks too; () when it has
    none or the row's text is not the cell's own (a row joined from the next page)."""
    block = next((p for p, _ in view.parts if p.index == row.block), view.block)
    if row.index >= len(block.rows) or column >= len(block.rows[row.index]):
        return ()
    cell = block.rows[row.index][column]
    same = " ".join(cell.stacked).split() == row.cells[column].split()
    return cell.stacked if cell.stacked and same else ()


def row_value_lines(
    view: TableView, row: Row, columns: list[int], count: int
) -> dict[int, tuple[str, ...]]:
    """The values of each of ``columns`` for the ``count`` indicators of ``row``: a target
    column's year groups, else the cell's paragraphs, or its soft-broken lines when they are
    ``count``."""
    out: dict[int, tuple[str, ...]] = {}
    for column in columns:
        own = row.lines[column] if column < len(row.lines) else ()
        soft = _soft_lines(view, row, column)
        if _targets_column(view, column) and (groups := _year_groups(soft or own)):
            own = groups
        elif len(own) != count and len(soft) == count:
            own = soft
        out[column] = own
    return out


class Unpaired(list[str]):
    """The cells of a row naming several indicators whose values could not be given each its
    own: its year-labelled targets are no one indicator's, and stay words."""

    def __init__(self, cells: list[str], names: tuple[str, ...]) -> None:
        super().__init__(cells)
        self.names = names
        """The indicators the row's name cell gives, one a paragraph."""

    def report(self) -> str:
        """The report's line for the row."""
        first = self.names[0] if len(self.names[0]) <= 60 else self.names[0][:59].rstrip() + "…"
        return (
            f"Raden med {len(self.names)} indikatorer (”{first}” …) har inte ett värde per "
            "indikator: den blev en indikator att dela upp, och dess målvärden står i målets "
            "beskrivning."
        )


def year_cell_targets(view: TableView, cells: list[str]) -> tuple[list[str], dict[str, str]]:
    """``cells`` without a yearless target column's cell made of year-labelled targets, and
    those targets by year; ``cells`` as they are and {} when there is none."""
    if isinstance(cells, Unpaired):
        return cells, {}
    for column, text in enumerate(cells):
        if not text or not _targets_column(view, column):
            continue
        if targets := year_labelled(text) or bracketed_targets(view, column, text):
            return [c if i != column else "" for i, c in enumerate(cells)], targets
    return cells, {}


def put_target(
    indicator: dict[str, Any], year: str, value: Any, jamforare: Jamforare | None
) -> None:
    """Gives ``indicator`` its target for ``year``: the value and its comparison ("minst");
    a new value without one drops an older comparison for the year."""
    if value is not None:
        indicator["malnivaer"][year] = value
    if jamforare is not None:
        indicator.setdefault("jamforare", {})[year] = jamforare.value
    elif value is not None:
        indicator.get("jamforare", {}).pop(year, None)
