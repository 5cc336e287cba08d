"""A goal line that explains its goal: a bold label ("Nämndens mål:") opening a paragraph whose
first sentence is the goal and whose following sentences say why or how. A goal is one
sentence: the first sentence is the goal, the rest of the paragraph its description (an
abbreviation's full stop, "t.ex.", ends no sentence). A goal line of one sentence is the goal
as before, and a paragraph the label opens is read so even when it is longer than a goal line
alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_goal_explained import explained_goal, first_sentence

GOAL = "Fler vuxna med ekonomiskt bistånd blir självförsörjande."
WHY = "Nämnden arbetar med arbetsmarknadsenheten. Kvinnor går i dag till arbete i lägre grad."


def _goal_paragraph(doc: Any, text: str) -> None:
    paragraph = doc.add_paragraph()
    paragraph.add_run("Nämndens mål: ").bold = True
    paragraph.add_run(text)


def test_the_first_sentence_is_the_goal() -> None:
    assert first_sentence(f"{GOAL} {WHY}") == (GOAL, WHY)
    assert first_sentence(GOAL) == (GOAL, "")
    text = "Fler barn får stöd, t.ex. Familjecentralen. Det kräver samarbete."
    assert first_sentence(text) == (
        "Fler barn får stöd, t.ex. Familjecentralen.",
        "Det kräver samarbete.",
    )
    assert explained_goal(f"Nämndens mål: {GOAL}") is None  # one sentence: the goal alone
    long_why = " ".join(["Nämnden följer upp arbetet varje tertial med verksamheterna."] * 8)
    found = explained_goal(f"Nämndens mål: {GOAL} {long_why}")
    assert found is not None and found[2:] == (GOAL, long_why)


def test_a_labelled_goal_paragraph_under_a_malomrade(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027").bold = True
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_heading("Målområde: Vuxna och försörjning", 2)
    _goal_paragraph(doc, f"{GOAL} {WHY}")
    _goal_paragraph(doc, "Vuxna med missbruk får vård som hänger ihop.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    goals = read_word(path).data["namndsmal"]
    assert [(g["text"], g["beskrivning"]) for g in goals] == [
        (GOAL, WHY),
        ("Vuxna med missbruk får vård som hänger ihop.", ""),
    ]
