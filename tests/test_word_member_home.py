"""A joint nämnd's cover names its ordförande with the kommun the member sits for: "Ordförande:
Karin Ek (S), Älvdal". The ordförande is the name and party; the home kommun is no part of
it. A name without a party keeps what follows its comma."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan


def _front(tmp_path: Path, *cover: str) -> d.FrontMatter:
    doc = Document()
    doc.add_paragraph("Miljö- och hälsoskyddsnämnden")
    doc.add_paragraph("Verksamhetsplan 2027")
    for text in cover:
        doc.add_paragraph(text)
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden är gemensam för två kommuner.")
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened).uppgifter


def test_the_members_home_kommun_is_no_part_of_the_name(tmp_path: Path) -> None:
    front = _front(tmp_path, "Ordförande: Karin Ek (S), Älvdal", "Förvaltningschef: Per Holm")
    assert (front.ordforande, front.forvaltningschef) == ("Karin Ek (S)", "Per Holm")


def test_the_same_with_kommun_written_out(tmp_path: Path) -> None:
    front = _front(tmp_path, "Ordförande: Karin Ek (S), Ekby kommun")
    assert front.ordforande == "Karin Ek (S)"


def test_no_party_no_cut(tmp_path: Path) -> None:
    front = _front(tmp_path, "Ordförande: Karin Ek, Ekby")
    assert front.ordforande == "Karin Ek, Ekby"
