"""A budget printed as a matrix of kostnadsslag and verksamheter: the kostnadsslag as rows
("Intäkter", "Personalkostnader", "Övriga kostnader", then "Nettokostnad") and the verksamheter
as columns ("Kostnadsslag | Förskola | Grundskola | Totalt"), no column naming a year (the year
is the caption's or the heading's: "Driftbudget 2027 per verksamhet, tkr"). The plan holds it the
way it holds every budget: each verksamhet's net (its cell in the net row, or its column's sum
when there is none) is that verksamhet's driftbudget row, and each kostnadsslag's total (its
cell in the total column, or its row's sum when there is none) is its resultaträkning row. The
cells of a kostnadsslag per verksamhet are parts of both: the matrix is also kept as a table in
the chapter, and a total that disagrees with its parts is reported."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from vplan_desktop.formatting import format_amount
from vplan_desktop.imports.word_budget_unit import read_in_plan_unit
from vplan_desktop.imports.word_build import Builder, TableView, column_key
from vplan_desktop.imports.word_key_table import chapter_table
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_sum_column import is_dash
from vplan_desktop.imports.word_table import YEAR, Total, amount
from vplan_desktop.wording import count as count_of

__all__ = ["read_matrix"]

_KIND_WORDS = ("intäkt", "kostnad", "avskrivning", "ränt", "bidrag", "taxor", "avgift", "lön")
"""Words of a kostnadsslag's name ("Personalkostnader", "Intäkter", "Övriga kostnader")."""
_TOTAL_COLUMN = re.compile(
    r"^(?:totalt?|summa|total\s+\S+|hela\s+(?:nämnden|förvaltningen)|nämnden\s+totalt)\b", re.I
)
_NET = re.compile(r"^(?:netto|nettokostnad(?:er)?|nettobudget|resultat|summa|totalt?)\b", re.I)


def _cell(text: str) -> Decimal | None:
    """A cell's amount; 0 for an empty or dashed cell; None for words."""
    if not text.strip() or is_dash(text):
        return Decimal(0)
    return amount(text)


def _columns(view: TableView) -> tuple[list[int], int | None] | None:
    """The verksamheter's columns and the total column; None when the headers are no
    verksamheter (a year in one, a number, a kostnadsslag)."""
    headers = [" ".join(h.split()) for h in view.headers]
    if len(headers) < 3 or any(":" in role for role in view.roles):
        return None  # a column of a year: a budget read by its years
    names = list(range(1, len(headers)))
    if not all(headers[i] and not any(ch.isdigit() for ch in headers[i]) for i in names):
        return None
    total = names[-1] if _TOTAL_COLUMN.match(headers[names[-1]]) else None
    units = [i for i in names if i != total]
    if any(w in headers[i].lower() for i in units for w in _KIND_WORDS):
        return None  # "Intäkter | Kostnader": the kostnadsslag across, not verksamheter
    return (units, total) if len(units) >= 2 else None


def _matrix(view: TableView) -> tuple[list[int], int | None, Total | None] | None:
    found = _columns(view)
    rows = view.rows.rows
    if found is None or len(rows) < 2 or view.col("namn") != 0:
        return None
    units, total = found
    amounts = [*units, *([total] if total is not None else [])]
    for row in rows:
        name = row.cells[0].lower()
        if not any(w in name for w in _KIND_WORDS) or row.group:
            return None
        if any(_cell(row.cells[i]) is None for i in amounts):
            return None
    nets = [t for t in view.rows.totals if _NET.match(t.label)]
    if len(view.rows.totals) > 1 or (view.rows.totals and not nets):
        return None  # subtotals: a budget of another shape
    return units, total, nets[0] if nets else None


def _year_key(view: TableView) -> str:
    ctx = view.context
    named = YEAR.search(f"{ctx.caption} {ctx.lead} {ctx.heading}")
    year = int(named.group(1)) if named else ctx.first_year
    return column_key("budget" if year >= ctx.first_year else "bokslut", year)


def _sum(view: TableView, column: int) -> Decimal:
    return sum((_cell(r.cells[column]) or Decimal(0) for r in view.rows.rows), Decimal(0))


def _check(name: str, stated: Decimal | None, parts: Decimal, warnings: list[str]) -> Decimal:
    if stated is not None and stated != parts:
        warnings.append(
            f"”{name}” är {format_amount(stated)} men delarna blir {format_amount(parts)}."
        )
    return parts if stated is None else stated


def read_matrix(view: TableView, b: Builder, table: str) -> bool:
    """Read ``view`` when it is a budget matrix (see the module), inside the reading of it as a
    ``table`` ("drift" or "resultat") whose amounts are then given in the plan's unit. False,
    with nothing read, for any other table."""
    found = _matrix(view)
    if found is None:
        return False
    units, total, net = found
    key = _year_key(view)
    slag, year = key.split("-")
    column = {"slag": slag, "ar": int(year), "anmarkning": ""}
    warnings: list[str] = []

    def drift(view: TableView, b: Builder) -> None:
        b.drift_columns.setdefault(key, dict(column))
        nets: list[Decimal] = []
        for index in units:
            name = view.headers[index].strip()
            stated = _cell(net.cells[index]) if net is not None else None
            amounts = {key: _check(name, stated, _sum(view, index), warnings)}
            unit = b.unit(name)
            b.drift_rows.append(
                {"id": b.next_id(), "verksamhet_id": unit, "belopp": amounts, "att_granska": True}
            )
            nets.append(amounts[key])
        if net is not None and total is not None:  # the net row's total: the nets' sum
            _check(net.label, _cell(net.cells[total]), sum(nets, Decimal(0)), warnings)

    def result(view: TableView, b: Builder) -> None:
        b.result_columns.setdefault(key, dict(column))
        for row in view.rows.rows:
            parts = sum((_cell(row.cells[i]) or Decimal(0) for i in units), Decimal(0))
            stated = _cell(row.cells[total]) if total is not None else None
            amounts: dict[str, Any] = {key: _check(row.cells[0], stated, parts, warnings)}
            b.cost_kinds.append(
                {"id": b.next_id(), "namn": row.cells[0], "belopp": amounts, "att_granska": True}
            )

    if table == "drift":  # the other table's amounts in the plan's unit for it
        drift(view, b)
        read_in_plan_unit(view, b, "resultat", result)
    else:
        result(view, b)
        read_in_plan_unit(view, b, "drift", drift)
    chapter = b.target_chapter()
    b.text(chapter, chapter_table(view))
    where = b.chapters[chapter]["rubrik"]
    warnings.append(
        "Budgeten har kostnadsslagen som rader och verksamheterna som kolumner: varje "
        "verksamhets netto blev dess rad i driftbudgeten, varje kostnadsslags summa dess rad i "
        f"resultaträkningen; tabellen står också i kapitlet ”{where}”."
    )
    text = (
        f"Driftbudget med {count_of(len(units), 'rad')} och resultaträkning med "
        f"{count_of(len(view.rows.rows), 'rad')} ur samma tabell"
    )
    b.became(view.block.index, Became.DRIFT, text, " ".join(warnings))
    for part, _skip in view.parts[1:]:
        b.became(part.index, Became.DRIFT, f"Fortsättning: {text}")
    b.report(text)
    for warning in warnings:
        b.report(warning)
    return True
