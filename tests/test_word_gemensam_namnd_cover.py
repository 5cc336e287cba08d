"""A gemensam nämnd's cover: "Gemensamma IT-nämnden" (the field an abbreviation before
"-nämnden") is the nämnd with its adjective, and "IT-chef: …" heads the förvaltning of the
nämnd named by that field, while on another nämnd's cover an IT-chef is no förvaltningschef."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_front_own_head import own_head
from vplan_desktop.services.read import read_plan


def _front(tmp_path: Path, *cover: str) -> d.FrontMatter:
    doc = Document()
    for text in cover:
        doc.add_paragraph(text)
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för verksamheten i de tre kommunerna.")
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened).uppgifter


def test_the_gemensam_it_nämnd_and_its_it_chef(tmp_path: Path) -> None:
    front = _front(
        tmp_path,
        "Gemensamma IT-nämnden",
        "Verksamhetsplan 2027–2029",
        "Värdkommun: Ådalens kommun",
        "IT-chef: Jonas Perälä",
    )
    assert front.namnd == "Gemensamma IT-nämnden"
    assert front.forvaltningschef == "Jonas Perälä"


def test_an_it_chef_under_another_nämnd_is_no_head(tmp_path: Path) -> None:
    front = _front(
        tmp_path, "Socialnämnden", "Verksamhetsplan 2027", "Sjöby kommun", "IT-chef: Jonas Perälä"
    )
    assert front.namnd == "Socialnämnden"
    assert front.forvaltningschef == ""
    assert own_head("Kulturchef: Eva Lund", "Kulturnämnden") == "Eva Lund"
    assert own_head("Kulturchef: Eva Lund", "Socialnämnden") == ""
