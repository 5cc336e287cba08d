"""An activity table linking each activity to its goal by the goal's number in a column named for
the kommun's goal level ("Aktivitet | Inriktningsmål | Ansvarig | Klart | Status" with "1", "2"
…); and a budget table's totals row named for the nämnd ("Servicenämnden totalt"), checked
against the rows and never read as one."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_activity_table import roles
from vplan_desktop.imports.word_build import TableContext
from vplan_desktop.imports.word_table import TOTAL
from vplan_desktop.services.read import read_plan

MEALS = "Måltiderna är goda och klimatsmarta."
CLEAN = "Lokalerna städas så att arbetsmiljön är frisk."


def _table(doc: object, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    for cells, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(cells, row.cells, strict=True):
            cell.text = text


def _plan(doc: object, tmp_path: Path) -> d.PlanSnapshot:
    doc.save(str(tmp_path / "plan.docx"))  # type: ignore[attr-defined]
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_goal_level_columns_link_activities() -> None:
    ctx = TableContext()
    for level in ("Inriktningsmål", "Effektmål", "Mål nr", "Nämndsmål", "Strategiskt mål"):
        assert roles(["Aktivitet", level, "Ansvarig"], ctx)[1] == "malkoppling"
    # the first column groups the rows, it links nothing
    assert roles(["Inriktningsmål", "Aktivitet", "Ansvarig"], ctx)[0] != "malkoppling"


def test_activities_linked_by_their_goals_number(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Mål och mätetal", 1)
    doc.add_heading(f"Inriktningsmål 1: {MEALS}", 2)
    _table(doc, [["Mätetal", "Målvärde 2027"], ["Andel nöjda elever", "72 %"]])
    doc.add_heading(f"Inriktningsmål 2: {CLEAN}", 2)
    _table(doc, [["Mätetal", "Målvärde 2027"], ["Kundnöjdhet, index", "75"]])
    doc.add_heading("Aktiviteter 2027", 1)
    _table(
        doc,
        [
            ["Aktivitet", "Inriktningsmål", "Ansvarig", "Klart", "Status"],
            ["Ny meny med fler vegetariska rätter", "1", "Kostchef", "2027-06-30", "Pågår"],
            ["Svanenmärkta rengöringsmedel", "2", "Lokalvårdschef", "2027-08-31", "Pågår"],
            ["Digitala kvalitetskontroller", "5", "Lokalvårdschef", "2027-09-30", "Pågår"],
        ],
    )
    plan = _plan(doc, tmp_path)
    goals = {g.id: g.text for g in plan.namndsmal}
    linked = {a.namn: (goals.get(a.namndsmal_id or 0), a.beskrivning) for a in plan.aktiviteter}
    assert linked["Ny meny med fler vegetariska rätter"] == (MEALS, "")
    assert linked["Svanenmärkta rengöringsmedel"] == (CLEAN, "")
    # a number no goal has: no link, the number kept for the user
    assert linked["Digitala kvalitetskontroller"] == (None, "Mål: 5")


def test_a_totals_row_named_for_the_namnd() -> None:
    for label in ("Servicenämnden totalt", "Kommunstyrelsen, totalt", "Hela nämnden netto"):
        assert TOTAL.match(label), label
    for label in ("Servicenämnden levererar", "Nämndsadministration", "Förvaltningsledning"):
        assert not TOTAL.match(label), label


def test_the_namnds_totals_row_is_no_budget_row(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Driftbudget per verksamhet")
    _table(
        doc,
        [
            ["Verksamhet", "Budget 2027", "Plan 2028"],
            ["Måltider", "-1 200", "-800"],
            ["Lokalvård", "400", "200"],
            ["Servicenämnden totalt", "-800", "-600"],
        ],
    )
    plan = _plan(doc, tmp_path)
    units = {u.id: u.namn for u in plan.verksamheter}
    assert sorted(units[r.verksamhet_id] for r in plan.driftbudget) == ["Lokalvård", "Måltider"]
