"""Goals set off in bold in the goals' chapter: under a målområde's heading ("Fokusområde 1:
…"), each goal is a paragraph wholly in bold that is one sentence ("Vi ska ha en kulturskola
utan kö."), followed by plain paragraphs on what it means. Such a bold sentence, with another
in the same chapter, is a nämndsmål without a number and the plain paragraphs under it its
description; a bold title without a full stop stays a title, and under a goal's own heading
("Mål 1: …") a bold sentence is that goal's text. The nämnd may also write its goals
as plain "Vi ska …" sentences, as it writes "Nämnden ska …"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_goal_prose import bold_sentence, must_sentence
from vplan_desktop.markdown import Run


def _read(doc: Any, tmp_path: Path) -> Any:
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return read_word(path)


def _bold(doc: Any, text: str) -> None:
    doc.add_paragraph().add_run(text).bold = True


def test_a_bold_sentence_is_one_sentence_wholly_in_bold() -> None:
    def block(text: str, bold: bool = True) -> Block:
        return Block(0, BlockKind.PARAGRAPH, text, runs=(Run(text, bold=bold),), bold=bold)

    assert bold_sentence(block("Vi ska ha en kulturskola utan kö."))
    assert not bold_sentence(block("Vi ska ha en kulturskola utan kö.", bold=False))
    assert not bold_sentence(block("Driftbudget per ansvar, kronor"))  # a title
    assert not bold_sentence(block("Bedömning: målet är delvis uppfyllt."))  # a label
    assert not bold_sentence(block("Vi ska läsa mer. Det mäts i enkäten."))  # two sentences
    assert must_sentence("Vi ska erbjuda sommaraktiviteter till alla unga.")


def test_bold_goal_sentences_under_focus_areas(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Inledning", 1)
    _bold(doc, "Planen gäller för hela nämndens verksamhet.")  # not in the goals' chapter
    doc.add_heading("Nämndens mål 2027", 1)
    doc.add_paragraph("Målen är ordnade under två fokusområden.")
    doc.add_heading("Fokusområde 1: Läsning", 2)
    _bold(doc, "Vi ska få fler barn att läsa på fritiden.")
    doc.add_paragraph("Läsningen har minskat två år i rad.")
    doc.add_heading("Fokusområde 2: Kultur", 2)
    _bold(doc, "Kulturskolan ska ta emot alla som söker.")
    doc.add_paragraph("Kön är lång i piano och dans.")
    result = _read(doc, tmp_path)
    goals = result.data["namndsmal"]
    assert [g["text"] for g in goals] == [
        "Vi ska få fler barn att läsa på fritiden.",
        "Kulturskolan ska ta emot alla som söker.",
    ]
    assert [g["beskrivning"] for g in goals] == [
        "Läsningen har minskat två år i rad.",
        "Kön är lång i piano och dans.",
    ]
    areas = {a["id"]: a["namn"] for a in result.data["malomraden"]}
    assert [areas[g["malomrade_id"]] for g in goals] == [
        "Fokusområde 1: Läsning",
        "Fokusområde 2: Kultur",
    ]
    chapters = "".join(c["text"] for c in result.data["kapitel"])
    assert "Planen gäller för hela nämndens verksamhet." in chapters


def test_a_lone_bold_sentence_stays_text(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Nämndens mål 2027", 1)
    doc.add_heading("Fokusområde 1: Läsning", 2)
    _bold(doc, "Målen följs upp i delårsrapporten och i årsredovisningen.")
    doc.add_paragraph("Nämnden får en rapport varje tertial.")
    result = _read(doc, tmp_path)
    assert result.data["namndsmal"] == []


def test_bold_sentences_under_a_goal_heading_are_its_text(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Nämndens mål 2027", 1)
    doc.add_heading("Mål 1: Alla elever känner sig trygga", 2)
    _bold(doc, "Nämnden bedömer att målet nås under perioden.")
    doc.add_heading("Mål 2: Fler elever når målen i alla ämnen", 2)
    _bold(doc, "Resultaten i matematik har förbättrats sedan förra året.")
    result = _read(doc, tmp_path)
    goals = result.data["namndsmal"]
    assert [g["text"] for g in goals] == [
        "Alla elever känner sig trygga",
        "Fler elever når målen i alla ämnen",
    ]
    assert "bedömer att målet nås" in goals[0]["beskrivning"]
