"""A plan converted from a PDF keeps a text block's lines as one paragraph, the lines ended by
line breaks. When two or more lines open in bold and go on in regular type, and every run has
an explicit font size (as a converter writes them), the lines are entries: each is a paragraph
of its own, and a bold lead that is no label (no ":" at its end) is split from its text as the
heading it was. Running text with one bold word at a line's start, and a paragraph whose runs
carry no font size (written in Word), stay whole."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from vplan_desktop.imports.word import read_source


def _lines(doc: object, lines: list[list[tuple[str, bool]]], sized: bool = True) -> None:
    paragraph = doc.add_paragraph()  # type: ignore[attr-defined]
    for number, line in enumerate(lines):
        if number:
            paragraph.add_run().add_break(WD_BREAK.LINE)
        for text, bold in line:
            run = paragraph.add_run(text)
            run.font.bold = bold
            if sized:
                run.font.size = Pt(11)


ENTRIES = [
    [("Andel boende som är nöjda med aktiviteterna ", True), ("Nuläge 2025: 58 % ", False)],
    [("Andel boende som kommer utomhus ", True), ("Nuläge 2025: 63 % ", False)],
    [("Aktivitet: ", True), ("Sinnesträdgård vid äldreboendet ", False)],
    [("Start: april 2027, slut: september 2027 ", False)],
    [("Ansvarig: Fastighetssamordnare", False)],
]


def test_bold_led_lines_are_entries(tmp_path: Path) -> None:
    doc = Document()
    _lines(doc, ENTRIES)
    doc.save(str(tmp_path / "plan.docx"))
    blocks = read_source(tmp_path / "plan.docx").blocks
    assert [b.text for b in blocks] == [
        "Andel boende som är nöjda med aktiviteterna",
        "Nuläge 2025: 58 %",
        "Andel boende som kommer utomhus",
        "Nuläge 2025: 63 %",
        "Aktivitet: Sinnesträdgård vid äldreboendet",
        "Start: april 2027, slut: september 2027",
        "Ansvarig: Fastighetssamordnare",
    ]
    assert blocks[0].bold and not blocks[1].bold


LONG = "följer upp målen varje tertial och rapporterar resultatet till fullmäktige i samband med "
"""A line of running text, longer than a cover's or signature's short lines."""


def test_running_text_and_unsized_lines_stay_whole(tmp_path: Path) -> None:
    doc = Document()
    one_led = [[("Nämnden ", True), (LONG, False)], [("delårsrapporten och bokslutet.", False)]]
    _lines(doc, one_led)
    two_led = [[("Nämnden ", True), (LONG, False)], [("Styrelsen ", True), (LONG, False)]]
    _lines(doc, two_led, sized=False)
    doc.save(str(tmp_path / "plan.docx"))
    texts = [b.text for b in read_source(tmp_path / "plan.docx").blocks]
    assert texts == [
        f"Nämnden {LONG}delårsrapporten och bokslutet.",
        f"Nämnden {LONG}Styrelsen {LONG}".strip(),
    ]
