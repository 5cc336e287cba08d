"""An activity table whose "Koppling till mål" column names several goals by their numbers
("2, 1", "Mål 3 och 1"): the activity goes under the first goal named, the cell kept with it;
a cell naming one goal, or words naming none, is read as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_goal_links import linked_goal

GOALS = ["Fler barn deltar i kulturskolan.", "Barn läser mer.", "Fler besöker biblioteken."]


def _plan(tmp_path: Path, links: list[str]) -> dict[str, Any]:
    """Three bold numbered goals and an activity table linking one activity per ``links``."""
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027").bold = True
    doc.add_heading("Mål", 1)
    for n, goal in enumerate(GOALS, start=1):
        doc.add_paragraph().add_run(f"{n}. {goal}").bold = True
        doc.add_paragraph(f"Målet följs upp i delårsrapporten, del {n}.")
    doc.add_heading("Aktiviteter", 1)
    rows = [["Aktivitet", "Koppling till mål", "Ansvarig", "Klart"]]
    rows += [[f"Aktivitet nummer {n}", link, "Chef", "2027-06-30"] for n, link in enumerate(links)]
    table = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Budgeten är i balans.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return read_word(path).data


def _goal_of(data: dict[str, Any], activity: dict[str, Any]) -> str | None:
    by_id = {g["id"]: g["text"] for g in data["namndsmal"]}
    return by_id.get(activity.get("namndsmal_id"))


def test_the_first_goal_named_takes_the_activity(tmp_path: Path) -> None:
    data = _plan(tmp_path, ["2, 1", "3 och 1", "1", "Mål 3, 2"])
    groups = [_goal_of(data, a) for a in data["aktiviteter"]]
    assert groups == [GOALS[1], GOALS[2], GOALS[0], GOALS[2]]


def test_the_other_goals_are_kept_with_the_activity() -> None:
    goals = [{"id": n, "kod": str(n), "niva": "namnd", "text": t} for n, t in enumerate(GOALS, 1)]
    find = {g["kod"]: g for g in goals}.get
    assert linked_goal("2, 1", goals, find) == (goals[1], ["Mål: 2, 1"])
    named = {f"Nämndsmål {g['kod']}": g for g in goals}.get  # the whole cell or nothing
    assert linked_goal("Nämndsmål 3 / 1", goals, named) == (
        goals[2],
        ["Mål: Nämndsmål 3 / 1"],
    )
    assert linked_goal("2", goals, find) == (goals[1], [])


def test_a_list_naming_no_goal_is_kept_as_printed() -> None:
    goals = [{"id": 1, "kod": "1", "niva": "namnd", "text": GOALS[0]}]
    find = {"1": goals[0]}.get
    assert linked_goal("8, 9", goals, find) == (None, ["Mål: 8, 9"])
    assert linked_goal("Trygghet, delaktighet", goals, find) == (
        None,
        ["Mål: Trygghet, delaktighet"],
    )
