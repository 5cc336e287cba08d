"""An indicator broken down under its own row: rows indented under a goal table's indicator row
(by ``w:ind`` or by typed spaces), each with a part's own figures, are indicators of their own
named "<indicator> – <part>" under the same goal; a part without targets keeps its nuläge.
An activity table's first column headed "Program" (merged down over each programme's
activities) gives each activity its verksamhet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Cm

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_unit_column import unit_header

GOAL = "Fler elever tar examen inom tre år"
HEADER = ["Indikator", "Nuläge 2025", "Mål 2027", "Mål 2028"]


def _doc(tmp_path: Path, rows: list[tuple[float, str, list[str]]]) -> Any:
    """A plan with one goal over a table of (indent in cm, typed prefix, cells) rows."""
    doc = Document()
    doc.add_paragraph("Gymnasienämnden")
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Nämndens mål", 1)
    doc.add_heading(f"Mål 1 – {GOAL}", 2)
    table = doc.add_table(rows=len(rows) + 1, cols=len(HEADER))
    for c, text in enumerate(HEADER):
        table.cell(0, c).text = text
    for r, (indent, typed, cells) in enumerate(rows, 1):
        for c, text in enumerate(cells):
            table.cell(r, c).text = (typed if c == 0 else "") + text
        table.cell(r, 0).paragraphs[0].paragraph_format.left_indent = Cm(indent)
    doc.save(str(tmp_path / "plan.docx"))
    return read_word(tmp_path / "plan.docx")


def _indicators(result: Any) -> dict[str, tuple[Any, dict[str, Any]]]:
    (goal,) = result.data["namndsmal"]
    return {
        i["namn"]: (i.get("nulage", {}).get("varde"), dict(i["malnivaer"]))
        for i in goal["indikatorer"]
    }


ROWS = [
    (0, "", ["Andel elever med examen", "72 %", "74 %", "75 %"]),
    (0.5, "", ["Ekonomiprogrammet", "86 %", "87 %", "88 %"]),
    (0.5, "", ["Teknikprogrammet", "74 %", "", ""]),
    (0, "", ["Andel elever med examen inom fyra år", "78 %", "80 %", "82 %"]),
]


def test_rows_indented_under_an_indicator_are_its_parts(tmp_path: Path) -> None:
    found = _indicators(_doc(tmp_path, ROWS))
    assert list(found) == [
        "Andel elever med examen",
        "Andel elever med examen – Ekonomiprogrammet",
        "Andel elever med examen – Teknikprogrammet",
        "Andel elever med examen inom fyra år",
    ]
    value, targets = found["Andel elever med examen – Teknikprogrammet"]
    assert str(value) == "74" and not targets  # no target: the nuläge is kept


def test_spaces_typed_before_the_name_indent_it_too(tmp_path: Path) -> None:
    rows = [ROWS[0], (0, "    ", ["Introduktionsprogrammen", "9 %", "", ""]), ROWS[3]]
    assert "Andel elever med examen – Introduktionsprogrammen" in _indicators(_doc(tmp_path, rows))


def test_rows_not_indented_keep_their_names(tmp_path: Path) -> None:
    rows: list[tuple[float, str, list[str]]] = [(0, "", cells) for _, _, cells in ROWS]
    assert "Ekonomiprogrammet" in _indicators(_doc(tmp_path, rows))


def test_a_row_under_a_heading_row_without_figures_is_not_renamed(tmp_path: Path) -> None:
    rows = [(0, "", ["Examen", "", "", ""]), *ROWS[1:3]]
    assert "Ekonomiprogrammet" in _indicators(_doc(tmp_path, rows))


def test_a_programme_column_is_the_activities_verksamhet(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Gymnasienämnden")
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Aktiviteter", 1)
    rows = [
        ["Program", "Aktivitet", "Ansvarig", "Klart"],
        ["Hela skolan", "Införa en rutin för frånvarouppföljning", "Rektorerna", "2027-01-31"],
        ["", "Ta fram en plan för kompetensförsörjning", "Gymnasiechef", "2027-06-30"],
        ["Ekonomiprogrammet", "Starta UF-företag i årskurs 2", "Rektor EK", "2027-08-31"],
    ]
    table = doc.add_table(rows=len(rows), cols=4)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    table.cell(1, 0).merge(table.cell(2, 0))
    doc.save(str(tmp_path / "plan.docx"))
    data = read_word(tmp_path / "plan.docx").data
    units = {u["id"]: u["namn"] for u in data["verksamheter"]}
    assert [units.get(a.get("verksamhet_id")) for a in data["aktiviteter"]] == [
        "Hela skolan",
        "Hela skolan",
        "Ekonomiprogrammet",
    ]
    assert not any("Program:" in a.get("beskrivning", "") for a in data["aktiviteter"])


def test_unit_headers() -> None:
    assert unit_header("Program") and unit_header("Enhet:") and unit_header("Skola")
    assert not unit_header("Programpunkt") and not unit_header("Aktivitet")
