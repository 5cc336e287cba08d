"""A plan laid out in two columns by one borderless table (the margin heading on the left, the
text on the right) reads as headings and text, and its kommunstyrelse cover is read: the period
from "Verksamhetsplan 2027 med plan för 2028–2029", "Kommunstyrelsens ordförande: …", and the
kommunchef as the head of the förvaltning."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from vplan_desktop.imports.word import read_word

LONG = "Kommunstyrelsen leder och samordnar kommunens verksamhet och har uppsikt över nämnderna."


def _write(path: Path, title: str, rows: list[tuple[str, list[str]]]) -> Path:
    doc = Document()
    for line in ("Hallsjö kommun", "Kommunstyrelsen", title):
        doc.add_paragraph().add_run(line).bold = True
    doc.add_paragraph("Kommunstyrelsens ordförande: Per-Olof Sandberg (C)")
    doc.add_paragraph("Kommunchef: Annika Holm")
    table = doc.add_table(rows=0, cols=2)
    for heading, texts in rows:
        left, right = table.add_row().cells
        left.paragraphs[0].add_run(heading).bold = True
        right.paragraphs[0].text = texts[0]
        for text in texts[1:]:
            right.add_paragraph(text)
    doc.save(str(path))
    return path


ROWS = [
    ("Inledning", [LONG, "Planen följs upp i delårsrapporten per augusti."]),
    ("Omvärld", [LONG + " Befolkningen ökar.", "Skatteunderlaget växer långsamt."]),
    ("Ekonomi", [LONG + " Ramen ökar med 2,9 miljoner kronor."]),
]


def test_the_layout_tables_left_cells_are_chapters_and_the_right_cells_their_text(
    tmp_path: Path,
) -> None:
    result = read_word(_write(tmp_path / "q.docx", "Verksamhetsplan 2027", ROWS))
    chapters = result.data["kapitel"]
    assert [c["rubrik"] for c in chapters] == ["Inledning", "Omvärld", "Ekonomi"]
    assert "delårsrapporten per augusti" in chapters[0]["text"]
    assert "Inledning" not in chapters[0]["text"]


def test_a_table_with_a_header_row_is_no_layout(tmp_path: Path) -> None:
    rows = [("Område", ["Kommentar"]), *ROWS]
    result = read_word(_write(tmp_path / "t.docx", "Verksamhetsplan 2027", rows))
    assert "Omvärld" not in [c["rubrik"] for c in result.data["kapitel"]]


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("Verksamhetsplan 2027 med plan för 2028–2029", (2027, 2029)),
        ("Budget 2027, plan 2028–2029", (2027, 2029)),
        ("Mål och budget 2027–2029", (2027, 2029)),
    ],
)
def test_the_period_and_the_kommunstyrelse_cover(
    tmp_path: Path, title: str, period: tuple[int, int]
) -> None:
    result = read_word(_write(tmp_path / "p.docx", title, ROWS))
    assert (result.forsta_ar, result.sista_ar) == period
    assert result.titel == title
    assert result.namnd == "Kommunstyrelsen"
    assert result.ordforande == "Per-Olof Sandberg (C)"
    assert result.forvaltningschef == "Annika Holm"
