"""A table whose rows are named with units of quantity ("Kommunala gator och vägar, km",
"Skött parkmark, hektar", "Levererat dricksvatten, tusen m³", "Anslutna fastigheter, antal",
"Serverade måltider per skoldag") holds key figures, not money, even under a budget's columns
("Utfall 2024 | Prognos 2025 | Budget 2026") in the Ekonomi chapter: a budget's rows are
verksamheter, never counted in km or per day. A table said to be in tkr stays a budget, and a
"Verksamhetsmått" heading names a table of key figures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word

HEADER = ["Verksamhetsmått", "Utfall 2024", "Prognos 2025", "Budget 2026"]
QUANTITIES = [
    ["Kommunala gator och vägar, km", "188", "189", "191"],
    ["Skött parkmark, hektar", "132", "134", "134"],
    ["Levererat dricksvatten, tusen m³", "2 285", "2 300", "2 320"],
    ["Serverade måltider per skoldag", "4 720", "4 800", "4 860"],
]


def _read(tmp_path: Path, heading: str, rows: list[list[str]], caption: str = "") -> Any:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2026")
    doc.add_heading("Ekonomi", 1)
    doc.add_heading(heading, 2)
    if caption:
        doc.add_paragraph(caption)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    return read_word(tmp_path / "plan.docx")


def test_rows_in_units_of_quantity_are_key_figures(tmp_path: Path) -> None:
    # "Mängder" names no kind of table: the rows' units alone keep it out of the budget
    result = _read(tmp_path, "Mängder", [["", *HEADER[1:]], *QUANTITIES])
    assert result.data["driftbudget"]["rader"] == []
    (table,) = result.data["nyckeltal"]
    assert [r["namn"] for r in table["rader"]] == [r[0] for r in QUANTITIES]
    assert [c["rubrik"] for c in table["kolumner"]] == HEADER[1:]


def test_a_verksamhetsmått_table_is_key_figures(tmp_path: Path) -> None:
    rows = [HEADER, ["Gator och vägar", "188", "189", "191"], ["Parkmark", "132", "134", "134"]]
    result = _read(tmp_path, "Verksamhetsmått", rows)
    assert result.data["driftbudget"]["rader"] == []
    assert [r["namn"] for r in result.data["nyckeltal"][0]["rader"]] == [
        "Gator och vägar",
        "Parkmark",
    ]


def test_a_budget_in_tkr_stays_a_budget(tmp_path: Path) -> None:
    # a budget for the kilometres of road the nämnd keeps, said to be in tkr
    rows = [
        ["", "Bokslut 2024", "Budget 2025", "Budget 2026"],
        ["Statliga vägar, km", "11 500", "12 200", "12 400"],
        ["Kommunala gator, km", "37 540", "36 400", "38 150"],
    ]
    result = _read(tmp_path, "Vägar", rows, caption="Belopp i tkr")
    assert len(result.data["driftbudget"]["rader"]) == 2
