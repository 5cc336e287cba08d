"""The ram fullmäktige gave the nämnd, in a budget table per verksamhet. A year's ram as a
column ("Nettoram 2027", "Ram 2027", "Kommunbidrag 2027") among columns that are all years of a
budget ("Bokslut 2025 | Budget 2026 | Nettoram 2027 | Plan 2028") is that year's budget; beside
columns of another kind it is no budget year (a ram build-up "Ram 2026 | Pris- och
lönekompensation | … | Ram 2027" is kept as printed). A last row naming the ram
("Kommunbidrag", "Nämndens ram", "Tilldelad ram") that holds, in every year's column, the sum
of the rows above it is the table's totals row (checked against the rows like "Summa"), not a
verksamhet of its own; a ram row that is no such sum (a resultaträkning's "Kommunbidrag" among
its intäkter, a ram not yet shared out) stays a row for the other readers. A ram row right
under the totals row, over the result ("Nettokostnad | Kommunbidrag | Resultat"), is no row
either: the result is the rows' sum and the ram."""

from __future__ import annotations

import re
from decimal import Decimal

from vplan_desktop.imports.word_build import TableView
from vplan_desktop.imports.word_school_year import year_in
from vplan_desktop.imports.word_table import Total, amount, column_kind_year

_RAM_COLUMN = re.compile(r"\b(?:netto|budget)?ram\b|\bkommunbidrag", re.IGNORECASE)
_RAM_ROW = re.compile(
    r"^(?:kommunbidrag|(?:nämndens\s+|tilldelad\s+|beslutad\s+)?(?:netto|budget)?ram)\b",
    re.IGNORECASE,
)


def ram_year(header: str, headers: list[str]) -> tuple[str, int] | None:
    """("budget", 2027) for a ram column ``header`` when every other column after the first
    of ``headers`` is a budget's year ("Budget 2026", "Plan 2028"); None otherwise."""
    year = year_in(header.lower())
    if not year or not _RAM_COLUMN.search(header) or len(header) > 60:
        return None
    for other in headers[1:]:
        if other == header:
            continue
        found = column_kind_year(other)
        if (found is None or not found[0]) and not _RAM_COLUMN.search(other):
            return None
    return "budget", year


def ram_total(view: TableView, columns: list[int]) -> None:
    """Moves a last row that names the ram and sums the rows above it (in each of the
    columns ``columns``) to the table's totals."""
    rows = view.rows.rows
    if len(rows) < 2 or not columns:
        return
    last = rows[-1]
    if not _RAM_ROW.match(view.cell(last.cells, "namn").strip()):
        return
    above = rows[:-1]
    for index in columns:
        stated = amount(last.cells[index])
        figures = [amount(r.cells[index]) for r in above if r.cells[index].strip()]
        if stated is None or not figures or any(f is None for f in figures):
            return
        if sum((f for f in figures if f is not None), Decimal(0)) != stated:
            return
    rows.pop()
    label = view.cell(last.cells, "namn")
    view.rows.totals.append(Total(last.block, last.index, label, list(last.cells), above))


def ram_below_total(view: TableView) -> None:
    """A last row naming the ram ("Kommunbidrag") right under a totals row ("Nettokostnad") is
    what the net is held against, not a row of the table: it joins the totals as stating
    itself, and a totals row under it ("Resultat") is checked as the rows' sum and the ram."""
    rows, totals = view.rows.rows, view.rows.totals
    if not rows or not totals or not _RAM_ROW.match(view.cell(rows[-1].cells, "namn").strip()):
        return
    last = rows[-1]
    place = (last.block, last.index)
    before = [t for t in totals if (t.block, t.index) < place]
    if (
        not before
        or len(rows) < 2
        or (rows[-2].block, rows[-2].index)
        > (
            before[-1].block,
            before[-1].index,
        )
    ):
        return  # rows between the totals row and the ram: the ram is one of the rows
    rows.pop()
    label = view.cell(last.cells, "namn")
    ram = Total(last.block, last.index, label, list(last.cells), [last])
    for total in totals:
        if (total.block, total.index) > place:
            total.rows = [*rows, last]
    totals.insert(len(before), ram)
