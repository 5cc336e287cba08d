"""A numbered heading that a PDF converter made a table of one row: the number in one cell,
the words in the other ("7" | "Bilaga 2 Ekonomi", both bold), is the heading line
"7 Bilaga 2 Ekonomi"; a one-row table that is not bold throughout stays a table."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from tests.word_shapes_xml import append, p, r
from vplan_desktop.imports.word import read_source, read_word
from vplan_desktop.imports.word_blocks import BlockKind

_BODY = "Kommunstyrelsen leder och samordnar kommunens verksamhet och ekonomi."


def _row(number: str, words: str, *, bold: bool = True, size: int = 14) -> str:
    cells = "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>'
        f"{p(r(t, bold=bold, size=size))}</w:tc>"
        for t, w in ((number, 700), (words, 8000))
    )
    return (
        '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>'
        '<w:gridCol w:w="700"/><w:gridCol w:w="8000"/></w:tblGrid>'
        f"<w:tr>{cells}</w:tr></w:tbl>"
    )


def _plan(path: Path) -> None:
    doc = Document()
    append(doc, p(r("Verksamhetsplan 2027", bold=True, size=24)))
    for number, chapter in (("1", "Inledning"), ("2", "Uppdrag")):
        append(doc, p(r(f"{number} {chapter}", bold=True, size=14)))
        append(doc, p(r(_BODY, size=11)))
    append(doc, _row("2.1", "Styrelsens ansvar", size=13))
    append(doc, p(r(_BODY, size=11)))
    append(doc, _row("3", "Bilaga 1 Ekonomi"))
    append(doc, p(r(_BODY, size=11)))
    append(doc, _row("4", "Antal ärenden", bold=False, size=11))
    doc.save(str(path))


def test_a_numbered_heading_kept_as_a_table_is_a_heading(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _plan(path)
    blocks = read_source(path).blocks
    [section] = [b for b in blocks if b.text == "2.1 Styrelsens ansvar"]
    assert section.kind is BlockKind.PARAGRAPH and section.candidate_level == 2
    chapters = [c["rubrik"] for c in read_word(path).data["kapitel"]]
    assert chapters == ["Inledning", "Uppdrag", "Bilaga 1 Ekonomi"]


def test_a_plain_one_row_table_stays_a_table(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _plan(path)
    tables = [b for b in read_source(path).blocks if b.kind is BlockKind.TABLE]
    assert [t.rows[0][1].text for t in tables] == ["Antal ärenden"]
