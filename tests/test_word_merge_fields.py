"""A template's merge field that was never merged shows the name of its column, «Handlaggare»:
that name is no text of the plan. The reader leaves it out and says so in a warning; a merge
field showing a merged value, and any other field's result (a DOCPROPERTY's diarienummer),
stay text."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

from vplan_desktop.imports.word_docx import read_docx


def _field(paragraph: Paragraph, instruction: str, result: str) -> None:
    """A complex field (begin, instruction, separate, result, end) at the paragraph's end."""

    def run_with(child: BaseOxmlElement) -> None:
        run = OxmlElement("w:r")
        run.append(child)
        paragraph._p.append(run)

    for kind, text in (("begin", None), ("instr", instruction), ("separate", None)):
        if text is None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run_with(char)
        else:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {text} "
            run_with(instr)
    shown = OxmlElement("w:t")
    shown.text = result
    run_with(shown)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def test_an_unmerged_merge_field_is_left_out_with_a_warning(tmp_path: Path) -> None:
    doc = Document()
    _field(doc.add_paragraph("Handläggare: "), "MERGEFIELD Handlaggare", "«Handlaggare»")
    _field(doc.add_paragraph("Ordförande: "), "MERGEFIELD Ordforande", "Karin Lindqvist (S)")
    _field(doc.add_paragraph("Diarienummer: "), 'DOCPROPERTY "Dnr"', "RN 2026/88")
    _field(doc.add_paragraph("Citat: "), "QUOTE x", "«Trygghet»")
    doc.save(str(tmp_path / "plan.docx"))
    source = read_docx(tmp_path / "plan.docx")
    texts = [b.text for b in source.blocks]
    assert texts == [
        "Handläggare:",
        "Ordförande: Karin Lindqvist (S)",
        "Diarienummer: RN 2026/88",
        "Citat: «Trygghet»",
    ]
    assert source.warnings == [
        "Kopplingsfältet «Handlaggare» är inte ifyllt: namnet lästes inte in i planen."
    ]
