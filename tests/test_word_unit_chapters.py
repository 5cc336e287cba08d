"""A plan compiled from its förvaltning's units: under "Avdelningarnas planer" each unit's
own plan ("Ekonomiavdelningen", "IT-avdelningen", each over its tables) is a chapter of its
own; units only described under a chapter ("Enheten för vuxna" over a paragraph) stay its
sub-headings, and so does a lone unit."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan


def _chapters(tmp_path: Path, units: list[tuple[str, bool]]) -> list[str]:
    doc = Document()
    for text in ("Exempelby kommun", "Kommunstyrelsen", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen är sammanställd av avdelningarnas underlag.")
    doc.add_heading("Avdelningarnas planer", 1)
    doc.add_paragraph("Här följer avdelningarnas egna planer.")
    for unit, planned in units:
        doc.add_heading(unit, 2)
        doc.add_paragraph(f"{unit} stödjer förvaltningens verksamheter.")
        if planned:
            rows = [
                ["Aktivitet", "Ansvarig", "Klart"],
                [f"Ny rutin för {unit}", "Chef", "2027-06-30"],
            ]
            table = doc.add_table(rows=2, cols=3)
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return [k.rubrik for k in read_plan(opened).kapitel]


def test_each_units_plan_is_a_chapter(tmp_path: Path) -> None:
    got = _chapters(tmp_path, [("Ekonomiavdelningen", True), ("IT-avdelningen", True)])
    assert got == ["Inledning", "Avdelningarnas planer", "Ekonomiavdelningen", "IT-avdelningen"]


def test_units_only_described_or_alone_stay_sub_headings(tmp_path: Path) -> None:
    described = _chapters(tmp_path, [("Enheten för vuxna", False), ("Enheten för barn", False)])
    assert described == ["Inledning", "Avdelningarnas planer"]
    (tmp_path / "plan.vplan").unlink()
    alone = _chapters(tmp_path, [("Ekonomiavdelningen", True)])
    assert alone == ["Inledning", "Avdelningarnas planer"]
