"""A plan converted from a PDF glues a heading that closely followed a text block to that
paragraph's end: runs starting a line, all bold and at least a point larger than every run
before them, are split off as a paragraph of their own (the section's end goes with it). A
typed list number glued to its text ("1.Införa …", a capital letter right after it) makes a
numbered list item; "1.2 Tillsyn" and "1. Införa" are no such glue. A paragraph opening with a
typed Symbol-font bullet ("\\uf0b7") that has it again at a later run's start is one list item
a bullet; a black bullet is a bullet (a converter makes every run black), a coloured one a
status symbol."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.shared import Pt, RGBColor

from vplan_desktop.imports.word import read_source
from vplan_desktop.imports.word_blocks import BlockKind


def _line(paragraph: object, text: str, size: float, bold: bool = False) -> None:
    run = paragraph.add_run(text)  # type: ignore[attr-defined]
    run.font.size = Pt(size)
    run.font.bold = bold


def test_a_heading_glued_to_a_paragraphs_end_is_split_off(tmp_path: Path) -> None:
    doc = Document()
    body = doc.add_paragraph()
    _line(body, "Hålla öppet hus för byggherrar två gånger per år – ", 11)
    _line(body, "Bygglovshandläggare ", 11)
    _line(body, "Mål 1.2 Tillsynen bidrar till en god miljö.", 13, bold=True)
    same = doc.add_paragraph()
    _line(same, "Nämnden följer upp målen ", 11)
    _line(same, "varje tertial.", 11, bold=True)  # bold, not larger: emphasis
    mid = doc.add_paragraph()
    _line(mid, "Ramen är", 11)
    _line(mid, " 64 miljoner", 13, bold=True)  # larger and bold, but not a line's start
    doc.add_section(WD_SECTION.NEW_PAGE)
    doc.add_paragraph("Ekonomi")
    doc.save(str(tmp_path / "plan.docx"))
    source = read_source(tmp_path / "plan.docx")
    texts = [b.text for b in source.blocks]
    assert texts == [
        "Hålla öppet hus för byggherrar två gånger per år – Bygglovshandläggare",
        "Mål 1.2 Tillsynen bidrar till en god miljö.",
        "Nämnden följer upp målen varje tertial.",
        "Ramen är 64 miljoner",
        "Ekonomi",
    ]
    assert source.blocks[1].size == 13 and source.blocks[1].bold


def test_a_typed_number_glued_to_its_text_is_a_numbered_list_item(tmp_path: Path) -> None:
    doc = Document()
    for text in ("Aktiviteter", "1.", "2."):
        paragraph = doc.add_paragraph()
        _line(paragraph, text, 11)
        if text != "Aktiviteter":
            _line(
                paragraph, "Införa e-tjänst för anmälan" if text == "1." else "Hålla öppet hus", 11
            )
    doc.add_paragraph("1.2 Tillsynen bidrar till en god miljö.")
    doc.add_paragraph("3. Publicera kartan som öppna data")
    doc.save(str(tmp_path / "plan.docx"))
    blocks = read_source(tmp_path / "plan.docx").blocks
    items = [(b.kind, b.text, b.number, b.numbered) for b in blocks]
    assert items[1:3] == [
        (BlockKind.LIST_ITEM, "Införa e-tjänst för anmälan", "1.", True),
        (BlockKind.LIST_ITEM, "Hålla öppet hus", "2.", True),
    ]
    assert [b.kind for b in blocks[3:]] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    assert blocks[4].text == "3. Publicera kartan som öppna data"


def test_typed_bullets_run_together_and_black_are_list_items(tmp_path: Path) -> None:
    doc = Document()
    together = doc.add_paragraph()
    for text in ("\uf0b7", "Konkurrensen om sjuksköterskor är hård.", "\uf0b7", "Andelen är hög."):
        _line(together, text, 11)
        together.runs[-1].font.color.rgb = RGBColor(0, 0, 0)
    status = doc.add_paragraph()
    _line(status, "\uf0b7", 11)
    status.runs[-1].font.color.rgb = RGBColor(0x00, 0xB0, 0x50)
    _line(status, "Uppfyllt", 11)
    doc.save(str(tmp_path / "plan.docx"))
    blocks = read_source(tmp_path / "plan.docx").blocks
    assert [(b.kind, b.text) for b in blocks[:2]] == [
        (BlockKind.LIST_ITEM, "Konkurrensen om sjuksköterskor är hård."),
        (BlockKind.LIST_ITEM, "Andelen är hög."),
    ]
    assert blocks[2].kind == BlockKind.PARAGRAPH
