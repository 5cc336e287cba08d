"""An activity table whose activities name their own goal in a column ("Kopplat till mål",
"Mål 3") and whose rows are grouped by full-width rows ("Förskola", "Grundskola"): the goals
are given row by row, so a group row that names no målområde or goal of the plan is the
verksamhet doing the work, not a målområde. A group row naming a målområde of the plan stays
that målområde; without a goal column a group row is the rows' målområde. An activity due
"läsår 2027/28" is due when that school year ends, 2028-06-30."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

GOALS = [
    ("Lärande", "Alla elever lämnar grundskolan med godkända betyg."),
    ("Lärande", "Förskolan ger alla barn en god grund för språket."),
]


def _plan(tmp_path: Path, rows: list[list[str]]) -> d.PlanSnapshot:
    doc = Document()
    for text in ("Exempelby kommun", "Barn- och utbildningsnämnden", "Verksamhetsplan 2027"):
        doc.add_paragraph(text)
    doc.add_heading("Mål", 1)
    for number, (area, goal) in enumerate(GOALS, start=1):
        doc.add_heading(f"Målområde: {area}", 2)
        doc.add_paragraph().add_run(f"Mål {number}: {goal}").bold = True
        doc.add_paragraph("Nämnden följer målet i kvalitetsrapporten.")
    doc.add_heading("Aktiviteter", 1)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        if len(cells) == 1:  # a group row across the table
            merged = table.cell(r, 0).merge(table.cell(r, len(rows[0]) - 1))
            merged.text = cells[0]
            continue
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_group_rows_over_goal_linked_activities_are_verksamheter(tmp_path: Path) -> None:
    rows = [
        ["Aktivitet", "Kopplat till mål", "Ansvarig", "Klart"],
        ["Förskola"],
        ["Högläsning i små grupper", "Mål 2", "Verksamhetschef förskola", "ht 2027"],
        ["Grundskola"],
        ["Lovskola för årskurs 8 och 9", "Mål 1", "Verksamhetschef grundskola", "vt 2027"],
        ["Läxhjälp på biblioteket", "Mål 1", "Rektorsgruppen", "läsår 2027/28"],
    ]
    plan = _plan(tmp_path, rows)
    assert sorted(a.namn for a in plan.malomraden) == ["Lärande"]
    goals = {g.id: g.text for g in plan.namndsmal}
    units = {v.id: v.namn for v in plan.verksamheter}
    got = {
        a.namn: (goals.get(a.namndsmal_id or 0), units.get(a.verksamhet_id or 0), a.slutdatum)
        for a in plan.aktiviteter
    }
    assert got == {
        "Högläsning i små grupper": (GOALS[1][1], "Förskola", dt.date(2027, 12, 31)),
        "Lovskola för årskurs 8 och 9": (GOALS[0][1], "Grundskola", dt.date(2027, 6, 30)),
        "Läxhjälp på biblioteket": (GOALS[0][1], "Grundskola", dt.date(2028, 6, 30)),
    }


def test_a_group_row_naming_a_malomrade_stays_the_malomrade(tmp_path: Path) -> None:
    rows = [
        ["Aktivitet", "Kopplat till mål", "Ansvarig"],
        ["Lärande"],
        ["Lovskola för årskurs 8 och 9", "Mål 1", "Verksamhetschef grundskola"],
    ]
    plan = _plan(tmp_path, rows)
    assert not plan.verksamheter
    (activity,) = plan.aktiviteter
    assert {g.id: g.text for g in plan.namndsmal}[activity.namndsmal_id or 0] == GOALS[0][1]


def test_a_group_row_labelled_as_a_malomrade_is_one(tmp_path: Path) -> None:
    rows = [
        ["Aktivitet", "Kopplat till mål", "Ansvarig"],
        ["Målområde 2: Trygg skola"],
        ["Trygghetsteam på alla skolor", "Mål 1", "Elevhälsochef"],
    ]
    plan = _plan(tmp_path, rows)
    assert not plan.verksamheter


def test_group_rows_without_a_goal_column_are_malomraden(tmp_path: Path) -> None:
    rows = [
        ["Aktivitet", "Ansvarig", "Klart"],
        ["Trygg skola"],
        ["Trygghetsteam på alla skolor", "Elevhälsochef", "vt 2027"],
    ]
    plan = _plan(tmp_path, rows)
    assert not plan.verksamheter
    areas = {a.id: a.namn for a in plan.malomraden}
    (activity,) = plan.aktiviteter
    assert areas[activity.malomrade_id or 0] == "Trygg skola"
