"""A delårsrapport's conventions: the goals' year-end forecast as crosses in grade columns of a
summary table ("Prognos helår: Uppfylls | Delvis | Uppfylls inte"), each goal then given again
as a Heading 3 with its number typed before it under a målområde – one named like a part of
the plan ("… och hållbar ekonomi") – under the chapter "Måluppfyllelse"; the indicators'
latest measurement with its period in brackets ("89 % (juli)"); activities grouped by shaded
status rows ("Genomförda", "Pågående"); and a driftredovisning giving the forecast only as
"Budgetavvikelse prognos helår"."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml import OxmlElement

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_activity_table import status_of
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.imports.word_cross_columns import cross_columns
from vplan_desktop.imports.word_measured_period import measured_periods, without_periods
from vplan_desktop.imports.word_status_groups import group_status

GOALS = [
    ("1.1", "Fler besöker biblioteken varje år.", "Uppfylls"),
    ("1.2", "Barn och unga deltar i kulturskolan.", ""),
    ("2.1", "Verksamheten håller sin budget.", "Uppfylls inte"),
]


# --- the rules on their own ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "figure"),
    [
        ("89 % (juli)", "89 %"),
        ("104 (jan–aug)", "104"),
        ("8,4 % (jan-jul)", "8,4 %"),
        ("13 (mars)", "13"),
        ("71 % (tertial 1)", "71 %"),
        ("2 940 (jan–aug 2026)", "2 940"),
    ],
)
def test_a_measured_period_is_no_part_of_the_figure(cell: str, figure: str) -> None:
    roles = ["namn", "utfall:2026"]
    assert without_periods(["Andel", cell], roles) == ["Andel", figure]
    assert measured_periods(["Indikator", "Senaste mätning 2026"], roles, ["Andel", cell]) == (
        f"Senaste mätning 2026: {cell}"
    )


@pytest.mark.parametrize("cell", ["89 % (se not)", "Mäts i okt", "89 (2)", "Högst 12"])
def test_other_brackets_stay(cell: str) -> None:
    roles = ["namn", "utfall:2026"]
    assert without_periods(["Andel", cell], roles) == ["Andel", cell]
    assert measured_periods(["Indikator", "Utfall 2026"], roles, ["Andel", cell]) == ""


def test_a_bracket_in_a_text_column_stays() -> None:
    assert without_periods(["Andel (juli)"], ["namn"]) == ["Andel (juli)"]


@pytest.mark.parametrize(
    ("group", "words"),
    [
        ("Genomförda", "Genomförd"),
        ("Pågående", "Pågående"),
        ("Ej påbörjade", "Ej påbörjad"),
        ("Avbrutna", "Avbrutna"),
        ("Ej genomförda", "Ej genomförd"),
        ("Kultur och fritid", ""),
        ("Trygg uppväxt", ""),
        ("", ""),
    ],
)
def test_a_group_row_naming_a_status(group: str, words: str) -> None:
    assert group_status(group, status_of) == words


def _table(rows: list[list[str]]) -> Block:
    cells = tuple(tuple(Cell(t, lines=(t,) if t else ()) for t in row) for row in rows)
    return Block(0, BlockKind.TABLE, text=" | ".join(rows[0]), rows=cells)


def test_grade_columns_marked_with_crosses() -> None:
    head = ["Mål", "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Kommentar"]
    table = _table([head, ["A", "X", "", "", "Bra"], ["B", "", "x", "", ""], ["C", "", "", "", ""]])
    assert cross_columns(table) == (1, 4, 1)


@pytest.mark.parametrize(
    "body",
    [
        [["A", "X", "X", "", ""]],  # crossed twice: no choice of one grade
        [["A", "Ja", "", "", ""]],  # a word, not a cross
        [["A", "", "", "", ""]],  # nothing crossed
    ],
)
def test_other_grade_columns_are_no_crosses(body: list[list[str]]) -> None:
    head = ["Mål", "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Kommentar"]
    assert cross_columns(_table([head, *body])) is None


# --- a small delårsrapport -------------------------------------------------------------------


def _rows(doc: Any, rows: list[list[str]]) -> Any:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    return table


def _summary(doc: Any) -> None:
    rows = [["Nr", "Nämndsmål", "", "", "", "Kommentar"]]
    rows.append(["", "", "Uppfylls", "Delvis", "Uppfylls inte", ""])
    for number, goal, grade in GOALS:
        marks = ["X" if grade == g else "" for g in ("Uppfylls", "Delvis", "Uppfylls inte")]
        rows.append([number, goal, *marks, f"Kommentar till {number}."])
    table = _rows(doc, rows)
    for row in table.rows[:2]:  # the header repeated on each page, as Word marks it
        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    table.cell(0, 2).merge(table.cell(0, 4)).text = "Prognos helår 2027"
    for column in (0, 1, 5):
        text = rows[0][column]
        table.cell(0, column).merge(table.cell(1, column)).text = text


def _document(tmp_path: Path) -> dict[str, Any]:
    doc = Document()
    doc.add_paragraph("Kulturnämnden")
    doc.add_paragraph("Delårsrapport per 31 augusti 2027")
    doc.add_heading("Sammanfattning", 1)
    doc.add_paragraph("Nämnden prognostiserar ett underskott.")
    doc.add_heading("Måluppfyllelse", 1)
    doc.add_paragraph("Tabellen visar prognosen för målen vid årets slut.")
    _summary(doc)
    for area, goals in (("Kultur för alla", GOALS[:2]), ("Hållbar ekonomi", GOALS[2:])):
        doc.add_heading(area, 2)
        for number, goal, _ in goals:
            doc.add_heading(f"{number} {goal}", 3)
            doc.add_paragraph(f"Analys av målet {number}.")
            head = ["Indikator", "Utfall 2025", "Utfall 2026", "Senaste mätning 2027", "Målvärde"]
            _rows(doc, [head, [f"Andel {number}", "70 %", "72 %", "75 % (juli)", "80 %"]])
    doc.add_heading("Aktiviteter", 1)
    rows = [["Aktivitet", "Mål", "Ansvarig", "Klart", "Kommentar"]]
    rows += [["Genomförda", "", "", "", ""], ["Öppna meröppet", "1.1", "Chef", "2027-03-31", ""]]
    rows += [["Pågående", "", "", "", ""], ["Ny webb", "1.2", "Chef", "2027-12-31", "Halvvägs."]]
    table = _rows(doc, rows)
    for row in (1, 3):
        table.cell(row, 0).merge(table.cell(row, 4)).text = rows[row][0]
    doc.add_heading("Ekonomi", 1)
    head = ["Verksamhet", "Budget 2027", "Utfall jan–aug 2027", "Budgetavvikelse prognos helår"]
    body = [["Bibliotek", "10 000", "6 500", "+400"], ["Kulturskola", "8 000", "5 600", "−1 200"]]
    _rows(doc, [head, *body])
    doc.add_paragraph("Positiv avvikelse = överskott.")
    path = tmp_path / "delar.docx"
    doc.save(str(path))
    return read_word(path).data


def test_a_delarsrapport_with_forecast_crosses(tmp_path: Path) -> None:
    data = _document(tmp_path)
    goals = {g["id"]: g for g in data["namndsmal"]}
    assert sorted(g["text"] for g in goals.values()) == sorted(g for _, g, _ in GOALS)
    areas = {a["id"]: a["namn"] for a in data["malomraden"]}
    placed = {g["text"]: areas[g["malomrade_id"]] for g in goals.values()}
    assert placed[GOALS[2][1]] == "Hållbar ekonomi"  # a målområde, not the budget part
    period = data["uppfoljningar"][0]
    levels = {goals[m["namndsmal_id"]]["text"]: m["bedomningsniva_id"] for m in period["mal"]}
    assert levels == {GOALS[0][1]: 1, GOALS[2][1]: 3}  # the unmarked goal is not assessed
    indicators = [i for g in goals.values() for i in g["indikatorer"]]
    assert len(indicators) == 3
    assert all(Decimal(str(i["utfall"]["2027"])) == 75 for i in indicators)
    comments = " ".join(i["kommentar"] for i in period["indikatorer"])
    assert "Senaste mätning 2027: 75 % (juli)" in comments  # the period is kept


def test_activities_grouped_by_status_rows(tmp_path: Path) -> None:
    data = _document(tmp_path)
    names = {a["id"]: a["namn"] for a in data["aktiviteter"]}
    assert sorted(names.values()) == ["Ny webb", "Öppna meröppet"]
    assert not any(v["namn"] in ("Genomförda", "Pågående") for v in data["verksamheter"])
    period = data["uppfoljningar"][0]
    statuses = {names[a["aktivitet_id"]]: a for a in period["aktiviteter"]}
    assert statuses["Öppna meröppet"]["status"] == "klar"
    assert statuses["Ny webb"]["status"] == "pagar"
    assert "Halvvägs." in statuses["Ny webb"]["kommentar"]  # the comment is kept


def test_the_forecast_is_the_budget_less_its_deviation(tmp_path: Path) -> None:
    data = _document(tmp_path)
    units = {v["id"]: v["namn"] for v in data["verksamheter"]}
    rows = {units[r["verksamhet_id"]]: r["belopp"] for r in data["driftbudget"]["rader"]}
    assert Decimal(rows["Bibliotek"]["prognos-2027"]) == 9_600
    assert Decimal(rows["Kulturskola"]["prognos-2027"]) == 9_200
    assert Decimal(rows["Bibliotek"]["budget-2027"]) == 10_000
