"""An indicator named alike in an earlier table under the same goal is the same indicator (a
summary table before the goal's own table gives it again), unless the two disagree on where it
stands now: the same name with another nuläge for the same year ("Andel vårdnadshavare som är
nöjda med verksamheten" at 86 % in the förskola's table and at 79 % in the grundskola's, both
serving the nämnd's goal 5) is the same measure taken in another verksamhet, another
indicator; the second never overwrites the first."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from vplan_desktop.imports.word_build import TableView
from vplan_desktop.imports.word_school_year import year_in
from vplan_desktop.imports.word_text import cell_value

__all__ = ["earlier_indicator"]


def _disagrees(earlier: dict[str, Any], view: TableView, cells: list[str]) -> bool:
    """The row's nuläge is another figure than ``earlier``'s for the same year."""
    held = earlier.get("nulage")
    column = view.col("nulage")
    if not held or column is None or column >= len(cells) or not cells[column].strip():
        return False
    value = cell_value(cells[column])
    year = year_in(view.headers[column])
    same_year = held.get("ar") is None or year is None or held["ar"] == year
    numbers = isinstance(value, Decimal) and isinstance(held.get("varde"), Decimal)
    return same_year and numbers and value != held["varde"]


def earlier_indicator(
    goal: dict[str, Any], name: str, made: set[int], view: TableView, cells: list[str]
) -> dict[str, Any] | None:
    """The indicator of ``goal`` named ``name`` in an earlier table (not among this table's
    own, ``made``) that this row gives again; None when there is none or the row's nuläge
    disagrees with it (see the module's docstring)."""
    own: list[dict[str, Any]] = goal["indikatorer"]
    return next(
        (
            i
            for i in own
            if i["namn"] == name and i["id"] not in made and not _disagrees(i, view, cells)
        ),
        None,
    )
