"""An activity table's "Mål" column holding "1", "2", … where the plan's nämnd goals carry no
number of their own: the number counts the nämnd's goals in the order the plan gives them,
and the activity is the goal's. A number past the last goal links to none (kept in the
activity's description), and a plan that numbers its goals is linked by those numbers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word

GOALS = ["Barn och unga får stöd nära hemmet.", "Fler vuxna blir självförsörjande."]


def _plan(
    tmp_path: Path, goals: list[str], links: list[str], labels: tuple[str, ...] = ()
) -> dict[str, Any]:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027").bold = True
    doc.add_heading("Mål och indikatorer", 1)
    for n, goal in enumerate(goals):
        paragraph = doc.add_paragraph()
        paragraph.add_run(labels[n] if labels else "Nämndens mål: ").bold = True
        paragraph.add_run(goal)
    doc.add_heading("Aktiviteter 2027", 1)
    rows = [["Aktivitet", "Mål", "Ansvarig"]]
    rows += [[f"Aktivitet {n}", link, "Enhetschef"] for n, link in enumerate(links, 1)]
    table = doc.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return read_word(path).data


def test_a_goal_number_counts_the_unnumbered_goals(tmp_path: Path) -> None:
    data = _plan(tmp_path, GOALS, ["2", "1", "7"])
    ids = {g["id"]: g["text"] for g in data["namndsmal"]}
    found = [(a["namn"], ids.get(a.get("namndsmal_id"))) for a in data["aktiviteter"]]
    assert found == [("Aktivitet 1", GOALS[1]), ("Aktivitet 2", GOALS[0]), ("Aktivitet 3", None)]
    assert "Mål: 7" in data["aktiviteter"][2]["beskrivning"]


def test_numbered_goals_are_linked_by_their_numbers(tmp_path: Path) -> None:
    data = _plan(tmp_path, GOALS, ["2"], ("Nämndens mål 2: ", "Nämndens mål 1: "))
    ids = {g["id"]: (g["kod"], g["text"]) for g in data["namndsmal"]}
    (activity,) = data["aktiviteter"]
    assert ids[activity["namndsmal_id"]] == ("2", GOALS[0])
