"""A caption by its word: a short line right above a table that starts with "Tabell",
"Diagram", "Figur" or "Graf" and then a colon or a dash ("Tabell: Verksamhetsmått 2023–2025")
names the table as a numbered caption ("Tabell 2. …") does, in any font (here in italics).
The heading over such a key-figure table then named no table: it stays a chapter though
nothing but the table is under it, while a heading over a table without a caption names the
table and is no chapter, nor is a heading naming a plan part ("Nyckeltal")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_caption_word import caption_line

ROWS = [
    ["Nyckeltal", "2023", "2024", "2025"],
    ["Registrerade livsmedelsanläggningar", "412", "431", "455"],
    ["Klagomål om störningar", "143", "162", "158"],
]


def _plan(tmp_path: Path, caption: str, heading: str = "Nämnden i siffror") -> dict[str, Any]:
    """A plan whose chapter ``heading`` holds only a key-figure table, under the italic line
    ``caption`` ("" for none)."""
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027").bold = True
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen beskriver nämndens mål för 2027.")
    doc.add_heading(heading, 1)
    if caption:
        doc.add_paragraph().add_run(caption).italic = True
    table = doc.add_table(rows=len(ROWS), cols=4)
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Budgeten är i balans.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return read_word(path).data


def test_caption_words_with_a_colon_or_dash_are_captions() -> None:
    assert caption_line("Tabell: Verksamhetsmått 2023–2025")
    assert caption_line("Diagram – Invånare över 80 år")
    assert caption_line("Tabell 2. Anläggningar")
    assert not caption_line("Tabellen nedan visar verksamhetsmåtten.")
    assert not caption_line("Tabell")


def test_unnumbered_caption_names_the_key_table(tmp_path: Path) -> None:
    caption = "Tabell: Verksamhetsmått 2023–2025"
    data = _plan(tmp_path, caption)
    (table,) = data["nyckeltal"]
    assert table["rubrik"] == caption
    assert [r["namn"] for r in table["rader"]] == [r[0] for r in ROWS[1:]]
    chapters = {c["rubrik"]: c["text"] for c in data["kapitel"]}
    assert "Nämnden i siffror" in chapters
    assert all("Verksamhetsmått" not in text for text in chapters.values())


def test_heading_over_an_uncaptioned_key_table_names_it(tmp_path: Path) -> None:
    data = _plan(tmp_path, "")
    (table,) = data["nyckeltal"]
    assert table["rubrik"] == "Nämnden i siffror"
    assert "Nämnden i siffror" not in [c["rubrik"] for c in data["kapitel"]]


def test_plan_part_heading_over_a_captioned_key_table_is_no_chapter(tmp_path: Path) -> None:
    caption = "Tabell: Verksamhetsmått 2023–2025"
    data = _plan(tmp_path, caption, heading="Nyckeltal")
    (table,) = data["nyckeltal"]
    assert table["rubrik"] == caption
    assert [c["rubrik"] for c in data["kapitel"]] == ["Inledning", "Ekonomi"]
