"""A plain line right under a key-figure table that qualifies its figures ("Uppgifterna för 2025
är preliminära.") is the table's note, though nothing marks it as one (``word_figure_notes``);
a line commenting on what the figures show, a long paragraph, a bold line and the same line
under a table of another kind stay what they were."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_figure_notes import qualifies_figures
from vplan_desktop.imports.word_notes import is_table_note
from vplan_desktop.markdown import Run

ROWS = [
    ["Nyckeltal", "2023", "2024", "2025"],
    ["Kommunal gata, km", "118", "120", "121"],
    ["Lekplatser, antal", "19", "19", "18"],
]
NOTE = "Siffrorna för 2025 är preliminära."


def test_lines_on_the_figures_standing_qualify() -> None:
    assert qualifies_figures(NOTE)
    assert qualifies_figures("Värdena för 2024 är hämtade från Kolada.")
    assert qualifies_figures("Uppgifterna avser helår.")
    assert qualifies_figures("Avser kalenderår.")
    assert qualifies_figures("Preliminära uppgifter för 2025.")
    # Negative: comment on what the figures show, the work, an intention, too long
    assert not qualifies_figures("Nyckeltalen visar att kostnaden per invånare ökar.")
    assert not qualifies_figures("Prognosen bygger på utfallet till och med september.")
    assert not qualifies_figures("Nämnden avser att se över uppgifterna under året.")
    assert not qualifies_figures("Avser att bygga ut.")
    long = "Uppgifterna för 2025 är preliminära. " + "Nämnden arbetar vidare med detta. " * 5
    assert not qualifies_figures(long)


def _line(text: str, *, bold: bool = False) -> Block:
    return Block(0, BlockKind.PARAGRAPH, text, runs=(Run(text, bold=bold),))


def test_plain_line_is_a_note_only_under_key_figures() -> None:
    assert is_table_note(_line(NOTE), key_figures=True)
    assert not is_table_note(_line(NOTE), key_figures=False)
    assert not is_table_note(_line(NOTE, bold=True), key_figures=True)


def _plan(tmp_path: Path, under: str) -> dict[str, Any]:
    """A plan whose chapter "Verksamheten i siffror" holds a line, a key-figure table and the
    plain line ``under`` right under it."""
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027").bold = True
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen beskriver nämndens mål för 2027.")
    doc.add_heading("Verksamheten i siffror", 1)
    doc.add_paragraph("Tabellen visar verksamhetens volymer.")
    table = doc.add_table(rows=len(ROWS), cols=4)
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.add_paragraph(under)
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Budgeten är i balans.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return read_word(path).data


def _chapter_text(data: dict[str, Any]) -> str:
    return "".join(c["text"] for c in data["kapitel"])


def test_plain_line_on_the_figures_is_the_tables_note(tmp_path: Path) -> None:
    data = _plan(tmp_path, NOTE)
    (table,) = data["nyckeltal"]
    assert table["fotnoter"] == NOTE
    assert NOTE not in _chapter_text(data)


def test_prose_under_the_table_stays_text(tmp_path: Path) -> None:
    prose = "Nyckeltalen visar att antalet lekplatser minskar när de äldsta rivs."
    data = _plan(tmp_path, prose)
    (table,) = data["nyckeltal"]
    assert table["fotnoter"] == ""
    assert prose in _chapter_text(data)
