"""Figures and rules of a plan's follow-up, computed in one place from the plan snapshot.

The window, the delårsrapport's Word, PDF and Excel, validation and next year's plan take from
here what a period's outcome means:

- **Avvikelse** of a budget row is the year's budget minus the prognos for the year (the
  driftbudget's and the investments' amounts are costs): negative is an overspend. In the
  resultaträkning, whose kostnader are negative, it is prognos minus budget, so that there too
  negative is worse than budget. Utfall so far is shown beside it, never compared with the
  whole year's budget.
- A deviation is **large** when it is more than the plan's threshold (``avvikelsegrans``, in
  percent of the budget) away from it, either way: it needs a comment.
- An indicator's outcome is **compared** with the year's target (``targets.met``), and its
  **trend** is the direction from the last earlier outcome, read with the indicator's
  direction (higher or lower is better).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from vplan_desktop import budget
from vplan_desktop import domain as d
from vplan_desktop.budget import Amount
from vplan_desktop.db.enums import (
    Bedomningsgrad,
    BudgetTabell,
    Jamforare,
    KolumnSlag,
    Riktning,
    UppfoljningSlag,
)
from vplan_desktop.follow_up_data import Bedomningsniva, Uppfoljning

__all__ = [
    "BudgetLine",
    "Mall",
    "PeriodSpec",
    "ResultLines",
    "Trend",
    "template_periods",
]


class Mall(StrEnum):
    """How often a plan is followed up: per tertial, per half year, or once a year."""

    TERTIAL = "tertial"
    HALVAR = "halvar"
    HELAR = "helar"


MALL_LABELS = {
    Mall.TERTIAL: "Tertial (delår april och augusti, årsredovisning)",
    Mall.HALVAR: "Halvår (delår juni, årsredovisning)",
    Mall.HELAR: "Helår (årsredovisning)",
}


@dataclass(frozen=True, slots=True)
class PeriodSpec:
    """A period a template makes: its name, kind and last day."""

    namn: str
    slag: UppfoljningSlag
    slutdatum: dt.date


def template_periods(mall: Mall, ar: int) -> tuple[PeriodSpec, ...]:
    """The periods of ``mall`` for the year ``ar``, in order."""
    delar = {
        Mall.TERTIAL: ((4, 30, "april"), (8, 31, "augusti")),
        Mall.HALVAR: ((6, 30, "juni"),),
        Mall.HELAR: (),
    }[mall]
    return (
        *(
            PeriodSpec(f"Delår {month} {ar}", UppfoljningSlag.DELAR, dt.date(ar, mo, day))
            for mo, day, month in delar
        ),
        PeriodSpec(f"Årsredovisning {ar}", UppfoljningSlag.HELAR, dt.date(ar, 12, 31)),
    )


# --- the budget -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BudgetLine:
    """A budget row at a period: the year's budget, utfall so far, prognos and avvikelse."""

    namn: str
    budget: Amount
    utfall: Amount
    prognos: Amount
    avvikelse: Amount
    procent: Decimal | None
    """The avvikelse in percent of the budget; None without a budget (or a budget of 0)."""
    kommentar: str
    stor: bool
    """Beyond the plan's threshold: it needs a comment."""
    rad_id: int = 0


def budget_column(plan: d.PlanSnapshot, tabell: BudgetTabell, ar: int) -> d.BudgetKolumn | None:
    """The Budget column of ``ar`` in ``tabell`` (its Plan column when it has no Budget one)."""
    columns = [c for c in plan.kolumner(tabell) if c.ar == ar]
    for slag in (KolumnSlag.BUDGET, KolumnSlag.PLAN):
        found = next((c for c in columns if c.slag is slag), None)
        if found is not None:
            return found
    return None


def _line(
    plan: d.PlanSnapshot,
    namn: str,
    budgeted: Amount,
    utfall: Amount,
    prognos: Amount,
    kommentar: str,
    *,
    signed: bool,
    rad_id: int,
) -> BudgetLine:
    found = (
        budget.deviation(prognos, budgeted)
        if signed and budgeted is not None and prognos is not None
        else budget.deviation(budgeted, prognos)
    )
    avvikelse = None if found is None else found.amount
    procent = None
    if avvikelse is not None and budgeted:
        procent = avvikelse * 100 / abs(Decimal(budgeted))
    return BudgetLine(
        namn,
        budgeted,
        utfall,
        prognos,
        avvikelse,
        procent,
        kommentar,
        is_large(plan, procent),
        rad_id,
    )


def is_large(plan: d.PlanSnapshot, procent: Decimal | None) -> bool:
    """Whether a deviation of ``procent`` is beyond the plan's threshold."""
    return procent is not None and abs(procent) > plan.uppgifter.avvikelsegrans


def drift_lines(plan: d.PlanSnapshot, period: Uppfoljning) -> tuple[BudgetLine, ...]:
    """Each driftbudget row (nettokostnad) at ``period``."""
    column = budget_column(plan, BudgetTabell.DRIFT, period.ar)
    names = {v.id: v.namn for v in plan.verksamheter}
    lines = []
    for rad in plan.driftbudget:
        given = period.drift_row(rad.id)
        budgeted = None if column is None else budget.amount(rad.belopp.get(column.id))
        lines.append(
            _line(
                plan,
                names.get(rad.verksamhet_id, "?"),
                budgeted,
                given.utfall,
                given.prognos,
                given.kommentar,
                signed=False,
                rad_id=rad.id,
            )
        )
    return tuple(lines)


def summed_prognos(pairs: Iterable[tuple[Amount, Amount]]) -> Amount:
    """The prognoses of (budget, prognos) pairs summed; blank while a budgeted line has no
    prognos yet, so that a half-filled follow-up never shows a whole budget against part of
    the prognoses (a false deviation of nearly all of it)."""
    given = list(pairs)
    if any(prognos is None and budgeted is not None for budgeted, prognos in given):
        return None
    return budget.total(prognos for _, prognos in given)


def _summed(plan: d.PlanSnapshot, lines: Iterable[BudgetLine]) -> BudgetLine:
    rows = list(lines)
    return _line(
        plan,
        "Summa",
        budget.total(line.budget for line in rows),
        budget.total(line.utfall for line in rows),
        summed_prognos((line.budget, line.prognos) for line in rows),
        "",
        signed=False,
        rad_id=0,
    )


def drift_total(plan: d.PlanSnapshot, period: Uppfoljning) -> BudgetLine:
    """The driftbudget's nettokostnad at ``period``: the rows summed (the prognos only once
    every budgeted row has one)."""
    return _summed(plan, drift_lines(plan, period))


@dataclass(frozen=True, slots=True)
class ResultLines:
    """A resultaträkning row at ``period``: intäkter, kostnader and netto."""

    namn: str
    intakter: BudgetLine
    kostnader: BudgetLine
    netto: BudgetLine
    kommentar: str
    rad_id: int = 0


def result_lines(plan: d.PlanSnapshot, period: Uppfoljning) -> tuple[ResultLines, ...]:
    """Each resultaträkning row at ``period`` (kostnader negative, as in the plan)."""
    column = budget_column(plan, BudgetTabell.RESULTAT, period.ar)
    names = {v.id: v.namn for v in plan.verksamheter}
    found = []
    for rad in plan.resultatrakning:
        given = period.resultat_row(rad.id)
        cell = None if column is None else rad.belopp.get(column.id)
        namn = names.get(rad.verksamhet_id, "?")
        found.append(
            _result(
                plan,
                namn,
                (
                    budget.amount(cell.intakter if cell else None),
                    given.utfall_intakter,
                    given.prognos_intakter,
                ),
                (
                    budget.amount(cell.kostnader if cell else None),
                    given.utfall_kostnader,
                    given.prognos_kostnader,
                ),
                budget.netto(cell),
                given.kommentar,
                rad.id,
            )
        )
    return tuple(found)


Figures = tuple[Amount, Amount, Amount]
"""Budget, utfall and prognos of one line."""


def _result(
    plan: d.PlanSnapshot,
    namn: str,
    intakter: Figures,
    kostnader: Figures,
    netto_budget: Amount,
    kommentar: str,
    rad_id: int,
) -> ResultLines:
    def line(label: str, figures: Figures) -> BudgetLine:
        return _line(plan, label, *figures, kommentar, signed=True, rad_id=rad_id)

    netto = (
        netto_budget,
        budget.total((intakter[1], kostnader[1])),
        summed_prognos(((intakter[0], intakter[2]), (kostnader[0], kostnader[2]))),
    )
    return ResultLines(
        namn,
        line("Intäkter", intakter),
        line("Kostnader", kostnader),
        line("Netto", netto),
        kommentar,
        rad_id,
    )


def result_total(plan: d.PlanSnapshot, period: Uppfoljning) -> ResultLines:
    """The resultaträkning's sums at ``period``."""
    rows = result_lines(plan, period)

    def summed(name: str) -> Figures:
        lines = [getattr(r, name) for r in rows]
        return (
            budget.total(x.budget for x in lines),
            budget.total(x.utfall for x in lines),
            summed_prognos((x.budget, x.prognos) for x in lines),
        )

    return _result(
        plan, "Summa", summed("intakter"), summed("kostnader"), summed("netto")[0], "", 0
    )


def investment_lines(plan: d.PlanSnapshot, period: Uppfoljning) -> tuple[BudgetLine, ...]:
    """Each investment at ``period``: its budget for the year, utfall and prognos."""
    return tuple(
        _line(
            plan,
            i.projekt,
            budget.amount(i.belopp.get(period.ar)),
            period.investment(i.id).utfall,
            period.investment(i.id).prognos,
            period.investment(i.id).kommentar,
            signed=False,
            rad_id=i.id,
        )
        for i in plan.investeringar
    )


def investment_total(plan: d.PlanSnapshot, period: Uppfoljning) -> BudgetLine:
    """The investments summed at ``period`` (the prognos once every budgeted one has one)."""
    return _summed(plan, investment_lines(plan, period))


# --- goals and indicators -------------------------------------------------------------------


def grade_of(plan: d.PlanSnapshot, period: Uppfoljning, goal_id: int) -> Bedomningsgrad | None:
    """What the goal's assessment at ``period`` means; None when it has none."""
    level = plan.bedomningsniva(period.goal(goal_id).bedomningsniva_id)
    return None if level is None else level.grad


def grade_counts(
    plan: d.PlanSnapshot, period: Uppfoljning, goals: Iterable[d.Namndsmal] | None = None
) -> list[tuple[Bedomningsniva | None, int]]:
    """How many goals got each level of the scale (in the scale's order), then how many got
    none (None), for the summary chart; levels no goal got are counted 0."""
    chosen = list(plan.namndsmal if goals is None else goals)
    counted = Counter(period.goal(g.id).bedomningsniva_id for g in chosen)
    known = {level.id for level in plan.bedomningsskala}
    rows: list[tuple[Bedomningsniva | None, int]] = [
        (level, counted.get(level.id, 0)) for level in plan.bedomningsskala
    ]
    missing = sum(n for key, n in counted.items() if key not in known)
    if missing:
        rows.append((None, missing))
    return rows


class Trend(StrEnum):
    """Which way an indicator moved since its last earlier outcome."""

    BATTRE = "battre"
    SAMMA = "samma"
    SAMRE = "samre"
    UPP = "upp"
    """Higher, for an indicator with no direction."""
    NED = "ned"


TREND_LABELS = {
    Trend.BATTRE: "Förbättring",
    Trend.SAMMA: "Oförändrat",
    Trend.SAMRE: "Försämring",
    Trend.UPP: "Ökning",
    Trend.NED: "Minskning",
}
TREND_ARROWS = {
    Trend.BATTRE: "↗",
    Trend.SAMMA: "→",
    Trend.SAMRE: "↘",
    Trend.UPP: "↗",
    Trend.NED: "↘",
}


def history(indicator: d.Indikator, period: Uppfoljning) -> dict[int, d.Value]:
    """The indicator's outcomes by year: those of the plan, with the period's for its year."""
    found = {year: v for year, v in indicator.utfall.items() if v is not None}
    if indicator.nulage_ar is not None and indicator.nulage is not None:
        found.setdefault(indicator.nulage_ar, indicator.nulage)
    outcome = period.outcome(indicator.id).varde
    if outcome is not None:
        found[period.ar] = outcome
    return dict(sorted(found.items()))


def trend(indicator: d.Indikator, period: Uppfoljning) -> Trend | None:
    """The direction from the last earlier numeric outcome to the period's; None when either
    is missing or not a number."""
    now = period.outcome(indicator.id).varde
    earlier = [v for year, v in history(indicator, period).items() if year < period.ar]
    if not isinstance(now, Decimal) or not earlier or not isinstance(earlier[-1], Decimal):
        return None
    before = earlier[-1]
    if now == before:
        return Trend.SAMMA
    higher = now > before
    if indicator.riktning is Riktning.INGEN:
        return Trend.UPP if higher else Trend.NED
    better = higher == (indicator.riktning is Riktning.HOGRE_BATTRE)
    return Trend.BATTRE if better else Trend.SAMRE


def target(indicator: d.Indikator, period: Uppfoljning) -> d.Value:
    """The indicator's target (målnivå) for the period's year."""
    return indicator.malnivaer.get(period.ar)


def target_met(indicator: d.Indikator, period: Uppfoljning) -> bool | None:
    """Whether the period's outcome reaches the year's target; None when it cannot be told
    (no number on either side)."""
    outcome = period.outcome(indicator.id).varde
    goal = target(indicator, period)
    if not isinstance(outcome, Decimal) or not isinstance(goal, Decimal):
        return None
    comparison = indicator.jamforare.get(period.ar)
    if comparison is None:
        comparison = {
            Riktning.HOGRE_BATTRE: Jamforare.MINST,
            Riktning.LAGRE_BATTRE: Jamforare.HOGST,
        }.get(indicator.riktning, Jamforare.LIKA_MED)
    return {
        Jamforare.MINST: outcome >= goal,
        Jamforare.HOGST: outcome <= goal,
        Jamforare.MER_AN: outcome > goal,
        Jamforare.MINDRE_AN: outcome < goal,
        Jamforare.LIKA_MED: outcome == goal,
    }[comparison]


# --- activities -----------------------------------------------------------------------------


def end_date(activity: d.Aktivitet, period: Uppfoljning) -> dt.date | None:
    """The activity's end date as the period knows it: revised at the period, else in the
    plan (revised or first)."""
    return (
        period.activity(activity.id).slutdatum_reviderat
        or activity.slutdatum_reviderat
        or activity.slutdatum
    )
