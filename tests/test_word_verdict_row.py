"""A goal table closed by a row merged across it stating the goal's assessment
("Måluppfyllelse: Delvis uppfyllt"): in a follow-up the goal's assessment, its level from the
words; in a plan kept in the goal's description; a merged row that states no assessment, or
one standing above the indicators, is none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_verdict_row import _VERDICT

GOAL = "Fler elever når målen i alla ämnen"


def _document(tmp_path: Path, title: str, last: str) -> Any:
    w = Writer("bedömningsrad", Front("Barn- och utbildningsnämnden", "", 2026, 2026))
    w.para("Exempelby kommun")
    w.para("Barn- och utbildningsnämnden")
    w.para(title)
    w.heading("Måluppfyllelse", 1)
    w.heading(f"Nämndmål 1 – {GOAL}", 2)
    rows = [
        ["Indikator", "Mål 2026", "Utfall 2026"],
        ["Behöriga till yrkesprogram, andel", "90 %", "84 %"],
        ["Meritvärde i åk 9", "228", "221"],
        [last, "", ""],
    ]
    w.table(rows, merges=[(3, 0, 3, 2)])
    w.para("Resultaten har förbättrats något.")
    source = tmp_path / "plan.docx"
    w.save(source)
    return read_word(source)


def test_the_closing_row_is_the_goals_assessment_in_a_follow_up(tmp_path: Path) -> None:
    result = _document(tmp_path, "Verksamhetsberättelse 2026", "Måluppfyllelse: Delvis uppfyllt")
    data = result.data
    [goal] = [g for g in data["namndsmal"] if g["text"].startswith(GOAL)]
    assert len(goal["indikatorer"]) == 2
    [period] = data["uppfoljningar"]
    [held] = [m for m in period["mal"] if m["namndsmal_id"] == goal["id"]]
    assert held["bedomningsniva_id"] == 2
    assert held["bedomning"] == "Delvis uppfyllt"


def test_the_closing_row_in_a_plan_is_kept_with_the_goal(tmp_path: Path) -> None:
    result = _document(tmp_path, "Verksamhetsplan 2026", "Bedömning: Uppfyllt")
    [goal] = [g for g in result.data["namndsmal"] if g["text"].startswith(GOAL)]
    assert "Bedömning: Uppfyllt" in goal["beskrivning"]


def test_a_closing_row_stating_no_assessment_is_none(tmp_path: Path) -> None:
    result = _document(tmp_path, "Verksamhetsberättelse 2026", "Källa: Skolverket")
    periods = result.data["uppfoljningar"]
    assert not any(p["mal"] for p in periods)


def test_the_assessment_labels() -> None:
    assert _VERDICT.match("Samlad bedömning 2026: Ej uppfyllt")
    assert _VERDICT.match("Måluppfyllelse – Uppfyllt")
    assert not _VERDICT.match("Måluppfyllelse")
    assert not _VERDICT.match("Bedömningen görs av ledningsgruppen")
