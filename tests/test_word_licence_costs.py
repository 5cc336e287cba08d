"""A budget by cost type names licences and consultants among its kostnadsslag ("Licenser och
avtal", "Konsulttjänster"), as a kommunstyrelse's or an IT unit's budget does: a table of income and
cost rows ending in "Nettokostnad" is a resultaträkning, its rows cost types. The same table in
a unit's own chapter ("IT-avdelningen", in a plan compiled from its units' plans) is that
unit's costs, not the nämnd's resultaträkning: it is kept as a table in the unit's chapter."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_area_costs import cost_type
from vplan_desktop.services.read import read_plan

ROWS = [
    ["", "Budget 2026", "Budget 2027"],
    ["Intäkter, internfakturering", "17 900", "18 400"],
    ["Personalkostnader", "-13 600", "-14 200"],
    ["Licenser och avtal", "-9 100", "-9 800"],
    ["Övriga kostnader", "-3 700", "-3 600"],
    ["Nettokostnad", "-8 500", "-9 200"],
]


def _plan(tmp_path: Path, chapter: str) -> d.PlanSnapshot:
    doc = Document()
    for text in ("Exempelby kommun", "Kommunstyrelsen", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    doc.add_heading(chapter, 1)
    doc.add_paragraph().add_run("Budget (tkr)").bold = True
    table = doc.add_table(rows=len(ROWS), cols=3)
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_licences_are_a_cost_type_of_the_resultatrakning(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "Ekonomi")
    lines = {k.namn: sorted(k.belopp.values()) for k in plan.kostnadsslag}
    assert lines == {
        "Intäkter, internfakturering": [Decimal(17900), Decimal(18400)],
        "Personalkostnader": [Decimal(-14200), Decimal(-13600)],
        "Licenser och avtal": [Decimal(-9800), Decimal(-9100)],
        "Övriga kostnader": [Decimal(-3700), Decimal(-3600)],
    }
    assert not plan.verksamheter  # no driftbudget rows of cost types


def test_a_units_cost_table_stays_in_its_chapter(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "IT-avdelningen")
    assert not plan.kostnadsslag and not plan.verksamheter
    chapter = next(k for k in plan.kapitel if k.rubrik == "IT-avdelningen")
    assert "Licenser och avtal" in chapter.text and "-9 800" in chapter.text


def test_licence_and_consultant_rows_are_cost_types() -> None:
    assert cost_type("Licenser och avtal")
    assert cost_type("Konsulttjänster")
    assert not cost_type("IT-avdelningen")
