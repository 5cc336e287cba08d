"""A one-cell table in the body of a plan (a shaded "faktaruta") is a box of paragraphs: the
reader keeps each cell paragraph as the body's would be (a numbered list item stays one, with
its number), and the box's paragraphs are read in its place. A heading style inside the box is
its title (a bold line), not a chapter; a box before the first heading (the cover's) stays a
table."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument

from tests.odt_builder import h, p, row, simple_table, table, text_list, write_odt, x
from vplan_desktop.imports.word import read_source
from vplan_desktop.imports.word_blocks import BlockKind
from vplan_desktop.imports.word_docx import read_docx


def _box(doc: DocxDocument, title: str, lines: list[str], style: str = "") -> None:
    cell = doc.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].add_run(title).bold = True
    if style:
        cell.paragraphs[0].style = doc.styles[style]
    for line in lines:
        cell.add_paragraph(line, style="List Number")


def _plan(tmp_path: Path) -> Path:
    doc = Document()
    _box(doc, "Sammanfattning", ["Ramen ökar.", "Två nya mål."])
    doc.add_heading("Mål", 1)
    _box(doc, "Nämndens mål", ["Fler bostäder byggs.", "Företagsklimatet förbättras."])
    doc.add_paragraph("Text efter rutan.")
    _box(doc, "Faktaruta", ["En rad."], style="Heading 3")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return path


def test_the_reader_keeps_a_cells_list_items(tmp_path: Path) -> None:
    tables = [b for b in read_docx(_plan(tmp_path)).blocks if b.kind is BlockKind.TABLE]
    paragraphs = tables[1].rows[0][0].paragraphs
    assert [p.kind for p in paragraphs] == [BlockKind.PARAGRAPH, *[BlockKind.LIST_ITEM] * 2]
    assert paragraphs[0].bold and all(p.numbered for p in paragraphs[1:])
    assert [p.number for p in paragraphs[1:]] != ["", ""]
    assert [p.text for p in paragraphs] == list(tables[1].rows[0][0].lines)


def test_a_box_in_the_body_is_read_as_its_paragraphs(tmp_path: Path) -> None:
    blocks = read_source(_plan(tmp_path)).blocks
    assert blocks[0].kind is BlockKind.TABLE  # before the first heading: the cover's box
    assert [(b.kind, b.text) for b in blocks[2:6]] == [
        (BlockKind.PARAGRAPH, "Nämndens mål"),
        (BlockKind.LIST_ITEM, "Fler bostäder byggs."),
        (BlockKind.LIST_ITEM, "Företagsklimatet förbättras."),
        (BlockKind.PARAGRAPH, "Text efter rutan."),
    ]
    assert blocks[3].numbered and blocks[4].numbered
    title = blocks[6]
    assert (title.kind, title.text, title.level, title.bold) == (
        BlockKind.PARAGRAPH,
        "Faktaruta",
        None,
        True,
    )
    assert [b.index for b in blocks] == list(range(len(blocks)))
    assert not any(b.kind is BlockKind.TABLE for b in blocks[1:])


def test_an_odt_box_is_read_as_its_paragraphs(tmp_path: Path) -> None:
    box = (
        "<table:table-cell>"
        + p(x("Nämndens mål"), "P2")
        + text_list(["Fler bostäder byggs.", "Företagsklimatet förbättras."], style="Num")
        + "</table:table-cell>"
    )
    body = h("Mål", 1) + table([row(box)]) + simple_table([["Två", "celler"]])
    blocks = read_source(write_odt(tmp_path / "plan.odt", body)).blocks
    assert [(b.kind, b.text, b.numbered) for b in blocks[1:4]] == [
        (BlockKind.PARAGRAPH, "Nämndens mål", False),
        (BlockKind.LIST_ITEM, "Fler bostäder byggs.", True),
        (BlockKind.LIST_ITEM, "Företagsklimatet förbättras.", True),
    ]
    assert blocks[1].bold
    assert [b.kind for b in blocks[4:]] == [BlockKind.TABLE]
