"""A budget table whose row names each carry the amounts' unit after a comma ("Politisk
verksamhet, tkr netto", "Kollektivtrafik, tkr"): the note is the table's unit, not part of the
verksamhet's (or kostnadsslag's) name. The names are read without it and the unit they name
is the table's when nothing else names one."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_build import TableView

__all__ = ["unit_in_names"]

_NOTE = re.compile(
    r"^(?P<name>\S.*?\S)\s*,\s*(?:i\s+)?(?P<unit>tkr|kkr|mnkr|tusen kronor|tusentals kronor|"
    r"miljoner kronor|kronor|kr)(?:\s+(?:netto|brutto|nettokostnad|nettokostnader))?\.?$",
    re.IGNORECASE,
)
_UNITS = {"kkr": "tkr", "tusen kronor": "tkr", "tusentals kronor": "tkr", "miljoner kronor": "mnkr"}
_UNITS |= {"kronor": "kr"}


def unit_note(name: str) -> tuple[str, str]:
    """("Politisk verksamhet", "tkr") for "Politisk verksamhet, tkr netto"; (name, "") for a
    name without a unit note."""
    found = _NOTE.match(" ".join(name.split()))
    if found is None:
        return name, ""
    unit = found.group("unit").lower()
    return found.group("name"), _UNITS.get(unit, unit)


def unit_in_names(view: TableView) -> str:
    """Takes the unit note off the names of ``view``'s rows when at least two rows and half of
    them carry one, and gives the unit they name ("" when none, or when they differ)."""
    column = view.col("namn")
    if column is None:
        return ""
    rows = [r for r in view.rows.rows if column < len(r.cells) and r.cells[column]]
    notes = [(r, *unit_note(r.cells[column])) for r in rows]
    noted = [(r, name, unit) for r, name, unit in notes if unit]
    if len(noted) < 2 or 2 * len(noted) < len(rows):
        return ""
    for row, name, _ in noted:
        row.cells[column] = name
    units = {unit for _, _, unit in noted}
    return units.pop() if len(units) == 1 else ""
