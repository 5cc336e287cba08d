"""A driftbudget printed on its side: the verksamheter across under an empty corner cell with a
"Summa" column, the years down ("Bokslut 2025", "Budget 2027", "Plan 2028"). A one-year plan
with a lone plan year in its budget stays a one-year plan."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.imports.word_transpose import years_down


def _block(rows: list[list[str]]) -> Block:
    cells = tuple(tuple(Cell(text) for text in row) for row in rows)
    return Block(0, BlockKind.TABLE, rows=cells)


def test_years_down_under_an_empty_corner() -> None:
    assert years_down(
        _block([["", "Skola", "Summa"], ["Budget 2027", "1", "1"], ["Plan 2028", "2", "2"]])
    )
    across = [["", "Budget 2027", "Plan 2028"], ["Budget 2026", "1", "2"], ["Plan 2029", "1", "2"]]
    assert not years_down(_block(across))  # years across too: not on its side
    named = [["", "Skola", "Vux"], ["Skola", "1", "2"], ["Vux", "1", "2"]]
    assert not years_down(_block(named))


def test_a_budget_on_its_side(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Ekonomi", 1)
    rows = [
        ["", "Gymnasieskola", "Vuxenutbildning", "Summa"],
        ["Bokslut 2025", "198 420", "31 560", "229 980"],
        ["Budget 2027", "211 650", "33 450", "245 100"],
        ["Plan 2028", "216 900", "34 100", "251 000"],
    ]
    table = doc.add_table(rows=len(rows), cols=4)
    for values, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(values, row.cells, strict=True):
            cell.text = text
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    result = read_word(path)
    units = {u["id"]: u["namn"] for u in result.data["verksamheter"]}
    drift = {units[r["verksamhet_id"]]: r["belopp"] for r in result.data["driftbudget"]["rader"]}
    assert drift == {
        "Gymnasieskola": {"bokslut-2025": 198420, "budget-2027": 211650, "plan-2028": 216900},
        "Vuxenutbildning": {"bokslut-2025": 31560, "budget-2027": 33450, "plan-2028": 34100},
    }
    assert (result.forsta_ar, result.sista_ar) == (2027, 2027)
