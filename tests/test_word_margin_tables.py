"""Margin headings that a PDF converter sets in a table: a two-column table of one or two
rows whose left cell is one short bold line and whose right cell is paragraphs of plain text
is the margin layout's heading beside its text, and is read as those paragraphs in reading
order (the heading, then the text); a label ending with a colon beside its value stays a
table."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from tests.word_shapes_xml import append, p, r
from vplan_desktop.imports.word import read_source
from vplan_desktop.imports.word_blocks import BlockKind

AREA = "Målområde 1 Attraktiv kommun att bo och verka i"
TEXT = "Hallsjö växer och är en kommun där människor vill bo och företag vill etablera sig."
GOAL = "1.1 Fler företag startar och växer i Hallsjö."


def _plan(path: Path, left: str) -> Path:
    doc = Document()
    append(doc, p(r("Mål och uppföljning", bold=True, size=14)))
    cells = (
        f"<w:tc>{p(r(left, bold=True, size=11))}</w:tc>"
        f"<w:tc>{p(r(TEXT, size=11))}{p(r(GOAL, bold=True, size=11))}</w:tc>"
    )
    grid = '<w:tblGrid><w:gridCol w:w="2700"/><w:gridCol w:w="6300"/></w:tblGrid>'
    append(doc, f"<w:tbl><w:tblPr/>{grid}<w:tr>{cells}</w:tr></w:tbl>")
    append(doc, p(r("– Indikator: Nystartade företag per 1 000 invånare.", size=11)))
    doc.save(str(path))
    return path


def test_a_margin_table_is_its_heading_and_text(tmp_path: Path) -> None:
    blocks = read_source(_plan(tmp_path / "plan.docx", AREA)).blocks
    assert all(b.kind is not BlockKind.TABLE for b in blocks)
    texts = [b.text for b in blocks]
    assert texts[1:4] == [AREA, TEXT, GOAL]
    assert blocks[1].bold


def test_a_label_beside_its_text_stays_a_table(tmp_path: Path) -> None:
    """Negative: a label ending with a colon is a table's cell, not a margin heading."""
    blocks = read_source(_plan(tmp_path / "plan.docx", "Målområde:")).blocks
    assert [b.kind for b in blocks].count(BlockKind.TABLE) == 1
