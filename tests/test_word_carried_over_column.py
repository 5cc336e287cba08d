"""Columns beside an investment's years that name a year but are no amount of it: "Ombudgetering
från 2025" is money carried over from 2025 that the fullmäktige decides on separately (no
budget of 2025, nor part of 2026), and "Utfall t.o.m. 2025" sums the project's cost up to and
including 2025 (no outcome of 2025 alone). Neither becomes an amount of the year it names;
both are kept as a table in the chapter with the project's total. ("Budget 2026 inkl.
ombudgetering" is the budget of 2026.)"""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_table import column_kind_year


def test_carried_over_and_cost_so_far_are_no_years(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2026–2027")
    doc.add_heading("Investeringsbudget", 1)
    rows = [
        ["Projekt", "Beslutad total utgift", "Utfall t.o.m. 2025", "Ombudgetering från 2025",
         "Budget 2026", "Plan 2027"],
        ["Nytt vattenverk", "142 000", "21 600", "6 400", "38 000", "45 000"],
        ["Ny lekplats", "3 200", "450", "350", "2 400", ""],
    ]  # fmt: skip
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    result = read_word(tmp_path / "plan.docx")
    projects = result.data["investeringar"]
    assert [(p["projekt"], p["belopp"], p["utfall"]) for p in projects] == [
        ("Nytt vattenverk", {"2026": 38000, "2027": 45000}, {}),
        ("Ny lekplats", {"2026": 2400}, {}),
    ]
    text = "".join(c["text"] for c in result.data["kapitel"])
    assert "| Nytt vattenverk | 142 000 | 21 600 | 6 400 |" in text


def test_an_ombudgetering_column_names_no_budget_year() -> None:
    assert column_kind_year("Ombudgetering från 2025") is None
    assert column_kind_year("Ombudgeterat 2025") is None
    assert column_kind_year("Budget 2026 inkl. ombudgetering") == ("budget", 2026)
    assert column_kind_year("Budget 2026") == ("budget", 2026)
