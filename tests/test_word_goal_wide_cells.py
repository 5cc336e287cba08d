"""A goal table's cell merged down over all of a goal's rows, as the goal's own cell is (an
"Agenda 2030" column beside "Nr | Nämndsmål", merged down over the goal's indicator rows), says
something of the goal: it goes once into the goal's description, not into a line per
indicator."""

from __future__ import annotations

from pathlib import Path

from tests.word_matrix_doc import LANGUAGE, READING, matrix_document
from vplan_desktop.imports.word import read_word


def test_a_cell_merged_over_the_goals_rows_describes_the_goal(tmp_path: Path) -> None:
    matrix_document().save(str(tmp_path / "plan.docx"))
    goals = {g["text"]: g for g in read_word(tmp_path / "plan.docx").data["namndsmal"]}
    assert goals[READING]["beskrivning"] == "Agenda 2030: Globalt mål 4: God utbildning"
    assert goals[LANGUAGE]["beskrivning"] == "Agenda 2030: Globalt mål 10: Minskad ojämlikhet"
    assert [i["namn"] for i in goals[READING]["indikatorer"]] == [
        "Andel behöriga till gymnasiet",
        "Meritvärde i årskurs 9",
    ]


def test_a_cell_in_one_row_stays_with_its_indicator(tmp_path: Path) -> None:
    matrix_document(merged=2).save(str(tmp_path / "plan.docx"))  # Agenda 2030 not merged
    goals = {g["text"]: g for g in read_word(tmp_path / "plan.docx").data["namndsmal"]}
    assert goals[READING]["beskrivning"] == (
        "Andel behöriga till gymnasiet: Agenda 2030: Globalt mål 4: God utbildning"
    )
