"""What stands before the document's first heading and is not the cover – a shaded one-cell
"Sammanfattning" box on the page after the cover – opens the introduction. When the document
has a chapter "Inledning" of its own, that is the introduction: the plan gets one chapter
"Inledning", the box's text first, not two chapters of the same title."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from vplan_desktop.imports.word import read_word


def _read(doc: Any, tmp_path: Path) -> Any:
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return read_word(path)


def test_a_box_before_the_first_heading_opens_the_introduction(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Kultur- och fritidsnämnden")
    doc.add_paragraph("Verksamhetsplan 2027")
    box = doc.add_table(rows=1, cols=1).cell(0, 0)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), "E8F0E0")
    box._tc.get_or_add_tcPr().append(shading)
    box.paragraphs[0].add_run("Sammanfattning").bold = True
    box.add_paragraph("Nämnden prioriterar barns läsning.", style="List Bullet")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen visar vad nämnden vill uppnå.")
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Ramen är 64 miljoner kronor.")
    result = _read(doc, tmp_path)
    chapters = result.data["kapitel"]
    assert [c["rubrik"] for c in chapters] == ["Inledning", "Ekonomi"]
    text = chapters[0]["text"]
    assert text.index("barns läsning") < text.index("Planen visar vad nämnden vill uppnå.")
