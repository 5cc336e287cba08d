"""A plan converted from a PDF gives each printed line of a table cell a paragraph of its own,
a bullet as a typed Symbol-font glyph ("\\uf0b7") before a tab. A cell line opening with such a
glyph is a list item without the glyph, and the lines after it that go on with a small letter
are that item wrapped: the cell's lines are its items, so a goal matrix's cells give one goal
a line."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.shared import Pt

from vplan_desktop.imports.word_blocks import BlockKind
from vplan_desktop.imports.word_docx import read_docx

GLYPH = "\uf0b7"


def _line(cell: object, text: str, first: bool = False, glyph: bool = False) -> None:
    """One printed line as the converter writes it: a paragraph of explicitly sized runs, a
    bullet line opening with the glyph and a tab."""
    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()  # type: ignore[attr-defined]
    if glyph:
        mark = paragraph.add_run(GLYPH)
        mark.font.size = Pt(10)
        mark._r.append(OxmlElement("w:tab"))
    run = paragraph.add_run(text)
    run.font.size = Pt(10)


def _plan(path: Path, glyph: bool = True) -> Path:
    doc = Document()
    doc.add_paragraph("Nämndens mål per målområde")
    table = doc.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text = "Lärande"
    table.rows[0].cells[1].text = "Trygghet"
    left, right = table.rows[1].cells
    _line(left, "1.1 Alla elever når kunskapskraven.", first=True, glyph=glyph)
    _line(left, "1.2 Barnen utvecklar sitt språk.", glyph=glyph)
    _line(right, "2.1 Barn och elever", first=True, glyph=glyph)
    _line(right, "känner sig trygga i")
    _line(right, "förskolan och skolan.")
    _line(right, "2.2 Närvaron i", glyph=glyph)
    _line(right, "grundskolan ökar")
    doc.save(str(path))
    return path


def test_glyph_lines_are_items_and_their_wrapped_lines_join_them(tmp_path: Path) -> None:
    table = next(b for b in read_docx(_plan(tmp_path / "plan.docx")).blocks if b.rows)
    left, right = table.rows[1]
    assert left.lines == ("1.1 Alla elever når kunskapskraven.", "1.2 Barnen utvecklar sitt språk.")
    assert right.lines == (
        "2.1 Barn och elever känner sig trygga i förskolan och skolan.",
        "2.2 Närvaron i grundskolan ökar",
    )
    assert [p.kind for p in right.paragraphs] == [BlockKind.LIST_ITEM, BlockKind.LIST_ITEM]
    assert right.text == "2.1 Barn och elever känner sig trygga i förskolan och skolan. 2.2 " + (
        "Närvaron i grundskolan ökar"
    )


def test_lines_without_the_glyph_stay_lines(tmp_path: Path) -> None:
    table = next(b for b in read_docx(_plan(tmp_path / "plan.docx", glyph=False)).blocks if b.rows)
    right = table.rows[1][1]
    assert len(right.lines) == 5
    assert all(p.kind is BlockKind.PARAGRAPH for p in right.paragraphs)
