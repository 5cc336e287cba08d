"""A table printed without borders comes back from a PDF as tab-aligned lines, with tabs only
where the printed gap was wide: the header's names are glued ("Indikator ⇥ Nuläge 2025 Mål
2027Mål 2029") and two cells may meet without a space ("Högst 14Högst 10"). A line with
fewer cells than the widest line beside it is split where a figure meets a capital letter
and after a year followed by a capitalised name, when that gives it as many cells, so the
lines are read as the table they lay out. A line that cannot be split so is left as it is."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_source
from vplan_desktop.imports.word_blocks import BlockKind


def _plan(path: Path, lines: list[str]) -> Path:
    doc = Document()
    doc.add_paragraph("Det ska vara enkelt att bygga och bo i kommunen.")
    header = doc.add_paragraph()
    header.add_run(lines[0]).bold = True
    for line in lines[1:]:
        doc.add_paragraph(line)
    doc.add_paragraph("Nämnden följer upp indikatorerna varje tertial.")
    doc.save(str(path))
    return path


def test_glued_header_names_are_split_into_the_table_columns(tmp_path: Path) -> None:
    lines = [
        "Indikator\tNuläge 2025 Mål 2027Mål 2029",
        "Leveranstid nybyggnadskarta, dagar\t21\tHögst 14Högst 10",
        "Andel fastigheter med uppdaterad primärkarta\t76 %\t85 %\t95 %",
    ]
    source = read_source(_plan(tmp_path / "plan.docx", lines))
    tables = [b for b in source.blocks if b.kind is BlockKind.TABLE]
    assert len(tables) == 1
    assert [[c.text for c in row] for row in tables[0].rows] == [
        ["Indikator", "Nuläge 2025", "Mål 2027", "Mål 2029"],
        ["Leveranstid nybyggnadskarta, dagar", "21", "Högst 14", "Högst 10"],
        ["Andel fastigheter med uppdaterad primärkarta", "76 %", "85 %", "95 %"],
    ]


def test_a_line_that_cannot_be_split_stays_a_line(tmp_path: Path) -> None:
    lines = [
        "Indikator\tNuläge och mål",
        "Andel fastigheter med uppdaterad primärkarta\t76 %\t85 %\t95 %",
        "Leveranstid nybyggnadskarta, dagar\t21\t14\t10",
    ]
    source = read_source(_plan(tmp_path / "plan.docx", lines))
    texts = [b.text for b in source.blocks if b.kind is not BlockKind.TABLE]
    assert "Indikator Nuläge och mål" in texts
