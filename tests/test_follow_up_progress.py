"""How far a follow-up period has come per section: empty, begun with what is left, complete;
and a period found by its name, or the plan's periods named when it has none by that name."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from vplan_desktop import domain as d
from vplan_desktop.completeness import State
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Bedomningsgrad, UppfoljningSlag
from vplan_desktop.errors import InputError
from vplan_desktop.follow_up import drift_lines
from vplan_desktop.follow_up_data import Uppfoljning
from vplan_desktop.follow_up_progress import follow_up_sections, period_named
from vplan_desktop.sections import FOLLOW_UP_SECTIONS, ItemKind
from vplan_desktop.services import follow_up
from vplan_desktop.services.read import read_plan

NAME = "Provdelår augusti 2027"


def _period(doc: PlanDocument, slag: UppfoljningSlag = UppfoljningSlag.DELAR) -> int:
    follow_up.add_period(doc, NAME, 2027, slag, dt.date(2027, 8, 31))
    found = read_plan(doc).uppfoljning(NAME)
    assert found is not None
    return found.id


def _state(doc: PlanDocument, period_id: int) -> tuple[d.PlanSnapshot, Uppfoljning]:
    plan = read_plan(doc)
    period = plan.uppfoljning(period_id)
    assert period is not None
    return plan, period


def test_a_new_period_is_empty_in_every_section(example_doc: PlanDocument) -> None:
    period = _period(example_doc)
    progress = follow_up_sections(*_state(example_doc, period))
    assert list(progress) == [s.value for s in FOLLOW_UP_SECTIONS]
    assert {p.state for p in progress.values()} == {State.EMPTY}


def test_goals_are_begun_with_what_is_left_then_complete(example_doc: PlanDocument) -> None:
    period = _period(example_doc, UppfoljningSlag.HELAR)
    plan, _ = _state(example_doc, period)
    level = next(b.id for b in plan.bedomningsskala if b.grad is Bedomningsgrad.UPPFYLLT)
    first, *rest = plan.namndsmal
    follow_up.set_follow_up(
        example_doc, ItemKind.UPPFOLJNING_MAL, period, first.id, {"bedomningsniva_id": level}
    )
    goals = follow_up_sections(*_state(example_doc, period))["mal"]
    assert goals.state is State.BEGUN
    # At the year's end every indicator of the example is measured (each has a 2027 target).
    assert goals.notes == (
        f"{len(rest)} mål saknar bedömning.",
        f"{len(plan.indikatorer)} indikatorer saknar utfall.",
    )
    assert f"• {len(rest)} mål saknar bedömning." in goals.tooltip

    for goal in rest:
        follow_up.set_follow_up(
            example_doc, ItemKind.UPPFOLJNING_MAL, period, goal.id, {"bedomningsniva_id": level}
        )
    for indicator in plan.indikatorer:
        follow_up.set_follow_up(
            example_doc,
            ItemKind.UPPFOLJNING_INDIKATOR,
            period,
            indicator.id,
            {"varde": Decimal(1)},
        )
    assert follow_up_sections(*_state(example_doc, period))["mal"].state is State.COMPLETE


def test_activities_count_only_those_due(example_doc: PlanDocument) -> None:
    period = _period(example_doc)
    plan, _ = _state(example_doc, period)
    first = plan.aktiviteter[0]
    follow_up.set_follow_up(
        example_doc, ItemKind.UPPFOLJNING_AKTIVITET, period, first.id, {"status": "pagar"}
    )
    activities = follow_up_sections(*_state(example_doc, period))["aktiviteter"]
    due = [a for a in plan.aktiviteter if a.ar is None or a.ar <= 2027]
    due = [a for a in due if a.startdatum is None or a.startdatum <= dt.date(2027, 8, 31)]
    assert activities.state is State.BEGUN
    assert activities.notes == (f"{len(due) - 1} aktiviteter saknar status.",)
    for activity in due[1:]:
        follow_up.set_follow_up(
            example_doc, ItemKind.UPPFOLJNING_AKTIVITET, period, activity.id, {"status": "klar"}
        )
    assert follow_up_sections(*_state(example_doc, period))["aktiviteter"].state is State.COMPLETE


def test_the_budget_asks_for_prognoses_and_comments(example_doc: PlanDocument) -> None:
    period = _period(example_doc)
    plan, found = _state(example_doc, period)
    lines = drift_lines(plan, found)
    for line in lines:
        assert line.budget is not None
        follow_up.set_follow_up(
            example_doc, ItemKind.UPPFOLJNING_DRIFT, period, line.rad_id, {"prognos": line.budget}
        )
    assert follow_up_sections(*_state(example_doc, period))["drift"].state is State.COMPLETE
    over = lines[0]
    assert over.budget is not None
    follow_up.set_follow_up(
        example_doc,
        ItemKind.UPPFOLJNING_DRIFT,
        period,
        over.rad_id,
        {"prognos": Decimal(over.budget) * 2},
    )
    drift = follow_up_sections(*_state(example_doc, period))["drift"]
    assert drift.state is State.BEGUN
    assert drift.notes == ("1 verksamhet avviker mer än gränsen utan kommentar.",)
    # The other budget pages are still untouched.
    progress = follow_up_sections(*_state(example_doc, period))
    assert progress["resultat"].state is State.EMPTY
    assert progress["investeringar"].state is State.EMPTY


def test_controls_and_the_summary(example_doc: PlanDocument) -> None:
    period = _period(example_doc)
    plan, _ = _state(example_doc, period)
    control = plan.internkontroll[0]
    follow_up.set_follow_up(
        example_doc,
        ItemKind.UPPFOLJNING_KONTROLL,
        period,
        control.id,
        {"utford": True, "avvikelse": "Två sena beslut."},
    )
    follow_up.update_period(example_doc, period, {"sammanfattning": "Det går bra."})
    progress = follow_up_sections(*_state(example_doc, period))
    assert progress["internkontroll"].notes == (
        f"{len(plan.internkontroll) - 1} kontrollpunkter saknar resultat.",
        "1 kontrollpunkt har en avvikelse utan åtgärd.",
    )
    assert progress["uppfoljning"].state is State.BEGUN
    assert progress["uppfoljning"].notes == ("Skriv viktiga händelser.", "Skriv om framtiden.")
    follow_up.update_period(
        example_doc, period, {"viktiga_handelser": "Nytt system.", "framtid": "Mer öppenvård."}
    )
    assert follow_up_sections(*_state(example_doc, period))["uppfoljning"].state is State.COMPLETE


def test_a_period_is_found_by_its_name_or_the_periods_are_named(example_doc: PlanDocument) -> None:
    period = _period(example_doc)
    plan = read_plan(example_doc)
    assert period_named(plan, "  provdelår   AUGUSTI 2027 ").id == period
    with pytest.raises(InputError) as error:
        period_named(plan, "Delår maj 2027")
    names = ", ".join(f"”{p.namn}”" for p in plan.uppfoljningar)
    assert error.value.message == (
        f"Planen har ingen uppföljning som heter ”Delår maj 2027”. Planens uppföljningar: {names}."
    )


def test_a_plan_without_periods_says_so(doc: PlanDocument) -> None:
    with pytest.raises(InputError, match="den har inga ännu"):
        period_named(read_plan(doc), "Delår april 2027")
