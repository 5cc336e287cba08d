"""A goal written as a bold sentence on the line right over its indicator table is that
table's goal, each table with its own; a short title over a table ("Målnedbrytning 2027")
names the table, not a goal; a goal's heading over a sentence and a table keeps the table."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_goal_caption import goal_sentence
from vplan_desktop.services.read import read_plan

GOALS = [
    ("Fler barn och unga deltar i kulturskolans verksamhet.", "Antal elever i kulturskolan"),
    ("Biblioteken används av fler invånare.", "Antal besök per invånare"),
]


def _plan(tmp_path: Path, heading_goals: bool = False) -> d.PlanSnapshot:
    doc = Document()
    for text in ("Exempelby kommun", "Kultur- och fritidsnämnden", "Verksamhetsplan 2027"):
        doc.add_paragraph(text)
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_paragraph("Nämnden har två mål för året som följs upp med indikatorerna nedan.")
    for n, (goal, indicator) in enumerate(GOALS, 1):
        if heading_goals:
            doc.add_heading(f"Mål {n}: {goal}", 2)
            doc.add_paragraph().add_run("Målet följs upp med ett mått varje år.").bold = True
        else:
            doc.add_paragraph().add_run(goal).bold = True
        table = doc.add_table(rows=2, cols=3)
        for c, text in enumerate(["Indikator", "Nuläge 2025", "Mål 2027"]):
            table.cell(0, c).text = text
        for c, text in enumerate([indicator, "410", "450"]):
            table.cell(1, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def _indicators(plan: d.PlanSnapshot) -> dict[str, str]:
    goals = {g.id: g.text for g in plan.namndsmal}
    return {i.namn: goals[i.namndsmal_id] for i in plan.indikatorer}


def test_each_bold_goal_sentence_over_a_table_is_its_goal(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    assert [g.text for g in plan.namndsmal] == [goal for goal, _ in GOALS]
    assert _indicators(plan) == {indicator: goal for goal, indicator in GOALS}


def test_a_goals_heading_keeps_its_table(tmp_path: Path) -> None:
    plan = _plan(tmp_path, heading_goals=True)
    assert [g.text for g in plan.namndsmal] == [goal for goal, _ in GOALS]
    assert _indicators(plan) == {indicator: goal for goal, indicator in GOALS}


def test_a_title_or_a_labelled_line_is_no_goal_sentence() -> None:
    assert goal_sentence("Fler barn och unga deltar i kulturskolans verksamhet.")
    assert not goal_sentence("Målnedbrytning 2027")
    assert not goal_sentence("Tabell 3. Indikatorer för målet om läsning.")
    assert not goal_sentence("Kommentar: siffrorna avser hela året.")
    assert not goal_sentence("Fler besök.")
