"""Activity end dates written as a period ("december 2026", "Q2 2027", "vt 2027", "2027"):
read as the period's last day, the words kept when the day alone would hide what they said."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_dates import period_end
from vplan_desktop.services.read import read_plan


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("december 2026", dt.date(2026, 12, 31)),
        ("juni 2026", dt.date(2026, 6, 30)),
        ("Feb. 2028", dt.date(2028, 2, 29)),
        ("senast mars 2027", dt.date(2027, 3, 31)),
        ("2026-11", dt.date(2026, 11, 30)),
        ("Q2 2027", dt.date(2027, 6, 30)),
        ("2027 Q1", dt.date(2027, 3, 31)),
        ("kvartal 2 2027", dt.date(2027, 6, 30)),
        ("kv 4 2026", dt.date(2026, 12, 31)),
        ("3:e kvartalet 2027", dt.date(2027, 9, 30)),
        ("T2 2027", dt.date(2027, 8, 31)),
        ("vt 2027", dt.date(2027, 6, 30)),
        ("HT 2026", dt.date(2026, 12, 31)),
        ("2027", dt.date(2027, 12, 31)),
    ],
)
def test_a_period_ends_on_its_last_day(text: str, day: dt.date) -> None:
    found = period_end(text)
    assert found is not None and found[0] == day
    assert found[1] is (text == "2027")  # only a bare year says no more than its last day


@pytest.mark.parametrize(
    "text",
    ["Under 2027", "i 2027", "hösten 2027", "Löpande", "Q5 2027", "smörgås 2027", "2027-03-31", ""],
)
def test_what_is_no_period_is_not_read(text: str) -> None:
    assert period_end(text) is None


def test_an_activity_table_reads_periods_and_keeps_their_words(tmp_path: Path) -> None:
    doc = Document()
    for text in ("Exempelby kommun", "Kulturnämnden", "Verksamhetsplan 2026–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Aktiviteter", 1)
    rows = [
        ["Aktivitet", "Ansvarig", "Klart senast"],
        ["Bokbuss", "Bibliotekschef", "december 2026"],
        ["Ny webb", "Kulturchef", "Q2 2027"],
        ["Läsfrämjande", "Bibliotekschef", "2027"],
        ["Sommarläger", "Fritidschef", "Under 2027"],
        ["Konstrunda", "Kulturchef", "Hösten 2027"],
    ]
    table = doc.add_table(rows=len(rows), cols=3)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    got = {a.namn: (a.slutdatum, a.ar, a.beskrivning) for a in plan.aktiviteter}
    assert got == {
        "Bokbuss": (dt.date(2026, 12, 31), None, "Klart: december 2026"),
        "Ny webb": (dt.date(2027, 6, 30), None, "Klart: Q2 2027"),
        "Läsfrämjande": (dt.date(2027, 12, 31), None, ""),
        "Sommarläger": (None, 2027, ""),  # the year it runs in, as before
        "Konstrunda": (None, None, "Klart: Hösten 2027"),  # no date read: the words stay
    }


def test_a_named_activitys_owner_line_reads_a_period(tmp_path: Path) -> None:
    doc = Document()
    for text in ("Exempelby kommun", "Fritidsnämnden", "Verksamhetsplan 2027–2029"):
        doc.add_paragraph(text)
    doc.add_heading("Nämndens mål", 1)
    doc.add_paragraph().add_run("Mål 1: Fler unga är aktiva i föreningar").bold = True
    table = doc.add_table(rows=2, cols=2)
    for c, (head, value) in enumerate((("Indikator", "Andel aktiva"), ("Mål 2027", "60"))):
        table.cell(0, c).text, table.cell(1, c).text = head, value
    for name, when in (("Ledarstöd", "december 2027"), ("Nytt bidrag", "2028")):
        doc.add_paragraph().add_run(name).bold = True
        doc.add_paragraph(f"Ansvarig: Fritidschef, klart senast {when}")
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    got = {a.namn: (a.ansvarig, a.slutdatum, a.beskrivning) for a in plan.aktiviteter}
    assert got == {
        "Ledarstöd": ("Fritidschef", dt.date(2027, 12, 31), "klart senast december 2027"),
        "Nytt bidrag": ("Fritidschef", dt.date(2028, 12, 31), ""),
    }


def test_a_range_of_periods_ends_with_its_last_period() -> None:
    assert period_end("Q1–Q2 2027") == (dt.date(2027, 6, 30), False)
    assert period_end("Q2 - Q4 2027") == (dt.date(2027, 12, 31), False)
    assert period_end("Q1 2027–Q2 2028") == (dt.date(2028, 6, 30), False)
    assert period_end("mars–juni 2027") == (dt.date(2027, 6, 30), False)
    assert period_end("Q4–Q1 2027") is None  # the start after the end
    assert period_end("2027–2028") is None  # the years it runs, not an end
