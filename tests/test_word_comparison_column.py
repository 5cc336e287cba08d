"""A comparison column in an indicator table ("Riket 2025", "Länet 2025", "Jämförbara
kommuner") holds another body's figures: it is neither the nämnd's nuläge nor an outcome nor a
target, even when its header names a year before the plan. Its cells are kept as the
indicator's words ("Riket 2025: 87 %") in the goal's description. A year column without such a
name before the plan is read as before (an outcome, the nuläge)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_comparison_column import comparison_column


def _goal(tmp_path: Path, header: list[str], row: list[str]) -> dict[str, Any]:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027–2028").bold = True
    doc.add_heading("Nämndens mål", 1)
    doc.add_heading("Nämndsmål 1: Äldre är nöjda med hemtjänsten.", 2)
    table = doc.add_table(rows=2, cols=len(header))
    for r, cells in enumerate((header, row)):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Budgeten är i balans.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    (goal,) = read_word(path).data["namndsmal"]
    return dict(goal)


def test_riket_and_lanet_are_no_outcomes_nor_nulage(tmp_path: Path) -> None:
    goal = _goal(
        tmp_path,
        ["Indikator", "Nuläge 2025", "Riket 2025", "Länet 2025", "Mål 2027", "Mål 2028"],
        ["Andel nöjda brukare", "88 %", "87 %", "86 %", "90 %", "92 %"],
    )
    (indicator,) = goal["indikatorer"]
    assert indicator["nulage"]["ar"] == 2025
    assert indicator["nulage"]["varde"] == Decimal(88)
    assert indicator["utfall"] == {}
    assert indicator["malnivaer"] == {"2027": Decimal(90), "2028": Decimal(92)}
    assert "Riket 2025: 87 %" in goal["beskrivning"]
    assert "Länet 2025: 86 %" in goal["beskrivning"]


def test_comparison_alone_is_not_taken_for_the_nulage(tmp_path: Path) -> None:
    goal = _goal(
        tmp_path,
        ["Indikator", "Riket 2025", "Mål 2027"],
        ["Andel nöjda brukare", "87 %", "90 %"],
    )
    (indicator,) = goal["indikatorer"]
    assert not indicator.get("nulage")
    assert indicator["utfall"] == {}
    assert "Riket 2025: 87 %" in goal["beskrivning"]


def test_a_year_before_the_plan_is_still_the_outcome(tmp_path: Path) -> None:
    goal = _goal(
        tmp_path, ["Indikator", "2025", "Mål 2027"], ["Andel nöjda brukare", "87 %", "90 %"]
    )
    (indicator,) = goal["indikatorer"]
    assert indicator["nulage"]["varde"] == Decimal(87)


def test_comparison_headers() -> None:
    for header in ("Riket 2025", "Länet", "Jämförbara kommuner 2024", "Snitt i länet 2025",
                   "Kommungruppen", "Rikssnitt 2025", "Sverige 2024"):  # fmt: skip
        assert comparison_column(header.lower()), header
    for header in ("Nuläge 2025", "Mål 2027", "Utfall 2025", "Indikator", "Kommunen 2025"):
        assert not comparison_column(header.lower()), header
