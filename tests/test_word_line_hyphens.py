"""A plan published as a PDF and opened again in Word keeps the hyphens the PDF's line ends
had inside its joined lines ("verk-samheten", "kvadrat-meter"), in a paragraph and in a table
cell. Where the document writes the word joined elsewhere (in that or another form:
"verksamhet", "kvadratmeter"), the hyphen is dropped; real hyphenated compounds
("LED-armaturer", "e-tjänst", "it-stöd"), a hyphen hanging before "och" ("gång- och
cykelvägar") and a word the document never writes joined ("delårs-rapporten") keep theirs."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_source
from vplan_desktop.imports.word_blocks import BlockKind


def test_line_end_hyphens_are_dropped_where_the_document_writes_the_word_joined(
    tmp_path: Path,
) -> None:
    doc = Document()
    doc.add_heading("Inledning", 1)
    doc.add_paragraph(
        "Planen visar vilka resurser verk-samheten har. Gator, gång- och cykel-vägar ska vara "
        "trygga. Arbetet följs upp i delårs-rapporten."
    )
    doc.add_paragraph(
        "Nämndens verksamhet byter till LED-armaturer, erbjuder en e-tjänst och nytt it-stöd. "
        "Andel nöjda med cykelvägarna och energianvändning per kvadratmeter mäts varje år."
    )
    table = doc.add_table(rows=2, cols=2)
    for cell, text in zip(table.rows[0].cells, ["Indikator", "Mål 2027"], strict=True):
        cell.text = text
    for cell, text in zip(
        table.rows[1].cells, ["Energi-användning, kWh per kvadrat-meter", "130"], strict=True
    ):
        cell.text = text
    doc.save(str(tmp_path / "plan.docx"))
    blocks = read_source(tmp_path / "plan.docx").blocks
    first, second = [b.text for b in blocks if b.kind is BlockKind.PARAGRAPH]
    assert first == (
        "Planen visar vilka resurser verksamheten har. Gator, gång- och cykelvägar ska vara "
        "trygga. Arbetet följs upp i delårs-rapporten."
    )
    assert "LED-armaturer" in second and "e-tjänst" in second and "it-stöd" in second
    [table_block] = [b for b in blocks if b.kind is BlockKind.TABLE]
    assert table_block.rows[1][0].text == "Energianvändning, kWh per kvadratmeter"


def test_a_document_without_the_joined_word_keeps_its_hyphens(tmp_path: Path) -> None:
    doc = Document()
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen visar vilka resurser verk-samheten har och hur kvadrat-meter räknas.")
    doc.save(str(tmp_path / "plan.docx"))
    [block] = [b for b in read_source(tmp_path / "plan.docx").blocks if b.text.startswith("Planen")]
    assert (
        block.text == "Planen visar vilka resurser verk-samheten har och hur kvadrat-meter räknas."
    )
