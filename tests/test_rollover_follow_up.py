"""Next year's plan takes what this year's follow-ups learnt: the newest outcomes as nuläge,
goals not met named for review, unfinished activities with their comments; the periods stay
behind, the kommun's scale and threshold come along."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Bedomningsgrad, UppfoljningSlag, UppfoljningStatus, VardeSlag
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.follow_up import Mall
from vplan_desktop.planning.rollover import Carry, RolloverSummary, preview_rollover, rollover
from vplan_desktop.sections import ItemKind, Section
from vplan_desktop.services import follow_up, items, values
from vplan_desktop.services.follow_up import AssessmentLevel
from vplan_desktop.services.read import read_plan

APRIL, AUGUST, YEAR = "Delår april 2027", "Delår augusti 2027", "Årsredovisning 2027"


def _fresh_periods(doc: PlanDocument) -> dict[str, int]:
    """The tertial periods of 2027 in the example (which comes without its shipped delår)."""
    follow_up.add_periods(doc, Mall.TERTIAL, 2027)
    return {p.namn: p.id for p in read_plan(doc).uppfoljningar}


def _set(doc: PlanDocument, kind: ItemKind, period: int, item: int, **fields: Any) -> None:
    follow_up.set_follow_up(doc, kind, period, item, fields)


def _level(plan: PlanSnapshot, grad: Bedomningsgrad) -> int:
    return next(b.id for b in plan.bedomningsskala if b.grad is grad)


@pytest.fixture
def followed(example_path: Path) -> Path:
    """The example with a year of follow-ups, the årsredovisning reported."""
    with PlanDocument.open(example_path) as doc:
        periods = _fresh_periods(doc)
        april, august, year = periods[APRIL], periods[AUGUST], periods[YEAR]
        indicator = ItemKind.UPPFOLJNING_INDIKATOR
        # 1: a delår, then the årsredovisning: the årsredovisning is newest.
        _set(doc, indicator, april, 1, varde=Decimal(70))
        _set(doc, indicator, year, 1, varde=Decimal("73.5"))
        # 2: only the august delår holds an outcome (the årsredovisning just a comment).
        _set(doc, indicator, august, 2, varde=Decimal(86))
        _set(doc, indicator, year, 2, kommentar="Siffran kommer i februari.")
        # 3: the plan already holds an utfall for 2027, another figure.
        values.set_indicator_value(doc, 3, VardeSlag.UTFALL, 2027, Decimal(56))
        _set(doc, indicator, year, 3, varde=Decimal(55))
        plan = read_plan(doc)
        goal = ItemKind.UPPFOLJNING_MAL
        not_met, partly, met = (
            _level(plan, g)
            for g in (Bedomningsgrad.EJ_UPPFYLLT, Bedomningsgrad.DELVIS, Bedomningsgrad.UPPFYLLT)
        )
        _set(doc, goal, year, 1, bedomningsniva_id=not_met, bedomning="Fler placeringar.")
        _set(doc, goal, april, 2, bedomningsniva_id=partly)  # later met: not named
        _set(doc, goal, year, 2, bedomningsniva_id=met)
        _set(doc, goal, august, 11, bedomningsniva_id=partly)
        activity = ItemKind.UPPFOLJNING_AKTIVITET
        # 1 is "klart" in the plan, but the årsredovisning says it goes on.
        items.update_item(doc, ItemKind.AKTIVITET, 1, {"status": "klart"})
        _set(doc, activity, year, 1, status=UppfoljningStatus.PAGAR, kommentar="Två enheter kvar.")
        # 2 went on in april and was done by the year's end.
        _set(doc, activity, april, 2, status=UppfoljningStatus.PAGAR, kommentar="Rekrytering.")
        _set(doc, activity, year, 2, status=UppfoljningStatus.KLAR)
        _set(
            doc,
            activity,
            august,
            3,
            status=UppfoljningStatus.SENARELAGD,
            kommentar="Grannkommunen väntar på beslut.",
            slutdatum_reviderat=dt.date(2028, 6, 30),
        )
        _set(doc, activity, year, 4, status=UppfoljningStatus.AVBRUTEN)
        follow_up.mark_reported(doc, year, dt.date(2028, 3, 20))
    return example_path


def _roll(old: Path, new: Path, carry: Carry | None = None) -> tuple[RolloverSummary, PlanSnapshot]:
    before = old.read_bytes()
    summary = rollover(old, new, carry=carry)
    assert old.read_bytes() == before  # the old plan is never changed
    with PlanDocument.open(new, read_only=True) as doc:
        return summary, read_plan(doc)


def test_the_newest_outcome_becomes_the_nulage_and_the_years_utfall(
    followed: Path, tmp_path: Path
) -> None:
    summary, plan = _roll(followed, tmp_path / "ny.vplan")
    first, second, third = plan.indikatorer[:3]
    assert (first.nulage_ar, first.nulage, first.nulage_ar_malniva) == (
        2027,
        Decimal("73.5"),
        False,
    )
    assert first.utfall == {2024: 69, 2025: 71, 2027: Decimal("73.5")}
    # A delår's outcome is part of the year: the nuläge, never the year's utfall.
    assert (second.nulage_ar, second.nulage, second.utfall) == (2027, Decimal(86), {})
    # The plan's own utfall stays in the history; the nuläge is the follow-up's.
    assert (third.nulage_ar, third.nulage, third.utfall) == (
        2027,
        Decimal(55),
        {2027: Decimal(56)},
    )
    lines = summary.lines()
    assert f"Nuläge från {YEAR} (2 indikatorer):" in lines
    assert (
        "  – Ej återaktualiserade barn 0–12 år ett år efter avslutad insats, andel (%): 73,5\xa0%"
        in (lines)
    )
    assert f"Nuläge från {AUGUST} (1 indikator):" in lines
    assert (
        "1 av dessa utfall skrivs in i indikatorernas historik (planen hade inget utfall för året)."
        in (lines)
    )
    assert any(f"utfall 2027 i planen 56, i {YEAR} 55" in line for line in lines)
    # Indicators without a follow-up outcome still take last year's target, as before.
    assert summary.nulage_from_target == 9


def test_goals_not_met_are_named_for_review(followed: Path, tmp_path: Path) -> None:
    summary, plan = _roll(followed, tmp_path / "ny.vplan")
    goals = {g.id: g for g in plan.namndsmal}
    assert goals[1].att_granska and goals[11].att_granska
    lines = summary.lines()
    start = lines.index("Mål som inte uppfylldes helt, att granska särskilt (2):")
    assert lines[start + 1].startswith("  – 1 Barn och unga som får stöd")
    assert lines[start + 1].endswith(f"(Ej uppfyllt i {YEAR})")
    assert lines[start + 2].startswith("  – 1.a Utredningar om barn avslutas")
    assert lines[start + 2].endswith(f"(Delvis uppfyllt i {AUGUST})")
    assert not any("Fler vuxna med försörjningsstöd" in line for line in lines)


def test_unfinished_activities_come_with_their_comment_done_ones_stay(
    followed: Path, tmp_path: Path
) -> None:
    summary, plan = _roll(followed, tmp_path / "ny.vplan")
    kept = {a.id: a for a in plan.aktiviteter}
    assert 2 not in kept and 4 not in kept  # klar and avbruten at their newest follow-up
    assert len(plan.aktiviteter) == 16
    first = kept[1]  # "klart" in the plan, but still going on at the årsredovisning
    assert (first.status, first.overford_fran, first.att_granska) == ("pagar", 2027, True)
    assert first.beskrivning.endswith(f"\n\nUppföljning {YEAR}: Två enheter kvar.")
    assert first.beskrivning.startswith("Alla handläggare utbildas")
    third = kept[3]
    assert third.status == "ej_klart"
    assert third.beskrivning.endswith(
        f"Uppföljning {AUGUST}: Grannkommunen väntar på beslut. (Reviderat slutdatum 2028-06-30.)"
    )
    assert summary.finished_left_out == []
    lines = summary.lines()
    assert (
        "Aktiviteter som inte är klara enligt uppföljningen förs över; uppföljningens "
        "kommentar läggs till i beskrivningen (2):" in lines
    )
    assert f"  – Bygga ut öppenvården för familjer (Klar i {YEAR})" in lines
    assert any(line.endswith(f"(Avbruten i {YEAR})") for line in lines)


def test_periods_stay_behind_the_scale_and_threshold_come_along(
    followed: Path, tmp_path: Path
) -> None:
    with PlanDocument.open(followed) as doc:
        old = read_plan(doc).bedomningsskala
        follow_up.set_assessment_scale(
            doc,
            [
                AssessmentLevel(old[0].id, "Helt uppfyllt", "#1b5e20", Bedomningsgrad.UPPFYLLT),
                AssessmentLevel(old[1].id, "Delvis uppfyllt", "#f9a825", Bedomningsgrad.DELVIS),
                AssessmentLevel(old[2].id, "Ej uppfyllt", "#b71c1c", Bedomningsgrad.EJ_UPPFYLLT),
            ],
        )
        follow_up.set_deviation_threshold(doc, Decimal(8))
    _, plan = _roll(followed, tmp_path / "ny.vplan")
    assert plan.uppfoljningar == ()
    assert [(b.namn, b.farg, b.grad) for b in plan.bedomningsskala] == [
        ("Helt uppfyllt", "#1b5e20", Bedomningsgrad.UPPFYLLT),
        ("Delvis uppfyllt", "#f9a825", Bedomningsgrad.DELVIS),
        ("Ej uppfyllt", "#b71c1c", Bedomningsgrad.EJ_UPPFYLLT),
    ]
    assert plan.uppgifter.avvikelsegrans == Decimal(8)


def test_what_is_left_out_takes_nothing_from_the_follow_ups(followed: Path) -> None:
    lines = preview_rollover(
        followed, carry=Carry.without(Section.MAL, Section.AKTIVITETER)
    ).lines()
    assert not any(
        line.startswith(("Nuläge från", "Mål som inte", "Aktiviteter som")) for line in lines
    )


def test_a_period_of_the_new_plans_years_gives_nothing(example_path: Path) -> None:
    with PlanDocument.open(example_path) as doc:
        _fresh_periods(doc)
        follow_up.add_periods(doc, Mall.HELAR, 2028)
        period = read_plan(doc).uppfoljning("Årsredovisning 2028")
        assert period is not None
        _set(doc, ItemKind.UPPFOLJNING_INDIKATOR, period.id, 1, varde=Decimal(90))
        _set(doc, ItemKind.UPPFOLJNING_AKTIVITET, period.id, 1, status=UppfoljningStatus.KLAR)
    summary = preview_rollover(example_path, 2028)
    assert not any(line.startswith(("Nuläge från", "Aktiviteter som")) for line in summary.lines())
    assert summary.nulage_from_target == 12  # as without follow-ups


def test_a_plan_outcome_newer_than_the_follow_up_stays_the_nulage(
    example_path: Path, tmp_path: Path
) -> None:
    with PlanDocument.open(example_path) as doc:
        periods = _fresh_periods(doc)
        follow_up.add_period(doc, "Årsredovisning 2026", 2026, UppfoljningSlag.HELAR)
        old = read_plan(doc).uppfoljning("Årsredovisning 2026")
        assert old is not None
        _set(doc, ItemKind.UPPFOLJNING_INDIKATOR, old.id, 1, varde=Decimal(72))
        values.set_indicator_value(doc, 1, VardeSlag.UTFALL, 2027, Decimal(75))
        assert periods  # the 2027 periods hold nothing for indicator 1
    _, plan = _roll(example_path, tmp_path / "ny.vplan")
    first = plan.indikatorer[0]
    assert (first.nulage_ar, first.nulage) == (2027, Decimal(75))
    assert 2026 not in first.utfall


def test_the_shipped_examples_delar_is_carried_forward(
    followed_up_path: Path, tmp_path: Path
) -> None:
    summary, plan = _roll(followed_up_path, tmp_path / "ny.vplan")
    with PlanDocument.open(followed_up_path, read_only=True) as doc:
        old = read_plan(doc)
    [delar] = old.uppfoljningar
    done = {
        i
        for i, held in delar.aktiviteter.items()
        if held.status in (UppfoljningStatus.KLAR, UppfoljningStatus.AVBRUTEN)
    }
    assert done and not done & {a.id for a in plan.aktiviteter}
    assert len(plan.aktiviteter) == len(old.aktiviteter) - len(done)
    outcomes = {i for i, o in delar.indikatorer.items() if o.varde is not None}
    assert outcomes
    for indicator in plan.indikatorer:
        if indicator.id in outcomes:
            assert (indicator.nulage_ar, indicator.nulage) == (
                delar.ar,
                delar.outcome(indicator.id).varde,
            )
    assert plan.uppfoljningar == () and plan.bedomningsskala == old.bedomningsskala
    lines = summary.lines()
    assert any(line.startswith(f"Nuläge från {delar.namn}") for line in lines)
    assert any(line.startswith("Mål som inte uppfylldes helt") for line in lines)
