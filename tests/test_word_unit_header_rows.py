"""A units row in a Word plan's table: a row whose cells are only units ("tkr", "%", "st" …,
its first cell blank) gives the columns their unit and is part of the header, never a row of the
plan — under the column names of a budget or key-figure table, and at the top of a body table
whose header row was pasted as a one-row table of its own right above it."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx import Document

from tests.word_rate import rate
from tests.word_shapes_model import BudgetRow, Expected, Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_unit_header import is_unit_row
from vplan_desktop.services.read import read_plan


def _table(doc: Any, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text


def _plan(
    tmp_path: Path, heading: str, caption: str, tables: list[list[list[str]]]
) -> d.PlanSnapshot:
    """A plan whose chapter ``heading`` holds under ``caption`` the ``tables`` right after one
    another (no line between them, as a header pasted over its body)."""
    doc = Document()
    for text in ("Exempelby kommun", "Barn- och utbildningsnämnden", "Verksamhetsplan 2027"):
        doc.add_paragraph(text)
    doc.add_heading(heading, 1)
    doc.add_paragraph(
        "Nämndens budget för året bygger på kommunfullmäktiges beslut i juni och på "
        "förvaltningens beräkningar av volymer och priser."
    )
    doc.add_paragraph(caption)
    for rows in tables:
        _table(doc, rows)
    doc.add_paragraph("")
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def _drift(plan: d.PlanSnapshot) -> dict[str, dict[tuple[str, int], D]]:
    names = {v.id: v.namn for v in plan.verksamheter}
    columns = {c.id: (c.slag.value, c.ar) for c in plan.budgetkolumner}
    return {
        names[r.verksamhet_id]: {columns[c]: v for c, v in r.belopp.items() if v is not None}
        for r in plan.driftbudget
    }


DRIFT = "Driftbudget per verksamhet, nettokostnad"
HEADER = ["Verksamhet", "Budget 2027", "Budget 2026", "Förändring, %"]
BODY = [
    ["", "tkr", "tkr", "%"],
    ["Förskola", "143 900", "138 200", "4,1"],
    ["Grundskola", "254 300", "246 800", "3,0"],
    ["Summa", "398 200", "385 000", "3,4"],
]
AMOUNTS = {
    "Förskola": {("budget", 2027): D(143900), ("budget", 2026): D(138200)},
    "Grundskola": {("budget", 2027): D(254300), ("budget", 2026): D(246800)},
}


def test_a_units_row_under_a_pasted_header_table_is_no_budget_row(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "Ekonomi", DRIFT, [[HEADER], BODY])
    assert _drift(plan) == AMOUNTS
    assert "tkr" not in {v.namn for v in plan.verksamheter}


def test_a_units_row_under_the_column_names_is_no_budget_row(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "Ekonomi", DRIFT, [[HEADER, *BODY]])
    assert _drift(plan) == AMOUNTS


def test_a_units_row_of_counts_is_no_key_figure_row(tmp_path: Path) -> None:
    rows = [
        ["Nyckeltal", "Bokslut 2025", "Budget 2026", "Budget 2027"],
        ["", "st", "st", "st"],
        ["Antal barn i förskola", "1 309", "1 322", "1 340"],
        ["Antal elever i grundskola", "2 987", "3 018", "3 060"],
    ]
    plan = _plan(tmp_path, "Nyckeltal", "Nyckeltal för verksamheten", [rows])
    names = [r.namn for t in plan.nyckeltal for r in t.rader]
    assert names == ["Antal barn i förskola", "Antal elever i grundskola"]


def test_a_row_with_a_name_or_a_figure_is_no_units_row() -> None:
    assert is_unit_row(["", "tkr", "tkr", "%"])
    assert is_unit_row(["(tkr)", "st", "st"])
    assert not is_unit_row(["Antal", "", ""])  # a group's name over its rows
    assert not is_unit_row(["Förskola", "tkr", "tkr"])
    assert not is_unit_row(["", "143 900", "%"])
    assert not is_unit_row(["", "", ""])


def test_the_rate_counts_a_row_that_must_not_be_there_as_a_miss(tmp_path: Path) -> None:
    """The measure: a plan row named as a units row is (``Expected.not_rows``) fails the rate;
    the same plan without such a row keeps it."""
    named = [HEADER, ["tkr", "1 200", "1 100", "9,1"], *BODY[1:]]
    plan = _plan(tmp_path, "Ekonomi", DRIFT, [named])
    assert "tkr" in _drift(plan)
    expected = Expected("enhetsrad", Front("Barn- och utbildningsnämnden", "Exempelby", 2027, 2027))
    expected.budget = [BudgetRow("drift", name, amounts) for name, amounts in AMOUNTS.items()]
    assert rate(expected, plan).overall == 1.0
    expected.not_rows.append(("drift", "tkr"))
    measured = rate(expected, plan)
    assert measured.of("drift") < 1.0
    assert any("”tkr”" in line for line in measured.missing)
    expected.not_rows[0] = ("drift", "mnkr")
    assert rate(expected, plan).overall == 1.0
