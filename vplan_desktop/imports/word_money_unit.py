"""Amounts written with their unit in the cell ("1 250 000 kr", "48 900 tkr", "12,3 mnkr"):
the number is read as printed and the unit is noted (``word_budget_unit`` gives a table's
amounts in the plan's unit), so the report can say what the table's amounts are counted in."""

from __future__ import annotations

import re

UNIT = re.compile(r"^(?P<number>.*?\d[\d\s.,)]*?)\s*(?P<unit>tkr|mnkr|kkr|kr|kronor)\.?$", re.I)


def split_unit(text: str) -> tuple[str, str]:
    """("1 250 000", "kr") for "1 250 000 kr"; (text, "") for a cell with no money unit."""
    found = UNIT.match(text.strip())
    if found is None:
        return text, ""
    unit = found.group("unit").lower()
    return found.group("number"), "kr" if unit == "kronor" else unit


def units_in(cells: list[str]) -> list[str]:
    """The money units written in these cells, each once, in the order met."""
    out: list[str] = []
    for cell in cells:
        unit = split_unit(cell)[1]
        if unit and unit not in out:
            out.append(unit)
    return out


def unit_note(units: list[str]) -> str:
    """The report's line on a budget table whose cells mix units; "" for one unit or none
    (one unit is the table's: ``word_budget_unit`` reads the amounts in it)."""
    if len(units) < 2:
        return ""
    named = " och ".join(f"”{u}”" for u in units)
    return (
        f"Beloppen står med enheterna {named} i cellerna och lästes som de står. "
        "Tabellen blandar enheter: granska beloppen."
    )
