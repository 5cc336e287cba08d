"""A page break never parts a row from its sub-rows, nor a label row (a målområde's name) from
the rows it labels: in the PDF (reportlab's NOSPLIT) and in Word (keep with next)."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from tests.pdf_reading import page_lines
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.exports import content as c
from vplan_desktop.exports.docx_writer import write_docx
from vplan_desktop.exports.fonts import register_fonts
from vplan_desktop.exports.pdf_look import styles
from vplan_desktop.exports.pdf_table import table_flowables
from vplan_desktop.exports.table_groups import MOST_ROWS, row_groups
from vplan_desktop.services.read import read_plan

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _row(first: str, *rest: str, indent: int = 0) -> list[c.Cell]:
    return [c.Cell(first, indent=indent), *(c.Cell(text) for text in rest)]


def _table(rows: list[list[c.Cell]]) -> c.Table:
    header = [c.Cell("Mål"), c.Cell("Mätetal"), c.Cell("2027")]
    return c.Table("", header, rows, [3, 3, 1])


def test_sub_rows_and_label_rows_are_grouped() -> None:
    rows = [
        _row("1 Kvalitet", "", ""),  # 0: a label row
        _row("Mål A", "Indikator", "1"),  # 1
        _row("", "Indikator", "2"),  # 2: belongs to mål A
        _row("Mål B", "Indikator", "3"),  # 3: a row alone
        _row("Resultat", "", "4"),  # 4: a line of its own with a figure: no label
        _row("Utfall", "", "5", indent=1),  # 5: its sub-row
    ]
    assert row_groups(_table(rows)) == [(0, 2), (1, 2), (4, 5)]


def test_a_long_group_keeps_only_its_first_two_rows_together() -> None:
    rows = [_row("Mål A", "x", "1"), *(_row("", "x", str(n)) for n in range(MOST_ROWS + 2))]
    assert row_groups(_table(rows)) == [(0, 1)]
    labelled = [_row("1 Kvalitet", "", ""), *rows]
    assert row_groups(_table(labelled)) == [(0, 2), (1, 2)]  # the label, the first two


def test_no_page_of_the_pdf_starts_inside_a_group() -> None:
    register_fonts()
    rows: list[list[c.Cell]] = []
    for area in range(1, 6):
        rows.append(_row(f"Målområde {area}", "", ""))
        for goal in range(1, 6):
            rows.append(_row(f"Mål {area}.{goal}", f"Indikator {area}.{goal}.1", "1"))
            rows += [_row("", f"Indikator {area}.{goal}.{n}", str(n)) for n in (2, 3)]
    out = io.BytesIO()
    template = SimpleDocTemplate(out, pagesize=A4)
    template.build(table_flowables(_table(rows), template.width, styles()))
    pages = PdfReader(out).pages
    assert len(pages) >= 3
    for page in pages[1:]:
        lines = [line for line in page_lines(page) if line not in ("Mål", "Mätetal", "2027")]
        # the first row under the repeated header starts a group: a målområde, or a goal
        # whose målområde stands on the page before only when the goal is not its first
        assert lines[0].startswith(("Målområde", "Mål ")), lines[:3]
        assert not lines[0].startswith("Indikator"), lines[:3]
    for page in pages[:-1]:
        assert not page_lines(page)[-1].startswith("Målområde"), page_lines(page)[-3:]


def test_word_keeps_a_goals_rows_together(tmp_path: Path, templates: dict[str, Path]) -> None:
    # The example plan's goal summary: a målområde's label row and each goal's sub-rows.
    with PlanDocument.open(templates["example"], read_only=True) as doc:
        example = read_plan(doc)
    out = tmp_path / "plan.docx"
    write_docx(c.build(example), out)
    table = next(t for t in Document(str(out)).tables if t.rows[0].cells[0].text == "Mål")
    kept = [
        row._tr.find(f"{_W}tc/{_W}p/{_W}pPr/{_W}keepNext") is not None for row in table.rows[1:]
    ]
    first_cells = [row.cells[0].text for row in table.rows[1:]]
    assert kept[0] and first_cells[0].startswith("1 ")  # the label row keeps with its goal
    for number, text in enumerate(first_cells[:-1]):
        if not first_cells[number + 1]:  # the next row is this goal's: kept together
            assert kept[number], text
    assert not kept[-1]


def _lines_per_page(room_lines: float, paragraph_lines: int) -> list[int]:
    """How many of a paragraph's lines stand on each page when ``room_lines`` of it fit at the
    foot of the first page."""
    from reportlab.platypus import Spacer

    from vplan_desktop.exports.pdf_paragraph import Paragraph

    register_fonts()
    body = styles()["body"]
    out = io.BytesIO()
    template = SimpleDocTemplate(out, pagesize=A4, topMargin=50, bottomMargin=50)
    words = " ".join(f"rad{n:03d}" for n in range(paragraph_lines * 12))
    while True:  # as many words as make ``paragraph_lines`` lines
        paragraph = Paragraph(words, body)
        _, height = paragraph.wrap(template.width, template.height)
        if round(height / body.leading) <= paragraph_lines:
            break
        words = words.rsplit(" ", 1)[0]
    filler = template.height - room_lines * body.leading - 12  # the frame pads 6 pt each side
    template.build([Spacer(1, filler), paragraph])
    return [sum(line.startswith("rad") for line in page_lines(p)) for p in PdfReader(out).pages]


def test_a_paragraph_leaves_no_single_line_at_a_page_foot_or_top() -> None:
    lines = _lines_per_page(room_lines=1.2, paragraph_lines=5)
    assert lines[0] != 1, lines  # no orphan: the paragraph starts on the next page
    lines = _lines_per_page(room_lines=4.2, paragraph_lines=5)
    assert lines[-1] != 1, lines  # no widow: two lines go over together
    assert sum(lines) == 5


def test_word_has_widow_and_orphan_control_for_every_paragraph(
    tmp_path: Path, templates: dict[str, Path]
) -> None:
    import zipfile

    with PlanDocument.open(templates["example"], read_only=True) as doc:
        example = read_plan(doc)
    out = tmp_path / "plan.docx"
    write_docx(c.build(example), out)
    with zipfile.ZipFile(out) as package:
        styles_xml = package.read("word/styles.xml").decode()
    defaults = styles_xml.split("<w:pPrDefault>")[1].split("</w:pPrDefault>")[0]
    assert defaults.startswith("<w:pPr><w:widowControl/>")  # where the schema puts it
