"""Activities typed as numbered lines under a line naming their goal (no table, no
"Aktiviteter:" label): "Nämndens mål: <goal>" in bold, then "1. <name> (Ansvarig: <who>,
klart: <date>)". Each line is an activity of that goal with its owner and end date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_activity_lines import activity_line, goal_named_by_line
from vplan_desktop.services.read import read_plan

GOAL = "Fler elever lämnar grundskolan med godkända betyg."
OTHER = "Eleverna känner sig trygga i skolan."


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def test_a_typed_line_with_its_owner_in_brackets_is_an_activity() -> None:
    found = activity_line("1. Införa läsmodell i åk 1–3 (Ansvarig: Rektor, klart: 2027-06-30)")
    assert found is not None
    assert (found["namn"], found["ansvarig"], found["slutdatum"]) == (
        "Införa läsmodell i åk 1–3",
        "Rektor",
        "2027-06-30",
    )
    assert "beskrivning" not in found
    later = activity_line("Ny plan (ansvar: Elevhälsochef, klart senast december 2027)")
    assert later is not None
    assert later["slutdatum"] == "2027-12-31"
    assert later["beskrivning"] == "klart senast december 2027"  # "a month": the words kept
    owner_only = activity_line("2) Trygghetsvandringar (Ansvarig: Rektor)")
    assert owner_only is not None and "slutdatum" not in owner_only
    assert activity_line("Nämnden följer upp arbetet i delårsrapporten.") is None
    assert activity_line("Elevhälsan (kurator och skolsköterska) finns på alla skolor.") is None


def test_a_line_names_a_goal_by_its_label_or_in_bold() -> None:
    goals = [{"text": GOAL, "id": 1}, {"text": OTHER, "id": 2}]
    assert goal_named_by_line(f"Nämndens mål: {OTHER}", goals) is goals[1]
    assert goal_named_by_line(f"Mål 2 – {OTHER}", goals) is goals[1]
    assert goal_named_by_line(GOAL, goals) is None  # a plain line of the goal's words: text
    assert goal_named_by_line(GOAL, goals, bold=True) is goals[0]
    assert goal_named_by_line("Nämndens mål: Något annat.", goals, bold=True) is None


def test_typed_activities_go_under_the_goal_the_bold_line_names(tmp_path: Path) -> None:
    w = Writer("typade aktiviteter", Front("Barn- och utbildningsnämnden", "", 2027, 2028))
    w.para("Exempelby kommun")
    w.para("Barn- och utbildningsnämnden")
    w.para("Verksamhetsplan 2027–2028")
    w.heading("Mål och indikatorer", 1)
    w.table(
        [
            ["Nämndens mål", "Indikator", "Målvärde 2027"],
            [GOAL, "Andel elever med godkända betyg", "80 %"],
            [OTHER, "Andel elever som känner sig trygga", "92 %"],
        ]
    )
    w.heading("Aktiviteter 2027", 1)
    w.para(("b", "Nämndens mål: "), ("bi", GOAL))
    w.para("1. Införa läsmodell i åk 1–3 (Ansvarig: Rektor, klart: 2027-06-30)")
    w.para("2. Sommarskola för elever i åk 6–9 (Ansvarig: Verksamhetschef, klart: 2027-08-15)")
    w.para(("b", "Nämndens mål: "), ("bi", OTHER))
    w.para("3. Trygghetsvandringar med elevråden (Ansvarig: Rektor, klart: 2027-10-31)")
    w.para("Arbetet följs upp i delårsrapporten.")
    w.save(tmp_path / "plan.docx")

    plan = _plan(tmp_path / "plan.docx")
    goals = {g.id: g.text for g in plan.namndsmal}
    assert [
        (a.namn, a.ansvarig, a.slutdatum, goals.get(a.namndsmal_id or 0)) for a in plan.aktiviteter
    ] == [
        ("Införa läsmodell i åk 1–3", "Rektor", dt.date(2027, 6, 30), GOAL),
        ("Sommarskola för elever i åk 6–9", "Verksamhetschef", dt.date(2027, 8, 15), GOAL),
        ("Trygghetsvandringar med elevråden", "Rektor", dt.date(2027, 10, 31), OTHER),
    ]
    assert sorted(goals.values()) == sorted([GOAL, OTHER])  # the lines made no goal
    texts = "\n".join(c.text for c in plan.kapitel)
    assert "Arbetet följs upp i delårsrapporten." in texts  # a line with no owner stays text
