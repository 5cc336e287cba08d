"""A plan converted from a PDF has no heading styles: its first heading is its first bold line
in the chapters' size, and a one-cell table (a "faktaruta") after it is a box of paragraphs. The
box keeps a paragraph's short lines with line breaks ("Kommunstyrelsens mål", "Målen gäller …"):
each is a paragraph of its own, a bold one a heading's candidate, and a typed number glued to
its text ("1.Fler bostäder …") makes the list item it stands for, as in the body."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from tests.word_shapes_xml import append, p, r
from vplan_desktop.imports.word import read_source
from vplan_desktop.imports.word_blocks import BlockKind, HeadingBy

BR = "<w:r><w:br/></w:r>"


def _plan(path: Path, box_first: bool = False) -> None:
    doc = Document()
    box = (
        "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>"
        + p(
            r("Kommunstyrelsens mål ", bold=True, size=11),
            BR,
            r("Målen gäller 2027–2028.", size=11),
        )
        + p(r("1.", size=11), r("Fler bostäder byggs i hela kommunen.", size=11))
        + p(r("2.", size=11), r("Företagsklimatet förbättras.", size=11))
        + "</w:tc></w:tr></w:tbl>"
    )
    if box_first:
        append(doc, box)
    append(doc, p(r("Inledning", bold=True, size=14)))
    append(doc, p(r("Kommunstyrelsen leder och samordnar kommunens verksamheter.", size=11)))
    append(doc, p(r("Mål och uppföljning", bold=True, size=14)))
    append(doc, p(r("Målen är ordnade under fullmäktiges två målområden.", size=11)))
    if not box_first:
        append(doc, box)
    append(doc, p(r("Ekonomi", bold=True, size=14)))
    append(doc, p(r("Ramen för 2027 är 69,0 miljoner kronor.", size=11)))
    doc.save(str(path))


def test_a_converted_box_is_read_as_body_lines(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _plan(path)
    blocks = read_source(path).blocks
    assert not any(b.kind is BlockKind.TABLE for b in blocks)
    at = next(i for i, b in enumerate(blocks) if b.text == "Kommunstyrelsens mål")
    title, lead, first, second = blocks[at : at + 4]
    assert title.bold and title.heading_by is HeadingBy.BOLD and title.candidate_level == 1
    assert lead.kind is BlockKind.PARAGRAPH and lead.text == "Målen gäller 2027–2028."
    assert (first.kind, first.text) == (BlockKind.LIST_ITEM, "Fler bostäder byggs i hela kommunen.")
    assert (second.kind, second.text) == (BlockKind.LIST_ITEM, "Företagsklimatet förbättras.")


def test_a_box_before_the_first_chapter_stays(tmp_path: Path) -> None:
    """Negative: a box before the first bold line in the chapters' size belongs to the cover."""
    path = tmp_path / "plan.docx"
    _plan(path, box_first=True)
    blocks = read_source(path).blocks
    assert blocks[0].kind is BlockKind.TABLE
