"""The checks a follow-up period must pass before it goes to the nämnd (delårsrapport,
årsredovisning): what is left to assess, to measure, to explain and to mark.

These rules are not among the plan's (``findings.RULES``): ``validate(plan)`` stays the
plan's own, and ``follow_up_findings(plan, period)`` runs these for one period. A finding
names the plan item it is about by the follow-up's kind (``ItemKind.UPPFOLJNING_MAL`` and the
goal's id, as a follow-up edit's ``Change`` does) and the follow-up field to fill in
("bedomningsniva_id", "varde", "kommentar"); the period's own texts are
``ItemKind.UPPFOLJNING`` with the period's id.

Severities: Varning for what the nämnd and the revisorer read as a gap in the report (a goal
not assessed, a missed goal not explained, a large deviation not commented, an activity past
its end still "Pågår"); Tips for what is good practice but often left out of a delårsrapport.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

from vplan_desktop import domain as d
from vplan_desktop.db.enums import Bedomningsgrad
from vplan_desktop.follow_up import BudgetLine, drift_lines, investment_lines, result_lines
from vplan_desktop.follow_up_data import GRAD_LABELS, STATUS_LABELS, Uppfoljning
from vplan_desktop.follow_up_progress import (
    activity_end,
    due,
    expects_outcome,
    overdue,
)
from vplan_desktop.formatting import format_date, format_number, format_percent
from vplan_desktop.goal_checks import goal_name
from vplan_desktop.sections import FOLLOW_UP_SECTIONS, ItemKind, Section
from vplan_desktop.validation.findings import (
    SEVERITY_ORDER,
    Finding,
    Severity,
    _q,
    findings_text,
    group,
    group_as,
    readiness,
)

FollowUpRule = Callable[[d.PlanSnapshot, Uppfoljning], Iterator[Finding]]
FOLLOW_UP_RULES: list[FollowUpRule] = []


def _rule(function: FollowUpRule) -> FollowUpRule:
    FOLLOW_UP_RULES.append(function)
    return function


# --- goals and indicators ------------------------------------------------------------------

MISSED = {Bedomningsgrad.EJ_UPPFYLLT: Severity.VARNING, Bedomningsgrad.DELVIS: Severity.TIPS}
"""A goal not met needs its analysis (why, and what the nämnd does): the revisorer read a
missed goal without one as a gap in the report, so Varning. A goal partly met is often only
described in the assessment text: the analysis is advice there, so Tips."""


@_rule
def goals(plan: d.PlanSnapshot, period: Uppfoljning) -> Iterator[Finding]:
    for goal in plan.namndsmal:
        held = period.goal(goal.id)
        name = goal_name(plan.uppgifter, goal)
        level = plan.bedomningsniva(held.bedomningsniva_id)
        if level is None:
            yield Finding(
                Severity.VARNING,
                f"{name} saknar bedömning. Välj hur väl målet är uppfyllt.",
                Section.MAL,
                ItemKind.UPPFOLJNING_MAL,
                goal.id,
                "bedomningsniva_id",
                "uppfoljning.mal_bedomning",
                name=name,
            )
            continue
        severity = MISSED.get(level.grad)
        lacking = [
            (field, label)
            for field, label in (("orsak", "orsak"), ("atgard", "åtgärd"))
            if not getattr(held, field).strip()
        ]
        if severity is None or not lacking:
            continue
        what = " och ".join(label for _, label in lacking)
        yield Finding(
            severity,
            f"{name} bedöms som ”{level.namn}” men saknar {what}. Skriv varför målet inte "
            "nås och vad nämnden gör åt det.",
            Section.MAL,
            ItemKind.UPPFOLJNING_MAL,
            goal.id,
            lacking[0][0],
            f"uppfoljning.mal_analys.{level.grad.value}",
            name=name,
        )


@_rule
def indicators(plan: d.PlanSnapshot, period: Uppfoljning) -> Iterator[Finding]:
    for indicator in plan.indikatorer:
        if period.outcome(indicator.id).varde is not None or not expects_outcome(indicator, period):
            continue
        name = _q(indicator.namn)
        yield Finding(
            Severity.VARNING,
            f"Indikatorn {name} saknar utfall för {period.namn}.",
            Section.MAL,
            ItemKind.UPPFOLJNING_INDIKATOR,
            indicator.id,
            "varde",
            "uppfoljning.utfall_saknas",
            name=name,
        )


# --- activities ----------------------------------------------------------------------------


@_rule
def activities(plan: d.PlanSnapshot, period: Uppfoljning) -> Iterator[Finding]:
    for activity in plan.aktiviteter:
        name = _q(activity.namn)
        status = period.activity(activity.id).status
        if status is None:
            if due(activity, period):
                yield Finding(
                    Severity.TIPS,
                    f"Aktiviteten {name} saknar status för {period.namn}.",
                    Section.AKTIVITETER,
                    ItemKind.UPPFOLJNING_AKTIVITET,
                    activity.id,
                    "status",
                    "uppfoljning.aktivitet_status",
                    name=name,
                )
            continue
        end = activity_end(activity, period)
        if end is not None and overdue(activity, period):
            yield Finding(
                Severity.VARNING,
                f"Aktiviteten {name} skulle vara klar {format_date(end)} men har status "
                f"”{STATUS_LABELS[status]}”. Ändra status (till exempel Senarelagd) eller ange "
                "ett reviderat slutdatum.",
                Section.AKTIVITETER,
                ItemKind.UPPFOLJNING_AKTIVITET,
                activity.id,
                "status",
                "uppfoljning.aktivitet_forsenad",
                name=name,
            )


# --- the budget ----------------------------------------------------------------------------


def _deviation(
    plan: d.PlanSnapshot,
    line: BudgetLine,
    what: str,
    namn: str,
    section: Section,
    kind: ItemKind,
) -> Iterator[Finding]:
    if not line.stor or line.kommentar.strip() or line.avvikelse is None:
        return
    procent = line.procent if line.procent is not None else Decimal(0)
    name = _q(namn)
    limit = format_percent(plan.uppgifter.avvikelsegrans)
    yield Finding(
        Severity.VARNING,
        f"{what} {name} avviker {format_number(line.avvikelse)} "
        f"({format_percent(procent, decimals=1)}) från budget, mer än gränsen {limit}. "
        "Kommentera avvikelsen.",
        section,
        kind,
        line.rad_id,
        "kommentar",
        f"uppfoljning.avvikelse.{section.value}",
        name=name,
    )


@_rule
def budget(plan: d.PlanSnapshot, period: Uppfoljning) -> Iterator[Finding]:
    for line in drift_lines(plan, period):
        yield from _deviation(
            plan,
            line,
            "Nettokostnaden för",
            line.namn,
            Section.DRIFT,
            ItemKind.UPPFOLJNING_DRIFT,
        )
    for row in result_lines(plan, period):
        yield from _deviation(
            plan,
            row.netto,
            "Nettot i resultaträkningen för",
            row.namn,
            Section.RESULTAT,
            ItemKind.UPPFOLJNING_RESULTAT,
        )
    for line in investment_lines(plan, period):
        yield from _deviation(
            plan,
            line,
            "Investeringen",
            line.namn,
            Section.INVESTERINGAR,
            ItemKind.UPPFOLJNING_INVESTERING,
        )


# --- internal control and the summary ------------------------------------------------------


@_rule
def controls(plan: d.PlanSnapshot, period: Uppfoljning) -> Iterator[Finding]:
    for number, control in enumerate(plan.internkontroll, start=1):
        held = period.control(control.id)
        name = _q(control.kontrollmoment or control.process or f"rad {number}")
        if held.utford is None:
            yield Finding(
                Severity.TIPS,
                f"Kontrollen {name} är inte markerad som utförd eller ej utförd.",
                Section.INTERNKONTROLL,
                ItemKind.UPPFOLJNING_KONTROLL,
                control.id,
                "utford",
                "uppfoljning.kontroll_utford",
                name=name,
            )
        if held.avvikelse.strip() and not held.atgard.strip():
            yield Finding(
                Severity.VARNING,
                f"Kontrollen {name} visar en avvikelse men saknar åtgärd. Skriv vad som görs.",
                Section.INTERNKONTROLL,
                ItemKind.UPPFOLJNING_KONTROLL,
                control.id,
                "atgard",
                "uppfoljning.kontroll_atgard",
                name=name,
            )


@_rule
def summary(plan: d.PlanSnapshot, period: Uppfoljning) -> Iterator[Finding]:
    if not period.sammanfattning.strip():
        yield Finding(
            Severity.TIPS,
            f"{period.namn} saknar sammanfattning. Skriv några rader om hur det har gått, "
            "så att nämnden ser helheten först.",
            Section.UPPFOLJNING,
            ItemKind.UPPFOLJNING,
            period.id,
            "sammanfattning",
            "uppfoljning.sammanfattning",
        )


# --- running -------------------------------------------------------------------------------

_ORDER = {section.value: number for number, section in enumerate(FOLLOW_UP_SECTIONS)}


def follow_up_findings(plan: d.PlanSnapshot, period: Uppfoljning) -> list[Finding]:
    """Every finding for ``period`` of ``plan`` (grouped where many share a rule), ordered by
    the follow-up's sections, then severity."""
    findings = group([f for check in FOLLOW_UP_RULES for f in check(plan, period)])
    return sorted(
        findings,
        key=lambda f: (_ORDER.get(f.key, len(_ORDER)), SEVERITY_ORDER.index(f.severity)),
    )


def follow_up_heading(period: Uppfoljning, findings: list[Finding]) -> str:
    """What a period's findings are headed with: "Delår april 2027: 0 fel, 2 varningar, 1 tips"."""
    return f"{period.namn}: {readiness(findings).counts_text}"


def follow_up_text(plan: d.PlanSnapshot, period: Uppfoljning, findings: list[Finding]) -> str:
    """A period's findings as the CLI prints them: the heading, then per section."""
    _, _, body = findings_text(plan, findings).partition("\n")
    return f"{plan.uppgifter.namnd} – {follow_up_heading(period, findings)}\n{body}"


group_as("uppfoljning.mal_bedomning", "mål", "saknar bedömning")
for _grad in MISSED:
    group_as(
        f"uppfoljning.mal_analys.{_grad.value}",
        "mål",
        f"bedöms som {GRAD_LABELS[_grad].lower()} men saknar orsak eller åtgärd",
    )
group_as("uppfoljning.utfall_saknas", "indikator", "saknar utfall")
group_as("uppfoljning.aktivitet_status", "aktivitet", "saknar status")
group_as(
    "uppfoljning.aktivitet_forsenad", "aktivitet", "har passerat sitt slutdatum men är inte klara"
)
group_as("uppfoljning.avvikelse.drift", "verksamhet", "avviker mer än gränsen utan kommentar")
group_as("uppfoljning.avvikelse.resultat", "verksamhet", "avviker mer än gränsen utan kommentar")
group_as(
    "uppfoljning.avvikelse.investeringar", "investering", "avviker mer än gränsen utan kommentar"
)
group_as("uppfoljning.kontroll_utford", "kontrollpunkt", "är inte markerade som utförda")
group_as("uppfoljning.kontroll_atgard", "kontrollpunkt", "visar en avvikelse men saknar åtgärd")
