"""A chapter table's cells print with the user's bold and italic, piece by piece, in Word and
PDF ("**Barn** och *unga*" printed as plain text before), and markup typed into a cell prints
literally."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pikepdf
import pytest
from docx import Document as open_docx
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.exports.blocks import Cell, Table
from vplan_desktop.exports.chapter_tables import chapter_table
from vplan_desktop.exports.export import export_plan
from vplan_desktop.exports.fonts import BOLD, FONT
from vplan_desktop.exports.table_widths import fit_widths
from vplan_desktop.markdown import Run, TableBlock, parse
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.read import read_plan

IMG = '<img src="/etc/passwd">'
HOSTILE = f"<b>x</b> & {IMG}"
TEXT = (
    "Före tabellen.\n\n"
    "| Målgrupp | *Kommentar* |\n| --- | --- |\n"
    "| **Barn** och *unga* | ***Viktigt*** vanlig<br>ny rad |\n"
    "| Vanlig text | **Helt fet** |\n"
    f"| {HOSTILE} | **<i>fet</i> & <b>** {IMG} |\n"
)
R, B, IT, BI = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"
STYLED = [  # each piece of text as typed, and the face it is printed in
    ("Målgrupp", B),  # the header row is bold
    ("Kommentar", BI),
    ("Barn", B),
    (" och ", R),
    ("unga", IT),
    ("Viktigt", BI),
    (" vanlig", R),
    ("ny rad", R),  # the line break stays a line break
    ("Vanlig text", R),
    ("Helt fet", B),
    (HOSTILE, R),  # the user's <b> makes nothing bold
    ("<i>fet</i> & <b>", B),
    (f" {IMG}", R),
]


def _block() -> TableBlock:
    [_, block] = parse(TEXT)
    assert isinstance(block, TableBlock)
    return block


def test_a_cell_keeps_its_styled_pieces_and_its_plain_text() -> None:
    table = chapter_table(_block())
    cells = [table.header, *table.rows]
    assert [[cell.text for cell in row] for row in cells] == [
        ["Målgrupp", "Kommentar"],
        ["Barn och unga", "Viktigt vanlig\nny rad"],
        ["Vanlig text", "Helt fet"],
        [HOSTILE, f"<i>fet</i> & <b> {IMG}"],
    ]
    assert cells[1][0].runs == (Run("Barn", bold=True), Run(" och "), Run("unga", italic=True))
    assert cells[0][1].runs == (Run("Kommentar", bold=True, italic=True),)
    # A cell in one weight has no pieces: it is printed as the tables always were.
    assert [(cell.runs, cell.bold) for cell in [cells[0][0], *cells[2], cells[3][0]]] == [
        ((), True),
        ((), False),
        ((), True),
        ((), False),
    ]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, templates: dict[str, Path]) -> Path:
    """The empty plan with the table in its first chapter, as Word and PDF."""
    folder = tmp_path_factory.mktemp("tabellstilar")
    path = folder / "plan.vplan"
    path.write_bytes(templates["empty"].read_bytes())
    with PlanDocument.open(path) as document:
        first = read_plan(document).kapitel[0]
        items.update_item(document, ItemKind.KAPITEL, first.id, {"text": TEXT})
    with PlanDocument.open(path, read_only=True) as document:
        plan: d.PlanSnapshot = read_plan(document)
    for fmt in ("docx", "pdf"):
        export_plan(plan, fmt, folder / f"plan.{fmt}")
    return folder


def test_word_cells_carry_bold_and_italic_as_typed(exported: Path) -> None:
    [table] = open_docx(str(exported / "plan.docx")).tables
    runs = [
        (run.text, bool(run.bold), bool(run.italic))
        for row in table.rows
        for cell in row.cells
        for paragraph in cell.paragraphs
        for run in paragraph.runs
    ]
    assert runs == [
        ("Målgrupp", True, False),
        ("Kommentar", True, True),
        ("Barn", True, False),
        (" och ", False, False),
        ("unga", False, True),
        ("Viktigt", True, True),
        (" vanlig\nny rad", False, False),  # a <w:br/> inside the run
        ("Vanlig text", False, False),
        ("Helt fet", True, False),
        (HOSTILE, False, False),
        ("<i>fet</i> & <b>", True, False),
        (f" {IMG}", False, False),
    ]
    assert table.rows[1].cells[1].paragraphs[0]._p.xpath(".//w:br")


def _printed(path: Path) -> list[tuple[str, str]]:
    """Each piece of text on the table's page with the face it is drawn in (the subset prefix
    left out)."""
    for page in PdfReader(path).pages:
        pieces: list[tuple[str, str]] = []

        def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
            if text.strip() and size < 9:  # table cells, and the page header and footer
                name = str(font["/BaseFont"]).split("+", 1)[-1] if font else ""
                pieces.append((text.rstrip("\n"), name))  # noqa: B023 (used at once)

        page.extract_text(visitor_text=visit)
        if ("Målgrupp", B) in pieces:
            return pieces
    raise AssertionError("the table is on no page")


def test_pdf_cells_are_drawn_in_the_bold_and_oblique_faces_as_typed(exported: Path) -> None:
    pieces = _printed(exported / "plan.pdf")
    start = pieces.index(("Målgrupp", B))
    assert pieces[start : start + len(STYLED)] == STYLED


def test_markup_in_a_cell_prints_literally_and_embeds_nothing(exported: Path) -> None:
    text = " ".join(page.extract_text() or "" for page in PdfReader(exported / "plan.pdf").pages)
    assert f"{HOSTILE} <i>fet</i> & <b> {IMG}" in " ".join(text.split())
    with pikepdf.open(exported / "plan.pdf") as pdf:
        images = [o for o in pdf.objects if isinstance(o, pikepdf.Stream) and "/Width" in o]
    assert images == []


def test_a_word_bold_in_part_is_measured_bold_and_kept_whole() -> None:
    # "Verksamhets" bold and "chef" upright are one word: its column is as wide as it is drawn.
    word = Cell("Verksamhetschef", runs=(Run("Verksamhets", bold=True), Run("chef")))
    long_text = Cell("en mening med många korta ord " * 8)
    table = Table("", [Cell("A", bold=True), Cell("B", bold=True)], [[word, long_text]], [1, 9])
    size, padding = 8.5, 8.5
    drawn = stringWidth("Verksamhets", BOLD, size) + stringWidth("chef", FONT, size)
    assert fit_widths(table, 400, size, padding)[0] >= drawn + padding
