"""A table whose columns are the parts of a year – the months ("| jan | feb | … | dec"), the
quarters ("| Kv 1 | … | Kv 4") or the tertials, perhaps closed by the year's total – over rows
named by a kind and a year ("Utfall 2025", "Utfall 2026", "Budget 2026") runs time across
already: each row is a series over the year, kept as printed with the months as columns, not
turned as a table of things across and years down is. Blank cells of months not yet passed
give no value."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word

MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
CAPTION = "Ekonomiskt bistånd, tkr per månad"


def _plan(tmp_path: Path, rows: list[list[str]]) -> dict[str, Any]:
    doc = Document()
    doc.add_paragraph("Exempelby kommun")
    doc.add_paragraph("Socialnämnden")
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Nyckeltal", 1)
    doc.add_paragraph("Nämnden följer ekonomiskt bistånd per månad.")
    doc.add_heading(CAPTION, 2)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Nämndens ram för 2027 är 383 400 tkr.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return read_word(path).data


def _by_column(table: dict[str, Any]) -> dict[str, dict[str, Decimal]]:
    """Each row's values by its column's heading."""
    names = {str(c["id"]): c["rubrik"] for c in table["kolumner"]}
    return {r["namn"]: {names[k]: v for k, v in r["varden"].items()} for r in table["rader"]}


def _series(prefix: int, count: int) -> list[str]:
    return [f"5 {prefix + i}" for i in range(count)]


def test_months_across_stay_columns(tmp_path: Path) -> None:
    rows = [
        ["", *MONTHS],
        ["Utfall 2025", *_series(100, 12)],
        ["Utfall 2026", *_series(200, 10), "", ""],
        ["Budget 2026", *["5 225"] * 12],
    ]
    (table,) = _plan(tmp_path, rows)["nyckeltal"]
    assert table["rubrik"] == CAPTION
    assert [c["rubrik"] for c in table["kolumner"]] == MONTHS
    values = _by_column(table)
    assert list(values) == ["Utfall 2025", "Utfall 2026", "Budget 2026"]
    assert values["Utfall 2025"]["jan"] == Decimal(5100)
    assert values["Utfall 2025"]["dec"] == Decimal(5111)
    assert list(values["Utfall 2026"]) == MONTHS[:10]  # november and december not yet passed
    assert set(values["Budget 2026"].values()) == {Decimal(5225)}


def test_quarters_and_a_year_total_across_stay_columns(tmp_path: Path) -> None:
    quarters = ["Kv 1", "Kv 2", "Kv 3", "Kv 4", "Helår"]
    rows = [["", *quarters], ["Utfall 2025", *_series(100, 5)], ["Budget 2026", *_series(300, 5)]]
    (table,) = _plan(tmp_path, rows)["nyckeltal"]
    assert [c["rubrik"] for c in table["kolumner"]] == quarters
    assert list(_by_column(table)) == ["Utfall 2025", "Budget 2026"]
