"""A styrkort's goal row carries the goal's status: the goal merged across the indicator
columns ("Mål 1.1 Gatorna är trygga") and its status alone in the last column ("Delvis
uppfyllt", or a coloured "●" read through the legend under the table). The row is still the
title over the goal's indicators (the status is no part of the goal's text), and in a
follow-up the status is the goal's assessment; a follow-up's goal table names that column
"Status". A legend's entries may be a short line each ("Grön – målvärdet nås / målet bedöms
uppnås") and one may say that no assessment is made yet ("Grå – mäts senare under året")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import RGBColor

from vplan_desktop.imports.word import read_source, read_word
from vplan_desktop.imports.word_symbols import legend

HEADER = ["Mål och indikator", "Utfall 2025", "Utfall T2 2026", "Målvärde 2026", "Status"]
LEGEND = [
    ("00B050", "Grön – målvärdet nås / målet bedöms uppnås"),
    ("FFC000", "Gul – nära målvärdet / målet uppnås delvis"),
    ("FF0000", "Röd – målvärdet nås inte"),
    ("A6A6A6", "Grå – mäts senare under året"),
]


def _document(
    tmp_path: Path,
    goals: list[tuple[str, str, str]],
    marks: bool,
    title: str = "Tertialrapport 2 2026",
) -> Path:
    """A tertialrapport's styrkort: (goal, its status or its mark's colour, its indicator)."""
    doc = Document()
    for text in (title, "Tekniska nämnden"):
        doc.add_paragraph(text)
    doc.add_heading("Nämndens styrkort", 1)
    table = doc.add_table(rows=1 + 2 * len(goals), cols=len(HEADER))
    for c, text in enumerate(HEADER):
        table.cell(0, c).text = text
    for n, (goal, status, indicator) in enumerate(goals):
        r = 1 + 2 * n
        merged = table.cell(r, 0).merge(table.cell(r, len(HEADER) - 2))
        merged.text = goal
        _status(table.cell(r, len(HEADER) - 1).paragraphs[0], status, marks)
        for c, text in enumerate([indicator, "81 %", "87 %", "≥ 90 %"]):
            table.cell(r + 1, c).text = text
        _status(table.cell(r + 1, len(HEADER) - 1).paragraphs[0], status, marks)
    if marks:
        line = doc.add_paragraph()
        for colour, words in LEGEND:
            _status(line, colour, True)
            line.add_run(f" {words}   ").italic = True
    doc.save(str(tmp_path / "s.docx"))
    return tmp_path / "s.docx"


def _status(paragraph: Any, status: str, mark: bool) -> None:
    if mark:
        paragraph.add_run("●").font.color.rgb = RGBColor.from_string(status)
    else:
        paragraph.add_run(status)


def _assessed(data: dict[str, Any]) -> dict[str, int | None]:
    names = {g["id"]: g["text"] for g in data["namndsmal"]}
    (period,) = data["uppfoljningar"]
    return {names[m["namndsmal_id"]]: m["bedomningsniva_id"] for m in period["mal"]}


def test_a_goal_rows_status_is_the_goals_assessment(tmp_path: Path) -> None:
    goals = [
        ("Mål 1.1 Gator och cykelvägar är trygga.", "Delvis uppfyllt", "Andel åtgärdade fel"),
        ("Mål 1.2 Måltiderna är klimatsmarta.", "Uppfyllt", "Andel ekologiska livsmedel"),
    ]
    data = read_word(_document(tmp_path, goals, marks=False)).data
    texts = sorted(g["text"] for g in data["namndsmal"])
    assert texts == ["Gator och cykelvägar är trygga.", "Måltiderna är klimatsmarta."]
    indicators = {g["text"]: [i["namn"] for i in g["indikatorer"]] for g in data["namndsmal"]}
    assert indicators["Gator och cykelvägar är trygga."] == ["Andel åtgärdade fel"]
    assessed = _assessed(data)
    assert assessed == {"Gator och cykelvägar är trygga.": 2, "Måltiderna är klimatsmarta.": 1}


def test_a_plans_goal_row_status_is_kept_with_the_goal(tmp_path: Path) -> None:
    goals = [("Mål 1.1 Gator och cykelvägar är trygga.", "Nytt mål", "Andel åtgärdade fel")]
    path = _document(tmp_path, goals, marks=False, title="Verksamhetsplan 2026")
    (goal,) = read_word(path).data["namndsmal"]
    assert goal["text"] == "Gator och cykelvägar är trygga."
    assert "Status: Nytt mål" in goal["beskrivning"]


def test_coloured_marks_on_goal_rows_through_the_legend(tmp_path: Path) -> None:
    goals = [
        ("Mål 2.1 Fastigheterna använder mindre energi.", "FF0000", "Energianvändning, kWh/m²"),
        ("Mål 2.2 Fordonen är fossilfria.", "A6A6A6", "Andel fossilfria fordon"),
    ]
    data = read_word(_document(tmp_path, goals, marks=True)).data
    assessed = _assessed(data)
    assert assessed["Fastigheterna använder mindre energi."] == 3
    assert assessed.get("Fordonen är fossilfria.") is None  # grey: not assessed yet


def test_a_legend_of_short_lines_and_a_not_yet_entry(tmp_path: Path) -> None:
    doc = Document()
    line = doc.add_paragraph()
    for colour, words in LEGEND:
        line.add_run("●").font.color.rgb = RGBColor.from_string(colour)
        line.add_run(f" {words}   ")
    doc.save(str(tmp_path / "l.docx"))
    (block,) = read_source(tmp_path / "l.docx").blocks
    assert [(e.colour, e.words) for e in legend(block)] == LEGEND
