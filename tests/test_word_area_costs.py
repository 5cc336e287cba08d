"""A verksamhetsområde's chapter ("Förskola") with its own "Ekonomi" table of the area's
amounts by cost type ("Intäkter", "Personal", "Lokaler", "Övrigt" and a "Netto" row): the rows
name kostnadsslag, not verksamheter, so they become no driftbudget rows and no key figures; the
table stays in the area's chapter and the report says why. The closing driftbudget per
verksamhetsområde still gives the drift rows, and a table of cost types in a chapter of the
economy itself is not such an area's table."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_area_costs import area_cost_table
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.imports.word_build import TableContext
from vplan_desktop.imports.word_result import WordImport
from vplan_desktop.services.read import read_plan

HEADER = ["tkr", "Budget 2026", "Budget 2027", "Förändring"]
LINES = [
    ["Intäkter", "14 200", "14 600", "400"],
    ["Personal", "−142 800", "−147 300", "−4 500"],
    ["Lokaler", "−31 500", "−32 400", "−900"],
    ["Övrigt", "−12 100", "−12 300", "−200"],
    ["Netto", "−172 200", "−177 400", "−5 200"],
]


def _import(path: Path) -> tuple[WordImport, d.PlanSnapshot]:
    w = Writer("områdesekonomi", Front("Barn- och utbildningsnämnden", "", 2027, 2028))
    w.para("Ekby kommun")
    w.para("Barn- och utbildningsnämnden")
    w.para("Verksamhetsplan 2027–2028")
    w.heading("Förskola", 1)
    w.heading("Uppdrag", 2)
    w.para("Förskolan tar emot barn från ett års ålder i nio kommunala förskolor.")
    w.heading("Ekonomi", 2)
    w.table([HEADER, *LINES])
    w.heading("Driftbudget per verksamhetsområde", 1)
    w.table(
        [
            ["Verksamhetsområde", "Budget 2026", "Budget 2027"],
            ["Förskola", "−172 200", "−177 400"],
            ["Grundskola", "−363 600", "−374 400"],
            ["Summa", "−535 800", "−551 800"],
        ]
    )
    w.save(path)
    result = import_word(path, path.with_suffix(".vplan"))
    with PlanDocument.open(path.with_suffix(".vplan"), read_only=True) as opened:
        return result, read_plan(opened)


def test_an_areas_cost_types_are_no_drift_rows(tmp_path: Path) -> None:
    result, plan = _import(tmp_path / "plan.docx")
    names = {v.id: v.namn for v in plan.verksamheter}
    assert sorted(names[r.verksamhet_id] for r in plan.driftbudget) == ["Förskola", "Grundskola"]
    assert not plan.nyckeltal
    chapter = next(k for k in plan.kapitel if k.rubrik == "Förskola")
    assert "| Personal | −142 800 | −147 300 | −4 500 |" in chapter.text.replace("\\-", "−")
    assert any("kostnadsslag" in line and "”Förskola”" in line for line in result.report)


def _table(rows: list[list[str]]) -> Block:
    return Block(0, BlockKind.TABLE, rows=tuple(tuple(Cell(t) for t in row) for row in rows))


def test_cost_types_in_the_economy_chapter_are_the_namnds_own() -> None:
    table = _table([HEADER, *LINES])
    assert area_cost_table(table, TableContext(path=["Förskola", "Ekonomi"]))
    assert not area_cost_table(table, TableContext(path=["Ekonomi", "Driftbudget"]))
    assert not area_cost_table(table, TableContext(path=["Förskola"]))
    units = _table([HEADER, ["Förskola", "1", "2", "1"], ["Personal", "1", "2", "1"]])
    assert not area_cost_table(units, TableContext(path=["Förskola", "Ekonomi"]))
