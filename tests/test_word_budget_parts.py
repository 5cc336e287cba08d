"""A budget's "varav" line ("varav personalkostnader ⇥ −14 200 ⇥ −14 900" under a
verksamhet) says how much of the row above is one kind of cost: it is a part of that row, not
a budget row, and is not counted when the totals row is checked. Its line is kept as written
in the chapter the budget stands in, after the name of the row it belongs to."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

ROWS = [
    ["Verksamhet", "Budget 2026", "Budget 2027"],
    ["Öppenvård barn och familj", "−21 300", "−22 150"],
    ["varav personalkostnader", "−14 200", "−14 900"],
    ["Ekonomiskt bistånd", "−46 900", "−48 150"],
    ["– därav försörjningsstöd", "−39 800", "−41 000"],
    ["Nettokostnad", "−68 200", "−70 300"],
]


def test_varav_rows_are_parts_of_the_row_above(tmp_path: Path) -> None:
    doc = Document()
    for text in ("Hällesby kommun", "Socialnämnden", "Verksamhetsplan 2026–2027"):
        doc.add_paragraph(text)
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Driftbudget per verksamhet, tkr")
    table = doc.add_table(rows=len(ROWS), cols=3)
    for r, cells in enumerate(ROWS):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    result = import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    units = {v.id: v.namn for v in plan.verksamheter}
    columns = {c.id: c.ar for c in plan.budgetkolumner}
    rows = [
        (units[r.verksamhet_id], {columns[c]: v for c, v in r.belopp.items()})
        for r in plan.driftbudget
    ]
    assert rows == [
        ("Öppenvård barn och familj", {2026: D(-21300), 2027: D(-22150)}),
        ("Ekonomiskt bistånd", {2026: D(-46900), 2027: D(-48150)}),
    ]
    report = " ".join(result.report)
    assert "stämmer inte" not in report  # the total is the two rows' sum, not the four's
    assert "”varav personalkostnader”, ”– därav försörjningsstöd” är delar av raden" in report
    (chapter,) = [k for k in plan.kapitel if k.rubrik == "Ekonomi"]
    assert "Öppenvård barn och familj: varav personalkostnader −14 200 −14 900" in chapter.text
    assert "Ekonomiskt bistånd: – därav försörjningsstöd −39 800 −41 000" in chapter.text
