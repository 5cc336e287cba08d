"""A table assessing each risk by its likelihood and consequence ("Risk | Sannolikhet |
Konsekvens | Riskvärde | Åtgärd/kontroll | Ansvarig") is an internkontroll, not activities: the
"Åtgärd/kontroll" column is the kontrollmoment, "Ansvarig" its kontrollansvar."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

ROWS = [
    ["Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Åtgärd/kontroll", "Ansvarig"],
    ["Bistånd betalas ut utan beslut", "3", "3", "9", "Stickprov på tio akter", "Enhetschef"],
    ["Utbildning köps utanför avtal", "2", "3", "6", "Granskning av fakturor", "Controller"],
]


def test_a_risk_assessment_table_is_the_internkontroll(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Internkontroll", 1)
    doc.add_paragraph("Riskerna har bedömts av ledningsgruppen.")
    table = doc.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for row, values in zip(table.rows, ROWS, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)

    assert not plan.aktiviteter
    found = [
        (c.risk, c.sannolikhet, c.konsekvens, c.kontrollmoment, c.kontrollansvar)
        for c in plan.internkontroll
    ]
    assert found == [
        ("Bistånd betalas ut utan beslut", 3, 3, "Stickprov på tio akter", "Enhetschef"),
        ("Utbildning köps utanför avtal", 2, 3, "Granskning av fakturor", "Controller"),
    ]
