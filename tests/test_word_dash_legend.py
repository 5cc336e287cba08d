"""A dash as zero by the document's own legend. Official statistics print "–" for "inget finns
att redovisa" (zero); a plan that follows them says so in a teckenförklaring ("– inget finns
att redovisa", "tankstreck (–) betyder att det inte finns något att redovisa"). There a lone
"–" in an indicator's nuläge or target cell is 0. Without such a legend a dash is no figure,
as before."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_dash_legend import dash_means_zero


def _indicator(tmp_path: Path, legend: str) -> dict[str, Any]:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027–2028").bold = True
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för äldreomsorgen. " + legend)
    doc.add_heading("Nämndens mål", 1)
    doc.add_heading("Nämndsmål 1: Äldre får en trygg vård och omsorg.", 2)
    grid = [
        ["Indikator", "Nuläge 2025", "Mål 2027", "Mål 2028"],
        ["Antal allvarliga missförhållanden enligt lex Sarah", "–", "0", "0"],
    ]
    table = doc.add_table(rows=2, cols=4)
    for r, cells in enumerate(grid):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Budgeten är i balans.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    (goal,) = read_word(path).data["namndsmal"]
    (indicator,) = goal["indikatorer"]
    return dict(indicator)


def test_dash_is_zero_under_the_legend(tmp_path: Path) -> None:
    legend = "Tankstreck (–) betyder att det inte finns något att redovisa."
    indicator = _indicator(tmp_path, legend)
    assert indicator["nulage"]["ar"] == 2025
    assert indicator["nulage"]["varde"] == Decimal(0)


def test_dash_is_no_figure_without_the_legend(tmp_path: Path) -> None:
    indicator = _indicator(tmp_path, "Siffrorna kommer från Kolada.")
    assert not indicator.get("nulage")


def test_legend_lines() -> None:
    for line in (
        "Teckenförklaring: .. uppgift saknas, x uppgift skyddad, – inget finns att redovisa",
        "– = noll",
        "och tankstreck (–) att det inte finns något att redovisa.",
    ):
        assert dash_means_zero([line]), line
    for line in ("Budget 2027 – nämndens ram", "Hemtjänst – inget att tillägga", "2026–2028",
                 "Resultat - noll avvikelser"):  # fmt: skip
        assert not dash_means_zero([line]), line
