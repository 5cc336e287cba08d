"""Indicator tables printed on their side (the indicators as columns under an empty corner,
"Nuläge 2025", "Mål 2027", "Mål 2028" as rows) and activities as list lines closing on their
owner and period in brackets without the word "Ansvarig" ("… (Enhetschef, Q3 2027)")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.imports.word_period_activity import period_activity
from vplan_desktop.imports.word_transpose import years_down
from vplan_desktop.services.read import read_plan

GOAL = "Barn och unga växer upp under trygga förhållanden."


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _block(rows: list[list[str]]) -> Block:
    return Block(0, BlockKind.TABLE, rows=tuple(tuple(Cell(t) for t in row) for row in rows))


def test_nulage_and_target_rows_under_an_empty_corner_are_turned() -> None:
    assert years_down(
        _block([["", "Andel klara", "Antal barn"], ["Nuläge 2025", "78 %", "6,4"],
                ["Mål 2027", "85 %", "5,5"]])
    )  # fmt: skip
    named = [["", "Andel klara"], ["Nuläge", "78 %"], ["Mål", "85 %"]]
    assert not years_down(_block(named))  # no year in the rows' names: not this shape


def test_a_bracket_of_owner_and_period_is_an_activity() -> None:
    found = period_activity("Öppna en familjecentral (Enhetschef barn och unga, Q3 2027)")
    assert found is not None
    assert (found["namn"], found["ansvarig"], found["slutdatum"]) == (
        "Öppna en familjecentral",
        "Enhetschef barn och unga",
        "2027-09-30",
    )
    assert found["beskrivning"] == "Q3 2027"  # the period as written is kept
    assert period_activity("Rutin för samtal (Kvalitetsutvecklare, juni 2027)") is not None
    assert period_activity("Antal besök (fysiska, digitala)") is None  # no period
    assert period_activity("Ny rutin (Rektor, 2027)") is None  # a year: when it runs, maybe
    assert period_activity("Andel nöjda (skala 1, Q3 2027)") is None  # a figure: no owner


def test_a_goal_with_indicators_across_and_bracketed_activities(tmp_path: Path) -> None:
    w = Writer("indikatorer som kolumner", Front("Individ- och familjenämnden", "", 2027, 2028))
    w.para("Brattby kommun")
    w.para("Individ- och familjenämnden")
    w.para("Verksamhetsplan 2027–2028")
    w.heading("Mål och aktiviteter", 1)
    w.heading(GOAL, 2)
    w.table(
        [
            ["", "Andel utredningar klara inom fyra månader", "Antal placerade barn"],
            ["Nuläge 2025", "78 %", "41"],
            ["Mål 2027", "85–90 %", "Bibehålla"],
            ["Mål 2028", "90 %", "35"],
        ]
    )
    w.para("Det här gör vi:")
    w.bullets(
        "Öppna en familjecentral tillsammans med regionen (Enhetschef barn och unga, Q3 2027)",
        "Utöka öppenvården för tonåringar (Enhetschef öppenvård, Q1 2027)",
    )
    w.save(tmp_path / "plan.docx")

    plan = _plan(tmp_path / "plan.docx")
    assert [g.text for g in plan.namndsmal] == [GOAL]
    found = {
        i.namn: (i.nulage_ar, i.nulage, dict(i.malnivaer), i.namndsmal_id) for i in plan.indikatorer
    }
    goal_id = plan.namndsmal[0].id
    first = found["Andel utredningar klara inom fyra månader"]
    assert first[0] == 2025 and first[3] == goal_id
    assert str(first[1]) == "78"
    assert first[2][2027] == "85–90 %" and str(first[2][2028]) == "90"
    second = found["Antal placerade barn"]
    assert second[2][2027] == "Bibehålla"  # a target in words stays words
    assert not plan.nyckeltal  # the indicator table is no key-figure table
    assert [(a.namn, a.ansvarig, a.slutdatum, a.namndsmal_id) for a in plan.aktiviteter] == [
        ("Öppna en familjecentral tillsammans med regionen", "Enhetschef barn och unga",
         dt.date(2027, 9, 30), goal_id),
        ("Utöka öppenvården för tonåringar", "Enhetschef öppenvård", dt.date(2027, 3, 31),
         goal_id),
    ]  # fmt: skip
