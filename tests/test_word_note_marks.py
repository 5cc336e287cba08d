"""A footnote number written as a superscript run after a figure in a cell ("85 %" then a
superscript "1") is a note reference, not part of the figure; superscript digits that follow
a word (m²) or start a note line stay as written."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_source


def test_superscript_note_number_after_figure_is_not_read(tmp_path: Path) -> None:
    doc = Document()
    table = doc.add_table(rows=2, cols=3)
    for c, text in enumerate(["Indikator", "Utfall 2025", "Yta"]):
        table.cell(0, c).text = text
    table.cell(1, 0).text = "Andel bygglov"
    table.cell(1, 1).text = "85 %"
    table.cell(1, 1).paragraphs[0].add_run("1").font.superscript = True
    table.cell(1, 2).text = "140 m"
    table.cell(1, 2).paragraphs[0].add_run("2").font.superscript = True
    line = doc.add_paragraph()
    line.add_run("1").font.superscript = True
    line.add_run(" Mätt på kompletta ansökningar.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    blocks = read_source(path).blocks
    cells = next(b for b in blocks if b.rows).rows
    assert cells[1][1].text == "85 %"
    assert cells[1][2].text == "140 m2"
    assert any(b.text == "1 Mätt på kompletta ansökningar." for b in blocks)
