"""A "Målvärde" cell naming each target with its year as a target ("Mål 2027: högst 4" and
"Mål 2029: högst 3" on lines of their own) gives the indicator a target for each year, a
figure with its comparison ("högst"); the "Nuläge" cell's own year ("2025: 5,2") is the
nuläge's year."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Jamforare
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan


def test_targets_labelled_mal_and_year_are_each_years_target(tmp_path: Path) -> None:
    doc = Document()
    for text in ("Exempelby kommun", "Miljönämnden", "Verksamhetsplan 2027–2029"):
        doc.add_paragraph(text)
    doc.add_heading("Nämndens mål", 1)
    doc.add_heading("Mål 1: Sökande får snabba besked.", 2)
    table = doc.add_table(rows=3, cols=3)
    for c, text in enumerate(["Indikator", "Nuläge", "Målvärde"]):
        table.cell(0, c).text = text
    table.cell(1, 0).text = "Handläggningstid bygglov, median veckor"
    table.cell(1, 1).text = "2025: 5,2"
    table.cell(1, 2).paragraphs[0].add_run("Mål 2027: högst 4").add_break()
    table.cell(1, 2).paragraphs[0].add_run("Mål 2029: högst 3")
    table.cell(2, 0).text = "Andel beslut inom lagstadgad tid"
    table.cell(2, 1).text = "2025: 91 %"
    table.cell(2, 2).paragraphs[0].add_run("Mål 2027: 97 %").add_break()
    table.cell(2, 2).paragraphs[0].add_run("Mål 2029: 100 %")
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    got = {i.namn: (i.nulage_ar, i.nulage, i.enhet, i.malnivaer) for i in plan.indikatorer}
    högst = {i.namn: i.jamforare for i in plan.indikatorer}[
        "Handläggningstid bygglov, median veckor"
    ]
    assert högst == {2027: Jamforare.HOGST, 2029: Jamforare.HOGST}
    assert got == {
        "Handläggningstid bygglov, median veckor": (
            2025,
            Decimal("5.2"),
            "",
            {2027: Decimal(4), 2029: Decimal(3)},
        ),
        "Andel beslut inom lagstadgad tid": (
            2025,
            Decimal(91),
            "%",
            {2027: Decimal(97), 2029: Decimal(100)},
        ),
    }
