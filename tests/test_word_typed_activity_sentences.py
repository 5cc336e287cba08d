"""In the plan's activities chapter, a line numbered by hand whose owner and end follow as
sentences ("1) Meröppet införs på biblioteket. Ansvarig: bibliotekschef. Klart: augusti
2027.") is an activity of the nämnd: the typed number belongs to the list, not the name, a
month ends on its last day, and an end in words ("Löpande") is kept as the description. A line
without an "Ansvarig:" sentence stays the chapter's text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

LINES = [
    "1) Meröppet införs på biblioteket. Ansvarig: bibliotekschef. Klart: augusti 2027.",
    "2) Reglerna för föreningsbidrag ses över. Ansvarig: kultur- och fritidschef. "
    "Klart: 2027-10-31.",
    "3) Digital hjälp för äldre en dag i veckan. Ansvarig: bibliotekschef. Klart: Löpande.",
]


def test_typed_lines_with_owner_sentences_are_activities(tmp_path: Path) -> None:
    doc = Document()
    for text in ("Exempelby kommun", "Kultur- och fritidsnämnden", "Verksamhetsplan 2027"):
        doc.add_paragraph(text)
    doc.add_paragraph("AKTIVITETER")
    doc.add_paragraph("Under planperioden genomför nämnden följande:")
    for line in LINES:
        doc.add_paragraph(line)
    doc.add_paragraph("Nämnden följer upp aktiviteterna i delårsrapporten.")
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    got = [(a.namn, a.ansvarig, a.slutdatum, a.beskrivning) for a in plan.aktiviteter]
    assert got == [
        ("Meröppet införs på biblioteket", "bibliotekschef", dt.date(2027, 8, 31), "augusti 2027"),
        (
            "Reglerna för föreningsbidrag ses över",
            "kultur- och fritidschef",
            dt.date(2027, 10, 31),
            "",
        ),
        ("Digital hjälp för äldre en dag i veckan", "bibliotekschef", None, "Löpande"),
    ]
