"""A status nobody chose is unset: new plans and activities have none, and Word, PDF and Excel
print nothing for it (no "Utkast" on the cover, no "Ej påbörjad" on every activity)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from docx import Document
from pypdf import PdfReader

from tests.pdf_reading import pdf_text
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import InputError
from vplan_desktop.exports.export import export_plan
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.read import read_plan

DEFAULTS = ("Utkast", "Ej påbörjad")
"""What earlier vplans printed for a status nobody chose."""


def _add(doc: PlanDocument, kind: ItemKind, fields: dict[str, object]) -> int:
    new_id = items.add_item(doc, kind, fields).item_id
    assert new_id is not None
    return new_id


def _two_activities(doc: PlanDocument) -> tuple[int, int]:
    """A goal with two activities, neither given a status; the first has an ansvarig."""
    goal = _add(doc, ItemKind.NAMNDSMAL, {"text": "Fler får stöd i tid"})
    first = _add(
        doc,
        ItemKind.AKTIVITET,
        {"namn": "Ny rutin för uppföljning", "namndsmal_id": goal, "ansvarig": "Enhetschef"},
    )
    second = _add(doc, ItemKind.AKTIVITET, {"namn": "Utbildning i bemötande", "namndsmal_id": goal})
    return first, second


def _export_all(plan: d.PlanSnapshot, folder: Path) -> dict[str, Path]:
    files = {fmt: folder / f"plan.{fmt}" for fmt in ("docx", "pdf", "xlsx")}
    for fmt, path in files.items():
        export_plan(plan, fmt, path)
    return files


def _docx_text(path: Path) -> str:
    docx = Document(str(path))
    cells = [cell.text for table in docx.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in docx.paragraphs] + cells)


def _docx_activity_table(path: Path) -> list[list[str]]:
    docx = Document(str(path))
    table = next(t for t in docx.tables if t.cell(0, 0).text == "Aktivitet")
    return [[cell.text for cell in row.cells] for row in table.rows]


def _xlsx_activities(path: Path) -> list[list[str]]:
    """The Aktiviteter sheet from its header row on, blank cells as ""."""
    sheet = openpyxl.load_workbook(path)["Aktiviteter"]
    rows = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    start = next(n for n, row in enumerate(rows) if row[:1] == ["Aktivitet"])
    return rows[start:]


def _pdf_cover(path: Path) -> str:
    return PdfReader(str(path)).pages[0].extract_text() or ""


def test_a_new_plan_and_a_new_activity_have_no_status(doc: PlanDocument) -> None:
    first, _ = _two_activities(doc)
    plan = read_plan(doc)
    assert plan.uppgifter.status is None
    assert plan.uppgifter.status_text == ""
    assert [a.status for a in plan.aktiviteter] == [None, None]
    # a chosen status can be taken back to none, and undo brings it again
    items.update_item(doc, ItemKind.AKTIVITET, first, {"status": "pagar"})
    cleared = items.update_item(doc, ItemKind.AKTIVITET, first, {"status": None})
    assert read_plan(doc).aktiviteter[0].status is None
    cleared.undo(doc)
    assert read_plan(doc).aktiviteter[0].status is d.AktivitetStatus.PAGAR
    items.update_item(doc, ItemKind.PLAN, 1, {"status": "under_beredning"})
    items.update_item(doc, ItemKind.PLAN, 1, {"status": None})
    assert read_plan(doc).uppgifter.status is None


def test_a_status_that_is_no_status_is_still_refused(doc: PlanDocument) -> None:
    first, _ = _two_activities(doc)
    with pytest.raises(InputError, match="Status: ”snart” är inget giltigt val"):
        items.update_item(doc, ItemKind.AKTIVITET, first, {"status": "snart"})
    assert read_plan(doc).aktiviteter[0].status is None


def test_unset_statuses_are_printed_as_nothing(doc: PlanDocument, tmp_path: Path) -> None:
    _two_activities(doc)
    files = _export_all(read_plan(doc), tmp_path)

    word = _docx_text(files["docx"])
    assert "Status" not in word
    assert not any(default in word for default in DEFAULTS)
    # no activity has a status: the column is left out of the table
    assert _docx_activity_table(files["docx"]) == [
        ["Aktivitet", "Ansvarig", "Start", "Slutdatum", "Kostnad"],
        ["Ny rutin för uppföljning", "Enhetschef", "", "", ""],
        ["Utbildning i bemötande", "", "", "", ""],
    ]

    pdf = pdf_text(files["pdf"])
    assert "Status" not in pdf
    assert not any(default in pdf for default in DEFAULTS)

    sheet = _xlsx_activities(files["xlsx"])
    status = sheet[0].index("Status")  # a spreadsheet keeps its columns in place
    assert [row[status] for row in sheet[1:3]] == ["", ""]
    assert not any(default in cell for row in sheet for cell in row for default in DEFAULTS)


def test_a_chosen_status_is_printed(doc: PlanDocument, tmp_path: Path) -> None:
    first, _ = _two_activities(doc)
    items.update_item(doc, ItemKind.PLAN, 1, {"status": "utkast"})
    items.update_item(doc, ItemKind.AKTIVITET, first, {"status": "ej_paborjad"})
    files = _export_all(read_plan(doc), tmp_path)

    assert "Status: Utkast" in _docx_text(files["docx"])
    assert _docx_activity_table(files["docx"])[:3] == [
        ["Aktivitet", "Ansvarig", "Start", "Slutdatum", "Status", "Kostnad"],
        ["Ny rutin för uppföljning", "Enhetschef", "", "", "Ej påbörjad", ""],
        ["Utbildning i bemötande", "", "", "", "", ""],
    ]

    assert "Status: Utkast" in _pdf_cover(files["pdf"])
    pdf = pdf_text(files["pdf"])
    assert pdf.count("Ej påbörjad") == 1

    sheet = _xlsx_activities(files["xlsx"])
    status = sheet[0].index("Status")
    assert [row[status] for row in sheet[1:3]] == ["Ej påbörjad", ""]
