"""A layout table's rows holding nested tables are read as blocks, and a goal's label alone
over its sentence is one goal.

Rules:

- A table at most two columns wide whose cells hold a table with text, beside a cell of two
  paragraphs or more (a goal's label over its sentence), is a layout: each row is read as its
  cells in order – the left cell's paragraphs, then the right cell's paragraphs
  and its nested table as a table of its own. A template's "Nämndmål | Så följer vi upp målet"
  goal rows (the goal left, its indicator table nested right) give one goal with its real
  indicators, not one indicator made of the flattened nested table.
- The header row of such a layout ("Nämndmål | Så följer vi upp målet") is structure: its
  texts never become goals.
- A goal's label alone on its line ("Mål 2.1", "Nämndmål 3", "Mål N1") directly followed by a
  sentence is one goal: the label's number and the sentence's text ("Mål 2.1" alone is no goal
  "1" numbered "2").
- Real data tables stay tables: a two-column goal table whose cells are plain text, and a
  table three columns wide or more even with a table nested in a cell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_blocks import BlockKind
from vplan_desktop.imports.word_docx import read_docx
from vplan_desktop.imports.word_goal_label_line import goal_label
from vplan_desktop.imports.word_goal_table import goal_line, parse_goal

INDICATORS = [
    ["Indikator", "Utfall 2025", "Mål 2026"],
    ["Andel elever i kulturskolan (%)", "18", "20"],
    ["Antal konserter", "40", "42"],
]
SECOND = [
    ["Indikator", "Utfall 2025", "Mål 2026"],
    ["Besök på biblioteken", "52 000", "55 000"],
]
GOALS = [
    ("2.1", "Fler barn och unga deltar i kulturskolans verksamhet.", INDICATORS),
    ("2.2", "Biblioteken når fler invånare i hela kommunen.", SECOND),
]


def _front(doc: DocxDocument) -> None:
    for line in ("Exempelby kommun", "Kulturnämnden", "Verksamhetsplan 2026–2028"):
        doc.add_paragraph().add_run(line).bold = True
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen beskriver nämndens arbete under tre år.")
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_heading("Målområde 2: Kultur för alla", 2)


def _nest(cell: Any, rows: list[list[str]]) -> None:
    inner = cell.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text


def _layout_goal(doc: DocxDocument, number: str, text: str, rows: list[list[str]]) -> None:
    layout = doc.add_table(rows=2, cols=2)
    layout.cell(0, 0).text = "Nämndmål"
    layout.cell(0, 1).text = "Så följer vi upp målet"
    left, right = layout.rows[1].cells
    left.paragraphs[0].add_run(f"Mål {number}").bold = True
    left.add_paragraph(text)
    right.paragraphs[0].add_run("Indikatorer").italic = True
    _nest(right, rows)
    doc.add_paragraph("")


def _layout_plan(path: Path) -> Path:
    doc = Document()
    _front(doc)
    for number, text, rows in GOALS:
        _layout_goal(doc, number, text, rows)
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Budgeten är i balans.")
    doc.save(str(path))
    return path


def test_a_lone_label_is_no_goal_of_its_own_and_keeps_its_whole_number() -> None:
    assert goal_line("Mål 2.1") is None
    assert parse_goal("Mål 2.1")[1:] == ("", "Mål 2.1")
    assert goal_line("Mål 2.1: Fler läser") == (MalNiva.NAMND, "2.1", "Fler läser")
    assert goal_label("Mål 2.1") == (MalNiva.NAMND, "2.1")
    assert goal_label("Nämndmål 3") == (MalNiva.NAMND, "3")
    assert goal_label("Mål N1") == (MalNiva.NAMND, "N1")
    assert goal_label("Nämndmål") is None
    assert goal_label("Nämndens mål 2027") is None  # a year, no goal's number
    assert goal_label("Mål 2.1: Fler läser") is None


def test_layout_rows_with_nested_tables_are_read_as_blocks(tmp_path: Path) -> None:
    blocks = read_docx(_layout_plan(tmp_path / "layout.docx")).blocks
    kinds = [(b.kind, b.text) for b in blocks if b.kind is not BlockKind.HEADING]
    start = kinds.index((BlockKind.PARAGRAPH, "Nämndmål"))
    assert kinds[start : start + 5] == [
        (BlockKind.PARAGRAPH, "Nämndmål"),
        (BlockKind.PARAGRAPH, "Så följer vi upp målet"),
        (BlockKind.PARAGRAPH, "Mål 2.1"),
        (BlockKind.PARAGRAPH, GOALS[0][1]),
        (BlockKind.PARAGRAPH, "Indikatorer"),
    ]
    tables = [b for b in blocks if b.kind is BlockKind.TABLE]
    assert [[[c.text for c in row] for row in t.rows] for t in tables] == [INDICATORS, SECOND]


def test_each_layout_row_is_one_goal_with_its_indicators(tmp_path: Path) -> None:
    read = read_word(_layout_plan(tmp_path / "layout.docx"))
    goals = read.data["namndsmal"]
    assert [(g["kod"], g["text"]) for g in goals] == [(n, t) for n, t, _ in GOALS]
    for goal, (_n, _t, rows) in zip(goals, GOALS, strict=True):
        assert [i["namn"] for i in goal["indikatorer"]] == [row[0] for row in rows[1:]]
    names = [g["text"] for g in goals]
    assert not any(n in ("1", "2", "Nämndmål", "Så följer vi upp målet") for n in names)


def test_data_tables_stay_tables(tmp_path: Path) -> None:
    doc = Document()
    goals = doc.add_table(rows=3, cols=2)
    for r, row in enumerate(
        [["Nämndmål", "Så följer vi upp målet"], ["Mål 1", "Enkät"], ["Mål 2", "Besök"]]
    ):
        for c, text in enumerate(row):
            goals.cell(r, c).text = text
    wide = doc.add_table(rows=2, cols=3)
    for c, text in enumerate(["Mål", "Indikatorer", "Kommentar"]):
        wide.cell(0, c).text = text
    wide.cell(1, 0).text = "Fler läser"
    _nest(wide.cell(1, 1), SECOND)
    wide.cell(1, 2).text = "Ökar."
    doc.save(str(tmp_path / "kept.docx"))
    blocks = read_docx(tmp_path / "kept.docx").blocks
    assert [(b.kind, len(b.rows), b.width) for b in blocks] == [
        (BlockKind.TABLE, 3, 2),
        (BlockKind.TABLE, 2, 3),
    ]
    assert "Besök på biblioteken" in blocks[1].rows[1][1].text
