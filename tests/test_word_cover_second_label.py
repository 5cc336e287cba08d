"""Cover lines kommuner write: a nämnd named with an adjective before a compound word
("Gemensamma servicenämnden"), a second label on the ordförande's line ("…, vice ordförande:
…") that ends the name, and "Kommundirektör: …" heading a kommunstyrelse's förvaltning (but
not a nämnd's)."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan


def _front(tmp_path: Path, *cover: str) -> d.FrontMatter:
    doc = Document()
    for text in cover:
        doc.add_paragraph(text)
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för verksamheten.")
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened).uppgifter


def test_adjective_before_a_compound_nämnd_and_second_label(tmp_path: Path) -> None:
    front = _front(
        tmp_path,
        "Gemensamma servicenämnden för Norrviks och Åsby kommuner",
        "Verksamhetsplan 2027–2029",
        "Ordförande: Karin Ek (S), vice ordförande: Stig Alm (M), Åsby",
    )
    assert front.namnd == "Gemensamma servicenämnden"
    assert front.ordforande == "Karin Ek (S)"


def test_kommundirektör_heads_the_kommunstyrelse_förvaltning(tmp_path: Path) -> None:
    front = _front(
        tmp_path, "Kommunstyrelsen", "Verksamhetsplan 2027", "Kommundirektör: Peter Strand"
    )
    assert front.forvaltningschef == "Peter Strand"


def test_kommundirektör_does_not_head_a_nämnd_förvaltning(tmp_path: Path) -> None:
    front = _front(tmp_path, "Socialnämnden", "Verksamhetsplan 2027", "Kommundirektör: Per Ek")
    assert front.forvaltningschef == ""
