"""The follow-up's figures, computed in one place: avvikelse and its sign, the threshold, sums
that wait for every prognos, an indicator's target, trend and history, the periods of a
template."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

from vplan_desktop import follow_up as fu
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Riktning, UppfoljningSlag
from vplan_desktop.follow_up_data import (
    BeloppUppfoljning,
    IndikatorUtfall,
    ResultatUppfoljning,
    Uppfoljning,
)
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import follow_up
from vplan_desktop.services.read import read_plan


def _period(**held: Any) -> Uppfoljning:
    return Uppfoljning(
        1, "Delår april 2027", 2027, UppfoljningSlag.DELAR, dt.date(2027, 4, 30), **held
    )


def test_the_templates_make_the_periods_municipalities_use() -> None:
    assert [p.namn for p in fu.template_periods(fu.Mall.TERTIAL, 2027)] == [
        "Delår april 2027",
        "Delår augusti 2027",
        "Årsredovisning 2027",
    ]
    assert [(p.namn, p.slutdatum) for p in fu.template_periods(fu.Mall.HALVAR, 2028)] == [
        ("Delår juni 2028", dt.date(2028, 6, 30)),
        ("Årsredovisning 2028", dt.date(2028, 12, 31)),
    ]
    (only,) = fu.template_periods(fu.Mall.HELAR, 2027)
    assert only.slag is UppfoljningSlag.HELAR


def test_avvikelse_is_budget_minus_prognos_and_negative_is_worse(
    example_doc: PlanDocument,
) -> None:
    plan = read_plan(example_doc)
    rad = plan.driftbudget[1]  # Barn och familj, budget 48 900 tkr
    period = _period(drift={rad.id: BeloppUppfoljning(Decimal(30000), Decimal(52300), "")})
    line = next(x for x in fu.drift_lines(plan, period) if x.rad_id == rad.id)
    assert (line.budget, line.prognos, line.avvikelse) == (
        Decimal(48900),
        Decimal(52300),
        Decimal(-3400),
    )
    assert round(line.procent or 0, 2) == Decimal("-6.95")
    assert line.stor  # beyond 5 %
    lenient = dataclasses.replace(
        plan, uppgifter=dataclasses.replace(plan.uppgifter, avvikelsegrans=Decimal(10))
    )
    assert not next(x for x in fu.drift_lines(lenient, period) if x.rad_id == rad.id).stor


def test_in_the_resultatrakning_negative_is_worse_too(example_doc: PlanDocument) -> None:
    plan = read_plan(example_doc)
    rad = plan.resultatrakning[0]  # intäkter 1,8, kostnader −50,7, netto −48,9 mnkr
    period = _period(
        resultat={
            rad.id: ResultatUppfoljning(
                prognos_intakter=Decimal("2.0"), prognos_kostnader=Decimal("-52.3")
            )
        }
    )
    (lines, *_) = fu.result_lines(plan, period)
    assert lines.intakter.avvikelse == Decimal("0.2")  # more income than budgeted: better
    assert lines.kostnader.avvikelse == Decimal("-1.6")  # higher costs: worse
    assert lines.netto.prognos == Decimal("-50.3")
    assert lines.netto.avvikelse == Decimal("-1.4")


def test_sums_wait_for_every_budgeted_rows_prognos(example_doc: PlanDocument) -> None:
    plan = read_plan(example_doc)
    first = plan.driftbudget[0]
    half = _period(drift={first.id: BeloppUppfoljning(None, Decimal(2000), "")})
    total = fu.drift_total(plan, half)
    assert total.budget == 130520
    assert (total.prognos, total.avvikelse, total.stor) == (None, None, False)
    every = _period(
        drift={r.id: BeloppUppfoljning(None, Decimal(100), "") for r in plan.driftbudget}
    )
    assert fu.drift_total(plan, every).prognos == 100 * len(plan.driftbudget)
    investments = _period(
        investeringar={
            i.id: BeloppUppfoljning(Decimal(1), i.belopp.get(2027), "") for i in plan.investeringar
        }
    )
    summed = fu.investment_total(plan, investments)
    assert summed.avvikelse == 0 and summed.utfall == len(plan.investeringar)


def test_a_resultat_rows_netto_waits_for_both_prognoses(example_doc: PlanDocument) -> None:
    plan = read_plan(example_doc)
    rad = plan.resultatrakning[0]
    period = _period(resultat={rad.id: ResultatUppfoljning(prognos_kostnader=Decimal("-52"))})
    (lines, *_) = fu.result_lines(plan, period)
    assert lines.netto.prognos is None and lines.netto.avvikelse is None


def test_an_indicators_target_trend_and_history(example_doc: PlanDocument) -> None:
    plan = read_plan(example_doc)
    higher = plan.indikatorer[0]  # outcomes 69 (2024), 71 (2025); target 74 in 2027
    assert higher.riktning is Riktning.HOGRE_BATTRE
    period = _period(indikatorer={higher.id: IndikatorUtfall(Decimal("72.5"))})
    assert fu.target(higher, period) == 74
    assert fu.target_met(higher, period) is False
    assert fu.trend(higher, period) is fu.Trend.BATTRE
    assert fu.history(higher, period) == {2024: 69, 2025: 71, 2027: Decimal("72.5")}
    lower = next(i for i in plan.indikatorer if i.riktning is Riktning.LAGRE_BATTRE)
    worse = _period(indikatorer={lower.id: IndikatorUtfall(Decimal(1000))})
    assert fu.trend(lower, worse) is fu.Trend.SAMRE
    assert fu.target_met(lower, worse) is False
    text = _period(indikatorer={higher.id: IndikatorUtfall("Ingen mätning")})
    assert fu.trend(higher, text) is None and fu.target_met(higher, text) is None


def test_goals_are_counted_per_level_of_the_kommuns_scale(example_doc: PlanDocument) -> None:
    follow_up.add_periods(example_doc, fu.Mall.HELAR, 2027)
    plan = read_plan(example_doc)
    period = plan.uppfoljningar[0]
    for goal, level in zip(plan.namndsmal[:3], (0, 0, 2), strict=True):
        follow_up.set_follow_up(
            example_doc,
            ItemKind.UPPFOLJNING_MAL,
            period.id,
            goal.id,
            {"bedomningsniva_id": plan.bedomningsskala[level].id},
        )
    plan = read_plan(example_doc)
    counts = [(b.namn if b else None, n) for b, n in fu.grade_counts(plan, plan.uppfoljningar[0])]
    assert counts == [
        ("Uppfyllt", 2),
        ("Delvis uppfyllt", 0),
        ("Ej uppfyllt", 1),
        ("Går ej att bedöma", 0),
        (None, len(plan.namndsmal) - 3),
    ]
