"""An activity table's "Period" column holding two dates ("2027-02-01 – 2027-06-30") gives the
activity its start and its slutdatum (the period's last day); a range ending before it starts
is no period. A column headed by an area's word ("Tjänsteområde") naming one of the plan's
målområden puts the activity in that målområde."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_date_range import date_range
from vplan_desktop.services.read import read_plan

ROWS = [
    ("Införa chatt i portalen", "Användarstöd", "Servicedeskchef", "2027-02-01 – 2027-06-30"),
    ("Byta trådlöst nät i skolorna", "Drift", "Nätverkstekniker", "2027-06-15 - 2027-08-13"),
]


def _plan(tmp_path: Path) -> d.PlanSnapshot:
    doc = Document()
    for text in ("Exempelby kommun", "IT-nämnden", "Verksamhetsplan 2027"):
        doc.add_paragraph(text)
    doc.add_heading("Servicenivåer", 1)
    for area, goal in (("Användarstöd", "Snabb hjälp"), ("Drift", "Stabila system")):
        doc.add_heading(area, 2)
        line = doc.add_paragraph()
        line.add_run("Åtagande: ").bold = True
        line.add_run(f"{goal} för alla medarbetare i kommunen.")
        levels = doc.add_table(rows=2, cols=3)
        for c, text in enumerate(["Servicenivå", "Utfall 2026", "Målnivå 2027"]):
            levels.cell(0, c).text = text
        for c, text in enumerate([f"Andel nöjda med {area.lower()}", "80 %", "90 %"]):
            levels.cell(1, c).text = text
    doc.add_heading("Aktiviteter", 1)
    table = doc.add_table(rows=1 + len(ROWS), cols=4)
    for c, text in enumerate(["Aktivitet", "Tjänsteområde", "Ansvarig", "Period"]):
        table.cell(0, c).text = text
    for r, row in enumerate(ROWS, 1):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_a_period_gives_start_and_end_and_the_area_column_the_area(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    areas = {m.id: m.namn for m in plan.malomraden}
    got = {
        a.namn: (a.startdatum, a.slutdatum, areas.get(a.malomrade_id or 0))
        for a in plan.aktiviteter
    }
    assert got == {
        ROWS[0][0]: (dt.date(2027, 2, 1), dt.date(2027, 6, 30), "Användarstöd"),
        ROWS[1][0]: (dt.date(2027, 6, 15), dt.date(2027, 8, 13), "Drift"),
    }


def test_only_an_ordered_range_of_real_dates_is_a_period() -> None:
    assert date_range("2027-02-01 – 2027-06-30") == ("2027-02-01", "2027-06-30")
    assert date_range("2027-02-01 till 2027-06-30") == ("2027-02-01", "2027-06-30")
    assert date_range("2027-06-30 – 2027-02-01") is None
    assert date_range("2027-02-30 – 2027-06-30") is None
    assert date_range("2027-06-30") is None
