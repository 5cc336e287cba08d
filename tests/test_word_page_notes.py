"""A plan converted from a PDF keeps no footnotes: a note's reference is a digit in a clearly
smaller font right after a word or figure, and the note a line "1 …" at its page's foot (its
words may run on in a line of their own). The reference is not read into the text ("106,2"
stays 106,2), the note line leaves the body and its text becomes the notes of the paragraph or
table that refers to it; a numbered line no reference names is kept where it stands."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from tests.word_shapes_xml import append, p, r
from vplan_desktop.imports.word import read_source

PAGE_END = '<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr></w:p>'


def _cell(*runs: str) -> str:
    return f"<w:tc>{p(*runs)}</w:tc>"


def _plan(path: Path) -> None:
    doc = Document()
    append(doc, p(r("Inledning", bold=True, size=14)))
    append(
        doc,
        p(
            r("Hösten 2026 går 2 480 ungdomar i gymnasieskolan", size=11),
            r("1", size=6),
            r(", varav 2 111 i egna skolor.", size=11),
        ),
    )
    append(doc, p(r("1 Folkbokförda ungdomar 16–19 år, 15 oktober 2026.", size=11)))
    append(doc, PAGE_END)
    append(doc, p(r("Ekonomi", bold=True, size=14)))
    append(
        doc,
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        f"<w:tr>{_cell(r('Verksamhet', size=9))}{_cell(r('Budget 2027', size=9))}</w:tr>"
        f"<w:tr>{_cell(r('Köp av platser', size=9))}"
        f"{_cell(r('106,2', size=9), r('2', size=6))}</w:tr></w:tbl>",
    )
    append(doc, p(r("3 Kommunala vuxenutbildningen räknas för sig.", size=11)))
    append(doc, p(r("2 Beräknat på 612 elever och Skolverkets", size=11)))
    append(doc, p(r("riksprislista.", size=11)))
    doc.save(str(path))


def test_converted_footnotes_become_notes(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _plan(path)
    blocks = read_source(path).blocks
    texts = [b.text for b in blocks]
    body = texts[1]
    assert body == "Hösten 2026 går 2 480 ungdomar i gymnasieskolan, varav 2 111 i egna skolor."
    assert blocks[1].notes == ("Folkbokförda ungdomar 16–19 år, 15 oktober 2026.",)
    table = next(b for b in blocks if b.rows)
    assert table.rows[1][1].text == "106,2"
    assert table.notes == ("Beräknat på 612 elever och Skolverkets riksprislista.",)
    assert not any(t.startswith(("1 Folkbokförda", "2 Beräknat", "riksprislista")) for t in texts)
    # no reference names note 3: the numbered line stays in the body
    assert "3 Kommunala vuxenutbildningen räknas för sig." in texts
    assert not any("\u2063" in n for b in blocks for n in b.notes)


def test_digit_in_the_line_size_is_text(tmp_path: Path) -> None:
    """Negative: a digit in its line's own size is part of the text, the line under it stays."""
    doc = Document()
    append(doc, p(r("Inledning", bold=True, size=14)))
    append(doc, p(r("Nämnden har skolor i område ", size=11), r("2", size=11)))
    append(doc, p(r("2 Skolorna i område två.", size=11)))
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    texts = [b.text for b in read_source(path).blocks]
    assert "Nämnden har skolor i område 2" in texts
    assert "2 Skolorna i område två." in texts
