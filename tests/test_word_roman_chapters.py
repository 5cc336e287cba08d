"""A plan typed without Word's styles numbers its chapters with Roman numerals ("II. OMVÄRLD
OCH FÖRUTSÄTTNINGAR", "IV. AKTIVITETER") and may space a chapter's letters out for emphasis
("V. E K O N O M I"): the numeral is the chapter's number, not part of its name, and the
spaced-out letters are the word they spell. A line that opens with letters that only look like
a numeral ("Vi ser …", "CV …") keeps its words."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_roman_numbers import strip_roman
from vplan_desktop.imports.word_spaced_letters import despaced
from vplan_desktop.services.read import read_plan

CHAPTERS = [
    ("I. INLEDNING", "INLEDNING"),
    ("II. OMVÄRLD OCH FÖRUTSÄTTNINGAR", "OMVÄRLD OCH FÖRUTSÄTTNINGAR"),
    ("III. VERKSAMHETENS UPPDRAG", "VERKSAMHETENS UPPDRAG"),
    ("IV. E K O N O M I S K A  F Ö R U T S Ä T T N I N G A R", "EKONOMISKA FÖRUTSÄTTNINGAR"),
    ("V. U P P F Ö L J N I N G", "UPPFÖLJNING"),
]


def test_roman_numbered_and_spaced_out_chapters_are_read_by_their_names(tmp_path: Path) -> None:
    doc = Document()
    for text in ("Exempelby kommun", "Kultur- och fritidsnämnden", "Verksamhetsplan 2027"):
        doc.add_paragraph(text)
    for typed, _ in CHAPTERS:
        doc.add_paragraph().add_run(typed).underline = True
        doc.add_paragraph("Vi ser att behoven ökar. Nämnden följer utvecklingen noga.")
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    assert [k.rubrik.upper() for k in plan.kapitel] == [name for _, name in CHAPTERS]


def test_only_a_numeral_before_a_capital_is_a_chapter_number() -> None:
    assert strip_roman("VII Nyckeltal") == ("VII", "Nyckeltal")
    assert strip_roman("IV) Aktiviteter") == ("IV", "Aktiviteter")
    for text in ("Vi ser behoven", "CV för sökande", "IIa. Bilaga", "XL. Storlek"):
        assert strip_roman(text) == ("", text)


def test_only_letters_spaced_one_by_one_are_closed_up() -> None:
    assert despaced("VII. N Y C K E L T A L") == "VII. NYCKELTAL"
    for text in ("A. Barn och unga", "Summa 1 2 3 4", "1 234 5 678", "Ett av tre"):
        assert despaced(text) == text
