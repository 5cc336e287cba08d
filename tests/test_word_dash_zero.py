"""A dash in an amount cell of a driftbudget or resultaträkning row that has amounts in its
other cells is a zero: Excel's accounting format prints 0 as "-" (a controller's workbook often
as "–"), so a table pasted from Excel shows a year in which a verksamhet goes even as a dash,
and a careful reader enters 0 there. A row whose amount cells are all dashes gives no amounts,
and an investment project's dash is a year without the project (blank). The report says how
many dashes were read as 0."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.imports.word import WordImport, import_word
from vplan_desktop.imports.word_dash_zero import dash_zeros
from vplan_desktop.services.read import read_plan

YEARS = ["Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]
DRIFT = [
    ["Verksamhet", *YEARS],
    ["Hemtjänst", "-142 630", "−146 900", "−152 340", "−157 100"],
    ["Bemanningsenhet", "1 215", "-", "–", "-"],
    ["Projekt som avslutats", "-", "–", "-", "-"],
    ["Summa", "-141 415", "−146 900", "−152 340", "−157 100"],
]


def _table(doc: DocxDocument, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text


def _import(tmp_path: Path, tables: dict[str, list[list[str]]]) -> tuple[WordImport, PlanSnapshot]:
    doc = Document()
    for text in ("Exempelby kommun", "Vård- och omsorgsnämnden", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Alla belopp är i tusentals kronor.")
    for heading, rows in tables.items():
        doc.add_heading(heading, 2)
        _table(doc, rows)
    doc.save(str(tmp_path / "plan.docx"))
    result = import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return result, read_plan(opened)


def test_a_dash_beside_amounts_is_a_zero_in_the_driftbudget(tmp_path: Path) -> None:
    result, plan = _import(tmp_path, {"Driftbudget": DRIFT})
    columns = {c.id: (c.slag.value, c.ar) for c in plan.budgetkolumner}
    units = {v.id: v.namn for v in plan.verksamheter}
    rows = {
        units[r.verksamhet_id]: {columns[c]: v for c, v in r.belopp.items()}
        for r in plan.driftbudget
    }
    keys = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028)]
    hemtjanst = [D(-142630), D(-146900), D(-152340), D(-157100)]
    assert rows["Hemtjänst"] == dict(zip(keys, hemtjanst, strict=True))
    assert rows["Bemanningsenhet"] == {keys[0]: D(1215), keys[1]: 0, keys[2]: 0, keys[3]: 0}
    assert rows["Projekt som avslutats"] == {}  # dashes alone: no amounts
    report = " ".join(result.report)
    assert "3 streck (”-”) bland beloppen lästes som 0" in report
    assert "”Summa” kontrollerades" in report


def test_a_dash_is_a_zero_in_the_resultaträkning_not_among_investments(tmp_path: Path) -> None:
    result_rows = [
        ["Resultaträkning", "Budget 2027", "Budget 2028"],
        ["Intäkter", "12 400", "-"],
        ["Personalkostnader", "−48 300", "−49 900"],
        ["Nettokostnad", "−35 900", "−49 900"],
    ]
    investments = [
        ["Projekt", "Budget 2027", "Plan 2028"],
        ["Ny gruppbostad", "12 000", "–"],
        ["Larm i särskilt boende", "-", "2 500"],
        ["Summa investeringar", "12 000", "2 500"],
    ]
    result, plan = _import(tmp_path, {"Resultatbudget": result_rows, "Investeringar": investments})
    columns = {c.id: (c.slag.value, c.ar) for c in plan.budgetkolumner}
    lines = {r.namn: {columns[c]: v for c, v in r.belopp.items()} for r in plan.kostnadsslag}
    assert lines["Intäkter"] == {("budget", 2027): D(12400), ("budget", 2028): 0}
    projects = {p.projekt: p.belopp for p in plan.investeringar}
    assert projects == {  # a project's dash is a year without it
        "Ny gruppbostad": {2027: D(12000)},
        "Larm i särskilt boende": {2028: D(2500)},
    }
    report = " ".join(result.report)
    assert report.count("bland beloppen lästes som 0") == 1
    assert "Ett streck (”-”) bland beloppen lästes som 0" in report


def test_only_a_dash_beside_an_amount_is_a_zero() -> None:
    assert dash_zeros(["Bemanning", "1 215", "-", "–", "—"], [1, 2, 3, 4]) == [2, 3, 4]
    assert dash_zeros(["Avslutat", "-", "–", ""], [1, 2, 3]) == []
    assert dash_zeros(["Hemtjänst", "−146 900", "−152 340"], [1, 2]) == []
    assert dash_zeros(["Ny verksamhet", "Ingen budget", "-"], [1, 2]) == []
