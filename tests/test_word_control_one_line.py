"""Internkontroll as a bulleted list of one-line controls under an "Intern kontroll" chapter:
"<kontrollmoment> – ansvarig: <who>, frekvens: <how often>"; the text before the dash is the
kontrollmoment, the labelled parts after it the control's fields. A line whose part after the
dash is not all labelled fields stays text."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word


def test_one_line_controls(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Intern kontroll", 1)
    doc.add_paragraph("Nämnden har beslutat om följande kontroller.")
    doc.add_paragraph(
        "Kontroll av att valsedlar förvaras i låst utrymme – ansvarig: valsamordnaren, "
        "frekvens: två gånger per år",
        style="List Bullet",
    )
    doc.add_paragraph(
        "Kontroll av att inköp följer avtal – ansvarig: ekonomen, frekvens: stickprov, en "
        "gång per år",
        style="List Bullet",
    )
    doc.add_paragraph("Rutinerna ses över – se bilaga 2", style="List Bullet")
    doc.save(str(tmp_path / "plan.docx"))
    found = read_word(tmp_path / "plan.docx")
    controls = found.data["internkontroll"]
    assert [(c["kontrollmoment"], c["kontrollansvar"], c["frekvens"]) for c in controls] == [
        (
            "Kontroll av att valsedlar förvaras i låst utrymme",
            "valsamordnaren",
            "två gånger per år",
        ),
        ("Kontroll av att inköp följer avtal", "ekonomen", "stickprov, en gång per år"),
    ]
    assert "Rutinerna ses över – se bilaga 2" in found.data["kapitel"][0]["text"]
