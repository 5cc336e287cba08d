"""A table the import reads as the lines it lays out (a målkort, a table of margin headings) is
replaced by those lines and tables; the review names where each came from, "Stycke (ur
målkort): …", so the user finds in the list what she sees in Word as a table. The document's
own paragraphs and tables carry no such mark, and a block unfolded twice keeps the first
name."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from pytestqt.qtbot import QtBot

from tests.ui.helpers import shown_cells
from vplan_desktop.imports.word import import_word, interpret, read_source
from vplan_desktop.imports.word_blocks import Block, BlockKind, Source, unfold
from vplan_desktop.imports.word_review import block_label, outcome_lines
from vplan_desktop.ui.word_import_block import BlockPanel
from vplan_desktop.ui.word_import_dialog import WordImportDialog

GOAL = "Fler deltagare i arbetsmarknadsinsatser går vidare till arbete eller studier."


def _document(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Mål", 1)
    doc.add_paragraph("Nämnden har två mål för perioden.")
    table = doc.add_table(rows=3, cols=2)
    labels = ["Mål N1", "Så här mäter vi", "Åtgärder för att nå målet"]
    for row, label in zip(table.rows, labels, strict=True):
        row.cells[0].paragraphs[0].add_run(label).bold = True
    table.cell(0, 1).paragraphs[0].add_run(GOAL)
    cell = table.cell(1, 1)
    for n, line in enumerate(["Indikator: Andel deltagare i arbete", "Målvärde 2027: 44 %"]):
        (cell.paragraphs[0] if n == 0 else cell.add_paragraph()).add_run(line)
    bullet = table.cell(2, 1).paragraphs[0]
    bullet.style = doc.styles["List Bullet"]
    bullet.add_run("Starta ett jobbspår inom lokalvård")
    doc.add_heading("Ekonomi", 1)
    budget = doc.add_table(rows=2, cols=2)
    for c, text in enumerate(["Verksamhet", "Budget 2027"]):
        budget.cell(0, c).text = text
    for c, text in enumerate(["Arbetsmarknad", "12 400"]):
        budget.cell(1, c).text = text
    doc.save(str(path))
    return path


def test_the_lines_of_a_card_name_the_card_they_came_from(tmp_path: Path) -> None:
    source = read_source(_document(tmp_path / "plan.docx"))
    labels = [block_label(b) for b in source.blocks]
    carded = [label for label in labels if "(ur målkort)" in label]
    assert any(GOAL[:40] in label for label in carded), labels
    assert any("Starta ett jobbspår" in label for label in carded), labels
    own = [block_label(b) for b in source.blocks if not b.unfolded]
    assert "Stycke: Nämnden har två mål för perioden." in own
    assert any(label.startswith("Tabell: Verksamhet | Budget 2027") for label in own)
    result = import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    assert any("(ur målkort)" in line for line in outcome_lines(result))


def test_a_block_unfolded_twice_keeps_the_first_name() -> None:
    line = Block(index=0, kind=BlockKind.PARAGRAPH, text="Mål 1")
    box = Block(index=0, kind=BlockKind.TABLE, text="ruta")
    source = unfold(Source(name="x", blocks=[box]), lambda b: True, lambda b: [line], "målkort")
    assert [b.unfolded for b in source.blocks] == ["målkort"]
    again = unfold(source, lambda b: True, lambda b: [b], "ruta")
    assert [b.unfolded for b in again.blocks] == ["målkort"]
    untouched = Source(name="y", blocks=[line])
    assert unfold(untouched, lambda b: False, lambda b: [], "ruta").blocks == [line]


def test_the_review_list_shows_where_a_line_came_from(qtbot: QtBot, tmp_path: Path) -> None:
    path = _document(tmp_path / "plan.docx")
    source = read_source(path)
    dialog = WordImportDialog(path, source, interpret(source))
    qtbot.addWidget(dialog)
    shown = [row[0].strip() for row in shown_cells(dialog.source_list.view)]
    carded = [text for text in shown if text.startswith("Stycke (ur målkort): ")]
    assert any(GOAL[:30] in text for text in carded), shown
    assert "Stycke: Nämnden har två mål för perioden." in shown
    dialog.source_list.select(next(i for i, t in enumerate(shown) if t in carded))
    panel = dialog.findChild(BlockPanel)
    assert panel is not None and "Stycke ur målkort" in panel.title.text()
