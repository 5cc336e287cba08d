"""A table that lays out the page is a frame, not a table: a cell holding block content –
headings, tables of its own, or (in a one-cell table) many paragraphs – is read as the
document's blocks in order (paragraphs with their styles and lists, nested tables as tables,
frames in frames again), not as one cell's text. A one-cell table holding a table, two
headings, a heading after its first line or a chapter's heading (level 1–2) frames the page
wherever it stands, as does one with more paragraphs than a box holds; a two-column table
with a heading in a cell lays out its cells. A box of a few paragraphs titled by its first
line stays a box, a table of figures whose cells hold several paragraphs stays a table, and
so does a goal table with the goal's indicator table nested in its right cell beside a
one-line goal (a goal's label over its sentence beside it is a layout:
``test_word_nested_goal_rows``)."""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from tests import odt_builder as odt
from vplan_desktop.imports.word import read_source, read_word
from vplan_desktop.imports.word_blocks import BlockKind
from vplan_desktop.imports.word_docx import read_docx
from vplan_desktop.imports.word_docx_frame import MANY

INDICATORS = [
    ["Indikator", "Nuläge 2025", "2026", "2027", "2028"],
    ["Andel elever i kulturskolan (%)", "18 %", "20 %", "22 %", "≥ 24 %"],
    ["Antal konserter", "40", "42", "44", "45"],
]


def _table(doc: DocxDocument, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def _plan(doc: DocxDocument) -> None:
    for line in ("Exempelby kommun", "Kulturnämnden", "Verksamhetsplan 2026–2028"):
        doc.add_paragraph().add_run(line).bold = True
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen beskriver nämndens arbete under tre år.")
    doc.add_paragraph("Biblioteken", style="List Bullet")
    doc.add_paragraph("Kulturskolan", style="List Bullet")
    doc.add_heading("Mål och indikatorer", 1)
    kf = doc.add_paragraph()
    kf.add_run("Kommunfullmäktiges mål: ").bold = True
    kf.add_run("Kulturen når alla invånare.")
    doc.add_heading("Fler barn deltar i kulturskolan", 2)
    _table(doc, INDICATORS)
    doc.add_heading("Driftbudget", 1)
    _table(
        doc,
        [
            ["Verksamhet", "Bokslut 2024", "Budget 2025", "Budget 2026", "Plan 2027"],
            ["Bibliotek", "12 300", "12 900", "13 100", "13 300"],
            ["Kulturskola", "8 100", "8 400", "8 600", "8 700"],
            ["NETTOKOSTNAD", "20 400", "21 300", "21 700", "22 000"],
        ],
    )


def _framed(doc: DocxDocument) -> None:
    """The body's blocks moved into one borderless one-cell table, as a template frames the
    page."""
    body = doc.element.body
    blocks = [child for child in body if child.tag != qn("w:sectPr")]
    cell = doc.add_table(rows=1, cols=1).cell(0, 0)._tc
    for paragraph in cell.findall(qn("w:p")):
        cell.remove(paragraph)
    for block in blocks:
        cell.append(block)
    cell.append(deepcopy(doc.add_paragraph()._p))  # a cell ends in a paragraph


def _write(path: Path, frame: bool) -> Path:
    doc = Document()
    _plan(doc)
    if frame:
        _framed(doc)
    doc.save(str(path))
    return path


def _shape(path: Path) -> list[tuple[BlockKind, str, int | None, str, int]]:
    return [(b.kind, b.text, b.level, b.style, len(b.rows)) for b in read_source(path).blocks]


def test_a_page_in_a_one_cell_frame_reads_as_the_page_without_it(tmp_path: Path) -> None:
    plain = _write(tmp_path / "plain.docx", frame=False)
    framed = _write(tmp_path / "framed.docx", frame=True)
    assert [b.kind for b in read_docx(framed).blocks].count(BlockKind.TABLE) == 2
    assert _shape(framed) == _shape(plain)
    original, read = read_word(plain), read_word(framed)
    assert read.data == original.data
    assert (read.kommun, read.namnd, read.forsta_ar, read.sista_ar) == (
        "Exempelby kommun",
        "Kulturnämnden",
        2026,
        2028,
    )
    assert [c["rubrik"] for c in read.data["kapitel"]] == ["Inledning"]
    goal = read.data["namndsmal"][1]
    assert [i["namn"] for i in goal["indikatorer"]] == [row[0] for row in INDICATORS[1:]]
    assert len(read.data["driftbudget"]["rader"]) == 2


def test_a_nested_indicator_table_in_a_frame_is_read_as_a_table(tmp_path: Path) -> None:
    doc = Document()
    cell = doc.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "Så mäter vi målet"
    inner = cell.add_table(rows=len(INDICATORS), cols=len(INDICATORS[0]))
    for r, row in enumerate(INDICATORS):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    cell.add_paragraph("Utfallet redovisas i delårsrapporten.")
    doc.save(str(tmp_path / "nested.docx"))
    blocks = read_docx(tmp_path / "nested.docx").blocks
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.PARAGRAPH]
    table = blocks[1]
    assert [[c.text for c in row] for row in table.rows] == INDICATORS
    assert blocks[2].text == "Utfallet redovisas i delårsrapporten."


def test_a_two_column_layout_with_a_heading_in_a_cell(tmp_path: Path) -> None:
    doc = Document()
    doc.add_heading("Verksamhetsplan", 1)
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = "Omvärld"
    left.paragraphs[0].style = doc.styles["Heading 2"]
    right.paragraphs[0].text = "Befolkningen växer."
    right.add_paragraph("Lånen ökar.", style="List Bullet")
    doc.save(str(tmp_path / "columns.docx"))
    blocks = read_source(tmp_path / "columns.docx").blocks
    assert [(b.kind, b.text, b.level) for b in blocks] == [
        (BlockKind.HEADING, "Verksamhetsplan", 1),
        (BlockKind.HEADING, "Omvärld", 2),
        (BlockKind.PARAGRAPH, "Befolkningen växer.", None),
        (BlockKind.LIST_ITEM, "Lånen ökar.", None),
    ]


def test_a_box_and_a_table_of_long_cells_stay_what_they_are(tmp_path: Path) -> None:
    doc = Document()
    doc.add_heading("Mål", 1)
    box = doc.add_table(rows=1, cols=1).cell(0, 0)
    box.paragraphs[0].text = "Faktaruta"
    box.paragraphs[0].style = doc.styles["Heading 3"]
    for n in range(MANY - 1):
        box.add_paragraph(f"Rad {n + 1} i rutan.")
    figures = doc.add_table(rows=2, cols=2)
    figures.cell(0, 0).text = "Mål"
    figures.cell(0, 1).text = "Kommentar"
    figures.cell(1, 0).text = "Fler lånar böcker"
    figures.cell(1, 1).text = "Utlånen ökar."
    figures.cell(1, 1).add_paragraph("Nya öppettider.")
    wide = doc.add_table(rows=2, cols=3)
    for c, text in enumerate(["Område", "Mål", "Utfall"]):
        wide.cell(0, c).text = text
    wide.cell(1, 0).paragraphs[0].text = "Kultur"
    wide.cell(1, 0).paragraphs[0].style = doc.styles["Heading 2"]
    wide.cell(1, 1).text = "Fler besökare"
    wide.cell(1, 2).text = "12 000"
    goal = doc.add_table(rows=2, cols=2)
    goal.cell(0, 0).text = "Nämndmål"
    goal.cell(0, 1).text = "Så följer vi upp målet"
    goal.cell(1, 0).text = "Fler barn deltar i kulturskolan"
    inner = goal.cell(1, 1).add_table(rows=2, cols=2)
    for r, row in enumerate([["Indikator", "2027"], ["Elever", "220"]]):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    doc.save(str(tmp_path / "kept.docx"))
    blocks = read_docx(tmp_path / "kept.docx").blocks
    assert [(b.kind, len(b.rows), b.width) for b in blocks] == [
        (BlockKind.HEADING, 0, 0),
        (BlockKind.TABLE, 1, 1),
        (BlockKind.TABLE, 2, 2),
        (BlockKind.TABLE, 2, 3),
        (BlockKind.TABLE, 2, 2),
    ]
    assert "Elever" in blocks[4].rows[1][1].text
    unfolded = read_source(tmp_path / "kept.docx").blocks
    assert (unfolded[1].kind, unfolded[1].text, unfolded[1].bold) == (
        BlockKind.PARAGRAPH,
        "Faktaruta",
        True,
    )


def test_a_frame_with_many_lines_or_a_chapter_heading_is_a_page(tmp_path: Path) -> None:
    doc = Document()
    cover = doc.add_table(rows=1, cols=1).cell(0, 0)
    cover.paragraphs[0].text = "Exempelby kommun"
    for n in range(MANY):
        cover.add_paragraph(f"Försättsbladets rad {n + 1}")
    chapter = doc.add_table(rows=1, cols=1).cell(0, 0)
    chapter.paragraphs[0].text = "Inledning"
    chapter.paragraphs[0].style = doc.styles["Heading 1"]
    chapter.add_paragraph("Planen beskriver nämndens arbete.")
    doc.save(str(tmp_path / "pages.docx"))
    blocks = read_docx(tmp_path / "pages.docx").blocks
    assert BlockKind.TABLE not in [b.kind for b in blocks]
    assert [b.text for b in blocks][:2] == ["Exempelby kommun", "Försättsbladets rad 1"]
    assert (blocks[-2].kind, blocks[-2].text, blocks[-2].level) == (
        BlockKind.HEADING,
        "Inledning",
        1,
    )
    assert len(blocks) == MANY + 3


def test_an_odt_page_in_a_one_cell_frame_reads_as_the_page_without_it(tmp_path: Path) -> None:
    page = (
        odt.p(odt.x("Exempelby kommun"))
        + odt.h("Inledning", 1)
        + odt.p(odt.x("Planen beskriver nämndens arbete under tre år."))
        + odt.text_list(["Biblioteken", "Kulturskolan"])
        + odt.h("Fler barn deltar i kulturskolan", 2)
        + odt.simple_table(INDICATORS)
    )
    framed = odt.table([odt.row(f"<table:table-cell>{page}</table:table-cell>")])
    plain_blocks = read_source(odt.write_odt(tmp_path / "plain.odt", page)).blocks
    framed_blocks = read_source(odt.write_odt(tmp_path / "framed.odt", framed)).blocks
    shape = [(b.kind, b.text, b.level, b.style, len(b.rows)) for b in plain_blocks]
    assert [(b.kind, b.text, b.level, b.style, len(b.rows)) for b in framed_blocks] == shape
    assert [[c.text for c in r] for r in framed_blocks[-1].rows] == INDICATORS
