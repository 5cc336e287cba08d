"""Follow-up periods in the plan file: made from a template, filled in, frozen when reported,
writable after the plan's adoption, every edit undoable."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from decimal import Decimal
from functools import partial
from typing import Any

import pytest

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Bedomningsgrad, UppfoljningSlag, UppfoljningStatus
from vplan_desktop.errors import AdoptedPlanError, InputError, NotFoundError
from vplan_desktop.follow_up import Mall
from vplan_desktop.formatting import parse_value
from vplan_desktop.sections import ItemKind, Part
from vplan_desktop.services import adoption, follow_up, items
from vplan_desktop.services.follow_up import AssessmentLevel
from vplan_desktop.services.read import read_change, read_plan


def _first_period(doc: PlanDocument) -> int:
    follow_up.add_periods(doc, Mall.TERTIAL, 2027)
    return read_plan(doc).uppfoljningar[0].id


def test_a_template_makes_its_periods_in_order_once(doc: PlanDocument) -> None:
    change = follow_up.add_periods(doc, Mall.TERTIAL, 2027)
    plan = read_plan(doc)
    assert [(p.namn, p.slag, p.slutdatum) for p in plan.uppfoljningar] == [
        ("Delår april 2027", UppfoljningSlag.DELAR, dt.date(2027, 4, 30)),
        ("Delår augusti 2027", UppfoljningSlag.DELAR, dt.date(2027, 8, 31)),
        ("Årsredovisning 2027", UppfoljningSlag.HELAR, dt.date(2027, 12, 31)),
    ]
    assert Part.UPPFOLJNINGAR in change.touched()
    with pytest.raises(InputError, match="redan uppföljningarna för 2027"):
        follow_up.add_periods(doc, Mall.TERTIAL, 2027)
    # A half-year template adds only what is missing (its årsredovisning exists).
    follow_up.add_periods(doc, Mall.HALVAR, 2027)
    assert [p.namn for p in read_plan(doc).uppfoljningar][-1] == "Delår juni 2027"
    change.undo(doc)
    assert [p.namn for p in read_plan(doc).uppfoljningar] == ["Delår juni 2027"]


def test_a_new_plan_has_the_default_scale(doc: PlanDocument) -> None:
    scale = read_plan(doc).bedomningsskala
    assert [(b.namn, b.grad) for b in scale] == [
        ("Uppfyllt", Bedomningsgrad.UPPFYLLT),
        ("Delvis uppfyllt", Bedomningsgrad.DELVIS),
        ("Ej uppfyllt", Bedomningsgrad.EJ_UPPFYLLT),
        ("Går ej att bedöma", Bedomningsgrad.EJ_BEDOMD),
    ]
    assert read_plan(doc).uppgifter.avvikelsegrans == Decimal(5)


def test_a_goal_assessment_is_set_kept_apart_from_the_plan_and_undone(
    example_doc: PlanDocument,
) -> None:
    period = _first_period(example_doc)
    plan = read_plan(example_doc)
    goal = plan.namndsmal[0]
    level = plan.bedomningsskala[1]
    change = follow_up.set_follow_up(
        example_doc,
        ItemKind.UPPFOLJNING_MAL,
        period,
        goal.id,
        {"bedomningsniva_id": level.id, "bedomning": "Hälften av insatserna är gjorda."},
    )
    after = read_plan(example_doc)
    assert after.uppfoljning(period).goal(goal.id).bedomning.startswith("Hälften")  # type: ignore[union-attr]
    assert after.namndsmal == plan.namndsmal  # the plan itself is untouched
    follow_up.set_follow_up(
        example_doc, ItemKind.UPPFOLJNING_MAL, period, goal.id, {"orsak": "Sjukskrivningar."}
    )
    held = read_plan(example_doc).uppfoljning(period).goal(goal.id)  # type: ignore[union-attr]
    assert (held.bedomningsniva_id, held.orsak) == (level.id, "Sjukskrivningar.")
    change.undo(example_doc)
    held = read_plan(example_doc).uppfoljning(period).goal(goal.id)  # type: ignore[union-attr]
    assert (held.bedomningsniva_id, held.bedomning, held.orsak) == (None, "", "Sjukskrivningar.")


def test_outcomes_statuses_amounts_and_results_are_checked_and_stored(
    example_doc: PlanDocument,
) -> None:
    period = _first_period(example_doc)
    plan = read_plan(example_doc)
    indicator, activity = plan.indikatorer[0], plan.aktiviteter[0]
    rad, control = plan.driftbudget[0], plan.internkontroll[0]
    follow_up.set_follow_up(
        example_doc,
        ItemKind.UPPFOLJNING_INDIKATOR,
        period,
        indicator.id,
        {"varde": parse_value("67,5 %"), "datum": dt.date(2027, 4, 30), "kalla": "Kolada"},
    )
    follow_up.set_follow_up(
        example_doc,
        ItemKind.UPPFOLJNING_AKTIVITET,
        period,
        activity.id,
        {"status": "senarelagd", "slutdatum_reviderat": dt.date(2027, 10, 1)},
    )
    follow_up.set_follow_up(
        example_doc,
        ItemKind.UPPFOLJNING_DRIFT,
        period,
        rad.id,
        {"utfall": "-1 250,5", "prognos": 4000},
    )
    follow_up.set_follow_up(
        example_doc, ItemKind.UPPFOLJNING_KONTROLL, period, control.id, {"utford": True}
    )
    held = read_plan(example_doc).uppfoljning(period)
    assert held is not None
    assert held.outcome(indicator.id).varde == Decimal("67.5")
    assert held.activity(activity.id).status is UppfoljningStatus.SENARELAGD
    assert held.drift_row(rad.id).utfall == Decimal("-1250.5")
    assert held.control(control.id).utford is True
    with pytest.raises(InputError, match="Status: ”klart” är inget giltigt val"):
        follow_up.set_follow_up(
            example_doc, ItemKind.UPPFOLJNING_AKTIVITET, period, activity.id, {"status": "klart"}
        )
    with pytest.raises(InputError, match="Prognosen"):
        follow_up.set_follow_up(
            example_doc, ItemKind.UPPFOLJNING_DRIFT, period, rad.id, {"prognos": "mycket"}
        )
    with pytest.raises(NotFoundError, match="Indikatorn finns inte"):
        follow_up.set_follow_up(
            example_doc, ItemKind.UPPFOLJNING_INDIKATOR, period, 99999, {"varde": 1}
        )
    # Emptied again, the row goes: nothing is left in the file for an untouched item.
    follow_up.set_follow_up(
        example_doc, ItemKind.UPPFOLJNING_KONTROLL, period, control.id, {"utford": None}
    )
    assert control.id not in read_plan(example_doc).uppfoljning(period).kontroller  # type: ignore[union-attr]


def test_follow_ups_stay_writable_after_adoption_until_reported(
    example_doc: PlanDocument,
) -> None:
    period = _first_period(example_doc)
    adoption.adopt(example_doc, dt.date(2026, 11, 20), "87")
    goal = read_plan(example_doc).namndsmal[0]
    with pytest.raises(AdoptedPlanError):
        items.update_item(example_doc, ItemKind.NAMNDSMAL, goal.id, {"text": "Ändrat"})
    change = follow_up.set_follow_up(
        example_doc, ItemKind.UPPFOLJNING_MAL, period, goal.id, {"bedomning": "Går bra."}
    )
    follow_up.update_period(example_doc, period, {"sammanfattning": "Ett bra första tertial."})
    change.undo(example_doc).undo(example_doc)  # undo and redo work on the adopted plan too
    reported = follow_up.mark_reported(example_doc, period, dt.date(2027, 5, 20))
    with pytest.raises(InputError, match="rapporterad och därför låst"):
        follow_up.set_follow_up(
            example_doc, ItemKind.UPPFOLJNING_MAL, period, goal.id, {"bedomning": "Nej"}
        )
    with pytest.raises(InputError, match="låst"):
        follow_up.delete_period(example_doc, period)
    held = read_plan(example_doc).uppfoljning(period)
    assert held is not None and held.rapporterad and held.goal(goal.id).bedomning == "Går bra."
    assert (
        "Uppföljningen Delår april 2027 rapporterad" in adoption.read_log(example_doc)[-1].handelse
    )
    reported.undo(example_doc)
    follow_up.set_follow_up(
        example_doc, ItemKind.UPPFOLJNING_MAL, period, goal.id, {"bedomning": "Nu ändrat"}
    )
    follow_up.mark_reported(example_doc, period, dt.date(2027, 5, 21))
    with pytest.raises(InputError, match="varför"):
        follow_up.reopen_period(example_doc, period, "  ")
    follow_up.reopen_period(example_doc, period, "Fel siffra i prognosen")
    assert adoption.read_log(example_doc)[-1].orsak == "Fel siffra i prognosen"


def test_removing_a_period_removes_what_it_holds_and_undo_puts_it_back(
    example_doc: PlanDocument,
) -> None:
    period = _first_period(example_doc)
    goal = read_plan(example_doc).namndsmal[0]
    follow_up.set_follow_up(
        example_doc, ItemKind.UPPFOLJNING_MAL, period, goal.id, {"bedomning": "Text"}
    )
    change = follow_up.delete_period(example_doc, period)
    assert read_plan(example_doc).uppfoljning(period) is None
    change.undo(example_doc)
    restored = read_plan(example_doc).uppfoljning(period)
    assert restored is not None and restored.goal(goal.id).bedomning == "Text"


def test_removing_a_goal_removes_its_assessments_and_undo_restores_them(
    example_doc: PlanDocument,
) -> None:
    period = _first_period(example_doc)
    goal = read_plan(example_doc).namndsmal[-1]
    follow_up.set_follow_up(
        example_doc, ItemKind.UPPFOLJNING_MAL, period, goal.id, {"bedomning": "Text"}
    )
    change = items.delete_items(example_doc, [(ItemKind.NAMNDSMAL, goal.id)])
    assert Part.UPPFOLJNINGAR in change.touched()
    assert goal.id not in read_plan(example_doc).uppfoljning(period).mal  # type: ignore[union-attr]
    change.undo(example_doc)
    assert read_plan(example_doc).uppfoljning(period).goal(goal.id).bedomning == "Text"  # type: ignore[union-attr]


def test_period_names_are_unique_and_checked(doc: PlanDocument) -> None:
    follow_up.add_period(doc, "Delår 1", 2026, UppfoljningSlag.DELAR)
    with pytest.raises(InputError, match="redan en uppföljning som heter ”delår 1”"):
        follow_up.add_period(doc, "delår 1", 2026, UppfoljningSlag.DELAR)
    with pytest.raises(InputError, match="namn får inte vara tomt"):
        follow_up.add_period(doc, "  ", 2026, UppfoljningSlag.DELAR)
    period = read_plan(doc).uppfoljningar[0].id
    with pytest.raises(InputError, match="inga fält som heter ar"):
        follow_up.update_period(doc, period, {"ar": 2030})


def test_the_scale_is_the_kommuns_own_and_a_used_level_stays(example_doc: PlanDocument) -> None:
    period = _first_period(example_doc)
    plan = read_plan(example_doc)
    levels = [AssessmentLevel(b.id, b.namn, b.farg, b.grad) for b in plan.bedomningsskala]
    renamed = [
        AssessmentLevel(levels[2].id, "Målet är inte nått", "#aa0000", Bedomningsgrad.EJ_UPPFYLLT),
        AssessmentLevel(levels[0].id, "Målet är nått", "#00aa00", Bedomningsgrad.UPPFYLLT),
    ]
    follow_up.set_follow_up(
        example_doc,
        ItemKind.UPPFOLJNING_MAL,
        period,
        plan.namndsmal[0].id,
        {"bedomningsniva_id": levels[1].id},
    )
    with pytest.raises(InputError, match="”Delvis uppfyllt” används i 1 bedömningar"):
        follow_up.set_assessment_scale(example_doc, renamed)
    change = follow_up.set_assessment_scale(example_doc, [*renamed, levels[1]])
    assert [b.namn for b in read_plan(example_doc).bedomningsskala] == [
        "Målet är inte nått",
        "Målet är nått",
        "Delvis uppfyllt",
    ]
    change.undo(example_doc)
    assert [b.namn for b in read_plan(example_doc).bedomningsskala] == [b.namn for b in levels]
    with pytest.raises(InputError, match="samma namn"):
        follow_up.set_assessment_scale(example_doc, [levels[0], levels[0]])
    with pytest.raises(InputError, match="ingen färg"):
        follow_up.set_assessment_scale(
            example_doc, [AssessmentLevel(None, "Ny", "grön", Bedomningsgrad.UPPFYLLT)]
        )


def test_the_deviation_threshold_is_a_percentage(doc: PlanDocument) -> None:
    change = follow_up.set_deviation_threshold(doc, "2,5")
    assert read_plan(doc).uppgifter.avvikelsegrans == Decimal("2.5")
    with pytest.raises(InputError, match="mellan 0 och 100"):
        follow_up.set_deviation_threshold(doc, 150)
    change.undo(doc)
    assert read_plan(doc).uppgifter.avvikelsegrans == Decimal(5)


FOLLOW_UP_STEPS: dict[str, Callable[[PlanDocument, Any, int], Any]] = {
    "periods from a template": lambda doc, p, period: follow_up.add_periods(doc, Mall.HALVAR, 2028),
    "a period's summary": lambda doc, p, period: follow_up.update_period(
        doc, period, {"sammanfattning": "Kort."}
    ),
    "a period reported": lambda doc, p, period: follow_up.mark_reported(
        doc, period, dt.date(2027, 5, 2)
    ),
    "a period removed": lambda doc, p, period: follow_up.delete_period(doc, period),
    "a goal's assessment": lambda doc, p, period: follow_up.set_follow_up(
        doc,
        ItemKind.UPPFOLJNING_MAL,
        period,
        p.namndsmal[0].id,
        {"bedomningsniva_id": p.bedomningsskala[0].id},
    ),
    "a budget row's prognos": lambda doc, p, period: follow_up.set_follow_up(
        doc, ItemKind.UPPFOLJNING_DRIFT, period, p.driftbudget[0].id, {"prognos": 10}
    ),
    "the scale": lambda doc, p, period: follow_up.set_assessment_scale(
        doc, [AssessmentLevel(b.id, b.namn + "!", b.farg, b.grad) for b in p.bedomningsskala]
    ),
    "the threshold": lambda doc, p, period: follow_up.set_deviation_threshold(doc, 8),
    "a pasted block": lambda doc, p, period: follow_up.follow_up_batch(
        doc,
        [
            partial(
                follow_up.set_follow_up,
                kind=ItemKind.UPPFOLJNING_AKTIVITET,
                period_id=period,
                item_id=a.id,
                fields={"status": "klar"},
            )
            for a in p.aktiviteter[:3]
        ],
    ),
}


@pytest.mark.parametrize("name", list(FOLLOW_UP_STEPS))
def test_a_follow_up_edit_names_all_it_changed_also_on_an_adopted_plan(
    example_doc: PlanDocument, name: str
) -> None:
    period = _first_period(example_doc)
    adoption.adopt(example_doc, dt.date(2026, 11, 20), "87")
    before = read_plan(example_doc)

    def same(earlier: Any, change: Any) -> Any:
        patched = read_change(example_doc, earlier, change)
        whole = read_plan(example_doc)
        stale = [n for n in whole.__dataclass_fields__ if getattr(whole, n) != getattr(patched, n)]
        assert not stale, f"{name}: read again too little: {stale}"
        return patched

    change = FOLLOW_UP_STEPS[name](example_doc, before, period)
    after = same(before, change)
    undone = change.undo(example_doc)
    assert same(after, undone) == before
    same(before, undone.undo(example_doc))


def test_a_level_whose_colour_is_none_reads_grey(plan_path: Any) -> None:
    with sqlite3.connect(plan_path) as connection:
        connection.execute("UPDATE bedomningsniva SET farg = 'röd; x' WHERE id = 1")
    with PlanDocument.open(plan_path, read_only=True) as doc:
        assert read_plan(doc).bedomningsskala[0].farg == "#9e9e9e"
