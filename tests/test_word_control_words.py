"""A plan of internal control in the other words plans use: a table "Granskningsområde | Risk |
Kontrollaktivitet | Ansvarig | Frekvens" under a "Kontrollplan" heading is internkontroll, the
area checked its process and the "Kontrollaktivitet" its kontrollmoment — not a table of
activities."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

ROWS = [
    ["Granskningsområde", "Risk", "Kontrollaktivitet", "Ansvarig", "Frekvens"],
    ["Avgifter", "Avgifter debiteras inte", "Stickprov av tio ärenden", "Ekonom", "Årligen"],
    [
        "Diarieföring",
        "Handlingar diarieförs inte",
        "Stickprov i posten",
        "Registrator",
        "Kvartalsvis",
    ],
]


def _plan(tmp_path: Path) -> d.PlanSnapshot:
    doc = Document()
    for text in ("Exempelby kommun", "Miljönämnden", "Verksamhetsplan 2027"):
        doc.add_paragraph(text)
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen visar hur nämnden arbetar under 2027.")
    doc.add_heading("Kontrollplan 2027", 1)
    doc.add_paragraph("Granskningsområdena har valts efter en riskbedömning.")
    table = doc.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for r, cells in enumerate(ROWS):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_a_kontrollplan_of_kontrollaktiviteter_is_internkontroll(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    got = [
        (k.process, k.risk, k.kontrollmoment, k.kontrollansvar, k.frekvens)
        for k in plan.internkontroll
    ]
    assert got == [tuple(row) for row in ROWS[1:]]
    assert plan.aktiviteter == ()
