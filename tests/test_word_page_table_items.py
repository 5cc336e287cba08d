"""A list in a table cell cut at a page end: a PDF converter writes each bullet as a glyph
("\\uf0b7") before the items' lines and sets the next item's glyph first in the next part's
cell, so the rest of the cut item ("(ansvarig: …)") follows a glyph. The rest goes on from the
cell above when, after any bullet glyphs, it begins with a lower-case word or a parenthesis;
the parts are one table, the cut row one row."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION

from vplan_desktop.imports.word_blocks import BlockKind
from vplan_desktop.imports.word_docx import read_docx
from vplan_desktop.imports.word_page_tables import join_page_tables

GOAL = ["Mål N4", "Fler elever i sfi når sina mål och går vidare till studier eller arbete."]


def _table(doc: DocxDocument, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=2)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def _plan(path: Path, rest: str) -> Path:
    doc = Document()
    doc.add_paragraph("Mål för 2027")
    _table(
        doc,
        [
            GOAL,
            ["Så här mäter vi", "Andel sfi-elever som klarat minst två kurser"],
            ["Åtgärder för att nå", "\uf0b7 Kombinera sfi med yrkesutbildning till undersköterska"],
        ],
    )
    doc.add_section(WD_SECTION.NEW_PAGE)
    _table(doc, [GOAL, ["målet", rest]])
    doc.save(str(path))
    return path


def _tables(path: Path) -> list[list[list[str]]]:
    blocks = join_page_tables(read_docx(path)).blocks  # before the card is unfolded
    return [[[c.text for c in row] for row in b.rows] for b in blocks if b.kind is BlockKind.TABLE]


def test_the_rest_of_an_item_after_the_next_glyph_goes_on(tmp_path: Path) -> None:
    rest = "\uf0b7 (ansvarig: rektor sfi) Erbjuda sfi på kvällstid"
    tables = _tables(_plan(tmp_path / "plan.docx", rest))
    assert len(tables) == 1
    assert len(tables[0]) == 3
    assert tables[0][2][0] == "Åtgärder för att nå målet"
    assert "(ansvarig: rektor sfi) Erbjuda sfi på kvällstid" in tables[0][2][1]


def test_a_new_item_after_a_glyph_is_a_row_of_its_own(tmp_path: Path) -> None:
    """Negative: a capitalised item after the glyph begins a row of its own."""
    rest = "\uf0b7 Erbjuda sfi på kvällstid"
    tables = _tables(_plan(tmp_path / "plan.docx", rest))
    assert len(tables) == 1
    assert [row[0] for row in tables[0]][-1] == "målet"
