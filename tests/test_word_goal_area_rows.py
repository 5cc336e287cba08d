"""A goal table giving its goals in a column of their own, with a row merged across the table
between them ("1 Kunskap och lärande"): that row names the målområde of the goals under it (its
number the målområde's), and is no goal. A row naming a goal ("Mål 3: …") is no målområde."""

from __future__ import annotations

from pathlib import Path

from tests.word_matrix_doc import AREAS, LANGUAGE, READING, SAFE, matrix_document
from vplan_desktop.imports.word import read_word


def test_rows_across_the_table_are_the_goals_malomraden(tmp_path: Path) -> None:
    matrix_document().save(str(tmp_path / "plan.docx"))
    data = read_word(tmp_path / "plan.docx").data
    areas = {a["id"]: (a["kod"], a["namn"]) for a in data["malomraden"]}
    goals = {g["text"]: areas[g["malomrade_id"]] for g in data["namndsmal"]}
    assert goals == {
        READING: ("1", "Kunskap och lärande"),
        LANGUAGE: ("1", "Kunskap och lärande"),
        SAFE: ("2", "Trygghet och hälsa"),
    }
    assert sorted(areas.values()) == [("1", "Kunskap och lärande"), ("2", "Trygghet och hälsa")]


def test_a_row_naming_a_goal_is_no_malomrade(tmp_path: Path) -> None:
    areas = [("Mål 3: Alla barn går i skolan", AREAS[0][1])]
    matrix_document(areas).save(str(tmp_path / "plan.docx"))
    data = read_word(tmp_path / "plan.docx").data
    names = {a["namn"] for a in data["malomraden"]}
    assert not any("Alla barn går i skolan" in n for n in names)
