"""A plan in prose: goals as bold phrases inside sentences under a målområde heading (the
phrase is the goal, the sentence stays text), an uppdrag table "Uppdrag | Dnr | Ansvarig |
Redovisas" (the date from "Redovisas", "Löpande" no date) and the Dnr on the adoption line."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_goal_sentences import bold_phrases
from vplan_desktop.markdown import Run


def test_bold_phrases_inside_a_sentence() -> None:
    runs = (Run("Nämnden vill att "), Run("alla elever ska känna sig trygga", bold=True), Run("."))
    assert bold_phrases(runs) == ["alla elever ska känna sig trygga"]
    assert bold_phrases((Run("Helt i fetstil här", bold=True),)) == []
    assert bold_phrases((Run("Ett "), Run("ord", bold=True), Run(" i fetstil."))) == []
    label = (Run("Följs upp genom", bold=True), Run(" elevenkäten och betygen."))
    assert bold_phrases(label) == []
    facts = (Run("Ansvarig: ", bold=True), Run("Rektor\n"), Run("Följs upp genom", bold=True))
    assert bold_phrases((*facts, Run(": elevenkäten."))) == []


def test_a_prose_plan(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2029")
    doc.add_paragraph("Antagen av gymnasienämnden 2026-12-08, § 74. Dnr GYN 2026/87.")
    doc.add_heading("Mål för planperioden", 1)
    doc.add_heading("Utbildning och lärande", 2)
    sentence = doc.add_paragraph("Under perioden ska ")
    sentence.add_run("andelen elever med examen öka").bold = True
    sentence.add_run(" genom bättre stöd.")
    doc.add_heading("Uppdrag", 1)
    rows = [
        ["Uppdrag", "Dnr", "Ansvarig", "Redovisas"],
        ["Utreda ett gymnasieområde", "KS 2026/12", "Förvaltningschef", "2027-06-30"],
        ["Följa elevernas frånvaro", "KS 2026/13", "Rektor", "Löpande"],
    ]
    table = doc.add_table(rows=3, cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "r.docx"))
    result = read_word(tmp_path / "r.docx")
    assert result.diarienummer == "GYN 2026/87"
    data = result.data
    assert [g["text"] for g in data["namndsmal"]] == ["andelen elever med examen öka"]
    assert "genom bättre stöd" in str(data)  # the sentence is kept as text
    ends = {a["namn"]: a.get("slutdatum") for a in data["aktiviteter"]}
    assert ends == {"Utreda ett gymnasieområde": "2027-06-30", "Följa elevernas frånvaro": None}
