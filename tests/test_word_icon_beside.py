"""A borderless two-column layout table that sets icons beside a text (Agenda 2030's icons in
the narrow left cell, a bold "Mål 4. …" over its explanation in the wide right cell) is read as
the text, then the icons as pictures: the title is read as the goal it states, the icons' alt
texts are kept with it, and the indicator table under the layout belongs to that goal. A
legend of one icon and one word per row, or a table whose rows are no icon beside a text,
stays a table."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Cm
from PIL import Image

from vplan_desktop.imports.word import read_source, read_word
from vplan_desktop.imports.word_blocks import BlockKind

ICONS = ["Globalt mål 7 – Hållbar energi för alla", "Globalt mål 13 – Bekämpa klimatförändringarna"]
GOAL = "Förvaltningens resor ska bli fossilfria."
WHY = "Tjänsteresorna står för en stor del av förvaltningens utsläpp."
INDICATORS = [
    ["Indikator", "Nuläge 2025", "Mål 2027"],
    ["Andel tjänsteresor med fossilfria fordon", "61 %", "80 %"],
]


def _picture(paragraph: Any, alt: str) -> None:
    out = io.BytesIO()
    Image.new("RGB", (12, 12), "#3F7E44").save(out, "PNG")
    inline = paragraph.add_run().add_picture(io.BytesIO(out.getvalue()), width=Cm(1.2))._inline
    inline.docPr.set("descr", alt)


def _table(doc: Any, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text


def _layout(doc: Any, number: int, goal: str, icons_left: bool = True) -> None:
    table = doc.add_table(rows=1, cols=2)
    icons, text = table.rows[0].cells if icons_left else table.rows[0].cells[::-1]
    for alt in ICONS:
        _picture(icons.paragraphs[0], alt)
    text.paragraphs[0].add_run(f"Mål {number}. {goal}").bold = True
    text.add_paragraph(WHY)


def _plan(path: Path, icons_left: bool = True) -> Path:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Mål för 2027", 1)
    doc.add_heading("Ekologisk hållbarhet", 2)
    doc.add_paragraph("Den ekologiska dimensionen handlar om klimatet och naturen.")
    _layout(doc, 4, GOAL, icons_left)
    _table(doc, INDICATORS)
    doc.save(str(path))
    return path


def test_icons_beside_a_goal_read_as_the_goal_then_its_icons(tmp_path: Path) -> None:
    for icons_left in (True, False):
        blocks = read_source(_plan(tmp_path / "plan.docx", icons_left)).blocks
        assert [(b.kind, b.text) for b in blocks[4:8]] == [
            (BlockKind.PARAGRAPH, f"Mål 4. {GOAL}"),
            (BlockKind.PARAGRAPH, WHY),
            *[(BlockKind.IMAGE, alt) for alt in ICONS],
        ]
        assert [b.kind for b in blocks[8:]] == [BlockKind.TABLE]


def test_the_goal_beside_its_icons_owns_its_indicators(tmp_path: Path) -> None:
    read = read_word(_plan(tmp_path / "plan.docx"))
    (goal,) = read.data["namndsmal"]
    assert (goal["text"], goal["beskrivning"]) == (GOAL, WHY)
    assert [i["namn"] for i in goal["indikatorer"]] == [INDICATORS[1][0]]
    assert [b["alt_text"] for b in read.data["bilder"]] == ICONS


def test_a_legend_or_rows_of_figures_beside_icons_stay_a_table(tmp_path: Path) -> None:
    doc = Document()
    doc.add_heading("Uppföljning", 1)
    legend = doc.add_table(rows=2, cols=2)
    for row, word in zip(legend.rows, ("Uppfyllt", "Ej uppfyllt"), strict=True):
        _picture(row.cells[0].paragraphs[0], word.lower())
        row.cells[1].text = word
    mixed = doc.add_table(rows=2, cols=2)
    _picture(mixed.cell(0, 0).paragraphs[0], ICONS[0])
    mixed.cell(0, 1).text = GOAL
    mixed.cell(0, 1).add_paragraph(WHY)
    mixed.cell(1, 0).text, mixed.cell(1, 1).text = "Mål 2027", "80 %"
    doc.save(str(tmp_path / "tables.docx"))
    blocks = read_source(tmp_path / "tables.docx").blocks
    assert [b.kind for b in blocks] == [BlockKind.HEADING, BlockKind.TABLE, BlockKind.TABLE]
    assert blocks[2].rows[0][0].text == ICONS[0]
