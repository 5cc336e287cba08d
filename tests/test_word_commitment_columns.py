"""The columns of a table of åtaganden and uppdrag: "Åtagande" names the activity, "Tidsplan"
and "Återrapportering" (an uppdrag is due when it is reported back) give its end, "Hela 2027"
ends with the year; "Beslut" (the decision that gave an uppdrag) is no end but the activity's
text; a first column "Nämndsmål" names the goal each activity serves."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_dates import period_end
from vplan_desktop.services.read import read_plan


def _plan(rows_by_chapter: list[tuple[str, list[list[str]]]], tmp_path: Path) -> d.PlanSnapshot:
    doc = Document()
    for text in ("Exempelby kommun", "Socialnämnden", "Verksamhetsplan 2027"):
        doc.add_paragraph(text)
    for heading, rows in rows_by_chapter:
        level = 2 if heading.startswith("Mål ") else 1
        doc.add_heading(heading, level)
        if not rows:
            continue
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
        doc.add_paragraph("")
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_the_whole_year_ends_with_it() -> None:
    assert period_end("Hela 2027") == (dt.date(2027, 12, 31), False)
    assert period_end("hela året 2027") == (dt.date(2027, 12, 31), False)
    assert period_end("Under 2027") is None  # the year it runs in, kept as such


def test_an_uppdrag_is_due_at_its_report_not_at_its_decision(tmp_path: Path) -> None:
    rows = [
        ["Uppdrag", "Beslut", "Återrapportering"],
        ["Utreda ett trygghetsboende", "KF 2026-06-17, § 84", "Juni 2027"],
        ["Minska kostnaderna för placeringar", "KF 2025-11-26, § 152", "Senast 2027-03-31"],
    ]
    plan = _plan([("Uppdrag från kommunfullmäktige", rows)], tmp_path)
    got = {a.namn: (a.slutdatum, a.beskrivning) for a in plan.aktiviteter}
    assert set(got) == {"Utreda ett trygghetsboende", "Minska kostnaderna för placeringar"}
    assert got["Utreda ett trygghetsboende"][0] == dt.date(2027, 6, 30)
    assert "Beslut: KF 2026-06-17, § 84" in got["Utreda ett trygghetsboende"][1]
    assert got["Minska kostnaderna för placeringar"][0] == dt.date(2027, 3, 31)


def test_commitments_by_goal_with_their_tidsplan(tmp_path: Path) -> None:
    first, second = "Äldre känner sig trygga hemma.", "Fler unga vuxna får arbete."
    rows = [
        ["Nämndsmål", "Åtagande", "Ansvarig", "Tidsplan"],
        [first, "Mindre arbetslag i hemtjänsten", "Enhetschef", "Hela 2027"],
        [second, "Mottagningsteam för unga vuxna", "Biståndschef", "Senast 2027-09-30"],
        [first, "Trygghetsringning", "Enhetschef", "Löpande"],
    ]
    chapters: list[tuple[str, list[list[str]]]] = [
        ("Mål", []),
        (f"Mål 1: {first}", []),
        (f"Mål 2: {second}", []),
    ]
    plan = _plan([*chapters, ("Åtaganden", rows)], tmp_path)
    goal = {g.id: g.text for g in plan.namndsmal}
    assert sorted(goal.values()) == sorted([first, second])
    got = {
        (a.namn, goal.get(a.namndsmal_id or 0), a.ansvarig, a.slutdatum) for a in plan.aktiviteter
    }
    assert got == {
        ("Mindre arbetslag i hemtjänsten", first, "Enhetschef", dt.date(2027, 12, 31)),
        ("Mottagningsteam för unga vuxna", second, "Biståndschef", dt.date(2027, 9, 30)),
        ("Trygghetsringning", first, "Enhetschef", None),
    }
