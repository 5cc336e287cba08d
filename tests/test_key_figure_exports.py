"""Key figures in Word, PDF and Excel, read back: the tables of a målområde under its heading,
the reporting frequency in the caption, the sub-row indented and the footnotes under the
table, in a smaller size."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from docx import Document
from docx.shared import Pt
from pypdf import PdfReader

from tests.pdf_reading import page_lines
from tests.word_reading import style_name
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.exports.export import export_plan
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.read import read_plan

NOTES = ("* Utan faderskapsutredningar", "** Per den 31 december")


@pytest.fixture
def plan(example_doc: PlanDocument) -> d.PlanSnapshot:
    """The example plan with its first key-figure table under the second målområde, reported
    per tertial, with two footnotes and its second row a sub-row."""
    before = read_plan(example_doc)
    table = before.nyckeltal[0]
    items.update_item(
        example_doc,
        ItemKind.NYCKELTAL_TABELL,
        table.id,
        {
            "malomrade_id": before.malomraden[-1].id,
            "frekvens": "tertial",
            "fotnoter": "\n".join(NOTES),
        },
    )
    items.update_item(example_doc, ItemKind.NYCKELTAL_RAD, table.rader[1].id, {"niva": 1})
    return read_plan(example_doc)


def _exported(plan: d.PlanSnapshot, folder: Path, fmt: str) -> Path:
    path = folder / f"plan.{fmt}"
    export_plan(plan, fmt, path)
    return path


def test_word_groups_labels_indents_and_notes(plan: d.PlanSnapshot, tmp_path: Path) -> None:
    table, area = plan.nyckeltal[0], plan.malomraden[-1]
    doc = Document(str(_exported(plan, tmp_path, "docx")))
    paragraphs = [(style_name(p), p.text) for p in doc.paragraphs]
    group = paragraphs.index(("Heading 2", f"Nyckeltal – {area.rubrik}"))
    assert paragraphs[group + 1] == ("Heading 3", table.rubrik)
    assert paragraphs[group + 2] == ("Caption", "Rapporteras per tertial")
    # The table without a målområde keeps its own heading, before the group.
    assert paragraphs.index(("Heading 2", plan.nyckeltal[1].rubrik)) < group

    word_table = next(
        t for t in doc.tables if t.rows[1].cells[0].text.startswith(table.rader[0].namn)
    )
    cells = [row.cells[0].paragraphs[0] for row in word_table.rows[1:4]]
    main, sub = cells[0], cells[1]
    assert sub.text.startswith(table.rader[1].namn)
    assert main.paragraph_format.left_indent in (None, 0)
    assert sub.paragraph_format.left_indent is not None and sub.paragraph_format.left_indent > 0

    # The notes are the paragraphs right after the table, smaller than the body text.
    body = list(doc.element.body)
    after = body[body.index(word_table._tbl) + 1 : body.index(word_table._tbl) + 3]
    notes = [p for p in doc.paragraphs if p._p in after]
    assert [p.text for p in notes] == list(NOTES)
    assert all(run.font.size == Pt(8) for p in notes for run in p.runs)


def _drawn(page: Any) -> list[tuple[str, float, float]]:
    """Each piece of text on the page with where it starts (x) and its size."""
    pieces: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            pieces.append((" ".join(text.split()), cm[4] + tm[4] * cm[0], size * tm[0] * cm[0]))

    page.extract_text(visitor_text=visit)
    return pieces


def test_pdf_groups_labels_indents_and_notes(plan: d.PlanSnapshot, tmp_path: Path) -> None:
    table, area = plan.nyckeltal[0], plan.malomraden[-1]
    reader = PdfReader(str(_exported(plan, tmp_path, "pdf")))
    # The last page with the heading: the contents list it too.
    page = [p for p in reader.pages if f"Nyckeltal – {area.rubrik}" in page_lines(p)][-1]
    lines = page_lines(page)
    start = lines.index(f"Nyckeltal – {area.rubrik}")
    assert lines[start + 1 : start + 3] == [table.rubrik, "Rapporteras per tertial"]
    assert all(note in lines for note in NOTES)
    assert lines.index(NOTES[0]) > lines.index(table.rader[-1].namn + f" ({table.rader[-1].enhet})")

    drawn = {text: (x, size) for text, x, size in _drawn(page)}
    main, sub = table.rader[0], table.rader[1]
    main_x = drawn[main.namn + (f" ({main.enhet})" if main.enhet else "")][0]
    sub_x = drawn[sub.namn + (f" ({sub.enhet})" if sub.enhet else "")][0]
    assert sub_x - main_x == pytest.approx(10, abs=0.5)
    assert drawn[NOTES[0]][1] < drawn[main.namn + (f" ({main.enhet})" if main.enhet else "")][1]


def test_excel_indents_the_sub_row_and_lists_area_frequency_and_notes(
    plan: d.PlanSnapshot, tmp_path: Path
) -> None:
    table, area = plan.nyckeltal[0], plan.malomraden[-1]
    sheet = openpyxl.load_workbook(_exported(plan, tmp_path, "xlsx"))["Nyckeltal"]
    assert [c.value for c in sheet[4]] == [
        "Nyckeltal",
        "Enhet",
        "Kolumn",
        "Värde",
        "Målområde",
        "Rapporteras",
    ]
    rows = list(sheet.iter_rows(min_row=5))
    assert rows[0][0].value == table.rubrik
    first = rows[1]
    assert (first[0].value, first[4].value, first[5].value) == (
        table.rader[0].namn,
        area.rubrik,
        "tertial",
    )
    indents = {row[0].value: row[0].alignment.indent for row in rows[1:] if row[0].value}
    assert indents[table.rader[0].namn] == 0
    assert indents[table.rader[1].namn] == 2
    figures = 1 + len(table.rader) * len(table.kolumner)
    assert [row[0].value for row in rows[figures : figures + 2]] == list(NOTES)
    assert rows[figures][0].font.italic
    second = rows[figures + 2]
    assert second[0].value == plan.nyckeltal[1].rubrik
    assert (rows[figures + 3][4].value, rows[figures + 3][5].value) in ((None, None), ("", ""))
