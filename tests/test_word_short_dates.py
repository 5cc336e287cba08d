"""An activity's end written short: a week ("v. 12 2027", "vecka 40") ends on its Sunday (ISO
8601 weeks), a term with a two-digit year ("HT27", "VT 28") on its last month's last day, a
day and month without a year ("senast 30/9") is that day; a week or a day without a year is in
the plan's first year. The words stay in the activity's description."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_short_dates import short_end
from vplan_desktop.services.read import read_plan


def test_short_ends_in_an_activity_table(tmp_path: Path) -> None:
    doc = Document()
    for text in ("Exempelby kommun", "Kommunstyrelsen", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Aktiviteter", 1)
    rows = [
        ["Aktivitet", "Ansvarig", "Klart"],
        ["Införa automatisk fakturamatchning", "Ekonomichef", "v. 12 2027"],
        ["Ta fram en ny prognosmodell", "Redovisningschef", "vecka 40"],
        ["Upphandla nytt ekonomisystem", "Upphandlingschef", "HT27"],
        ["Öva återställning av systemen", "Driftchef", "senast 30/9"],
    ]
    table = doc.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    got = {a.namn: (a.slutdatum, a.beskrivning) for a in plan.aktiviteter}
    assert got == {
        "Införa automatisk fakturamatchning": (dt.date(2027, 3, 28), "Klart: v. 12 2027"),
        "Ta fram en ny prognosmodell": (dt.date(2027, 10, 10), "Klart: vecka 40"),
        "Upphandla nytt ekonomisystem": (dt.date(2027, 12, 31), "Klart: HT27"),
        "Öva återställning av systemen": (dt.date(2027, 9, 30), "Klart: senast 30/9"),
    }


def test_short_end_shapes_and_what_is_no_day() -> None:
    assert short_end("v12", 2027) == dt.date(2027, 3, 28)
    assert short_end("Vecka 1 2027", 2026) == dt.date(2027, 1, 10)
    assert short_end("VT 28", 2027) == dt.date(2028, 6, 30)
    assert short_end("31/5", 2027) == dt.date(2027, 5, 31)
    assert short_end("v. 54", 2027) is None  # no such week
    assert short_end("31/2", 2027) is None
    assert short_end("1/2 av arbetet", 2027) is None
