"""An outcome cell that names its own year: "72 % (2024)" under "Utfall 2025" (the measure was
not taken in 2025, the latest figure is 2024's) is 2024's outcome, and in a plan it is the
nuläge of 2024 – not a text "72 % (2024)" for 2025."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word

GOAL = "Mål 1. Den enskilde är delaktig i planeringen av sitt stöd."


def _indicators(tmp_path: Path, *rows: list[str]) -> list[dict[str, Any]]:
    doc = Document()
    doc.add_paragraph("Exempelby kommun")
    doc.add_paragraph("Vård- och omsorgsnämnden")
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_paragraph().add_run(GOAL).bold = True
    header = ["Indikator", "Utfall 2025", "Målvärde 2027", "Målvärde 2028"]
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    for r, cells in enumerate((header, *rows)):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Nämndens ram för 2027 är 383 400 tkr.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    (goal,) = read_word(path).data["namndsmal"]
    return list(goal["indikatorer"])


def test_an_outcome_naming_its_own_year_is_that_years(tmp_path: Path) -> None:
    followed, measured = _indicators(
        tmp_path,
        ["Andel genomförandeplaner som följts upp", "72 % (2024)", "85 %", "90 %"],
        ["Andel brukare som är nöjda med stödet", "81 %", "85 %", "88 %"],
    )
    assert followed["nulage"]["ar"] == 2024
    assert Decimal(str(followed["nulage"]["varde"])) == Decimal("72")
    assert measured["nulage"]["ar"] == 2025
    assert Decimal(str(measured["nulage"]["varde"])) == Decimal("81")
