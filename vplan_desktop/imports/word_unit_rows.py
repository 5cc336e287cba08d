"""A budget printed by the economy system one verksamhet at a time: rows named "<verksamhet>
intäkter", "<verksamhet> kostnader", "<verksamhet> nettokostnad" (often one small
"Resultaträkning, tkr" table per verksamhet). It is a driftbudget: each verksamhet's row in the
plan is its nettokostnad (else the sum of its rows), its intäkter and kostnader are kept as a
table in the chapter. A verksamhet whose figures are the sum of all the others' (the nämnd as a
whole, printed first or last) is checked against them, never imported as a row."""

from __future__ import annotations

import re
from decimal import Decimal

from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_budget_split import Split, Unit, unit_amounts
from vplan_desktop.imports.word_build import TableView
from vplan_desktop.imports.word_table import Total

__all__ = ["by_unit", "suffixed", "suffixed_units"]

_SUFFIX = re.compile(
    r"^(?P<unit>\S.*?)[,:]?\s+(?P<kind>intäkter|kostnader|nettokostnad(?:er)?|netto|"
    r"nettointäkter|summa netto)$",
    re.IGNORECASE,
)
_NET = ("nettokostnad", "nettokostnader", "netto", "nettointäkter", "summa netto")
_NO_UNIT = re.compile(
    r"^(?:\w+(?:ens|ets|nas)|övriga|externa|interna|totala|summa|sålda|bruttokostnader)$",
    re.IGNORECASE,
)
"""Words before "intäkter" that name the kind of money, not a verksamhet: "Verksamhetens
intäkter", "Övriga kostnader", "Externa intäkter"."""


def suffixed(label: str) -> tuple[str, bool] | None:
    """(verksamhet, whether the row is its netto) for "Bygglov nettokostnad"; None for a label
    not ending in a kind of money."""
    found = _SUFFIX.match(" ".join(label.split()))
    if found is None or _NO_UNIT.match(found.group("unit").strip()):
        return None
    return found.group("unit").strip(), found.group("kind").lower() in _NET


def by_unit(block: Block, header_rows: int) -> bool:
    """Every row of the table is a verksamhet's intäkter, kostnader or netto, each verksamhet
    on two rows or more, at least one with its netto."""
    labels = [block.rows[r][0].text for r in range(header_rows, len(block.rows))]
    found = [suffixed(label) for label in labels if label.strip()]
    if len(found) < 2 or any(f is None for f in found):
        return False
    named = [f for f in found if f is not None]
    units = {unit for unit, _ in named}
    return any(net for _, net in named) and len(units) < len(named)


def suffixed_units(view: TableView, years: dict[int, str]) -> Split | None:
    """The verksamheter of a table whose rows are named by verksamhet and kind; None for a
    table whose rows are not all so named."""
    rows = view.rows.rows
    found = [suffixed(view.cell(row.cells, "namn")) for row in rows]
    if not rows or any(f is None for f in found):
        return None
    out = Split()
    units: dict[str, Unit] = {}
    for row, named in zip(rows, found, strict=True):
        assert named is not None
        name, net = named
        unit = units.get(name)
        if unit is None:
            unit = units[name] = Unit(name, row)
            out.units.append(unit)
        if net and unit.net is None:
            unit.net = Total(row.block, row.index, name, row.cells, list(unit.parts))
        else:
            unit.parts.append(row)
        out.claimed.add(id(row))
    out.total = _whole(out.units, years)
    return out


def _whole(units: list[Unit], years: dict[int, str]) -> Unit | None:
    """The unit whose figures are the sum of all the other units' in every column."""
    if len(units) < 3:
        return None
    amounts = [unit_amounts(u, years) for u in units]
    for number, unit in enumerate(units):
        others = [a for n, a in enumerate(amounts) if n != number]
        own = amounts[number]
        if own and all(
            own[i] == sum((a.get(i, Decimal(0)) for a in others), Decimal(0)) for i in own
        ):
            return unit
    return None
