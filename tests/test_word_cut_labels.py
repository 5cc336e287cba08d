"""A plan converted from a PDF shows a word too wide for its narrow column cut where the PDF's
line ended ("Målvär de"). A cut at a syllable, into a rest that is a word of its own ("de"),
is no cut by the general rule unless the document uses the whole word elsewhere; but a header
cell's one long word is often a label plans give their columns, so a cut falling inside such a
label ("Målvärde", "Kontrollmoment", also ending a compound: "Fordonsansvarig") is mended,
while two words that make no label ("Riskvär" / "de") stay apart."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt

from vplan_desktop.imports.word import read_source


def _plan(path: Path, cells: list[list[str]]) -> Path:
    """One table row of cells, each a paragraph of lines as pdf2docx writes them: a run a line
    ending with the converter's space, explicit sizes."""
    doc = Document()
    doc.add_paragraph("Internkontrollplan 2027")
    table = doc.add_table(rows=1, cols=len(cells))
    for cell, lines in zip(table.rows[0].cells, cells, strict=True):
        paragraph = cell.paragraphs[0]
        for n, line in enumerate(lines):
            run = paragraph.add_run(line if n == len(lines) - 1 else line + " ")
            run.font.size = Pt(8)
    doc.save(str(path))
    return path


def test_a_column_label_cut_at_a_syllable_is_mended(tmp_path: Path) -> None:
    cells = [["Målvär", "de"], ["Kontrollmo", "ment"], ["Fordonsansva", "rig"], ["Riskvär", "de"]]
    table = next(b for b in read_source(_plan(tmp_path / "plan.docx", cells)).blocks if b.rows)
    assert [cell.text for cell in table.rows[0]] == [
        "Målvärde",
        "Kontrollmoment",
        "Fordonsansvarig",
        "Riskvär de",
    ]
