"""A goal table's number column ("Nr", "Kod") is the goals' numbers also when a column of
pictures or words comes before it ("Agenda 2030 | Nr | Nämndsmål | Indikator"): each goal gets
its number ("1A"), and an activity table's "Mål" column naming that number links the activity
to the goal."""

from __future__ import annotations

from pathlib import Path

from tests.word_matrix_doc import LANGUAGE, READING, SAFE, matrix_document
from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_build import TableContext
from vplan_desktop.imports.word_goal_table import roles


def test_number_column_after_the_agenda_2030_column() -> None:
    headers = ["Agenda 2030", "Nr", "Nämndsmål", "Indikator", "Mål 2027"]
    assert roles(headers, TableContext(first_year=2027, last_year=2028))[1] == "kod"


def test_activities_link_to_goals_by_their_number(tmp_path: Path) -> None:
    doc = matrix_document()
    doc.add_heading("Aktiviteter 2027", 1)
    rows = [
        ["Aktivitet", "Mål", "Ansvarig"],
        ["Gemensam modell för läsinlärning", "1A", "Utvecklingschef"],
        ["Språkutvecklande arbetssätt i förskolan", "1B", "Verksamhetschef förskola"],
        ["Trygghetsvandringar med elevråden", "2A", "Rektorer"],
    ]
    table = doc.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    data = read_word(tmp_path / "plan.docx").data
    goals = {g["id"]: g for g in data["namndsmal"]}
    assert {g["text"]: g["kod"] for g in goals.values()} == {
        READING: "1A",
        LANGUAGE: "1B",
        SAFE: "2A",
    }
    linked = {a["namn"]: goals[a["namndsmal_id"]]["text"] for a in data["aktiviteter"]}
    assert linked == {
        "Gemensam modell för läsinlärning": READING,
        "Språkutvecklande arbetssätt i förskolan": LANGUAGE,
        "Trygghetsvandringar med elevråden": SAFE,
    }
