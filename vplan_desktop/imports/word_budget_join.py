"""A budget given in two tables for the same verksamheter: the year's driftbudget ("Verksamhet |
Intäkter | Kostnader | Netto") and then the plan years' netto ("Verksamhet | Plan 2028 | Plan
2029"). The later table names no verksamhet the earlier did not and gives only years the
earlier did not: its amounts are the same rows' later years, joined by name, not a second row
per verksamhet ("Politisk verksamhet (2)")."""

from __future__ import annotations

import re
from collections.abc import Callable

from vplan_desktop.imports.word_build import Builder, TableView

__all__ = ["joined"]

_NUMBERED = re.compile(r"^(?P<name>.+) \((?P<n>\d+)\)$")
"""A verksamhet named a second time: "Politisk verksamhet (2)"."""


def joined(
    read: Callable[[TableView, Builder], None],
) -> Callable[[TableView, Builder], None]:
    """``read`` (a driftbudget table's reader), its rows joined by name to the rows an earlier
    table made when the table gives the same verksamheter's other years."""

    def read_joined(view: TableView, b: Builder) -> None:
        rows_before, units_before = len(b.drift_rows), len(b.units)
        read(view, b)
        join_rows(b, rows_before, units_before)

    return read_joined


def join_rows(b: Builder, rows_before: int, units_before: int) -> bool:
    """Join the drift rows made since ``rows_before`` to the earlier rows of their names when
    each renames an earlier row ("… (2)") and gives none of its years; True when joined."""
    earlier = {b.unit_name(r["verksamhet_id"]): r for r in b.drift_rows[:rows_before]}
    added = b.drift_rows[rows_before:]
    pairs = []
    for row in added:
        found = _NUMBERED.match(b.unit_name(row["verksamhet_id"]))
        same = earlier.get(found["name"]) if found else None
        if same is None or set(same["belopp"]) & set(row["belopp"]):
            return False
        pairs.append((same, row))
    dropped = {row["verksamhet_id"] for _, row in pairs}
    if len(pairs) < 2 or any(unit <= units_before for unit in dropped):
        return False  # one row is no table of the same verksamheter
    for same, row in pairs:
        same["belopp"].update(row["belopp"])
    del b.drift_rows[rows_before:]
    for name in [name for name, unit in b.units.items() if unit in dropped]:
        del b.units[name]
    b.report(
        f"Driftbudgetens {len(pairs)} rader i tabellen med de senare åren lades till "
        "verksamheterna med samma namn i tabellen ovan."
    )
    return True
