"""A small budget table whose one row is the net ("Nettokostnad | 4 860 | 1 240" under
"Budget 2026 | Budget 2027"), with no rows above it to sum, is one driftbudget row with those
amounts, not a sum checked against nothing (nor the ram of years without rows). A net row under
rows of their own stays their sum."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word


def _plan(path: Path, *rows: tuple[str, str, str]) -> Path:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Nämndens budget i sammandrag.")
    table = doc.add_table(rows=1 + len(rows), cols=3)
    for r, cells in enumerate([("", "Budget 2026", "Budget 2027"), *rows]):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.add_paragraph("Beloppen anges i tusentals kronor (tkr).")
    doc.save(str(path))
    return path


def _rows(path: Path) -> tuple[list[tuple[str, dict[str, D]]], list[object]]:
    data = read_word(path).data
    units = {u["id"]: u["namn"] for u in data["verksamheter"]}
    budget = data["driftbudget"]
    return [(units[r["verksamhet_id"]], r["belopp"]) for r in budget["rader"]], budget["kf_ram"]


def test_a_lone_net_row_is_the_budgets_row(tmp_path: Path) -> None:
    rows, ram = _rows(_plan(tmp_path / "plan.docx", ("Nettokostnad", "4 860", "1 240")))
    assert rows == [("Nettokostnad", {"budget-2026": D(4860), "budget-2027": D(1240)})]
    assert ram == []


def test_a_net_row_under_rows_is_their_sum(tmp_path: Path) -> None:
    rows, _ = _rows(
        _plan(
            tmp_path / "plan.docx",
            ("Valkansli", "4 000", "1 000"),
            ("Nämnd", "860", "240"),
            ("Nettokostnad", "4 860", "1 240"),
        )
    )
    assert [name for name, _ in rows] == ["Valkansli", "Nämnd"]
