"""A goal table "Nr | Nämndsmål | Bedömning T2 2026 | Kommentar" whose status cells are only
shaded (green/yellow/red; grey is no assessment), indicator and activity tables linked to the
goals by their number ("ME1"), and a content control still showing its placeholder text, which
is no text of the plan."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_shading import colour_words, reported_period

PLACEHOLDER = "Klicka eller tryck här för att ange text."
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _table(doc: Any, rows: list[list[str]]) -> Any:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return table


def test_traffic_light_colours() -> None:
    assert colour_words("00B050") == "Uppfyllt"
    assert colour_words("FFC000") == "Delvis uppfyllt"
    assert colour_words("FF0000") == "Ej uppfyllt"
    assert colour_words("BFBFBF") == ""
    assert reported_period("Bedömning T2 2026") == (2026, "delar", "Bedömning T2 2026")
    assert reported_period("Bedömning") is None


def test_shaded_goals_linked_by_number_and_no_placeholder(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan med budget 2027–2029")
    holder = doc.add_paragraph("Handläggare: ")
    holder._p.append(
        parse_xml(
            f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr>'
            f"<w:sdtContent><w:r><w:t>{PLACEHOLDER}</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    doc.add_heading("Mål", 1)
    doc.add_heading("Medborgare", 2)
    goals = _table(
        doc,
        [
            ["Nr", "Nämndsmål", "Bedömning T2 2026", "Kommentar"],
            ["ME1", "Brukarna är trygga.", "", "Förbättrat."],
            ["ME2", "Brukarna har en aktiv vardag.", "", "Nytt mål."],
        ],
    )
    _shade(goals.cell(1, 2), "00B050")
    _shade(goals.cell(2, 2), "BFBFBF")
    doc.add_paragraph("")
    _table(
        doc,
        [
            ["Mål", "Indikator", "Kolada-ID", "Nuläge 2025", "Mål 2027"],
            ["ME2", "Andel nöjda brukare", "U23471", "81 %", "85 %"],
        ],
    )
    doc.add_heading("Aktiviteter", 1)
    _table(doc, [["Aktivitet", "Mål", "Ansvarig", "Klart"], ["Fasta team", "ME1", "Chef", ""]])
    doc.save(str(tmp_path / "p.docx"))
    result = read_word(tmp_path / "p.docx")
    data = result.data
    by_code = {g["kod"]: g for g in data["namndsmal"]}
    assert set(by_code) == {"ME1", "ME2"}
    assert [i["namn"] for i in by_code["ME2"]["indikatorer"]] == ["Andel nöjda brukare"]
    (activity,) = data["aktiviteter"]
    assert activity["namndsmal_id"] == by_code["ME1"]["id"]
    (period,) = data["uppfoljningar"]
    assert (period["ar"], period["slag"]) == (2026, "delar")
    assert [(m["namndsmal_id"], m["bedomningsniva_id"]) for m in period["mal"]] == [
        (by_code["ME1"]["id"], 1)
    ]
    assert PLACEHOLDER not in str(data)
