"""Activity tables in the other words plans use: "Insats | Bidrar till | Ansvarig | Klart" is an
activity table whose "Bidrar till" column names the goal each row serves ("Prioriterat mål
1.2"), linked to that goal like "Kopplat till"; a table of fullmäktige's assignments "Uppdrag |
Beslut | Återrapporteras" holds activities whose end is the period in the report-back cell
after whom it is reported to ("Nämnden mars 2027" → 2027-03-31), the words kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_report_back import reported_end
from vplan_desktop.services.read import read_plan


def _table(doc: object, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text


def _plan(tmp_path: Path, heading: str, rows: list[list[str]]) -> d.PlanSnapshot:
    doc = Document()
    for text in ("Exempelby kommun", "Miljönämnden", "Verksamhetsplan 2027"):
        doc.add_paragraph(text)
    doc.add_heading("Mål", 1)
    for kod, goal in (("1.1", "Maten är säker."), ("1.2", "Inomhusmiljön är god.")):
        doc.add_heading(f"Prioriterat mål {kod}: {goal}", 2)
        _table(doc, [["Mätetal", "Målvärde 2027"], [f"Andel kontroller {kod}", "90 %"]])
    doc.add_heading(heading, 1)
    doc.add_paragraph("Tabellen visar vad som ska göras under året.")
    _table(doc, rows)
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_bidrar_till_links_each_insats_to_its_goal(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        "Insatser 2027",
        [
            ["Insats", "Bidrar till", "Ansvarig", "Klart"],
            ["Kampanj om radonmätning", "Prioriterat mål 1.2", "Miljöinspektör", "oktober 2027"],
            ["Kontroll av skolkök", "Prioriterat mål 1.1", "Miljöchef", "Q2 2027"],
        ],
    )
    goals = {g.id: g.text for g in plan.namndsmal}
    got = {
        a.namn: (goals.get(a.namndsmal_id or 0), a.ansvarig, a.slutdatum) for a in plan.aktiviteter
    }
    assert got == {
        "Kampanj om radonmätning": (
            "Inomhusmiljön är god.",
            "Miljöinspektör",
            dt.date(2027, 10, 31),
        ),
        "Kontroll av skolkök": ("Maten är säker.", "Miljöchef", dt.date(2027, 6, 30)),
    }


def test_an_uppdrag_ends_when_it_is_reported_back(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        "Uppdrag från kommunfullmäktige",
        [
            ["Uppdrag", "Beslut", "Återrapporteras"],
            ["Ta fram en kemikalieplan", "KF 2026-06-15 § 88", "Nämnden mars 2027"],
            ["Utreda samverkan", "KF 2026-10-26 § 131", "Kommunstyrelsen september 2027"],
        ],
    )
    ends = {a.namn: (a.slutdatum, a.beskrivning) for a in plan.aktiviteter}
    assert ends["Ta fram en kemikalieplan"][0] == dt.date(2027, 3, 31)
    assert "Nämnden mars 2027" in ends["Ta fram en kemikalieplan"][1]
    assert ends["Utreda samverkan"][0] == dt.date(2027, 9, 30)


def test_the_report_back_cell() -> None:
    assert reported_end("Nämnden mars 2027") == (dt.date(2027, 3, 31), False)
    assert reported_end("till kommunstyrelsen Q4 2027") == (dt.date(2027, 12, 31), False)
    assert reported_end("KF december 2027") == (dt.date(2027, 12, 31), False)
    assert reported_end("Miljö- och byggnämnden 2027") == (dt.date(2027, 12, 31), True)
    assert reported_end("Hösten 2027") is None
    assert reported_end("Nämnden") is None
