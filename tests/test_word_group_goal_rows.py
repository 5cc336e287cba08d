"""One indicator table for all goals, with a row merged across the table naming the goal by its
number ("Målområde Trygg vård – Mål 1") over each goal's indicators."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_group_goal import goal_numbered_in, goals_by_group

GOALS = [{"kod": "1", "text": "A"}, {"kod": "2", "text": "B"}]


def test_a_group_row_names_a_goal_by_its_number() -> None:
    assert goal_numbered_in("Målområde Trygg vård – Mål 2", GOALS) is GOALS[1]
    assert goal_numbered_in("Målområde Trygg vård", GOALS) is None
    assert goal_numbered_in("Mål 7", GOALS) is None
    assert goals_by_group(["Mål 1", "", "Mål 2"], GOALS) == {"Mål 1": GOALS[0], "Mål 2": GOALS[1]}
    assert goals_by_group(["Mål 1", "Hemtjänst"], GOALS) == {}  # not every group is a goal


def test_indicators_go_to_the_goal_their_group_row_names(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Nämndens mål", 1)
    doc.add_heading("Mål 1. Brukarna känner sig trygga.", 2)
    doc.add_heading("Mål 2. Äldre kan bo kvar hemma.", 2)
    rows = [
        ["Indikator", "Utfall 2025", "Mål 2027"],
        ["Målområde Trygg vård – Mål 1", "", ""],
        ["Andel trygga brukare", "84", "90"],
        ["Målområde Trygg vård – Mål 2", "", ""],
        ["Andel som bor hemma", "87", "90"],
        ["Väntetid till boende, dagar", "61", "45"],
    ]
    table = doc.add_table(rows=len(rows), cols=3)
    for values, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(values, row.cells, strict=True):
            cell.text = text
    for group in (1, 3):
        table.cell(group, 0).merge(table.cell(group, 2))
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    goals = read_word(path).data["namndsmal"]
    by_goal = {g["text"]: [i["namn"] for i in g["indikatorer"]] for g in goals}
    assert by_goal == {
        "Brukarna känner sig trygga.": ["Andel trygga brukare"],
        "Äldre kan bo kvar hemma.": ["Andel som bor hemma", "Väntetid till boende, dagar"],
    }


def test_the_lead_in_of_a_table_over_several_goals_is_the_parts_text(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Nämndens mål", 1)
    doc.add_heading("Mål 1. Brukarna känner sig trygga.", 2)
    doc.add_paragraph("Tryggheten mäts varje år.")  # the goal's description
    doc.add_heading("Mål 2. Äldre kan bo kvar hemma.", 2)
    doc.add_paragraph("Indikatorerna per mål visas i tabellen nedan.")
    rows = [
        ["Indikator", "Mål 2027"],
        ["Mål 1", ""],
        ["Andel trygga brukare", "90"],
        ["Mål 2", ""],
        ["Andel som bor hemma", "90"],
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    for values, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(values, row.cells, strict=True):
            cell.text = text
    for group in (1, 3):
        table.cell(group, 0).merge(table.cell(group, 1))
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    result = read_word(path)
    goals = result.data["namndsmal"]
    assert [g["beskrivning"] for g in goals] == ["Tryggheten mäts varje år.", ""]
    chapters = {c["rubrik"]: c["text"] for c in result.data["kapitel"]}
    assert "tabellen nedan" in chapters["Nämndens mål"]
