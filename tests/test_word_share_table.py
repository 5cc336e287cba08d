"""A table under "Ekonomi" with no budget's columns ("Fördelning 2027 | Norrviks kommun |
Åsby kommun") and a row of shares ("66 % | 34 %") holds figures, not a driftbudget's
amounts: it is read as key figures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word


def test_a_table_with_a_row_of_shares_is_key_figures(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph(
        "Nämndens kostnader fördelas mellan kommunerna efter antal anställda. Nämndens "
        "budget ingår i Norrviks budget."
    )
    doc.add_heading("Driftbudget (tkr)", 3)
    _table(doc, [["Verksamhet", "Budget 2027", "Plan 2028"], ["Lön", "−12 400", "−12 800"]])
    doc.add_heading("Fördelning mellan kommunerna", 3)
    _table(
        doc,
        [
            ["Fördelning 2027", "Norrviks kommun", "Åsby kommun"],
            ["Antal anställda (grund för lön)", "2 840", "1 310"],
            ["Andel av nämndens kostnader", "66 %", "34 %"],
        ],
    )
    doc.save(str(tmp_path / "plan.docx"))
    data = read_word(tmp_path / "plan.docx").data
    assert len(data["driftbudget"]["rader"]) == 1  # the driftbudget's row alone
    assert "Andel av nämndens kostnader" not in str(data["verksamheter"])
    assert "Andel av nämndens kostnader" in str(data["nyckeltal"])
    assert "Norrviks kommun" in str(data["nyckeltal"])


def _table(doc: Any, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
