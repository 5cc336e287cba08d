"""An investment table "Projekt | Benämning | Budget 2027 | Plan 2028": the project's name
has a column of its own, so the "Projekt" column holds the project's number."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word


def test_projekt_column_is_the_number_beside_a_name_column(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Ekonomi", 1)
    doc.add_heading("Investeringar (tkr)", 3)
    rows = [
        ["Projekt", "Benämning", "Budget 2027", "Plan 2028"],
        ["77012", "Ny datorhall, etapp 2", "4 500", "2 000"],
        ["77015", "Nätverk skolor", "1 200", "1 200"],
        ["Summa", "", "5 700", "3 200"],
    ]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    projects = read_word(tmp_path / "plan.docx").data["investeringar"]
    assert [(p["projekt"], p["projektnummer"]) for p in projects] == [
        ("Ny datorhall, etapp 2", "77012"),
        ("Nätverk skolor", "77015"),
    ]
    assert projects[0]["belopp"] == {"2027": Decimal(4500), "2028": Decimal(2000)}
