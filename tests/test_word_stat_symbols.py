"""The conventions of Swedish official statistics in a plan's figure cells. ".." (uppgift
saknas), "x" (uppgift skyddad) and "Mäts 2028" give no figure: no nuläge and no target are
entered for them. A figure with a note marker ("88 %*", "121 900*") is the figure, the marker
pointing at the note under the table (which stays text). An estimate ("ca 45 %") is entered as
its number, and the words "ca 45 %" stay with the goal's description so the plan still says it
is an estimate. "<5" is no number and is kept as the text it is."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word

HEADER = ["Indikator", "Nuläge 2025", "Mål 2027", "Mål 2028"]


def _read(tmp_path: Path, rows: list[list[str]], budget: list[list[str]] | None = None) -> Any:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027–2028").bold = True
    doc.add_heading("Nämndens mål", 1)
    doc.add_heading("Nämndsmål 1: Äldre får en trygg vård och omsorg.", 2)
    for grid in [[HEADER, *rows]] + ([budget] if budget else []):
        if grid is budget:
            doc.add_heading("Ekonomi", 1)
            doc.add_paragraph().add_run("Driftbudget per verksamhet (tkr)").bold = True
        table = doc.add_table(rows=len(grid), cols=len(grid[0]))
        for r, cells in enumerate(grid):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
        doc.add_paragraph("* Preliminär uppgift.")
    doc.add_heading("Internkontroll", 1)
    doc.add_paragraph("Nämnden följer upp rutinerna.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return read_word(path).data


def _indicators(data: Any) -> dict[str, dict[str, Any]]:
    (goal,) = data["namndsmal"]
    return {i["namn"]: i for i in goal["indikatorer"]}


def test_missing_and_protected_figures_are_no_values(tmp_path: Path) -> None:
    found = _indicators(
        _read(
            tmp_path,
            [
                ["Andel nöjda med maten", "x", "75 %", "78 %"],
                ["Antal fallolyckor med fraktur", "..", "28", "25"],
                ["Antal deltagare i seniorcaféer", "Ej mätt", "Mäts 2028", "200"],
            ],
        )
    )
    for name in ("Andel nöjda med maten", "Antal fallolyckor med fraktur"):
        assert not found[name].get("nulage"), name
    assert found["Antal fallolyckor med fraktur"]["malnivaer"] == {
        "2027": Decimal(28),
        "2028": Decimal(25),
    }
    assert found["Antal deltagare i seniorcaféer"]["malnivaer"] == {"2028": Decimal(200)}


def test_marked_and_estimated_figures_are_their_numbers(tmp_path: Path) -> None:
    data = _read(
        tmp_path,
        [
            ["Andel nöjda brukare", "88 %*", "90 %", "92 %"],
            ["Andel undersköterskor med yrkestitel", "ca 45 %", "50 %", "55 %"],
            ["Antal som väntat mer än 90 dagar", "<5", "0", "0"],
        ],
    )
    found = _indicators(data)
    assert found["Andel nöjda brukare"]["nulage"]["varde"] == Decimal(88)
    estimated = found["Andel undersköterskor med yrkestitel"]
    assert estimated["nulage"]["varde"] == Decimal(45)
    assert estimated["enhet"] == "%"
    assert "Nuläge 2025: ca 45 %" in data["namndsmal"][0]["beskrivning"]
    assert found["Antal som väntat mer än 90 dagar"]["nulage"]["varde"] == "<5"


def test_a_budget_amount_with_a_note_marker_is_the_amount(tmp_path: Path) -> None:
    data = _read(
        tmp_path,
        [["Andel nöjda brukare", "88 %", "90 %", "92 %"]],
        [
            ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027"],
            ["Hemtjänst", "118 306", "121 900*", "126 400"],
            ["Särskilt boende", "187 552", "192 300", "201 700"],
        ],
    )
    first = data["driftbudget"]["rader"][0]["belopp"]
    assert first == {
        "bokslut-2025": Decimal(118306),
        "budget-2026": Decimal(121900),
        "budget-2027": Decimal(126400),
    }
