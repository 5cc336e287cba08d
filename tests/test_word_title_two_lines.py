"""A cover's title typed on two lines, "VERKSAMHETSPLAN" over "för åren 2027-2028": the line
right under a title that names no year goes on with it when it opens with a small letter and
names a year, so the title is both lines. A line under the title that opens with a capital
("Kultur- och fritidsnämnden") is a line of its own."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan


def _titel(tmp_path: Path, cover: list[str]) -> tuple[str, int | None, int | None]:
    doc = Document()
    for text in cover:
        doc.add_paragraph(text)
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen gäller nämndens verksamhet.")
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        front = read_plan(opened).uppgifter
    return front.titel, front.forsta_ar, front.sista_ar


def test_a_title_goes_on_on_the_line_under_it(tmp_path: Path) -> None:
    cover = [
        "STORÅNS KOMMUN",
        "Kultur- och fritidsnämnden",
        "VERKSAMHETSPLAN",
        "för åren 2027-2028",
    ]
    assert _titel(tmp_path, cover) == ("VERKSAMHETSPLAN för åren 2027-2028", 2027, 2028)


def test_a_line_opening_with_a_capital_is_its_own(tmp_path: Path) -> None:
    cover = ["STORÅNS KOMMUN", "VERKSAMHETSPLAN", "Kultur- och fritidsnämnden 2027-2028"]
    assert _titel(tmp_path, cover)[0] == "VERKSAMHETSPLAN"
