"""The unit a budget table's amounts are printed in (tkr, mnkr or kronor) and the plan's unit
for each kind of budget table ("drift", "resultat", "investering").

The unit is read from, in this order: the amount cells themselves ("−6,9 mnkr", "1 250 000
kr"), the headers of its amount and name columns and its title rows ("Budget 2027 (mnkr)",
"Nettobelopp i kkr"; a unit heading a column of other figures, "Kostnad per elev, kr", is that
column's and never rescales the amounts), the caption right above it ("Driftbudget per
verksamhet, mnkr"), the short lines over it and the heading it stands under; kkr is tkr. A
figure followed by a unit ("en ram på 431,4 miljoner kronor") is an amount, not the table's
unit.

The first table of a kind decides that kind's unit in the plan: mnkr when it is printed in
mnkr, tkr otherwise (a table in kronor becomes tkr). A later table of the kind in another
unit has its amounts converted exactly into the plan's unit, and the report says so; a table
whose unit is not named is read in the plan's unit (tkr when it is the first)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from vplan_desktop.formatting import format_amount
from vplan_desktop.imports.word_build import Builder, TableView
from vplan_desktop.imports.word_money_unit import units_in
from vplan_desktop.imports.word_name_units import unit_in_names
from vplan_desktop.imports.word_tolkning import role_year
from vplan_desktop.numbers import LARGEST, MAX_AMOUNT_DECIMALS, plain

TKR, MNKR, KR = "tkr", "mnkr", "kr"

_EXPONENT = {KR: 0, TKR: 3, MNKR: 6}
"""Each unit as a power of ten kronor."""

_NAMES = {KR: "kronor", TKR: "tkr", MNKR: "mnkr"}

_TABLE_NAMES = {
    "drift": "driftbudgetens",
    "resultat": "resultaträkningens",
    "investering": "investeringarnas",
}

_WORDS = re.compile(
    r"(?P<mnkr>\b(?:mnkr|mkr|mn\s?kr|miljoner\s+(?:kronor|kr)|milj\.?\s*kr)\b)"
    r"|(?P<tkr>\b(?:tkr|kkr|tusen\s+(?:kronor|kr)|tusentals\s+(?:kronor|kr))\b)"
    r"|(?P<kr>\b(?:kronor|kr)\b(?!\.?\s*(?:per\b|/|i\s+snitt)))",
    re.IGNORECASE,
)
"""A unit named in words; "kr per invånare" and "kronor per elev" name no budget's unit."""

_AFTER_FIGURE = re.compile(r"\d[\d\s\u00a0\u202f]*(?:[,.]\d+)?\s*$")


def unit_in_text(text: str) -> str:
    """The first money unit ``text`` names as a unit ("tkr", "mnkr" or "kr"); "" for none.
    A unit right after a figure ("64,2 miljoner kronor") is that figure's, not a table's."""
    for found in _WORDS.finditer(text):
        if _AFTER_FIGURE.search(text[: found.start()]):
            continue
        return next(name for name, value in found.groupdict().items() if value)
    return ""


def _amount_columns(view: TableView) -> list[int]:
    return [i for i, role in enumerate(view.roles) if role_year(role) is not None]


def table_unit(view: TableView) -> tuple[str, str]:
    """The unit ``view``'s amounts are printed in and where it is said: ("mnkr", "cellerna"),
    ("tkr", "kolumnrubrikerna"), ("kr", "tabellens rubrik") … or ("", "") when nothing names
    one. Cells naming different units give ("", "cellerna"): each amount is read as printed."""
    columns = _amount_columns(view)
    rows = [r.cells for r in view.rows.rows] + [t.cells for t in view.rows.totals]
    cells = [r[i] for r in rows for i in columns if i < len(r)]
    in_cells = {TKR if u == "kkr" else u for u in units_in(cells)}
    if len(in_cells) == 1:
        return in_cells.pop(), "cellerna"
    if in_cells:
        return "", "cellerna"
    ctx = view.context
    # a column of other figures ("Kostnad per elev 2027, kr") names no unit of the amounts
    own = [h for i, h in enumerate(view.headers) if i in columns or view.roles[i] == "namn"]
    sources = (
        (" ".join([*own, *view.titles]), "kolumnrubrikerna"),
        (ctx.caption, "tabellens rubrik"),
        (ctx.lead, "raden över tabellen"),
        (ctx.heading, f"rubriken ”{ctx.heading}”"),
    )
    for text, where in sources:
        if unit := unit_in_text(text):
            return unit, where
    return "", ""


@dataclass
class _Before:
    """What a budget table of one kind held before a table was read, to find what it added."""

    rows: int
    kf_ram: dict[int, Decimal] = field(default_factory=dict)
    sums: dict[str, Any] = field(default_factory=dict)


def _rows(b: Builder, table: str) -> list[dict[str, Any]]:
    if table == "drift":
        return b.drift_rows
    if table == "resultat":
        return b.cost_kinds
    return b.investments


def _columns(b: Builder, table: str) -> dict[str, dict[str, Any]]:
    return {"drift": b.drift_columns, "resultat": b.result_columns}.get(table, {})


def _snapshot(b: Builder, table: str) -> _Before:
    sums = {k: c.get("angiven_summa") for k, c in _columns(b, table).items()}
    kf_ram = dict(b.kf_ram) if table == "drift" else {}
    return _Before(len(_rows(b, table)), kf_ram, sums)


def read_in_plan_unit(
    view: TableView, b: Builder, table: str, read: Callable[[TableView, Builder], None]
) -> None:
    """Read ``view`` with ``read`` as a table of ``table`` ("drift", "resultat",
    "investering"), then give its amounts in the plan's unit for that kind."""
    named = unit_in_names(view) if table != "investering" else ""  # "Politisk …, tkr netto"
    before = _snapshot(b, table)
    read(view, b)
    unit, where = table_unit(view)
    if named:
        _tell(view, b, f"Radernas namn slutade med enheten ”{named}”; namnen lästes utan den.")
        unit, where = (unit, where) if unit or where else (named, "radernas namn")
    plan_unit = b.enheter.get(table)
    if plan_unit is None and unit == MNKR:
        plan_unit = b.enheter[table] = MNKR
        named = _TABLE_NAMES[table]
        _tell(view, b, f"Beloppen står i mnkr (enligt {where}): {named} enhet i planen är mnkr.")
    elif plan_unit is None:
        plan_unit = b.enheter[table] = TKR
    if where == "cellerna" and unit == plan_unit == TKR:
        _tell(view, b, "Beloppen står med enheten ”tkr” i cellerna och lästes som de står.")
    if not unit or unit == plan_unit:
        return
    rounded = _convert(b, table, before, _EXPONENT[unit] - _EXPONENT[plan_unit])
    line = (
        f"Beloppen stod i {_NAMES[unit]} och har räknats om till {plan_unit}."
        if unit == KR and plan_unit == TKR
        else f"Beloppen stod i {_NAMES[unit]} (enligt {where}) och har räknats om till "
        f"{plan_unit}, {_TABLE_NAMES[table]} enhet i planen."
    )
    if rounded:
        line += f" {rounded} belopp fick fler än {MAX_AMOUNT_DECIMALS} decimaler och avrundades."
    _tell(view, b, line)


def _tell(view: TableView, b: Builder, line: str) -> None:
    """A line in the report and on the table's own outcome, for the user to check."""
    b.report(line)
    outcome = b.result.outcomes.get(view.block.index)
    if outcome is not None:
        warning = f"{outcome.warning} {line}".strip()
        b.result.outcomes[view.block.index] = replace(outcome, warning=warning)
    b.result.warnings.append(line)


@dataclass
class _Scale:
    """Amounts times ten to the power ``exponent``, exact to ``MAX_AMOUNT_DECIMALS`` decimals;
    how many had to be rounded, and the ones too large to keep."""

    exponent: int
    rounded: int = 0
    too_large: list[Decimal] = field(default_factory=list)

    def __call__(self, value: Decimal) -> Decimal | None:
        result = plain(value.scaleb(self.exponent))
        exponent = result.as_tuple().exponent
        assert isinstance(exponent, int)
        if -exponent > MAX_AMOUNT_DECIMALS:
            step = Decimal(1).scaleb(-MAX_AMOUNT_DECIMALS)
            result = plain(result.quantize(step, rounding=ROUND_HALF_UP))
            self.rounded += 1
        if result.copy_abs() > LARGEST:
            self.too_large.append(value)
            return None
        return result


def _convert(b: Builder, table: str, before: _Before, exponent: int) -> int:
    """Convert what the table just read added; the number of amounts rounded."""
    scale = _Scale(exponent)
    for row in _rows(b, table)[before.rows :]:
        for name in ("belopp", "utfall"):
            amounts = row.get(name)
            if isinstance(amounts, dict):
                converted = {k: scale(v) for k, v in amounts.items()}
                row[name] = {k: v for k, v in converted.items() if v is not None}
    for key, column in _columns(b, table).items():
        stated = column.get("angiven_summa")
        if stated is not None and stated is not before.sums.get(key):
            column["angiven_summa"] = scale(stated)
    if table == "drift":
        for year, stated in list(b.kf_ram.items()):
            if stated is not before.kf_ram.get(year):
                if (value := scale(stated)) is None:
                    del b.kf_ram[year]
                else:
                    b.kf_ram[year] = value
    for value in scale.too_large:
        b.report(
            f"Beloppet {format_amount(value)} blir för stort när det räknas om "
            f"(mer än {format_amount(Decimal(LARGEST))}): cellen lämnades tom."
        )
    return scale.rounded
