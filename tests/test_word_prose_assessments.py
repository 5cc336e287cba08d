"""A follow-up's goals assessed in prose under the goal's title and indicator table: "Bedömning:
Målet bedöms delvis uppnås under året.", a lone bold "Bedömning" over "Målet bedöms uppnås.",
"Målet bedöms delvis uppnås under året eftersom …", "Bedöms inte uppnås 2026." or "Nämnden
bedömer att målet uppnås." The assessing clause decides the level, not the reason after it:
"delvis" (or "inte helt") before a negation, "inte"/"ej" before the goal reached. Each line is
its goal's: the goal read last above it under the same heading."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_assessment_lines import prose_level
from vplan_desktop.services.read import read_plan

GOALS = [
    ("Äldre känner sig trygga i hemtjänsten.", "Bedömning: Målet bedöms delvis uppnås.", 2),
    ("Boende har en meningsfull vardag.", "", 1),  # a lone "Bedömning" over the sentence
    (
        "Fler har ett arbete.",
        "Målet bedöms uppnås under året eftersom ingen har behövt vänta.",
        1,
    ),
    ("Ingen väntar på en bostad.", "Bedöms inte uppnås 2026.", 3),
    ("Medarbetarna stannar kvar.", "Bedömning: Nämnden bedömer att målet uppnås.", 1),
]


def test_the_level_a_sentence_of_prose_assesses() -> None:
    assert prose_level("Målet bedöms delvis uppnås under året.") == 2
    assert prose_level("Målet bedöms uppnås.") == 1
    assert prose_level("Bedöms inte uppnås 2026.") == 3
    assert prose_level("Målet bedöms ej uppfyllas.") == 3
    assert prose_level("Målet bedöms inte helt uppnås.") == 2
    assert prose_level("Nämnden bedömer att målet uppnås.") == 1
    # the reason after the clause does not negate it
    assert prose_level("Målet bedöms uppnås eftersom ingen har fått vänta.") == 1
    assert prose_level("Målet bedöms delvis uppnås, men inte för de yngsta.") == 2
    # no goal assessed, or no assessment at all
    assert prose_level("Nämnden bedömer att budgeten håller.") is None
    assert prose_level("Bedömningen görs i december.") is None
    assert prose_level("Antalet bedöms öka under hösten.") is None


def _document(path: Path, title: str) -> None:
    w = Writer("prosa", Front("Vård- och omsorgsnämnden", "", 2026, 2026))
    w.para("Exempelby kommun")
    w.para("Vård- och omsorgsnämnden")
    w.para(title)
    w.heading("Måluppfyllelse", 1)
    w.heading("Målområde 1: Omsorg", 2)
    for number, (goal, line, _level) in enumerate(GOALS, 1):
        w.para(("b", f"Nämndmål 1.{number}. {goal}"))
        w.table(
            [
                ["Indikator", "Utfall 2025", "Utfall aug 2026", "Mål 2026"],
                [f"Andel nöjda {number}", "80 %", "82 %", "85 %"],
            ]
        )
        if line:
            w.para(line)
        else:
            w.para(("b", "Bedömning"))
            w.para("Målet bedöms uppnås.")
        w.para("Analysen av året hittills står här.")
    w.save(path)


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def test_each_goal_gets_the_assessment_under_it(tmp_path: Path) -> None:
    _document(tmp_path / "rapport.docx", "Delårsrapport januari–augusti 2026")
    plan = _plan(tmp_path / "rapport.docx")
    [period] = plan.uppfoljningar
    goals = {g.text: g.id for g in plan.namndsmal}
    levels = {goal: period.goal(goals[goal]).bedomningsniva_id for goal, _, _ in GOALS}
    assert levels == {goal: level for goal, _, level in GOALS}
    assert period.goal(goals[GOALS[2][0]]).bedomning == GOALS[2][1]  # the words kept
    assert period.goal(goals[GOALS[1][0]]).bedomning == "Målet bedöms uppnås."
    texts = "\n".join(c.text for c in plan.kapitel)
    assert "Bedömning" not in texts  # the lone label went with its line


def test_in_a_plan_the_sentences_stay_text(tmp_path: Path) -> None:
    _document(tmp_path / "plan.docx", "Verksamhetsplan 2026")
    plan = _plan(tmp_path / "plan.docx")
    assert not plan.uppfoljningar
    held = "\n".join([*(c.text for c in plan.kapitel), *(g.beskrivning for g in plan.namndsmal)])
    assert "Bedöms inte uppnås 2026." in held
