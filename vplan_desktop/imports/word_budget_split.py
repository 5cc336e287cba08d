"""A driftbudget that splits each verksamhet into rows of its own: the verksamhet's name alone,
then "Intäkter", "Kostnader" and a "Netto" row under it. The verksamhet's row in the plan is its
netto (the netto row, else the sum of its rows); the intäkter and kostnader are kept as a table
in the chapter, so no figure is lost."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from vplan_desktop.imports.word_build import TableView
from vplan_desktop.imports.word_table import Row, Total, amount

SUB_ROW = re.compile(
    r"^(?:summa\s+)?(?:intäkter|kostnader|personalkostnader|lokalkostnader|kapitalkostnader|"
    r"övriga kostnader|driftkostnader|bidrag|avgifter|ersättningar|interna intäkter|"
    r"externa intäkter|statsbidrag|brutto(?:kostnad)?)\b",
    re.IGNORECASE,
)
"""A row naming a kind of money under a verksamhet, not a verksamhet."""
NET_ROW = re.compile(r"^(?:netto|nettokostnad|summa netto|netto\s*kostnad)\s*$", re.IGNORECASE)


@dataclass
class Unit:
    """A verksamhet split into rows: its name's row, the rows under it, its netto row."""

    name: str
    head: Row
    parts: list[Row] = field(default_factory=list)
    net: Total | None = None


@dataclass
class Split:
    """The verksamheter a table splits into rows, and the rows that belong to them."""

    units: list[Unit] = field(default_factory=list)
    claimed: set[int] = field(default_factory=set)
    """``id`` of every row read as part of a unit (its head included)."""
    total: Unit | None = None
    """A unit that is the sum of all the others (the nämnd as a whole): checked, not a row."""

    def unit_of(self, row: Row) -> Unit | None:
        return next((u for u in self.units if u.head is row), None)


def split_units(view: TableView, years: dict[int, str]) -> Split:
    """The verksamheter whose figures stand on rows under their name."""
    out = Split()
    rows = view.rows.rows
    for number, row in enumerate(rows):
        name = view.cell(row.cells, "namn")
        following = rows[number + 1] if number + 1 < len(rows) else None
        if (
            name
            and not SUB_ROW.match(name)
            and not _figures(row, years)
            and following is not None
            and SUB_ROW.match(view.cell(following.cells, "namn"))
        ):
            unit = Unit(name, row)
            for part in rows[number + 1 :]:
                if not SUB_ROW.match(view.cell(part.cells, "namn")):
                    break
                unit.parts.append(part)
            out.units.append(unit)
            out.claimed |= {id(row), *(id(p) for p in unit.parts)}
    for total in view.rows.totals:
        if not NET_ROW.match(total.label) or not total.rows:
            continue
        owner = next((u for u in out.units if u.parts and total.rows[-1] is u.parts[-1]), None)
        if owner is not None and owner.net is None:
            owner.net = total
    return out


def unit_amounts(unit: Unit, years: dict[int, str]) -> dict[int, Decimal]:
    """Column index → the unit's netto: the netto row's figure, else the sum of its rows."""
    out: dict[int, Decimal] = {}
    for index in years:
        if unit.net is not None and index < len(unit.net.cells):
            stated = amount(unit.net.cells[index])
            if stated is not None:
                out[index] = stated
                continue
        values = [amount(p.cells[index]) for p in unit.parts if index < len(p.cells)]
        if any(v is not None for v in values):
            out[index] = sum((v for v in values if v is not None), Decimal(0))
    return out


def _figures(row: Row, years: dict[int, str]) -> bool:
    return any(index < len(row.cells) and amount(row.cells[index]) is not None for index in years)


def group_lines(view: TableView) -> list[Row]:
    """Rows naming a group of verksamheter ("Kultur", every other cell empty) that a totals
    row "Summa kultur" further down sums: a heading over rows, not a verksamhet."""
    sums = {" ".join(t.label.lower().split()) for t in view.rows.totals}
    out = []
    for row in view.rows.rows:
        name = " ".join(view.cell(row.cells, "namn").lower().split())
        others = [c for i, c in enumerate(row.cells) if c and i != view.col("namn")]
        if name and not others and any(s in (f"summa {name}", f"totalt {name}") for s in sums):
            out.append(row)
    return out
