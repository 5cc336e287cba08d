"""Rule: in a follow-up, a line under a goal's heading stating the goal's assessment after a
coloured traffic-light mark ("●  Bedömning: Målet är delvis uppfyllt", the mark in green,
yellow, red or grey, a tab or spaces after it) is the goal's assessment in the follow-up
period, read as the line without its mark – never a goal of its own, nor the goal's
description. "Målet kan inte bedömas" (or "går inte att bedöma") is the scale's "ej bedömd"
level, not "ej uppfyllt"."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.shared import RGBColor

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_goal_assess import grade
from vplan_desktop.services.read import read_plan

GOALS = [
    ("Barn som far illa får stöd i tid.", "Målet är delvis uppfyllt", "FFC000", "  "),
    ("Fler vuxna går till arbete eller studier.", "Målet är inte uppfyllt", "FF0000", "\t"),
    ("Brukarna har inflytande över sin vardag.", "Målet är uppfyllt", "00B050", "  "),
    ("Den enskilde får ett gott bemötande.", "Målet kan inte bedömas", "A6A6A6", " "),
]


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def test_marked_assessment_lines_are_the_goals_assessments(tmp_path: Path) -> None:
    w = Writer("markerad", Front("Socialnämnden", "Hedeby kommun", 2025, 2025))
    w.para("Hedeby kommun")
    w.para(("b", "Socialnämnden"))
    w.para(("b", "Verksamhetsberättelse 2025"))
    w.heading("Måluppfyllelse", 1)
    w.para("Nämndens mål med bedömning och analys.")
    for number, (goal, verdict, colour, gap) in enumerate(GOALS, 1):
        w.heading(f"Nämndmål {number}: {goal}", 2)
        line = w.para()
        dot = line.add_run("●")
        dot.font.color.rgb = RGBColor.from_string(colour)
        line.add_run(gap)
        line.add_run(f"Bedömning: {verdict}").bold = True
        w.para("Analysen av målet står här.")
    source = tmp_path / "markerad.docx"
    w.save(source)
    plan = _plan(source)

    assert [g.text for g in plan.namndsmal] == [goal for goal, *_ in GOALS]
    assert all("Bedömning" not in g.beskrivning for g in plan.namndsmal)
    (period,) = plan.uppfoljningar
    levels = {n.id: n.namn for n in plan.bedomningsskala}
    by_goal = {g.id: g.text for g in plan.namndsmal}
    assessed = {
        by_goal[i]: (levels[m.bedomningsniva_id or 0], m.bedomning) for i, m in period.mal.items()
    }
    assert assessed == {
        "Barn som far illa får stöd i tid.": ("Delvis uppfyllt", "Målet är delvis uppfyllt"),
        "Fler vuxna går till arbete eller studier.": ("Ej uppfyllt", "Målet är inte uppfyllt"),
        "Brukarna har inflytande över sin vardag.": ("Uppfyllt", "Målet är uppfyllt"),
        "Den enskilde får ett gott bemötande.": ("Går ej att bedöma", "Målet kan inte bedömas"),
    }


@pytest.mark.parametrize(
    ("words", "level"),
    [
        ("Målet kan inte bedömas", 4),
        ("Målet går inte att bedöma", 4),
        ("Ej bedömd", 4),
        ("Målet är inte uppfyllt", 3),
        ("Målet bedöms inte uppnås", 3),
        ("Målet är delvis uppfyllt", 2),
        ("Målet är uppfyllt", 1),
        ("Ja", 1),
        ("Nej", 3),
        ("Nej.", 3),
    ],
)
def test_a_goal_that_cannot_be_assessed_is_not_assessed(words: str, level: int) -> None:
    assert grade(words) == level


@pytest.mark.parametrize("words", ["Januari", "Pågår sedan januari", "Mejlenkät", ""])
def test_words_that_only_hold_the_letters_of_ja_give_no_level(words: str) -> None:
    assert grade(words) is None
