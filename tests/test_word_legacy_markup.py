"""Tables as documents converted from Word 97 or written by other programs mark them up, read as
Word shows them:

- a cell merged across by the legacy ``w:hMerge`` ("restart", then cells continuing it, with
  the value "continue" or none) stands over every column it covers, as ``w:gridSpan`` does;
- a budget table led by a column of codes ("Ansvar | Verksamhet | Budget 2027 | …") names
  its rows by the column beside the codes; an investment table "Projekt | Investering | …"
  holds the project's number under "Projekt" and its name under "Investering";
- a two-column layout table whose cell holds a line over a table nested in the same cell
  ("Mål 1 | <goal sentence> over the goal's indicator table") is read as the blocks it lays
  out: the goal's label, its sentence and the indicator table;
- a sentence under a goal's label alone ("Mål 5" over "Verksamhetens klimatpåverkan
  minskar.") is the goal over the table under it, though short for a goal's sentence alone."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table, _Cell

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_docx import read_docx
from vplan_desktop.services.read import read_plan


def _front(doc: DocxDocument) -> None:
    for text in ("Exempelby kommun", "Räddningsnämnden", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)


def _fill(table: Table, rows: list[list[str]]) -> None:
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            if text:
                table.cell(r, c).text = text


def _h_merge(cell: _Cell, value: str | None) -> None:
    """Mark ``cell`` with the legacy w:hMerge (``value`` None: the element without a value)."""
    merge = OxmlElement("w:hMerge")
    if value is not None:
        merge.set(qn("w:val"), value)
    cell._tc.get_or_add_tcPr().append(merge)


def _import(tmp_path: Path, doc: DocxDocument) -> PlanSnapshot:
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_a_legacy_horizontal_merge_stands_over_every_column_it_covers(tmp_path: Path) -> None:
    doc = Document()
    table = doc.add_table(rows=3, cols=5)
    _fill(
        table,
        [
            ["Verksamhet", "Budget", "", "Plan", ""],
            ["", "2026", "2027", "2028", "2029"],
            ["Förebyggande", "6 820", "7 140", "7 300", "7 460"],
        ],
    )
    _h_merge(table.cell(0, 1), "restart")
    _h_merge(table.cell(0, 2), "continue")
    _h_merge(table.cell(0, 3), "restart")
    _h_merge(table.cell(0, 4), None)  # no value: Word reads it as continue
    doc.save(str(tmp_path / "t.docx"))
    (block,) = read_docx(tmp_path / "t.docx").blocks
    assert [c.text for c in block.rows[0]] == ["Verksamhet", "Budget", "Budget", "Plan", "Plan"]
    assert [c.text for c in block.rows[2]][1:] == ["6 820", "7 140", "7 300", "7 460"]


def test_a_continuing_cell_with_text_of_its_own_keeps_it(tmp_path: Path) -> None:
    doc = Document()
    table = doc.add_table(rows=1, cols=2)
    _fill(table, [["Budget", "Plan"]])
    _h_merge(table.cell(0, 0), "restart")
    _h_merge(table.cell(0, 1), "continue")
    doc.save(str(tmp_path / "t.docx"))
    (block,) = read_docx(tmp_path / "t.docx").blocks
    assert [c.text for c in block.rows[0]] == ["Budget", "Plan"]


def test_a_code_column_leaves_the_name_to_the_column_beside_it(tmp_path: Path) -> None:
    doc = Document()
    _front(doc)
    doc.add_heading("Driftbudget", 1)
    _fill(
        doc.add_table(rows=4, cols=4),
        [
            ["Ansvar", "Verksamhet", "Budget 2027", "Plan 2028"],
            ["4100", "Nämnd och ledning", "-3 560", "-3 640"],
            ["4110", "Förebyggande verksamhet", "-7 140", "-7 300"],
            ["4120", "Räddningsstyrka heltid", "-30 150", "-30 800"],
        ],
    )
    doc.add_heading("Investeringar", 1)
    _fill(
        doc.add_table(rows=3, cols=4),
        [
            ["Projekt", "Investering", "Budget 2027", "Plan 2028"],
            ["R27-01", "Tankbil med HVO-drift", "4 200", ""],
            ["R27-02", "Höjdfordon", "", "9 800"],
        ],
    )
    plan = _import(tmp_path, doc)
    names = {v.id: v.namn for v in plan.verksamheter}
    rows = {names[r.verksamhet_id]: r.belopp for r in plan.driftbudget}
    assert set(rows) == {"Nämnd och ledning", "Förebyggande verksamhet", "Räddningsstyrka heltid"}
    assert D("-7140") in rows["Förebyggande verksamhet"].values()
    projects = {i.projekt: i.projektnummer for i in plan.investeringar}
    assert projects == {"Tankbil med HVO-drift": "R27-01", "Höjdfordon": "R27-02"}


def _goal_row(table: Table, row: int, label: str, goal: str, indicators: list[list[str]]) -> None:
    left, right = table.rows[row].cells
    left.paragraphs[0].add_run(label).bold = True
    right.paragraphs[0].add_run(goal).bold = True  # a bold line over a table: its caption
    inner = right.add_table(rows=len(indicators) + 1, cols=4)
    _fill(inner, [["Indikator", "Nuläge 2025", "Mål 2027", "Mål 2028"], *indicators])
    right.add_paragraph("")  # a cell ends with a paragraph


def test_goals_over_their_nested_indicator_tables_in_a_layout_table(tmp_path: Path) -> None:
    doc = Document()
    _front(doc)
    doc.add_heading("Mål och indikatorer", 1)
    layout = doc.add_table(rows=2, cols=2)
    _goal_row(
        layout,
        0,
        "Mål 1",
        "Färre bränder i bostäder och färre skadade.",
        [["Antal bostadsbränder", "31", "28", "26"], ["Antal skadade vid brand", "11", "9", "8"]],
    )
    _goal_row(
        layout,
        1,
        "Mål 2",
        "Verksamhetens klimatpåverkan minskar.",  # three words: the label says it is a goal
        [["Andel fordon med förnybart bränsle", "38 %", "50 %", "60 %"]],
    )
    plan = _import(tmp_path, doc)
    goals = {g.id: g.text for g in plan.namndsmal}
    assert sorted(goals.values()) == [
        "Färre bränder i bostäder och färre skadade.",
        "Verksamhetens klimatpåverkan minskar.",
    ]
    under = {i.namn: goals[i.namndsmal_id] for i in plan.indikatorer}
    assert under == {
        "Antal bostadsbränder": "Färre bränder i bostäder och färre skadade.",
        "Antal skadade vid brand": "Färre bränder i bostäder och färre skadade.",
        "Andel fordon med förnybart bränsle": "Verksamhetens klimatpåverkan minskar.",
    }
    fires = next(i for i in plan.indikatorer if i.namn == "Antal bostadsbränder")
    assert fires.nulage == D("31")
    assert dict(fires.malnivaer) == {2027: D("28"), 2028: D("26")}
