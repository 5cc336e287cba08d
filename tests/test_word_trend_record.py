"""A trend column beside a single year's figure and with no key under the table ("Indikator |
Nuläge 2025 | Trend | Målvärde 2027"): the arrows are the only record of the direction and
are kept as the indicator's words ("Trend: ↑"). Beside two years' figures, or with a key line
labelled with the column's name, they are the table's drawing and left out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word

GOAL = "Biblioteken är välbesökta."
ARROWS = ["↑", "→", "↓"]


def _plan(tmp_path: Path, years: list[str], key: bool = False) -> dict[str, Any]:
    """A goal over a table "Indikator | <years> | Trend | Målvärde 2027", a key line under it
    when ``key``."""
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027").bold = True
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_paragraph().add_run(f"1. {GOAL}").bold = True
    rows = [["Indikator", *years, "Trend", "Målvärde 2027"]]
    rows += [
        [f"Antal besök i filial {n}", *["120"] * len(years), arrow, "130"]
        for n, arrow in enumerate(ARROWS, start=1)
    ]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    if key:
        doc.add_paragraph("Trend: ↑ ökar → oförändrat ↓ minskar")
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Budgeten är i balans.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return read_word(path).data


def _texts(data: dict[str, Any]) -> str:
    (goal,) = data["namndsmal"]
    chapters = " ".join(c["text"] for c in data["kapitel"])
    return " ".join([goal["beskrivning"], chapters, *(str(i) for i in goal["indikatorer"])])


def test_arrows_beside_one_year_are_kept(tmp_path: Path) -> None:
    data = _plan(tmp_path, ["Nuläge 2025"])
    (goal,) = data["namndsmal"]
    assert len(goal["indikatorer"]) == 3
    assert all(i["nulage"]["ar"] == 2025 for i in goal["indikatorer"])
    texts = _texts(data)
    assert all(f"Trend: {arrow}" in texts for arrow in ARROWS)


def test_arrows_beside_two_years_are_the_tables_drawing(tmp_path: Path) -> None:
    texts = _texts(_plan(tmp_path, ["Utfall 2024", "Utfall 2025"]))
    assert not any(arrow in texts for arrow in ARROWS)


def test_arrows_with_a_key_are_the_tables_drawing(tmp_path: Path) -> None:
    texts = _texts(_plan(tmp_path, ["Nuläge 2025"], key=True))
    assert not any(arrow in texts for arrow in ARROWS) and "oförändrat" not in texts
