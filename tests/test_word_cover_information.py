"""A cover in a styrdokument template: the title names the nämnd in the genitive
("Miljö- och byggnämndens verksamhetsplan 2027–2029") and the decision data stand in a
borderless two-column "dokumentinformation" table ("Diarienummer | …", "Dokumentansvarig |
Förvaltningschef …")."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_cover_table import after_label


def test_the_genitive_title_and_the_information_table(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Ekby kommun")
    doc.add_paragraph("Miljö- och byggnämndens verksamhetsplan 2027–2029")
    info = [
        ("Dokumenttyp", "Verksamhetsplan"),
        ("Fastställd av", "Miljö- och byggnämnden"),
        ("Fastställd datum", "2026-11-19, § 156"),
        ("Diarienummer", "MBN 2026-000412"),
        ("Dokumentansvarig", "Förvaltningschef Anna Berg"),
    ]
    table = doc.add_table(rows=len(info), cols=2)
    for (label, value), row in zip(info, table.rows, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen beskriver nämndens arbete.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    result = read_word(path)
    assert result.namnd == "Miljö- och byggnämnden"
    assert result.titel == "Miljö- och byggnämndens verksamhetsplan 2027–2029"
    assert (result.diarienummer, result.forvaltningschef) == ("MBN 2026-000412", "Anna Berg")
    # what gave nothing of the front matter is kept as text
    assert "2026-11-19, § 156" in "".join(c["text"] for c in result.data["kapitel"])


def test_an_ordinary_table_on_the_cover_gives_no_front_matter(tmp_path: Path) -> None:
    """Negative: a table whose left column holds years, not labels, is no information table,
    and a sentence about the nämnd's plan ("nämndens") names no nämnd."""
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_paragraph("Planen följer nämndens arbete under året.")
    rows = [("2024", "Diarienummer 11"), ("2025", "Diarienummer 12")]
    rows += [("2026", "Förvaltningschef Anna Berg"), ("2027", "Förvaltningschef Per Ek")]
    table = doc.add_table(rows=len(rows), cols=2)
    for (year, text), row in zip(rows, table.rows, strict=True):
        row.cells[0].text, row.cells[1].text = year, text
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Text.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    result = read_word(path)
    assert (result.namnd, result.diarienummer, result.forvaltningschef) == ("", "", "")
    assert after_label("Planen följer nämndens arbete.") == ""
