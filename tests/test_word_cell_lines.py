"""A plan converted from a PDF keeps each printed line of a table cell as a run of one
paragraph, ended by a space alone when the line filled the column and by a line break when it
stopped short, whether the line ended an entry or only wrapped one. In a cell whose runs all
have an explicit size (the converter's mark), a line going on with a small letter continues
the entry before it (its line break dropped) unless that line ends with a figure, a date or a
sentence's end, and a line starting with a capital letter, or a figure under a figure, begins
an entry of its own (a line break added) unless the line before ends with a comma, a hyphen, a
colon or a word such as "i" or "och", or the two differ in boldness. A run opening with a
comparison right after a figure's run is a line of its own. A cell typed in Word (no explicit
sizes) keeps its lines as they are."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.shared import Pt

from vplan_desktop.imports.word import read_source
from vplan_desktop.imports.word_stacked_rows import cell_lines

Line = tuple[str, str]
"""A printed line and how the converter ended it: " " (its space), "br" (a line break), "both"
or "" (the cell's last line, or a run glued to the next)."""


def _cell(cell: object, lines: list[Line], sized: bool = True, bold: bool = False) -> None:
    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    for text, end in lines:
        run = paragraph.add_run(text + " " if end in (" ", "both") else text)
        if sized:
            run.font.size = Pt(9)
        run.font.bold = bold
        if end in ("br", "both"):
            mark = paragraph.add_run()
            mark._r.append(OxmlElement("w:br"))


def _plan(path: Path, rows: list[list[list[Line]]], sized: bool = True) -> Path:
    doc = Document()
    doc.add_paragraph("Nämndens mål 2027")
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for cell, lines in zip(table.rows[r].cells, row, strict=True):
            _cell(cell, lines, sized=sized, bold=r == 0)
    doc.save(str(path))
    return path


def _lines(path: Path) -> list[list[tuple[str, ...]]]:
    table = next(b for b in read_source(path).blocks if b.rows)
    return [[cell_lines(cell) for cell in row] for row in table.rows]


HEADER: list[list[Line]] = [[("Nämndsmål", "")], [("Indikator", "")], [("Nuläge", "")]]
ROW: list[list[Line]] = [
    [("Nämnden har en ekonomi i balans och friska", "br"), ("medarbetare.", "")],
    [
        ("Sjukfrånvaro bland förvaltningens ", " "),
        ("medarbetare ", "both"),
        ("Antal deltagartillfällen i LOK-", "br"),
        ("stödsberättigad verksamhet, ", "both"),
        ("tusental", ""),
    ],
    [("6,8 % ", " "), ("1 400", ""), ("≥ 4,0", "")],
]


def test_wrapped_lines_are_joined_and_entries_that_filled_a_line_are_parted(
    tmp_path: Path,
) -> None:
    lines = _lines(_plan(tmp_path / "plan.docx", [HEADER, ROW]))
    assert lines[1] == [
        ("Nämnden har en ekonomi i balans och friska medarbetare.",),
        (
            "Sjukfrånvaro bland förvaltningens medarbetare",
            "Antal deltagartillfällen i LOK-stödsberättigad verksamhet, tusental",
        ),
        ("6,8 %", "1 400", "≥ 4,0"),
    ]


def test_names_dates_and_labels_keep_their_lines(tmp_path: Path) -> None:
    row: list[list[Line]] = [
        [("Anläggningschef ", " "), ("Fastighetsstrateg", "")],
        [("oktober 2027", "br"), ("december 2027", "")],
        [("Antal besök i ", " "), ("Hallsjö simhall", "")],
    ]
    header: list[list[Line]] = [[("Ansvar", "")], [("Klart", "")], [("Indikator", "")]]
    lines = _lines(_plan(tmp_path / "plan.docx", [header, row]))
    assert lines[1] == [
        ("Anläggningschef", "Fastighetsstrateg"),
        ("oktober 2027", "december 2027"),
        ("Antal besök i Hallsjö simhall",),
    ]


def test_a_cell_typed_in_word_keeps_its_lines(tmp_path: Path) -> None:
    lines = _lines(_plan(tmp_path / "plan.docx", [HEADER, ROW], sized=False))
    assert lines[1][0] == ("Nämnden har en ekonomi i balans och friska", "medarbetare.")
    assert lines[1][2] == ("6,8 % 1 400≥ 4,0",)
