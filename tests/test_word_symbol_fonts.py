"""A status mark inserted as a symbol font's glyph (Word's "Infoga symbol": ``<w:sym
w:font="Wingdings" w:char="F06C"/>``, no text) is read as the Unicode shape it draws (a filled
circle "●", a square "■"), in its run's colour, so that a coloured mark is read as its
legend's (or the traffic light's) words like a typed "●". The symbol fonts keep their glyphs
at the font's code plus F000 (or at the code alone); the code means nothing without the
font."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from lxml import etree

from vplan_desktop.imports.word import read_source, read_word
from vplan_desktop.imports.word_docx_sym import sym_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _sym(paragraph: Any, colour: str, char: str = "F06C", font: str = "Wingdings") -> None:
    paragraph._p.append(
        etree.fromstring(
            f'<w:r xmlns:w="{W}"><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>'
            f'<w:color w:val="{colour}"/></w:rPr><w:sym w:font="{font}" w:char="{char}"/></w:r>'
        )
    )


def test_a_symbol_fonts_glyph_is_the_shape_it_draws() -> None:
    assert sym_text("Wingdings", "F06C") == "●"
    assert sym_text("Wingdings", "006C") == "●"  # the code alone, no F000
    assert sym_text("Wingdings", "F06E") == "■"
    assert sym_text("Symbol", "F0B7") == "•"
    assert sym_text("Symbol", "F0B3") == "≥"
    assert sym_text("Wingdings", "F022") == ""  # a pair of scissors: no plan's text
    assert sym_text("Wingdings 2", "0050") == ""  # not the letter "P"
    assert sym_text("Calibri", "2013") == "–"  # a text font's symbol is its character


def test_a_wingdings_status_mark_is_read_in_its_colour(tmp_path: Path) -> None:
    doc = Document()
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text, table.cell(1, 0).text = "Mål", "Status", "A"
    _sym(table.cell(1, 1).paragraphs[0], "FFC000")
    doc.save(str(tmp_path / "t.docx"))
    (block,) = read_source(tmp_path / "t.docx").blocks
    assert block.rows[1][1].text == "●"
    assert block.rows[1][1].tints == (("●", "FFC000"),)


GOALS = [
    ("Fler besöker biblioteken.", "00B050"),
    ("Barn och unga har en meningsfull fritid.", "FFC000"),
    ("Lokalerna används effektivt.", "FF0000"),
]


def test_goals_assessed_by_wingdings_marks_through_a_legend(tmp_path: Path) -> None:
    doc = Document()
    for text in ("Tertialrapport 2 2026", "Kulturnämnden"):
        doc.add_paragraph(text)
    doc.add_heading("Måluppfyllelse", 1)
    table = doc.add_table(rows=len(GOALS) + 1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Nämndsmål", "Bedömning"
    for r, (goal, colour) in enumerate(GOALS, 1):
        table.cell(r, 0).text = goal
        _sym(table.cell(r, 1).paragraphs[0], colour)
    legend = doc.add_paragraph()
    for colour, words in (("00B050", "Uppfyllt"), ("FFC000", "Delvis"), ("FF0000", "Ej")):
        _sym(legend, colour)
        legend.add_run(f" {words} uppfyllt   " if words != "Uppfyllt" else " Uppfyllt   ")
    doc.save(str(tmp_path / "r.docx"))
    data = read_word(tmp_path / "r.docx").data
    names = {g["id"]: g["text"] for g in data["namndsmal"]}
    (period,) = data["uppfoljningar"]
    held = {names[m["namndsmal_id"]]: m["bedomningsniva_id"] for m in period["mal"]}
    assert [held.get(goal) for goal, _ in GOALS] == [1, 2, 3]
