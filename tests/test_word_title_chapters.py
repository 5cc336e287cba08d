"""A plan using none of Heading 1–4 that heads its chapters in Word's "Title" style and its
sub-chapters in "Subtitle": the Title paragraphs are its chapters, the Subtitle paragraphs
headings in them, and a deeper heading style it does use (goals in Heading 5 under a "Mål …"
chapter) comes under them; the plan's title is the cover's large bold line, not the first
Title-styled chapter."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt

from vplan_desktop.imports.word import read_word


def _plan(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("Skogsåsa kommun")
    doc.add_paragraph("Valnämnden")
    title = doc.add_paragraph().add_run("Verksamhetsplan 2027")
    title.bold, title.font.size = True, Pt(28)
    doc.add_paragraph("Inledning", style="Title")
    doc.add_paragraph("Nämnden ansvarar för valen i kommunen.")
    doc.add_paragraph("Omvärld", style="Title")
    doc.add_paragraph("Vallagen har ändrats.")
    doc.add_paragraph("Valen 2026 i korthet", style="Subtitle")
    doc.add_paragraph("Valdeltagandet ökade något.")
    doc.add_paragraph("Mål och uppföljning", style="Title")
    doc.add_paragraph("Nämnden har två mål.")
    doc.add_heading("Valen ska genomföras korrekt och säkert.", 5)
    doc.add_paragraph("Rösträkningen ska stämma i alla distrikt.")
    doc.add_heading("Alla väljare ska kunna rösta i tillgängliga lokaler.", 5)
    doc.save(str(path))
    return path


def test_title_paragraphs_are_the_chapters(tmp_path: Path) -> None:
    found = read_word(_plan(tmp_path / "plan.docx"))
    assert (found.titel, found.forsta_ar, found.sista_ar) == ("Verksamhetsplan 2027", 2027, 2027)
    chapters = {c["rubrik"]: c["text"] for c in found.data["kapitel"]}
    assert list(chapters)[:2] == ["Inledning", "Omvärld"]
    assert "Valen 2026 i korthet" in chapters["Omvärld"]
    assert "Valdeltagandet ökade något." in chapters["Omvärld"]
    goals = [g["text"] for g in found.data["namndsmal"]]
    assert goals == [
        "Valen ska genomföras korrekt och säkert.",
        "Alla väljare ska kunna rösta i tillgängliga lokaler.",
    ]


def test_a_single_title_paragraph_is_no_chapter(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027", style="Title")
    doc.add_paragraph("Valnämnden")
    doc.add_paragraph("Inledning", style="Title")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för valen i kommunen.")
    doc.save(str(tmp_path / "plan.docx"))
    found = read_word(tmp_path / "plan.docx")
    assert found.titel == "Verksamhetsplan 2027"
    assert [c["rubrik"] for c in found.data["kapitel"]] == ["Inledning"]
