"""Granskning of a follow-up period: each rule fires where a secretary would want it to, says
so in Swedish, points at the item and field to fill in, and stays out of the plan's own
checks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Bedomningsgrad, Frekvens, UppfoljningSlag, UppfoljningStatus
from vplan_desktop.follow_up import drift_lines
from vplan_desktop.follow_up_data import Uppfoljning
from vplan_desktop.sections import ItemKind, Section
from vplan_desktop.services import follow_up
from vplan_desktop.services.read import read_plan
from vplan_desktop.validation import Finding, Severity, validate, validate_follow_up

APRIL = "Provdelår april 2027"
AUGUST = "Provdelår augusti 2027"
YEAR = "Provår 2027"


ENDS = {APRIL: dt.date(2027, 4, 30), AUGUST: dt.date(2027, 8, 31), YEAR: dt.date(2027, 12, 31)}


def _add(
    doc: PlanDocument,
    namn: str = AUGUST,
    slag: UppfoljningSlag = UppfoljningSlag.DELAR,
    ar: int = 2027,
    slutdatum: dt.date | None = None,
) -> int:
    follow_up.add_period(doc, namn, ar, slag, slutdatum or ENDS[namn])
    period = read_plan(doc).uppfoljning(namn)
    assert period is not None
    return period.id


def _state(doc: PlanDocument, period_id: int) -> tuple[d.PlanSnapshot, Uppfoljning]:
    plan = read_plan(doc)
    period = plan.uppfoljning(period_id)
    assert period is not None
    return plan, period


def _found(doc: PlanDocument, period_id: int, rule: str) -> list[Finding]:
    """The findings of ``rule`` (by its id's start), one per item."""
    plan, period = _state(doc, period_id)
    return [
        one
        for finding in validate_follow_up(plan, period)
        if finding.rule.startswith(rule)
        for one in finding.each()
    ]


def _set(doc: PlanDocument, kind: ItemKind, period_id: int, item_id: int, **fields: Any) -> None:
    follow_up.set_follow_up(doc, kind, period_id, item_id, fields)


def _level(plan: d.PlanSnapshot, grad: Bedomningsgrad) -> int:
    return next(b.id for b in plan.bedomningsskala if b.grad is grad)


# --- goals ---------------------------------------------------------------------------------


def test_a_goal_without_assessment_is_a_warning_until_assessed(example_doc: PlanDocument) -> None:
    period = _add(example_doc)
    plan, _ = _state(example_doc, period)
    goal = plan.namndsmal[0]
    found = _found(example_doc, period, "uppfoljning.mal_bedomning")
    assert {f.item_id for f in found} == {g.id for g in plan.namndsmal}
    first = next(f for f in found if f.item_id == goal.id)
    assert (first.severity, first.section, first.kind, first.field) == (
        Severity.VARNING,
        Section.MAL,
        ItemKind.UPPFOLJNING_MAL,
        "bedomningsniva_id",
    )
    assert "saknar bedömning" in first.message
    # Many goals without one read as one grouped line that names the count.
    grouped = [f for f in validate_follow_up(*_state(example_doc, period)) if f.items]
    assert f"{len(plan.namndsmal)} mål saknar bedömning" in grouped[0].message

    _set(
        example_doc,
        ItemKind.UPPFOLJNING_MAL,
        period,
        goal.id,
        bedomningsniva_id=_level(plan, Bedomningsgrad.UPPFYLLT),
    )
    assert goal.id not in {f.item_id for f in _found(example_doc, period, "uppfoljning.mal_")}


@pytest.mark.parametrize(
    ("grad", "severity"),
    [(Bedomningsgrad.EJ_UPPFYLLT, Severity.VARNING), (Bedomningsgrad.DELVIS, Severity.TIPS)],
)
def test_a_goal_not_met_needs_orsak_and_atgard(
    example_doc: PlanDocument, grad: Bedomningsgrad, severity: Severity
) -> None:
    period = _add(example_doc)
    plan, _ = _state(example_doc, period)
    goal = plan.namndsmal[1]
    _set(
        example_doc,
        ItemKind.UPPFOLJNING_MAL,
        period,
        goal.id,
        bedomningsniva_id=_level(plan, grad),
        bedomning="Hälften är gjort.",
    )
    found = _found(example_doc, period, "uppfoljning.mal_analys")
    assert [(f.item_id, f.severity, f.field) for f in found] == [(goal.id, severity, "orsak")]
    assert "saknar orsak och åtgärd" in found[0].message

    _set(example_doc, ItemKind.UPPFOLJNING_MAL, period, goal.id, orsak="Vakanser.")
    found = _found(example_doc, period, "uppfoljning.mal_analys")
    assert [(f.field, "saknar åtgärd" in f.message) for f in found] == [("atgard", True)]

    _set(example_doc, ItemKind.UPPFOLJNING_MAL, period, goal.id, atgard="Rekrytering.")
    assert _found(example_doc, period, "uppfoljning.mal_analys") == []


def test_a_goal_met_or_not_assessable_needs_no_analysis(example_doc: PlanDocument) -> None:
    period = _add(example_doc)
    plan, _ = _state(example_doc, period)
    for goal, grad in zip(
        plan.namndsmal[:2], (Bedomningsgrad.UPPFYLLT, Bedomningsgrad.EJ_BEDOMD), strict=True
    ):
        level = _level(plan, grad)
        _set(example_doc, ItemKind.UPPFOLJNING_MAL, period, goal.id, bedomningsniva_id=level)
    assert _found(example_doc, period, "uppfoljning.mal_analys") == []


# --- indicators ----------------------------------------------------------------------------


def _by_frequency(plan: d.PlanSnapshot, frekvens: Frekvens) -> d.Indikator:
    return next(i for i in plan.indikatorer if i.frekvens is frekvens and i.varje_ar)


def test_an_indicator_without_outcome_at_the_year_end_is_a_warning(
    example_doc: PlanDocument,
) -> None:
    period = _add(example_doc, YEAR, slag=UppfoljningSlag.HELAR)
    plan, _ = _state(example_doc, period)
    found = _found(example_doc, period, "uppfoljning.utfall_saknas")
    yearly = _by_frequency(plan, Frekvens.AR)
    assert yearly.id in {f.item_id for f in found}
    one = next(f for f in found if f.item_id == yearly.id)
    assert (one.severity, one.kind, one.field) == (
        Severity.VARNING,
        ItemKind.UPPFOLJNING_INDIKATOR,
        "varde",
    )
    assert one.message.startswith("Indikatorn ”") and one.message.endswith(
        f"” saknar utfall för {YEAR}."
    )
    _set(example_doc, ItemKind.UPPFOLJNING_INDIKATOR, period, yearly.id, varde=Decimal("71"))
    assert yearly.id not in {f.item_id for f in _found(example_doc, period, "uppfoljning.utfall")}


def test_a_delar_asks_only_for_indicators_reported_by_then(example_doc: PlanDocument) -> None:
    april = _add(example_doc, APRIL)
    august = _add(example_doc, AUGUST)
    plan, _ = _state(example_doc, april)
    monthly = _by_frequency(plan, Frekvens.MANAD)
    quarterly = _by_frequency(plan, Frekvens.KVARTAL)
    half = _by_frequency(plan, Frekvens.HALVAR)
    yearly = _by_frequency(plan, Frekvens.AR)
    in_april = {f.item_id for f in _found(example_doc, april, "uppfoljning.utfall_saknas")}
    in_august = {f.item_id for f in _found(example_doc, august, "uppfoljning.utfall_saknas")}
    assert {monthly.id, quarterly.id} <= in_april
    assert half.id not in in_april  # its first outcome is at the end of June
    assert half.id in in_august
    assert yearly.id not in in_april | in_august  # a yearly figure comes with the year's end


def test_an_indicator_not_measured_that_year_is_not_asked_for(example_doc: PlanDocument) -> None:
    period = _add(example_doc, "Provår 2028", UppfoljningSlag.HELAR, 2028, dt.date(2028, 12, 31))
    plan, _ = _state(example_doc, period)
    every_other = next(i for i in plan.indikatorer if i.frekvens is Frekvens.VARTANNAT_AR)
    assert not every_other.varje_ar and every_other.malnivaer.get(2028) is None
    assert every_other.nulage_ar == 2025  # measured 2025, 2027: not 2028
    found = {f.item_id for f in _found(example_doc, period, "uppfoljning.utfall_saknas")}
    assert every_other.id not in found
    assert _by_frequency(plan, Frekvens.AR).id in found


# --- activities ----------------------------------------------------------------------------


def _activity(plan: d.PlanSnapshot, end: dt.date) -> d.Aktivitet:
    return next(a for a in plan.aktiviteter if a.slutdatum == end and a.slutdatum_reviderat is None)


@pytest.mark.parametrize("status", [UppfoljningStatus.PAGAR, UppfoljningStatus.EJ_PABORJAD])
def test_an_activity_past_its_end_still_open_is_a_warning(
    example_doc: PlanDocument, status: UppfoljningStatus
) -> None:
    period = _add(example_doc)
    plan, _ = _state(example_doc, period)
    late = _activity(plan, dt.date(2027, 6, 30))
    _set(example_doc, ItemKind.UPPFOLJNING_AKTIVITET, period, late.id, status=status.value)
    found = _found(example_doc, period, "uppfoljning.aktivitet_forsenad")
    assert [(f.item_id, f.severity, f.kind) for f in found] == [
        (late.id, Severity.VARNING, ItemKind.UPPFOLJNING_AKTIVITET)
    ]
    assert "skulle vara klar 2027-06-30" in found[0].message

    # A revised end date after the period, or a status that says where it stands, is enough.
    _set(
        example_doc,
        ItemKind.UPPFOLJNING_AKTIVITET,
        period,
        late.id,
        slutdatum_reviderat=dt.date(2027, 10, 31),
    )
    assert _found(example_doc, period, "uppfoljning.aktivitet_forsenad") == []


@pytest.mark.parametrize(
    "status",
    [UppfoljningStatus.SENARELAGD, UppfoljningStatus.KLAR, UppfoljningStatus.AVBRUTEN],
)
def test_an_activity_past_its_end_with_a_telling_status_is_fine(
    example_doc: PlanDocument, status: UppfoljningStatus
) -> None:
    period = _add(example_doc)
    plan, _ = _state(example_doc, period)
    late = _activity(plan, dt.date(2027, 6, 30))
    _set(example_doc, ItemKind.UPPFOLJNING_AKTIVITET, period, late.id, status=status.value)
    assert _found(example_doc, period, "uppfoljning.aktivitet_forsenad") == []


def test_an_activity_still_running_before_its_end_is_fine(example_doc: PlanDocument) -> None:
    period = _add(example_doc)
    plan, _ = _state(example_doc, period)
    running = _activity(plan, dt.date(2027, 12, 31))
    status = UppfoljningStatus.PAGAR.value
    _set(example_doc, ItemKind.UPPFOLJNING_AKTIVITET, period, running.id, status=status)
    assert _found(example_doc, period, "uppfoljning.aktivitet_forsenad") == []


def test_an_activity_without_status_is_a_tip_unless_it_starts_later(
    example_doc: PlanDocument,
) -> None:
    period = _add(example_doc, APRIL)
    plan, _ = _state(example_doc, period)
    found = _found(example_doc, period, "uppfoljning.aktivitet_status")
    later = [
        a.id
        for a in plan.aktiviteter
        if (a.startdatum and a.startdatum > dt.date(2027, 4, 30)) or (a.ar and a.ar > 2027)
    ]
    assert later  # the example plan has activities that begin after April
    assert {f.item_id for f in found} == {a.id for a in plan.aktiviteter} - set(later)
    assert {(f.severity, f.field) for f in found} == {(Severity.TIPS, "status")}
    first = plan.aktiviteter[0]
    _set(example_doc, ItemKind.UPPFOLJNING_AKTIVITET, period, first.id, status="pagar")
    assert first.id not in {
        f.item_id for f in _found(example_doc, period, "uppfoljning.aktivitet_status")
    }


# --- the budget ----------------------------------------------------------------------------


def test_a_large_drift_deviation_without_comment_is_a_warning(example_doc: PlanDocument) -> None:
    period = _add(example_doc)
    plan, found_period = _state(example_doc, period)
    line = next(x for x in drift_lines(plan, found_period) if x.budget)
    assert line.budget is not None
    over = Decimal(line.budget) * Decimal("1.10")  # 10 % over, the threshold is 5 %
    _set(example_doc, ItemKind.UPPFOLJNING_DRIFT, period, line.rad_id, prognos=over)
    found = _found(example_doc, period, "uppfoljning.avvikelse")
    assert [(f.section, f.kind, f.item_id, f.field, f.severity) for f in found] == [
        (Section.DRIFT, ItemKind.UPPFOLJNING_DRIFT, line.rad_id, "kommentar", Severity.VARNING)
    ]
    assert f"”{line.namn}”" in found[0].message and "-10,0" in found[0].message
    assert "gränsen 5" in found[0].message

    # Within the threshold: nothing to explain.
    within = Decimal(line.budget) * Decimal("1.04")
    _set(example_doc, ItemKind.UPPFOLJNING_DRIFT, period, line.rad_id, prognos=within)
    assert _found(example_doc, period, "uppfoljning.avvikelse") == []
    _set(example_doc, ItemKind.UPPFOLJNING_DRIFT, period, line.rad_id, prognos=over)
    _set(example_doc, ItemKind.UPPFOLJNING_DRIFT, period, line.rad_id, kommentar="Fler HVB.")
    assert _found(example_doc, period, "uppfoljning.avvikelse") == []


def test_a_large_result_deviation_without_comment_is_a_warning(example_doc: PlanDocument) -> None:
    period = _add(example_doc)
    plan, _ = _state(example_doc, period)
    row = plan.resultatrakning[0]
    # The netto is far below a budget that any row of the example has (tens of mnkr).
    _set(
        example_doc,
        ItemKind.UPPFOLJNING_RESULTAT,
        period,
        row.id,
        prognos_intakter=Decimal(0),
        prognos_kostnader=Decimal(-500),
    )
    found = _found(example_doc, period, "uppfoljning.avvikelse")
    assert [(f.section, f.kind, f.item_id) for f in found] == [
        (Section.RESULTAT, ItemKind.UPPFOLJNING_RESULTAT, row.id)
    ]
    assert "resultaträkningen" in found[0].message
    _set(example_doc, ItemKind.UPPFOLJNING_RESULTAT, period, row.id, kommentar="Placeringar.")
    assert _found(example_doc, period, "uppfoljning.avvikelse") == []


def test_a_large_investment_deviation_without_comment_is_a_warning(
    example_doc: PlanDocument,
) -> None:
    period = _add(example_doc)
    plan, _ = _state(example_doc, period)
    investment = plan.investeringar[0]
    budgeted = investment.belopp[2027]
    half = budgeted / 2
    _set(example_doc, ItemKind.UPPFOLJNING_INVESTERING, period, investment.id, prognos=half)
    found = _found(example_doc, period, "uppfoljning.avvikelse")
    assert [(f.section, f.item_id, f.severity) for f in found] == [
        (Section.INVESTERINGAR, investment.id, Severity.VARNING)
    ]
    assert f"Investeringen ”{investment.projekt}”" in found[0].message
    _set(example_doc, ItemKind.UPPFOLJNING_INVESTERING, period, investment.id, kommentar="Sent.")
    assert _found(example_doc, period, "uppfoljning.avvikelse") == []


# --- internal control and the summary ------------------------------------------------------


def test_a_control_not_marked_is_a_tip(example_doc: PlanDocument) -> None:
    period = _add(example_doc)
    plan, _ = _state(example_doc, period)
    found = _found(example_doc, period, "uppfoljning.kontroll_utford")
    assert {f.item_id for f in found} == {c.id for c in plan.internkontroll}
    assert {(f.severity, f.kind, f.field) for f in found} == {
        (Severity.TIPS, ItemKind.UPPFOLJNING_KONTROLL, "utford")
    }
    control = plan.internkontroll[0]
    _set(example_doc, ItemKind.UPPFOLJNING_KONTROLL, period, control.id, utford=False)
    assert control.id not in {
        f.item_id for f in _found(example_doc, period, "uppfoljning.kontroll_utford")
    }


def test_a_control_with_a_deviation_needs_an_atgard(example_doc: PlanDocument) -> None:
    period = _add(example_doc)
    plan, _ = _state(example_doc, period)
    control = plan.internkontroll[1]
    _set(
        example_doc,
        ItemKind.UPPFOLJNING_KONTROLL,
        period,
        control.id,
        utford=True,
        avvikelse="Tre utredningar blev sena.",
    )
    found = _found(example_doc, period, "uppfoljning.kontroll_atgard")
    assert [(f.item_id, f.severity, f.field) for f in found] == [
        (control.id, Severity.VARNING, "atgard")
    ]
    assert "saknar åtgärd" in found[0].message
    _set(example_doc, ItemKind.UPPFOLJNING_KONTROLL, period, control.id, atgard="Konsulter.")
    assert _found(example_doc, period, "uppfoljning.kontroll_atgard") == []


def test_an_empty_summary_is_a_tip(example_doc: PlanDocument) -> None:
    period = _add(example_doc)
    found = _found(example_doc, period, "uppfoljning.sammanfattning")
    assert [(f.section, f.kind, f.item_id, f.field, f.severity) for f in found] == [
        (Section.UPPFOLJNING, ItemKind.UPPFOLJNING, period, "sammanfattning", Severity.TIPS)
    ]
    assert found[0].message.startswith(f"{AUGUST} saknar sammanfattning")
    follow_up.update_period(example_doc, period, {"sammanfattning": "Det går bra."})
    assert _found(example_doc, period, "uppfoljning.sammanfattning") == []


# --- the plan's own checks -----------------------------------------------------------------


def test_the_plan_checks_are_the_plans_own(example_doc: PlanDocument) -> None:
    before = validate(read_plan(example_doc))
    period = _add(example_doc)
    plan, found = _state(example_doc, period)
    assert validate_follow_up(plan, found)  # the period has findings of its own …
    after = validate(plan)
    assert after == before  # … which the plan's checks never show
    assert not any(f.rule.startswith("uppfoljning.") for f in after)


def test_the_findings_come_in_the_follow_up_order(example_doc: PlanDocument) -> None:
    period = _add(example_doc)
    keys = [f.key for f in validate_follow_up(*_state(example_doc, period))]
    order = ["uppfoljning", "mal", "aktiviteter", "drift", "resultat", "investeringar"]
    order.append("internkontroll")
    assert keys == sorted(keys, key=order.index)
    assert keys[0] == "uppfoljning"
