"""Lines a plan types rather than tabulates: internkontroll as "Risk: …"/"Kontrollmoment: …"
lines under a bold process line, a numbered activity with "Ansvar: …" and "Klart: …" on the
lines under it, and a note under a key-figure table marked "Anm." or set in italics."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_activity_lines import end_line
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_notes import is_table_note
from vplan_desktop.markdown import Run


def _labelled(doc: Any, label: str, value: str) -> None:
    paragraph = doc.add_paragraph()
    paragraph.add_run(f"{label}: ").bold = True
    paragraph.add_run(value)


def test_controls_typed_as_lines_under_their_process(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Internkontroll", 1)
    doc.add_paragraph("Nämnden har valt två kontroller.")
    doc.add_paragraph().add_run("Kontanthantering").bold = True
    _labelled(doc, "Risk", "Kassadifferenser upptäcks inte")
    _labelled(doc, "Kontrollmoment", "Avstämning av kassarapporter")
    _labelled(doc, "Ansvarig", "Anläggningschef")
    _labelled(doc, "Frekvens", "Varje månad")
    doc.add_paragraph().add_run("Föreningsbidrag").bold = True
    _labelled(doc, "Kontrollmoment", "Stickprov på närvarolistor")
    _labelled(doc, "Sannolikhet", "3")
    doc.add_paragraph("Resultatet redovisas i februari.")
    doc.add_paragraph("Risk: ett ord i en mening utan kontrollmoment.")  # stays text
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    result = read_word(path)
    first, second = result.data["internkontroll"]
    assert (first["process"], first["risk"], first["kontrollmoment"]) == (
        "Kontanthantering",
        "Kassadifferenser upptäcks inte",
        "Avstämning av kassarapporter",
    )
    assert (first["kontrollansvar"], first["frekvens"]) == ("Anläggningschef", "Varje månad")
    assert (second["process"], second["sannolikhet"]) == ("Föreningsbidrag", 3)
    assert "risk" not in second
    text = "".join(c["text"] for c in result.data["kapitel"])
    assert "ett ord i en mening utan kontrollmoment" in text
    assert "Kontanthantering" not in text


def test_labelled_lines_outside_internkontroll_stay_text(tmp_path: Path) -> None:
    """Negative: "Risk: …"/"Kontrollmoment: …" lines in an ordinary chapter are its text."""
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Omvärld", 1)
    doc.add_paragraph().add_run("Digitalisering").bold = True
    doc.add_paragraph("Risk: att systemen inte hänger ihop.")
    doc.add_paragraph("Kontrollmoment: saknas i dag.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    result = read_word(path)
    assert "internkontroll" not in result.data or not result.data["internkontroll"]
    assert "Kontrollmoment: saknas i dag." in "".join(c["text"] for c in result.data["kapitel"])


def test_a_numbered_activity_with_its_owner_and_end_on_lines_under_it(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Mål", 1)
    doc.add_paragraph("Nämndsmål 1: Barn får stöd i tid.")
    doc.add_heading("Aktiviteter", 1)
    doc.add_paragraph().add_run("Barn får stöd i tid.").bold = True
    for name, who, when in (
        ("Gemensam mottagning", "Enhetschef", "juni 2027"),
        ("Mentorprogram", "HR-partner", "löpande"),
    ):
        doc.add_paragraph(name, style="List Number")
        doc.add_paragraph(f"Ansvar: {who}", style="List Paragraph")
        doc.add_paragraph(f"Klart: {when}", style="List Paragraph")
    doc.add_paragraph("Ett vanligt listobjekt", style="List Number")  # no owner: stays text
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    data = read_word(path).data
    (goal,) = data["namndsmal"]
    first, second = data["aktiviteter"]
    assert (first["namn"], first["ansvarig"], first["slutdatum"]) == (
        "Gemensam mottagning",
        "Enhetschef",
        "2027-06-30",
    )
    assert (second["ansvarig"], second.get("slutdatum"), second["beskrivning"]) == (
        "HR-partner",
        None,
        "löpande",
    )
    assert first["namndsmal_id"] == second["namndsmal_id"] == goal["id"]
    assert "Ett vanligt listobjekt" in "".join(c["text"] for c in data["kapitel"])


def test_an_end_line() -> None:
    assert end_line("Klart: 2028-06-30") == {"slutdatum": "2028-06-30"}
    assert end_line("Klart: december 2027")["slutdatum"] == "2027-12-31"  # type: ignore[index]
    assert end_line("Klart till jul") is None


def _line(text: str, *, italic: bool = False) -> Block:
    return Block(0, BlockKind.PARAGRAPH, text, runs=(Run(text, italic=italic),))


def test_table_notes_marked_or_in_italics() -> None:
    assert is_table_note(_line("Anm. Prognosen bygger på september."), key_figures=False)
    assert is_table_note(_line("Anm: Simhallen var stängd."), key_figures=False)
    italic = _line("Prognos 2026 bygger på utfallet till och med september.", italic=True)
    assert is_table_note(italic, key_figures=True)
    # Negative: an italic line under another table, an ordinary line, a word starting "Anm…"
    assert not is_table_note(italic, key_figures=False)
    assert not is_table_note(_line("Prognosen bygger på september."), key_figures=True)
    assert not is_table_note(_line("Anmälningarna ökar."), key_figures=True)
