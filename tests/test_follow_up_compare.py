"""``vplan diff`` of follow-ups: the periods of two plans (or versions), and two periods of
one plan side by side, in the words a reader of the report uses."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from vplan_desktop import domain as d
from vplan_desktop.cli import EXIT_ERROR, EXIT_OK, main
from vplan_desktop.compare import (
    ADDED,
    CHANGED,
    REMOVED,
    diff_periods,
    diff_plans,
    format_differences,
    plan_state,
)
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Bedomningsgrad, UppfoljningSlag
from vplan_desktop.errors import InputError
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import follow_up
from vplan_desktop.services.read import read_plan

APRIL = "Provdelår april 2027"
AUGUST = "Provdelår augusti 2027"


def _add(doc: PlanDocument, namn: str, end: dt.date) -> int:
    follow_up.add_period(doc, namn, 2027, UppfoljningSlag.DELAR, end)
    period = read_plan(doc).uppfoljning(namn)
    assert period is not None
    return period.id


def _level(plan: d.PlanSnapshot, grad: Bedomningsgrad) -> int:
    return next(b.id for b in plan.bedomningsskala if b.grad is grad)


def _fill(doc: PlanDocument, period: int, grad: Bedomningsgrad, status: str, prognos: int) -> None:
    """The same items, filled in with the given level, status and prognos."""
    plan = read_plan(doc)
    goal, indicator = plan.namndsmal[1], plan.indikatorer[0]
    activity, row, control = plan.aktiviteter[0], plan.driftbudget[0], plan.internkontroll[0]
    level = _level(plan, grad)
    follow_up.set_follow_up(
        doc, ItemKind.UPPFOLJNING_MAL, period, goal.id, {"bedomningsniva_id": level}
    )
    follow_up.set_follow_up(
        doc, ItemKind.UPPFOLJNING_AKTIVITET, period, activity.id, {"status": status}
    )
    follow_up.set_follow_up(doc, ItemKind.UPPFOLJNING_DRIFT, period, row.id, {"prognos": prognos})
    follow_up.set_follow_up(
        doc, ItemKind.UPPFOLJNING_INDIKATOR, period, indicator.id, {"varde": Decimal(prognos)}
    )
    follow_up.set_follow_up(
        doc, ItemKind.UPPFOLJNING_KONTROLL, period, control.id, {"utford": status == "klar"}
    )


# --- two plans -----------------------------------------------------------------------------


def test_a_period_added_and_removed_is_named(example_doc: PlanDocument) -> None:
    before = plan_state(example_doc)
    _add(example_doc, APRIL, dt.date(2027, 4, 30))
    after = plan_state(example_doc)
    found = [(x.section, x.item, x.change) for x in diff_plans(before, after)]
    assert found == [("Uppföljning", f"Uppföljningen ”{APRIL}”", ADDED)]
    assert [(x.item, x.change) for x in diff_plans(after, before)] == [
        (f"Uppföljningen ”{APRIL}”", REMOVED)
    ]
    text = format_differences(diff_plans(before, after))
    assert f"Uppföljning\n  Uppföljningen ”{APRIL}” – tillagd" in text


def test_what_a_period_holds_is_compared_between_two_plans(example_doc: PlanDocument) -> None:
    period = _add(example_doc, AUGUST, dt.date(2027, 8, 31))
    _fill(example_doc, period, Bedomningsgrad.DELVIS, "pagar", 1000)
    before = plan_state(example_doc)
    _fill(example_doc, period, Bedomningsgrad.UPPFYLLT, "klar", 1500)
    follow_up.update_period(example_doc, period, {"sammanfattning": "Året går bra.\n\nSlut."})
    follow_up.mark_reported(example_doc, period, dt.date(2027, 9, 20))
    plan = read_plan(example_doc)
    text = format_differences(diff_plans(before, plan_state(example_doc)))
    heading = f"Uppföljning: {AUGUST}"
    assert f"\n{heading}\n" in text
    section = text.split(f"\n{heading}\n", 1)[1]
    unit = next(v.namn for v in plan.verksamheter if v.id == plan.driftbudget[0].verksamhet_id)
    for line in (
        "Måluppfyllelse: Delvis uppfyllt → Uppfyllt",
        "Status: Pågår → Klar",
        f"Driftbudget, {unit}: Prognos: 1\u00a0000 → 1\u00a0500",
        "Utfall: 1\u00a0000 → 1\u00a0500",
        "Utförd: ej utförd → utförd",
    ):
        assert line in section, line
    head = text.split(f"\n{heading}\n", 1)[0]
    assert f"Uppföljningen ”{AUGUST}”: Rapporterad: nej → ja" in head
    assert f"Uppföljningen ”{AUGUST}”: Rapporterad den: (tomt) → 2027-09-20" in head
    assert f"Uppföljningen ”{AUGUST}”: Sammanfattning – ändrad text" in head
    assert "      +Året går bra." in head


def test_a_changed_scale_and_threshold_show(example_doc: PlanDocument) -> None:
    before = plan_state(example_doc)
    plan = read_plan(example_doc)
    levels = [
        follow_up.AssessmentLevel(b.id, "Målet är nått" if i == 0 else b.namn, b.farg, b.grad)
        for i, b in enumerate(plan.bedomningsskala)
    ]
    follow_up.set_assessment_scale(example_doc, levels)
    follow_up.set_deviation_threshold(example_doc, Decimal(10))
    text = format_differences(diff_plans(before, plan_state(example_doc)))
    assert "Gräns för avvikelser (%): 5 → 10" in text
    assert "i skalan för måluppfyllelse: Namn: Uppfyllt → Målet är nått" in text


# --- two periods of one plan ---------------------------------------------------------------


def test_two_periods_of_one_plan_show_what_moved(example_doc: PlanDocument) -> None:
    april = _add(example_doc, APRIL, dt.date(2027, 4, 30))
    august = _add(example_doc, AUGUST, dt.date(2027, 8, 31))
    _fill(example_doc, april, Bedomningsgrad.EJ_UPPFYLLT, "ej_paborjad", 900)
    _fill(example_doc, august, Bedomningsgrad.DELVIS, "pagar", 1200)
    plan = read_plan(example_doc)
    # A text written anew for each report is no change between them.
    follow_up.set_follow_up(
        example_doc, ItemKind.UPPFOLJNING_MAL, august, plan.namndsmal[1].id, {"bedomning": "Ny."}
    )
    state = plan_state(example_doc)
    found = diff_periods(state, APRIL, AUGUST)
    assert {x.change for x in found} == {CHANGED}
    fields = [(x.field, x.old, x.new) for x in found]
    assert fields == [
        ("Måluppfyllelse", "Ej uppfyllt", "Delvis uppfyllt"),
        ("Utfall", "900", "1\u00a0200"),
        ("Status", "Ej påbörjad", "Pågår"),
        ("Prognos", "900", "1\u00a0200"),
    ]
    text = format_differences(found)
    assert text.startswith("Mål och indikatorer\n")
    assert "\nAktiviteter\n" in text and "\nDriftbudget\n" in text
    # A control made in neither is no change; one period's outcome beside nothing is.
    _fill(example_doc, august, Bedomningsgrad.DELVIS, "klar", 1200)
    moved = diff_periods(plan_state(example_doc), APRIL, AUGUST)
    assert ("Utförd", "ej utförd", "utförd") in [(x.field, x.old, x.new) for x in moved]
    assert diff_periods(state, AUGUST, AUGUST.upper()) == []


def test_an_unknown_period_names_the_plans(example_doc: PlanDocument) -> None:
    _add(example_doc, APRIL, dt.date(2027, 4, 30))
    state = plan_state(example_doc)
    with pytest.raises(InputError) as error:
        diff_periods(state, APRIL, "Delår maj 2027")
    assert error.value.message.startswith(
        "Planen har ingen uppföljning som heter ”Delår maj 2027”. Planens uppföljningar: "
    )
    assert f"”{APRIL}”" in error.value.message


# --- the command line ----------------------------------------------------------------------


def test_vplan_diff_of_two_periods(example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with PlanDocument.open(example_path) as doc:
        april = _add(doc, APRIL, dt.date(2027, 4, 30))
        august = _add(doc, AUGUST, dt.date(2027, 8, 31))
        _fill(doc, april, Bedomningsgrad.EJ_UPPFYLLT, "pagar", 900)
        _fill(doc, august, Bedomningsgrad.UPPFYLLT, "pagar", 900)
    before = example_path.read_bytes()
    code = main(["diff", str(example_path), "--uppfoljning", APRIL.lower(), AUGUST])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert out.startswith(f"Från ”{APRIL}” till ”{AUGUST}”:\nMål och indikatorer\n")
    assert "Måluppfyllelse: Ej uppfyllt → Uppfyllt" in out
    assert "Status" not in out  # the same in both
    assert example_path.read_bytes() == before  # diff only reads


def test_vplan_diff_of_periods_refuses_what_it_cannot_compare(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with PlanDocument.open(example_path) as doc:
        _add(doc, APRIL, dt.date(2027, 4, 30))
    assert main(["diff", str(example_path), "--uppfoljning", APRIL, "Delår maj"]) == EXIT_ERROR
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "vplan: Planen har ingen uppföljning som heter ”Delår maj”." in captured.err
    assert f"”{APRIL}”" in captured.err
    assert main(["diff", str(example_path)]) == EXIT_ERROR
    assert "Ange två planer att jämföra" in capsys.readouterr().err
    both = ["diff", str(example_path), str(example_path), "--uppfoljning", APRIL, APRIL]
    assert main(both) == EXIT_ERROR
    assert "ange en plan" in capsys.readouterr().err
