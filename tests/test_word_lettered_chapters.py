"""Chapters lettered "A. Inledning" with sub-headings "D.1 …", goals as bold "Nämndmål 1:"
lines over indicator tables, and the nämnd's own uppdrag linked to them in a "Kopplat till"
column, and the cover's other lines opening the introduction even when it is numbered."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_activity_table import roles
from vplan_desktop.imports.word_build import TableContext
from vplan_desktop.imports.word_goal_table import goal_line
from vplan_desktop.imports.word_structure import strip_letter


def test_a_letter_is_a_section_number() -> None:
    assert strip_letter("A. Inledning") == ("A", "Inledning")
    assert strip_letter("D.1 Attraktiv livsmiljö") == ("D.1", "Attraktiv livsmiljö")
    assert strip_letter("B) Ekonomi") == ("B", "Ekonomi")


def test_words_that_begin_a_heading_are_no_letters() -> None:
    for text in ("I en föränderlig värld", "A-kassa och arbetsmarknad", "EU. Och vi", "Ekonomi"):
        assert strip_letter(text) == ("", text)


def test_nämndmål_is_spelt_both_ways() -> None:
    assert goal_line("Nämndmål 2: Planberedskapen ska möta efterfrågan.") is not None
    assert goal_line("Nämndsmål 2: Planberedskapen ska möta efterfrågan.") is not None
    assert goal_line("Nämnden har fyra mål för perioden.") is None


def test_a_kopplat_till_column_links_the_goal() -> None:
    ctx = TableContext()
    assert roles(["Uppdrag", "Kopplat till", "Ansvarig", "Klart"], ctx)[1] == "malkoppling"
    assert roles(["Uppdrag", "Kopplat till budget", "Ansvarig"], ctx)[1] != "malkoppling"


def test_lettered_chapters_with_goal_lines_and_linked_uppdrag(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027–2029").bold = True
    doc.add_heading("A. Inledning", 1)
    doc.add_paragraph("Planen gäller tre år.")
    doc.add_heading("B. Mål och indikatorer", 1)
    doc.add_heading("B.1 Trygg livsmiljö", 2)
    doc.add_paragraph().add_run("Nämndmål 1: Det ska vara tryggt att cykla.").bold = True
    rows = [["Indikator", "Nuläge 2025", "Målvärde 2027"], ["Nöjda cyklister, %", "58", "62"]]
    table = doc.add_table(rows=2, cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.add_heading("C. Uppdrag", 1)
    doc.add_paragraph("Nämndens egna uppdrag")
    rows = [["Uppdrag", "Kopplat till", "Ansvarig", "Klart"]]
    rows.append(["Inventera gångpassager", "Nämndmål 1", "Gatuchef", "2027-06-30"])
    table = doc.add_table(rows=2, cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    data = read_word(tmp_path / "plan.docx").data
    headings = [c["rubrik"] for c in data["kapitel"]]
    assert "Inledning" in headings and "A. Inledning" not in headings
    assert [a["namn"] for a in data["malomraden"]] == ["Trygg livsmiljö"]
    (goal,) = data["namndsmal"]  # "B.1 Trygg livsmiljö" over it is its målområde
    assert (goal["kod"], goal["text"]) == ("1", "Det ska vara tryggt att cykla.")
    assert [i["namn"] for i in goal["indikatorer"]] == ["Nöjda cyklister, %"]
    (activity,) = data["aktiviteter"]
    assert activity["namndsmal_id"] == goal["id"]


def _cover_with_subtitle(path: Path, first_chapter: str) -> None:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027–2029").bold = True
    doc.add_paragraph("Gemensam plan för tre kommuner")
    doc.add_heading(first_chapter, 1)
    doc.add_paragraph("Planen gäller tre år.")
    doc.add_heading("2 Ekonomi", 1)
    doc.add_paragraph("Budgeten är i balans.")
    doc.save(str(path))


def test_the_cover_text_opens_a_numbered_inledning(tmp_path: Path) -> None:
    _cover_with_subtitle(tmp_path / "plan.docx", "1 Inledning")
    chapters = read_word(tmp_path / "plan.docx").data["kapitel"]
    assert [c["rubrik"] for c in chapters] == ["1 Inledning", "2 Ekonomi"]
    assert chapters[0]["text"].index("tre kommuner") < chapters[0]["text"].index("tre år")


def test_the_cover_text_gets_an_inledning_of_its_own_otherwise(tmp_path: Path) -> None:
    _cover_with_subtitle(tmp_path / "plan.docx", "1 Bakgrund")
    chapters = read_word(tmp_path / "plan.docx").data["kapitel"]
    assert [c["rubrik"] for c in chapters] == ["Inledning", "1 Bakgrund", "2 Ekonomi"]
    assert "tre kommuner" in chapters[0]["text"] and "tre år" not in chapters[0]["text"]
