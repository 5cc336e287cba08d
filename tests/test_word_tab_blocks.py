"""A table typed as TAB-aligned lines (each paragraph with its own tab stops, no Word table) is
read as the table it lays out, whatever the writer did with the lines:
- plain lines with an explicit font size keep their tabs (they are no margin heading: a margin
  heading opens with a bold run);
- a row whose first cell is broken over lines by a soft line break before its tabs is one row,
  the name whole, unless its lines differ in size (a heading over a row);
- a group line without tabs between the lines ("Individ- och familjeomsorg" over its
  verksamheter) is a row of the table, its name alone, while a caption between two tables
  stays a line of its own;
- a header line whose first column has no name (a leading TAB) names the columns of the lines
  under it, which have one column more."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

from vplan_desktop.imports.word import read_source
from vplan_desktop.imports.word_blocks import Block, BlockKind

STOPS = [(10.0, WD_TAB_ALIGNMENT.DECIMAL), (13.0, WD_TAB_ALIGNMENT.DECIMAL)]


def _line(doc: DocxDocument, text: str, *, bold: bool = False, size: int = 10) -> None:
    """One TAB-aligned line ("\\n" a soft line break), its runs in an explicit font size."""
    paragraph = doc.add_paragraph()
    for cm, align in STOPS:
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(cm), align)
    pieces = text.split("\n")
    for n, piece in enumerate(pieces):
        run = paragraph.add_run(piece)
        run.bold = bold or None
        run.font.size = Pt(size)
        if n < len(pieces) - 1:
            run.add_break()


def _tables(tmp_path: Path, lines: Sequence[tuple[str, bool]]) -> list[Block]:
    doc = Document()
    doc.add_paragraph("Nämnden följer upp verksamheten varje tertial.")
    for text, bold in lines:
        _line(doc, text, bold=bold)
    doc.add_paragraph("Uppföljningen redovisas för nämnden.")
    doc.save(str(tmp_path / "plan.docx"))
    return [b for b in read_source(tmp_path / "plan.docx").blocks if b.kind is BlockKind.TABLE]


def _rows(table: Block) -> list[list[str]]:
    return [[c.text for c in row] for row in table.rows]


def test_plain_lines_in_their_own_font_size_keep_their_tabs(tmp_path: Path) -> None:
    (table,) = _tables(
        tmp_path,
        [
            ("Nyckeltal\t2024\t2025", True),
            ("Invånare 0–20 år\t3 874\t3 851", False),
            ("Anmälningar om oro för barn\t1 128\t1 203", False),
        ],
    )
    assert _rows(table) == [
        ["Nyckeltal", "2024", "2025"],
        ["Invånare 0–20 år", "3 874", "3 851"],
        ["Anmälningar om oro för barn", "1 128", "1 203"],
    ]


def test_a_name_broken_before_its_tabs_is_one_row(tmp_path: Path) -> None:
    (table,) = _tables(
        tmp_path,
        [
            ("Indikator\tUtfall 2025\tMål 2027", True),
            ("Andel barn med insats som inte återaktualiseras\ninom ett år\t74 %\t78 %", False),
            ("Väntetid till första samtal, dagar\t12\t7", False),
        ],
    )
    assert _rows(table)[1:] == [
        ["Andel barn med insats som inte återaktualiseras inom ett år", "74 %", "78 %"],
        ["Väntetid till första samtal, dagar", "12", "7"],
    ]


def test_group_lines_are_rows_and_a_caption_stays_a_line(tmp_path: Path) -> None:
    tables = _tables(
        tmp_path,
        [
            ("Verksamhet\tBudget 2026\tBudget 2027", True),
            ("Nämnd och förvaltning\t−8 450\t−8 720", False),
            ("Individ- och familjeomsorg", True),
            ("Barn och unga", False),
            ("Öppenvård barn och familj\t−21 300\t−22 150", False),
            ("Vuxna", False),
            ("Missbruk och beroende\t−17 250\t−17 800", False),
            ("Investeringar", True),
            ("Projekt\tBudget 2026\tBudget 2027", True),
            ("Nya lokaler för öppenvården\t−2 000\t−500", False),
        ],
    )
    assert [_rows(t) for t in tables] == [
        [
            ["Verksamhet", "Budget 2026", "Budget 2027"],
            ["Nämnd och förvaltning", "−8 450", "−8 720"],
            ["Individ- och familjeomsorg", "", ""],
            ["Barn och unga", "", ""],
            ["Öppenvård barn och familj", "−21 300", "−22 150"],
            ["Vuxna", "", ""],
            ["Missbruk och beroende", "−17 250", "−17 800"],
        ],
        [
            ["Projekt", "Budget 2026", "Budget 2027"],
            ["Nya lokaler för öppenvården", "−2 000", "−500"],
        ],
    ]


def test_a_header_with_an_unnamed_first_column(tmp_path: Path) -> None:
    (table,) = _tables(
        tmp_path,
        [
            ("\tBudget 2026\tBudget 2027\tFörändring", True),
            ("Intäkter\t50 200\t53 390\t3 190", False),
            ("Personalkostnader\t(96 300)\t(99 850)\t−3 550", False),
        ],
    )
    assert _rows(table) == [
        ["", "Budget 2026", "Budget 2027", "Förändring"],
        ["Intäkter", "50 200", "53 390", "3 190"],
        ["Personalkostnader", "(96 300)", "(99 850)", "−3 550"],
    ]


def test_a_heading_over_a_row_in_one_paragraph_is_no_wrapped_cell(tmp_path: Path) -> None:
    """A converted plan's paragraph can hold a larger heading line over a tab-aligned row: the
    lines differ in size, so the heading is a line of its own, not the row's first cell."""
    doc = Document()
    doc.add_paragraph("Nämnden följer upp verksamheten varje tertial.")
    paragraph = doc.add_paragraph()
    for cm, align in STOPS:
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(cm), align)
    heading = paragraph.add_run("Bilaga 1 Mål och indikatorer")
    heading.bold, heading.font.size = True, Pt(14)
    heading.add_break()
    row = paragraph.add_run("Invånare 0–20 år\t3 874\t3 851")
    row.font.size = Pt(10)
    _line(doc, "Anmälningar om oro för barn\t1 128\t1 203")
    doc.save(str(tmp_path / "plan.docx"))
    texts = [b.text for b in read_source(tmp_path / "plan.docx").blocks]
    assert not any("Bilaga 1" in t and "3 874" in t for t in texts), texts
    assert any(t.strip() == "Bilaga 1 Mål och indikatorer" for t in texts), texts
