"""Goals typed as bold numbered paragraphs under the goals' heading ("**1. Fler barn deltar i
kulturskolan.**", the number typed, not Word's numbering), two or more in a series, are the
nämnd's goals: each keeps its number as its code and its words without it, the indicator line
or table under it is its own (a bold goal line right over a table is the goal the table
measures, not the table's caption), and an activity table's "Mål" column links to them by
number. A lone bold numbered line, or one outside the goal part, stays text."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

GOALS = [
    "Fler barn deltar i kulturskolans verksamhet.",
    "Biblioteket når fler invånare.",
    "Föreningslivet är starkt och brett.",
]


def _table(doc: DocxDocument, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text


def _cover(doc: DocxDocument) -> None:
    for text in ("Exempelby kommun", "Kultur- och fritidsnämnden", "Verksamhetsplan 2027"):
        doc.add_paragraph(text)
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för kultur och fritid i kommunen.")


def _plan(tmp_path: Path, doc: DocxDocument) -> PlanSnapshot:
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_bold_numbered_lines_are_the_goals_with_their_indicators(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Nämndens mål 2027", 1)
    doc.add_paragraph("Kommunfullmäktige har fastställt tre mål för nämnden.")
    doc.add_paragraph().add_run(f"1. {GOALS[0]}").bold = True
    doc.add_paragraph("Indikator: Antal elever i kulturskolan. Nuläge 2025: 410. Mål 2027: 450.")
    doc.add_paragraph().add_run(f"2. {GOALS[1]}").bold = True
    _table(
        doc, [["Indikator", "Nuläge 2025", "Mål 2027"], ["Antal lån per invånare", "4,1", "4,5"]]
    )
    doc.add_paragraph().add_run(f"3. {GOALS[2]}").bold = True
    doc.add_paragraph("Indikator: Antal aktiva föreningar. Nuläge 2025: 62. Mål 2027: 65.")
    doc.add_heading("Aktiviteter", 1)
    _table(
        doc,
        [
            ["Aktivitet", "Mål", "Ansvarig", "Klart"],
            ["Öppna biblioteket på söndagar", "2", "Bibliotekschef", "Q2 2027"],
            ["Starta en föreningsdag", "3", "Fritidschef", "september 2027"],
        ],
    )
    plan = _plan(tmp_path, doc)
    assert [(g.kod, g.text) for g in plan.namndsmal] == [
        ("1", GOALS[0]),
        ("2", GOALS[1]),
        ("3", GOALS[2]),
    ]
    by_goal = {g.id: g.text for g in plan.namndsmal}
    measured = {(by_goal[i.namndsmal_id], i.namn) for i in plan.indikatorer}
    assert measured == {
        (GOALS[0], "Antal elever i kulturskolan"),
        (GOALS[1], "Antal lån per invånare"),
        (GOALS[2], "Antal aktiva föreningar"),
    }
    loans = next(i for i in plan.indikatorer if i.namn == "Antal lån per invånare")
    assert loans.malnivaer[2027] == D("4.5")
    linked = {a.namn: by_goal.get(a.namndsmal_id or 0) for a in plan.aktiviteter}
    assert linked == {
        "Öppna biblioteket på söndagar": GOALS[1],
        "Starta en föreningsdag": GOALS[2],
    }


def test_a_lone_numbered_line_or_one_outside_the_goals_stays_text(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Omvärld", 1)
    doc.add_paragraph().add_run("1. Befolkningen blir äldre i hela länet.").bold = True
    doc.add_paragraph().add_run("2. Arbetsmarknaden förändras snabbt.").bold = True
    doc.add_heading("Nämndens mål 2027", 1)
    doc.add_paragraph().add_run("1. Målen gäller hela planperioden.").bold = True
    doc.add_paragraph("Målen följs upp i årsredovisningen.")
    plan = _plan(tmp_path, doc)
    assert plan.namndsmal == ()
    texts = " ".join(k.text for k in plan.kapitel)
    assert "Befolkningen blir äldre i hela länet." in texts
    assert "Målen gäller hela planperioden." in texts
