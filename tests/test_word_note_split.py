"""A project table split by a page break with the first page's footnote between its parts
("¹ Beslutade projekt …"), the second part going on without a header: its rows are activities
like the first part's. A table after a note line that has a header of its own stays a table
of its own, and the note stays text."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word, read_source
from vplan_desktop.imports.word_note_split import after_note, same_rows
from vplan_desktop.services.read import read_plan

HEADER = ["Projekt – genomförande ¹", "Beskrivning", "Tillhör verksamhet", "Ev. kostnad"]
FIRST = [
    ["Digital ansökan", "Ansökan om bistånd görs på webben.", "Individ och familj", "Egen tid"],
    ["Ny mottagning", "En väg in för alla ärenden.", "Individ och familj", "Egen tid"],
]
SECOND = [
    ["Nytt verksamhetssystem", "Systemet byts under året.", "Individ och familj", "450 tkr"],
    ["Kompetenstrappa", "Steg för steg mot specialist.", "Individ och familj", "Egen tid"],
]


def _table(doc: DocxDocument, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def _plan(path: Path, second: list[list[str]]) -> Path:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen gäller individ- och familjeomsorgen.")
    doc.add_heading("Aktiviteter", 1)
    _table(doc, [HEADER, *FIRST])
    doc.add_paragraph("¹ Beslutade projekt i genomförandefasen enligt projektmodellen.")
    _table(doc, second)
    doc.add_heading("Budget", 1)
    doc.add_paragraph("Budgeten är i balans.")
    doc.save(str(path))
    return path


def test_the_part_after_the_footnote_holds_activities_too(tmp_path: Path) -> None:
    path = _plan(tmp_path / "plan.docx", SECOND)
    import_word(path, tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    names = [a.namn for a in plan.aktiviteter]
    assert names == [row[0] for row in (*FIRST, *SECOND)]
    assert any("genomförandefasen" in c.text for c in plan.kapitel)


def test_a_table_with_a_header_of_its_own_is_no_continuation(tmp_path: Path) -> None:
    own = [["Nyckeltal", "2024", "2025"], ["Antal ärenden", "412", "455"]]
    source = read_source(_plan(tmp_path / "plan.docx", own))
    tables = [b for b in source.blocks if b.kind.value == "tabell"]
    assert after_note(source.blocks, tables[1], tables[0])
    assert not same_rows(tables[0], tables[1], 1)


def test_same_rows_needs_a_repeated_text_in_its_column(tmp_path: Path) -> None:
    source = read_source(_plan(tmp_path / "plan.docx", SECOND))
    first, second = [b for b in source.blocks if b.kind.value == "tabell"]
    assert same_rows(first, second, 1)
    source = read_source(
        _plan(tmp_path / "other.docx", [["Ett", "Två", "Tre", "Fyra"], ["a", "b", "c", "d"]])
    )
    first, second = [b for b in source.blocks if b.kind.value == "tabell"]
    assert not same_rows(first, second, 1)
