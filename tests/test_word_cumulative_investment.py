"""An investment table with the project's whole budget and what it has cost so far beside its
years: "Projekt | Total budget | Ack. utfall t.o.m. 2025 | Budget 2026 | Budget 2027 | Klart
år". The accumulated column sums the project's earlier years: it is not the outcome of the
year it names, so it is no year of the project; it is kept, with the total and the year the
project is finished, as a table in the chapter (the plan's investments hold amounts per year
only)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word


def _read(doc: Any, tmp_path: Path) -> Any:
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return read_word(path)


def test_accumulated_and_total_columns_are_no_years(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Investeringar", 1)
    doc.add_paragraph("Belopp i tkr.")
    rows = [
        ["Projekt", "Total budget", "Ack. utfall t.o.m. 2025", "Budget 2026", "Budget 2027",
         "Klart år"],
        ["Konstgräsplan", "9 500", "1 200", "6 800", "1 500", "2027"],
        ["Ombyggnad av biblioteket", "14 000", "0", "2 000", "12 000", "2028"],
        ["Summa investeringar", "23 500", "1 200", "8 800", "13 500", ""],
    ]  # fmt: skip
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    result = _read(doc, tmp_path)
    projects = result.data["investeringar"]
    assert [(p["projekt"], p["belopp"], p["utfall"]) for p in projects] == [
        ("Konstgräsplan", {"2026": 6800, "2027": 1500}, {}),
        ("Ombyggnad av biblioteket", {"2026": 2000, "2027": 12000}, {}),
    ]
    text = "".join(c["text"] for c in result.data["kapitel"])
    assert "| Projekt | Total budget | Ack. utfall t.o.m. 2025 | Klart år |" in text
    assert "| Konstgräsplan | 9 500 | 1 200 | 2027 |" in text
