"""A table row that stacks several items line by line is several rows: when the name column's
cell has N > 1 lines (soft line breaks, Shift+Enter, or paragraphs) and the cells beside it have
N lines or one, line i of each cell belongs to item i and a one-line cell (the goal, a shared
ansvar or date) to all of them. A description of several paragraphs beside a one-line name is
one row. A target cell merged over the years' target columns written "2027: 45 %, 2028: 48 %"
gives each year its own target."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_docx import read_docx
from vplan_desktop.imports.word_year_targets import year_targets
from vplan_desktop.services.read import read_plan


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _stack(cell: Any, lines: list[str]) -> None:
    """``lines`` in the cell's one paragraph, separated by soft line breaks."""
    paragraph = cell.paragraphs[0]
    for n, line in enumerate(lines):
        run = paragraph.add_run(line)
        if n < len(lines) - 1:
            run.add_break()


def _document() -> Any:
    doc = Document()
    for text in ("Exempelby kommun", "Fritidsnämnden", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Nämndens mål", 1)
    return doc


def _goal_table(doc: Any, merged: bool) -> None:
    header = ["Nämndsmål", "Indikator", "Nuläge 2025", "Målvärde 2027", "Målvärde 2028"]
    table = doc.add_table(rows=2, cols=5)
    for c, text in enumerate(header):
        table.rows[0].cells[c].text = text
    cells = table.rows[1].cells
    cells[0].text = "Fler barn och unga har en aktiv fritid."
    _stack(cells[1], ["Andel barn som deltar i föreningsaktivitet", "Antal deltagartillfällen"])
    _stack(cells[2], ["64 %", "1 250"])
    if merged:
        merged_cell = cells[3].merge(cells[4])
        _stack(merged_cell, ["2027: 70 %, 2028: 72 %", "2027: 1 400, 2028: 1 450"])
    else:
        _stack(cells[3], ["70 %", "1 400"])
        _stack(cells[4], ["72 %", "1 450"])


def test_the_reader_keeps_a_cells_soft_line_breaks_as_lines(tmp_path: Path) -> None:
    doc = _document()
    _goal_table(doc, merged=False)
    doc.save(str(tmp_path / "plan.docx"))
    [grid] = [b for b in read_docx(tmp_path / "plan.docx").blocks if b.rows]
    name = grid.rows[1][1]
    assert name.text == "Andel barn som deltar i föreningsaktivitet Antal deltagartillfällen"
    assert name.stacked == (
        "Andel barn som deltar i föreningsaktivitet",
        "Antal deltagartillfällen",
    )
    assert grid.rows[1][0].stacked == ()


def test_stacked_indicators_are_one_indicator_each(tmp_path: Path) -> None:
    doc = _document()
    _goal_table(doc, merged=False)
    doc.save(str(tmp_path / "plan.docx"))
    plan = _plan(tmp_path / "plan.docx")
    assert [m.text for m in plan.namndsmal] == ["Fler barn och unga har en aktiv fritid."]
    by_name = {i.namn: i for i in plan.indikatorer}
    assert set(by_name) == {
        "Andel barn som deltar i föreningsaktivitet",
        "Antal deltagartillfällen",
    }
    share = by_name["Andel barn som deltar i föreningsaktivitet"]
    assert (share.nulage, share.enhet) == (Decimal(64), "%")
    assert share.malnivaer == {2027: Decimal(70), 2028: Decimal(72)}
    assert by_name["Antal deltagartillfällen"].nulage == Decimal(1250)
    assert by_name["Antal deltagartillfällen"].malnivaer == {
        2027: Decimal(1400),
        2028: Decimal(1450),
    }


def test_a_merged_target_cell_names_each_years_target(tmp_path: Path) -> None:
    doc = _document()
    _goal_table(doc, merged=True)
    doc.save(str(tmp_path / "plan.docx"))
    plan = _plan(tmp_path / "plan.docx")
    by_name = {i.namn: i.malnivaer for i in plan.indikatorer}
    assert by_name["Andel barn som deltar i föreningsaktivitet"] == {
        2027: Decimal(70),
        2028: Decimal(72),
    }
    assert by_name["Antal deltagartillfällen"] == {2027: Decimal(1400), 2028: Decimal(1450)}


def test_year_labelled_targets() -> None:
    assert year_targets("2027: ≥ 4,0, 2028: 4,2") == {"2027": "≥ 4,0", "2028": "4,2"}
    assert year_targets("2027: 45 %") == {}
    assert year_targets("Minst 45 % år 2027, 2028: 48 %") == {}


def _activity_table(doc: Any, rows: list[tuple[list[str], list[str], list[str]]]) -> None:
    doc.add_heading("Aktiviteter", 1)
    table = doc.add_table(rows=1 + len(rows), cols=3)
    for c, text in enumerate(["Aktivitet", "Ansvar", "Klart"]):
        table.rows[0].cells[c].text = text
    for r, row in enumerate(rows, 1):
        for c, lines in enumerate(row):
            _stack(table.rows[r].cells[c], lines)


def test_stacked_activities_take_their_own_line_or_the_shared_one(tmp_path: Path) -> None:
    doc = _document()
    _activity_table(
        doc,
        [
            (["Införa digital bokning av idrottshallar"], ["Bokningsansvarig"], ["2027-09-30"]),
            (
                ["Starta prova-på-verksamhet på sportlovet", "Erbjuda gratis simskola"],
                ["Fritidsenhetschef", "Badchef"],
                ["2027-03-31"],
            ),
            (
                ["Upphandla ny kylanläggning för ishallen", "Ta fram en underhållsplan"],
                ["Anläggningschef", "Fastighetsstrateg"],
                ["2027-06-30", "2027-12-31"],
            ),
        ],
    )
    doc.save(str(tmp_path / "plan.docx"))
    plan = _plan(tmp_path / "plan.docx")
    got = [(a.namn, a.ansvarig, a.slutdatum) for a in plan.aktiviteter]
    assert got == [
        ("Införa digital bokning av idrottshallar", "Bokningsansvarig", dt.date(2027, 9, 30)),
        ("Starta prova-på-verksamhet på sportlovet", "Fritidsenhetschef", dt.date(2027, 3, 31)),
        ("Erbjuda gratis simskola", "Badchef", dt.date(2027, 3, 31)),
        ("Upphandla ny kylanläggning för ishallen", "Anläggningschef", dt.date(2027, 6, 30)),
        ("Ta fram en underhållsplan", "Fastighetsstrateg", dt.date(2027, 12, 31)),
    ]


def test_a_description_in_paragraphs_beside_a_one_line_name_is_one_row(tmp_path: Path) -> None:
    doc = _document()
    doc.add_heading("Aktiviteter", 1)
    table = doc.add_table(rows=2, cols=3)
    for c, text in enumerate(["Aktivitet", "Beskrivning", "Ansvar"]):
        table.rows[0].cells[c].text = text
    cells = table.rows[1].cells
    cells[0].text = "Införa digital bokning av idrottshallar"
    cells[1].text = "Föreningarna bokar själva."
    cells[1].add_paragraph("Systemet kopplas till faktureringen.")
    cells[2].text = "Bokningsansvarig"
    doc.save(str(tmp_path / "plan.docx"))
    plan = _plan(tmp_path / "plan.docx")
    assert [a.namn for a in plan.aktiviteter] == ["Införa digital bokning av idrottshallar"]


def test_a_name_over_lines_beside_one_line_figures_is_one_row(tmp_path: Path) -> None:
    doc = _document()
    doc.add_heading("Fler barn och unga har en aktiv fritid", 2)
    table = doc.add_table(rows=2, cols=3)
    for c, text in enumerate(["Indikator", "Nuläge 2025", "Målvärde 2027"]):
        table.rows[0].cells[c].text = text
    cells = table.rows[1].cells
    _stack(cells[0], ["Andel barn 7–20 år som deltar", "i föreningsaktivitet"])
    cells[1].text = "64 %"
    cells[2].text = "70 %"
    doc.save(str(tmp_path / "plan.docx"))
    plan = _plan(tmp_path / "plan.docx")
    assert [i.namn for i in plan.indikatorer] == [
        "Andel barn 7–20 år som deltar i föreningsaktivitet"
    ]


def test_a_name_and_description_beside_a_broken_date_is_one_row(tmp_path: Path) -> None:
    doc = _document()
    doc.add_heading("Aktiviteter", 1)
    table = doc.add_table(rows=2, cols=3)
    for c, text in enumerate(["Aktivitet", "Ansvarig", "Slutdatum"]):
        table.rows[0].cells[c].text = text
    cells = table.rows[1].cells
    cells[0].text = "Gemensam familjehemsrekrytering"
    cells[0].add_paragraph("Avtal och gemensam rekryteringskampanj.")
    cells[1].text = "Förvaltningschef"
    _stack(cells[2], ["2028-06-30", "reviderat till 2028-12-31"])
    doc.save(str(tmp_path / "plan.docx"))
    plan = _plan(tmp_path / "plan.docx")
    assert [a.namn for a in plan.aktiviteter] == ["Gemensam familjehemsrekrytering"]
