"""A memo-like plan: goals only as one-sentence paragraphs "Nämnden ska under 2027 …" under the
goals' chapter (each followed by how it is followed up), and a budget in kronor with "kr" in
every cell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_goal_prose import must_sentence
from vplan_desktop.imports.word_money_unit import split_unit, unit_note


def _read(doc: Any, tmp_path: Path) -> Any:
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return read_word(path)


def test_must_sentence_is_one_short_sentence() -> None:
    assert must_sentence("Nämnden ska under 2027 granska alla årsräkningar.")
    assert not must_sentence("Nämnden ska under 2027 granska. Det följs upp i juni.")
    assert not must_sentence("Nämnden ska besluta om följande mål:")
    assert not must_sentence("Målet följs upp i delårsrapporten.")


def test_money_units_in_cells() -> None:
    assert split_unit("1 250 000 kr") == ("1 250 000", "kr")
    assert split_unit("48 900 tkr") == ("48 900", "tkr")
    assert split_unit("12,3 mnkr") == ("12,3", "mnkr")
    assert split_unit("Summa") == ("Summa", "")
    assert unit_note([]) == ""
    assert "blandar" in unit_note(["kr", "tkr"])


def test_goals_as_prose_under_the_goals_chapter(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Bakgrund", 1)
    doc.add_paragraph("Nämnden ska följa lagen om god man.")
    doc.add_paragraph("Nämnden ska också granska årsräkningar.")  # not under the goals
    doc.add_heading("Mål för 2027", 1)
    doc.add_paragraph("Nämnden har beslutat om följande mål.")
    doc.add_paragraph("Nämnden ska under 2027 granska alla årsräkningar senast 31 augusti.")
    doc.add_paragraph("Målet följs upp i delårsrapporten.")
    doc.add_paragraph("Nämnden ska under 2027 utbilda alla nya ställföreträdare.")
    doc.add_paragraph("Kansliet redovisar antalet utbildade varje kvartal.")
    result = _read(doc, tmp_path)
    goals = result.data["namndsmal"]
    assert [g["text"] for g in goals] == [
        "Nämnden ska under 2027 granska alla årsräkningar senast 31 augusti.",
        "Nämnden ska under 2027 utbilda alla nya ställföreträdare.",
    ]
    assert "delårsrapporten" in goals[0]["beskrivning"]
    chapters = "".join(c["text"] for c in result.data["kapitel"])
    assert "Nämnden ska följa lagen om god man." in chapters


def test_a_lone_must_sentence_stays_text(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Mål för 2027", 1)
    doc.add_paragraph("Nämnden ska följa upp målen i delårsrapporten.")
    result = _read(doc, tmp_path)
    assert result.data["namndsmal"] == []
    assert "följa upp målen" in "".join(c["text"] for c in result.data["kapitel"])


def test_amounts_in_kronor_with_the_unit_in_the_cell(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Budget", 1)
    rows = [
        ["Verksamhet", "Budget 2026", "Budget 2027"],
        ["Arvoden", "3 850 000 kr", "4 120 000 kr"],
        ["Kansli", "2 960 000 kr", "3 075 000 kr"],
        ["Summa", "6 810 000 kr", "7 195 000 kr"],
    ]
    table = doc.add_table(rows=len(rows), cols=3)
    for values, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(values, row.cells, strict=True):
            cell.text = text
    result = _read(doc, tmp_path)
    units = {u["id"]: u["namn"] for u in result.data["verksamheter"]}
    drift = {units[r["verksamhet_id"]]: r["belopp"] for r in result.data["driftbudget"]["rader"]}
    # the plan counts in tkr: the kronor are divided by 1 000 (word_budget_unit)
    assert drift == {
        "Arvoden": {"budget-2026": 3850, "budget-2027": 4120},
        "Kansli": {"budget-2026": 2960, "budget-2027": 3075},
    }
    assert "Beloppen stod i kronor och har räknats om till tkr." in result.warnings
