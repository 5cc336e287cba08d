"""An activity table laid out as a Gantt chart, "Aktivitet | Ansvarig | Q1 | Q2 | Q3 | Q4"
with the quarters the work runs marked "X": the activity starts with its first marked
quarter and ends with its last; the quarters' year is the one the line over the table
names."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word


def test_marked_quarters_give_start_and_end(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2026–2028")
    doc.add_heading("Aktiviteter", 1)
    doc.add_paragraph("Tabellen visar under vilka kvartal 2027 aktiviteterna genomförs.")
    rows = [
        ["Aktivitet", "Ansvarig", "Q1", "Q2", "Q3", "Q4"],
        ["Införa e-tjänst för bygglov", "Bygglovschef", "X", "X", "", ""],
        ["Tillsynskampanj för avlopp", "Miljöchef", "", "X", "X", ""],
        ["Vägledning om strandskydd", "Planarkitekt", "", "", "", "X"],
    ]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    acts = {a["namn"]: a for a in read_word(tmp_path / "plan.docx").data["aktiviteter"]}
    first = acts["Införa e-tjänst för bygglov"]
    assert (first["startdatum"], first["slutdatum"]) == ("2027-01-01", "2027-06-30")
    second = acts["Tillsynskampanj för avlopp"]
    assert (second["startdatum"], second["slutdatum"]) == ("2027-04-01", "2027-09-30")
    assert acts["Vägledning om strandskydd"]["slutdatum"] == "2027-12-31"
    assert acts["Vägledning om strandskydd"]["ansvarig"] == "Planarkitekt"
