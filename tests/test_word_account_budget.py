"""A budget by konto (a detaljbudget per verksamhet: "Konto | Benämning | Budget 2026 | Budget
2027", the kontoplan's account numbers in the first column, their names in the second) is the
resultaträkning per kostnadsslag: each account row is a line named by its Benämning without the
number, intäkter positive and kostnader negative as printed, the "Nettokostnad …" row under
them checked as a total, and a name that recurs in another verksamhet's table its own line.
The account numbers are not kept, and the report says so."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.imports.word import WordImport, import_word
from vplan_desktop.imports.word_account_table import account_table
from vplan_desktop.imports.word_docx import read_docx
from vplan_desktop.services.read import read_plan

HEADER = ["Konto", "Benämning", "Budget 2026", "Budget 2027"]
CULTURE = [
    ["3410", "Avgifter", "200", "250"],
    ["4010", "Löner", "−1 000", "−1 100"],
    ["5–7xxx", "Övriga kostnader", "−300", "−320"],
    ["", "Nettokostnad kultur", "−1 100", "−1 170"],
]
LEISURE = [
    ["3800", "Statsbidrag", "90", "80"],
    ["4010", "Löner", "−700", "−730"],
    ["", "Nettokostnad fritid", "−610", "−650"],
]


def _table(doc: DocxDocument, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text


def _import(tmp_path: Path, tables: dict[str, list[list[str]]]) -> tuple[WordImport, PlanSnapshot]:
    doc = Document()
    for text in ("Exempelby kommun", "Kultur- och fritidsnämnden", "Verksamhetsplan 2026–2027"):
        doc.add_paragraph(text)
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Alla belopp är i tusentals kronor.")
    doc.add_heading("Detaljbudget per verksamhet", 2)
    for heading, rows in tables.items():
        doc.add_heading(heading, 3)
        _table(doc, rows)
    doc.save(str(tmp_path / "plan.docx"))
    result = import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return result, read_plan(opened)


def test_account_rows_are_the_resultaträkning_by_their_names(tmp_path: Path) -> None:
    result, plan = _import(tmp_path, {"Kultur": [HEADER, *CULTURE], "Fritid": [HEADER, *LEISURE]})
    columns = {c.id: (c.slag.value, c.ar) for c in plan.budgetkolumner}
    lines = [(r.namn, {columns[c]: v for c, v in r.belopp.items()}) for r in plan.kostnadsslag]
    b26, b27 = ("budget", 2026), ("budget", 2027)
    assert lines == [
        ("Avgifter", {b26: D(200), b27: D(250)}),
        ("Löner", {b26: D(-1000), b27: D(-1100)}),
        ("Övriga kostnader", {b26: D(-300), b27: D(-320)}),
        ("Statsbidrag", {b26: D(90), b27: D(80)}),
        ("Löner", {b26: D(-700), b27: D(-730)}),
    ]
    assert plan.nyckeltal == () and plan.driftbudget == ()
    report = " ".join(result.report)
    assert "”Nettokostnad kultur” kontrollerades" in report
    assert "Kontonumren (kolumnen ”Konto”) lästes inte in" in report


def test_a_konto_header_over_names_is_no_account_column(tmp_path: Path) -> None:
    rows = [
        ["Konto", "Benämning", "2026", "2027"],
        ["Bank", "Sparkonto", "12", "14"],
        ["Post", "Lönekonto", "3", "4"],
    ]
    doc = Document()
    _table(doc, rows)
    doc.save(str(tmp_path / "t.docx"))
    (block,) = read_docx(tmp_path / "t.docx").blocks
    assert not account_table(rows[0], block)
    rows[1][0], rows[2][0] = "1930", "45xx"
    doc = Document()
    _table(doc, rows)
    doc.save(str(tmp_path / "t.docx"))
    (block,) = read_docx(tmp_path / "t.docx").blocks
    assert account_table(rows[0], block)
