"""A driftbudget whose totals row disagrees with its rows in one year and holds a figure in a
column where no verksamhet has an amount (the ram given only as a total) is read: the rows'
amounts, the disagreeing sum kept as the column's stated sum, and a report line; the import
does not stop."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

ROWS = [
    ["Verksamhet", "Budget 2026", "Budget 2027", "Plan 2028"],
    ["Gator och vägar", "-12 400", "-12 900", ""],
    ["Parker", "-6 100", "-6 300", ""],
    ["Summa", "-18 500", "-19 300", "-20 000"],
]


def test_a_wrong_total_beside_a_column_without_rows(tmp_path: Path) -> None:
    doc = Document()
    for text in ("Exempelby kommun", "Tekniska nämnden", "Verksamhetsplan 2026–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Driftbudget, tkr")
    table = doc.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for r, cells in enumerate(ROWS):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    result = import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    names = {v.id: v.namn for v in plan.verksamheter}
    columns = {c.id: (c.slag.value, c.ar) for c in plan.budgetkolumner}
    drift = {
        names[r.verksamhet_id]: {columns[c]: v for c, v in r.belopp.items()}
        for r in plan.driftbudget
    }
    assert drift["Parker"] == {("budget", 2026): D(-6100), ("budget", 2027): D(-6300)}
    stated = {columns[c.id]: c.angiven_summa for c in plan.budgetkolumner}
    assert stated[("budget", 2027)] == D(-19300)
    report = " ".join(result.report).replace("\u00a0", " ").replace("\u202f", " ")
    assert "Budget 2027: -19 300 mot -19 200" in report
