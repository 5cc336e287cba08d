"""A plan converted from a PDF keeps a numbered heading's number as a run of its own and its
text as the next, with no space between ("4.1.1Det ska vara …"). A line (a paragraph's, or one
after a line break) opening with an outline number of two or more levels glued to a letter
gets the space back, so that it is read as the numbered heading it is, at its number's level;
a bold line under such a number is a heading even as a sentence (a goal). A one-level number
("1.Införa") stays a typed list number, and a number followed by a space or by a figure, or
inside a line, is left as it is."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt

from vplan_desktop.imports.word import read_source
from vplan_desktop.imports.word_blocks import BlockKind, HeadingBy


def _paragraph(doc: object, *texts: str, size: float = 11, bold: bool = True) -> None:
    paragraph = doc.add_paragraph()  # type: ignore[attr-defined]
    for text in texts:
        run = paragraph.add_run(text)
        run.font.size = Pt(size)
        run.font.bold = bold


def test_a_glued_outline_number_is_read_as_the_headings_number(tmp_path: Path) -> None:
    doc = Document()
    _paragraph(doc, "4 Mål och indikatorer", size=14)
    _paragraph(doc, "4.1", "Attraktiv livsmiljö", size=13)
    _paragraph(doc, "4.1.1", "Det ska vara enkelt att bygga och bo i Stensjö.")
    _paragraph(doc, "4.1.2Den byggda miljön ska vara trygg.")  # number and text in one run
    _paragraph(doc, "Ramen ökar med 3.2 procent.", bold=False)
    _paragraph(doc, "2.1 Tillsyn")
    _paragraph(doc, "1.", "Införa e-tjänst", bold=False)
    doc.save(str(tmp_path / "plan.docx"))
    blocks = read_source(tmp_path / "plan.docx").blocks
    assert [b.text for b in blocks] == [
        "4 Mål och indikatorer",
        "4.1 Attraktiv livsmiljö",
        "4.1.1 Det ska vara enkelt att bygga och bo i Stensjö.",
        "4.1.2 Den byggda miljön ska vara trygg.",
        "Ramen ökar med 3.2 procent.",
        "2.1 Tillsyn",
        "Införa e-tjänst",
    ]
    levels = [(b.candidate_level, b.heading_by) for b in blocks[1:4]]
    assert levels == [(2, HeadingBy.NUMBER), (3, HeadingBy.NUMBER), (3, HeadingBy.NUMBER)]
    assert blocks[4].candidate_level is None
    assert blocks[6].kind is BlockKind.LIST_ITEM and blocks[6].number == "1."


def test_a_regular_numbered_sentence_is_no_heading(tmp_path: Path) -> None:
    doc = Document()
    _paragraph(doc, "3.1", "Nämnden följer upp målen varje tertial.", bold=False)
    doc.save(str(tmp_path / "plan.docx"))
    block = read_source(tmp_path / "plan.docx").blocks[0]
    assert block.text == "3.1 Nämnden följer upp målen varje tertial."
    assert block.candidate_level is None


def test_a_glued_number_after_a_line_break_gets_its_space(tmp_path: Path) -> None:
    doc = Document()
    paragraph = doc.add_paragraph()
    paragraph.add_run("Fler invånare försörjer sig själva genom arbete. ")
    paragraph.add_run().add_break()
    paragraph.add_run("1.1")
    paragraph.add_run("Fler personer går vidare till arbete, mätt som 2.5ggr")
    doc.save(str(tmp_path / "plan.docx"))
    text = " ".join(b.text for b in read_source(tmp_path / "plan.docx").blocks)
    assert "1.1 Fler personer går vidare till arbete, mätt som 2.5ggr" in text
