"""Goals labelled on two levels in a Word plan: a goal heading ("Strategiskt mål 1: …") with
goals under it labelled another way ("Prioriterat mål 1.1: …", "Resultatmål 1.2: …" as bold
lines over their indicator tables) is fullmäktige's goal, and the labelled lines are the
nämnd's goals under it, each measured by the table below it; "Resultatmål n.n:" is a goal's
label like "Prioriterat mål n.n:". A goal heading with no goals labelled otherwise under it
stays the nämnd's own goal."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

HEADER = ["Mätetal", "Utgångsläge 2025", "Målvärde 2027"]


def _table(doc: object, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text


def _plan(tmp_path: Path, goals: list[tuple[str, list[tuple[str, str]]]]) -> d.PlanSnapshot:
    """A plan whose part "Mål" holds each goal as a Heading 2 with, under it, bold labelled
    lines each over a table of one indicator (or, with no lines, one table right under it)."""
    doc = Document()
    for text in ("Exempelby kommun", "Miljönämnden", "Verksamhetsplan 2027"):
        doc.add_paragraph(text)
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen visar hur nämnden arbetar med målen under 2027.")
    doc.add_heading("Mål och mätetal", 1)
    doc.add_paragraph("Nämnden följer upp sina mål med mätetal två gånger per år.")
    for n, (heading, lines) in enumerate(goals, 1):
        doc.add_heading(heading, 2)
        if not lines:
            _table(doc, [HEADER, [f"Antal tillsynsbesök {n}", "40", "55"]])
        for line, indicator in lines:
            doc.add_paragraph().add_run(line).bold = True
            _table(doc, [HEADER, [indicator, "62", "85"]])
            doc.add_paragraph("Åtaganden").runs[0].italic = True
            doc.add_paragraph(f"Nämnden åtar sig att mäta {indicator.lower()}.", "List Bullet")
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_labelled_goals_under_a_goal_heading_make_it_fullmaktiges(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        [
            (
                "Strategiskt mål 1: Kommunen har en giftfri livsmiljö.",
                [
                    ("Prioriterat mål 1.1: Maten i skolorna är säker.", "Andel kontrollerade kök"),
                    ("Resultatmål 1.2: Radonhalten i förskolor sjunker.", "Andel mätta förskolor"),
                ],
            )
        ],
    )
    goals = {g.text: g for g in plan.namndsmal}
    upper = goals["Kommunen har en giftfri livsmiljö."]
    assert upper.niva is MalNiva.KF
    for text, kod in (
        ("Maten i skolorna är säker.", "1.1"),
        ("Radonhalten i förskolor sjunker.", "1.2"),
    ):
        goal = goals[text]
        assert (goal.niva, goal.kod, goal.overordnat_id) == (MalNiva.NAMND, kod, upper.id)
    measured = {i.namn: i.namndsmal_id for i in plan.indikatorer}
    assert measured == {
        "Andel kontrollerade kök": goals["Maten i skolorna är säker."].id,
        "Andel mätta förskolor": goals["Radonhalten i förskolor sjunker."].id,
    }
    done = {a.namn: a.namndsmal_id for a in plan.aktiviteter}
    assert done["Nämnden åtar sig att mäta andel mätta förskolor."] == (
        goals["Radonhalten i förskolor sjunker."].id
    )


def test_a_goal_heading_over_its_own_table_stays_the_namnds(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        [
            ("Strategiskt mål 1: Kommunen har en giftfri livsmiljö.", []),
            ("Strategiskt mål 2: Handläggningen är snabb.", []),
        ],
    )
    levels = {g.text: g.niva for g in plan.namndsmal}
    assert levels == {
        "Kommunen har en giftfri livsmiljö.": MalNiva.NAMND,
        "Handläggningen är snabb.": MalNiva.NAMND,
    }
