"""Rows nested under a row by indentation alone (the name cell's paragraph indented with
``w:ind``, no bold, no codes). A budget row whose figures are the sums of the rows indented
directly under it is their group's total, at any depth: it is checked against them and entered
as no row of its own (entering it too would count its money twice); a row whose figures do not
add up stays a row. An activity table's row with only a name and activities indented under it
is their group (a goal's row: the activities become that goal's). A key-figure row indented
under another is its sub-row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Cm
from lxml import etree

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_docx_indent import left_indent
from vplan_desktop.imports.word_docx_styles import W


def _doc(tmp_path: Path, heading: str, rows: list[tuple[int, list[str]]], lead: str = "") -> Any:
    doc = Document()
    doc.add_paragraph("Socialnämnden")
    doc.add_paragraph("Verksamhetsplan 2027")
    if lead:
        doc.add_heading("Nämndens mål", 1)
        doc.add_heading(lead, 2)
    doc.add_heading(heading, 1)
    table = doc.add_table(rows=len(rows), cols=len(rows[0][1]))
    for r, (level, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
        table.cell(r, 0).paragraphs[0].paragraph_format.left_indent = Cm(0.5 * level)
    doc.save(str(tmp_path / "plan.docx"))
    return read_word(tmp_path / "plan.docx")


HEADER = (0, ["Verksamhet", "Budget 2026", "Budget 2027"])
BUDGET = [
    HEADER,
    (0, ["Nämnd och ledning", "−6 200", "−6 400"]),
    (0, ["Individ- och familjeomsorg", "−140 100", "−141 300"]),
    (1, ["Barn och unga", "−69 700", "−70 700"]),
    (2, ["Placeringar", "−48 300", "−47 100"]),
    (2, ["Öppenvård", "−21 400", "−23 600"]),
    (1, ["Vuxna", "−31 900", "−32 800"]),
    (1, ["Ekonomiskt bistånd", "−38 500", "−37 800"]),
    (0, ["Summa nämnden", "−146 300", "−147 700"]),
]


def _drift(result: Any) -> list[str]:
    units = {u["id"]: u["namn"] for u in result.data["verksamheter"]}
    return [units[r["verksamhet_id"]] for r in result.data["driftbudget"]["rader"]]


def test_rows_carrying_the_sums_of_indented_rows_are_totals(tmp_path: Path) -> None:
    result = _doc(tmp_path, "Driftbudget, tkr", BUDGET)
    assert _drift(result) == [
        "Nämnd och ledning",
        "Placeringar",
        "Öppenvård",
        "Vuxna",
        "Ekonomiskt bistånd",
    ]
    assert "stämmer inte" not in " ".join(result.report)


def test_an_indented_parent_that_does_not_add_up_stays_a_row(tmp_path: Path) -> None:
    rows = list(BUDGET)
    rows[3] = (1, ["Barn och unga", "−69 000", "−70 700"])  # not the sum of its two rows
    rows[2] = (0, ["Individ- och familjeomsorg", "−139 400", "−141 300"])
    rows[8] = (0, ["Summa nämnden", "−214 700", "−218 400"])
    result = _doc(tmp_path, "Driftbudget, tkr", rows)
    assert "Barn och unga" in _drift(result)
    assert "Individ- och familjeomsorg" not in _drift(result)


def test_activities_indented_under_a_goal_row_are_that_goals(tmp_path: Path) -> None:
    goal = "Barn och unga får stöd tidigt."
    rows = [
        (0, ["Nämndsmål och aktiviteter", "Ansvarig", "Klart"]),
        (0, [goal, "", ""]),
        (1, ["Starta familjebehandling kvällstid", "Enhetschef", "december 2027"]),
        (1, ["Rekrytera nya familjehem", "Familjehemssekreterare", "juni 2027"]),
    ]
    result = _doc(tmp_path, "Aktiviteter", rows, lead=f"Mål 1. {goal}")
    goals = {g["id"]: g["text"] for g in result.data["namndsmal"]}
    acts = [(a["namn"], goals.get(a["namndsmal_id"])) for a in result.data["aktiviteter"]]
    assert acts == [
        ("Starta familjebehandling kvällstid", goal),
        ("Rekrytera nya familjehem", goal),
    ]


def test_a_key_figure_row_indented_under_another_is_its_sub_row(tmp_path: Path) -> None:
    rows = [
        (0, ["Nyckeltal", "Utfall 2023", "Utfall 2024", "Utfall 2025"]),
        (0, ["Placerade barn och unga, 31 dec", "64", "58", "55"]),
        (1, ["i HVB", "14", "11", "9"]),
        (1, ["i familjehem", "44", "41", "40"]),
        (0, ["Hushåll med ekonomiskt bistånd", "412", "398", "405"]),
    ]
    (table,) = _doc(tmp_path, "Nyckeltal", rows).data["nyckeltal"]
    assert [(r["namn"], r["niva"]) for r in table["rader"]] == [
        ("Placerade barn och unga, 31 dec", 0),
        ("i HVB", 1),
        ("i familjehem", 1),
        ("Hushåll med ekonomiskt bistånd", 0),
    ]


def test_the_indent_is_read_from_w_left_or_w_start() -> None:
    def properties(inner: str) -> etree._Element:
        return etree.fromstring(f'<w:pPr xmlns:w="{W}">{inner}</w:pPr>')

    assert left_indent(properties('<w:ind w:start="567" w:hanging="200"/>')) == 567
    assert left_indent(properties('<w:ind w:left="283"/>')) == 283
    assert left_indent(properties('<w:ind w:firstLine="400"/>')) == 0
    assert left_indent(properties("")) == 0
