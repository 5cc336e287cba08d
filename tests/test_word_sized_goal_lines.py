"""A goal line labelled with its level ("Nämndmål: …") in a plan whose headings are told by
size (converted from a PDF: bold lines, no heading styles) is a heading in its size even when a
table follows it at once (a goal system's status line, which the converter makes a table); it
is not that table's caption, so the goal is kept. A bold line in the body's size over a table
stays its caption."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Pt

from vplan_desktop.imports.word import read_source
from vplan_desktop.imports.word_structure import resolve

GOALS = [
    "Nämndmål: Barn och unga som behöver stöd får det tidigt och nära hemmet.",
    "Nämndmål: Fler vuxna med försörjningsstöd kommer i arbete eller studier.",
]


def _line(doc: DocxDocument, text: str, size: float, bold: bool = False) -> None:
    run = doc.add_paragraph().add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold


def _table(doc: DocxDocument, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for cells, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(cells, row.cells, strict=True):
            cell.paragraphs[0].add_run(text).font.size = Pt(10)


def _plan(path: Path, goal_size: float) -> Path:
    doc = Document()
    _line(doc, "Verksamhetsplan 2027", 26, bold=True)
    _line(doc, "Inledning", 14, bold=True)
    _line(doc, "Nämnden ansvarar för individ- och familjeomsorgen i kommunen.", 11)
    _line(doc, "Perspektiv: Invånare", 14, bold=True)
    for n, goal in enumerate(GOALS):
        _line(doc, goal, goal_size, bold=True)
        _table(doc, [["Status:", "", "Trend:", ""]])
        _line(doc, "Målet följs upp i delårsrapporten och i verksamhetsberättelsen.", 11)
        _table(doc, [["Indikator", "Utfall 2025", "Mål 2027"], [f"Andel {n}", "60 %", "70 %"]])
    doc.save(str(path))
    return path


def test_a_labelled_goal_line_in_a_heading_size_over_a_table_is_a_heading(tmp_path: Path) -> None:
    source = read_source(_plan(tmp_path / "plan.docx", goal_size=13))
    structure = resolve(source, {})
    goals = [b.index for b in source.blocks if b.text in GOALS]
    assert [structure.levels.get(i) for i in goals] == [2, 2]
    assert not structure.captions & set(goals)


def test_a_labelled_goal_line_in_the_body_size_over_a_table_is_its_caption(tmp_path: Path) -> None:
    source = read_source(_plan(tmp_path / "plan.docx", goal_size=11))
    structure = resolve(source, {})
    goals = {b.index for b in source.blocks if b.text in GOALS}
    assert goals <= structure.captions
