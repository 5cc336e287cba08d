"""A budget table per verksamhet in the words of an "Ekonomisk ram": a year's ram ("Nettoram
2027", "Ram 2027", "Kommunbidrag 2027") is that year's budget column, and a last row naming
the ram ("Kommunbidrag") whose figures are the sums of the rows above it is the table's totals
row, not a verksamhet; a "Kommunbidrag" row that is no such sum stays a row."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

HEADER = ["Verksamhet", "Budget 2026", "Nettoram 2027", "Plan 2028"]
ROWS = [
    ["Livsmedelskontroll", "4 020", "4 110", "4 190"],
    ["Miljöskydd", "7 280", "7 560", "7 700"],
    ["Tobak och alkohol", "−80", "−60", "−60"],
]


def _plan(tmp_path: Path, rows: list[list[str]]) -> d.PlanSnapshot:
    doc = Document()
    for text in ("Exempelby kommun", "Miljönämnden", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Ekonomisk ram", 1)
    doc.add_paragraph("Kommunfullmäktige har beslutat om nämndens ram för 2027.")
    doc.add_paragraph("Nettoram per verksamhet (tkr)")
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
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


def test_the_nettoram_is_the_years_budget_and_kommunbidrag_the_total(tmp_path: Path) -> None:
    plan = _plan(tmp_path, [HEADER, *ROWS, ["Kommunbidrag", "11 220", "11 610", "11 830"]])
    assert _drift(plan) == {
        "Livsmedelskontroll": {
            ("budget", 2026): D(4020),
            ("budget", 2027): D(4110),
            ("plan", 2028): D(4190),
        },
        "Miljöskydd": {
            ("budget", 2026): D(7280),
            ("budget", 2027): D(7560),
            ("plan", 2028): D(7700),
        },
        "Tobak och alkohol": {
            ("budget", 2026): D(-80),
            ("budget", 2027): D(-60),
            ("plan", 2028): D(-60),
        },
    }
    assert "Kommunbidrag" not in {v.namn for v in plan.verksamheter}


def test_a_kommunbidrag_row_that_is_no_sum_stays_a_row(tmp_path: Path) -> None:
    plan = _plan(tmp_path, [HEADER, *ROWS, ["Kommunbidrag", "500", "520", "540"]])
    assert _drift(plan)["Kommunbidrag"] == {
        ("budget", 2026): D(500),
        ("budget", 2027): D(520),
        ("plan", 2028): D(540),
    }


def test_a_ram_build_up_is_no_budget(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        [
            ["Verksamhet", "Ram 2026", "Pris- och lönekompensation", "Effektivisering", "Ram 2027"],
            ["Livsmedelskontroll", "4 020", "90", "0", "4 110"],
            ["Miljöskydd", "7 280", "160", "−20", "7 420"],
        ],
    )
    assert plan.driftbudget == ()
    (table,) = plan.nyckeltal
    assert "Pris- och lönekompensation" in str(table)
