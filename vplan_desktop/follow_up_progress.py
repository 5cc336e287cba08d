"""How far a follow-up period has come in each of its sections: empty, begun, or complete.

The navigator shows this in follow-up mode as it shows ``completeness`` for the plan: "what
is left to fill in for the period", not "is the report sound" (Granskning's follow-up rules,
``validation.follow_up_rules``, say that). What a period is expected to hold – which
indicators have an outcome by then, which activities are due a status – is decided here, once,
for both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from vplan_desktop import domain as d
from vplan_desktop.completeness import Progress, State
from vplan_desktop.db.enums import Frekvens, UppfoljningSlag, UppfoljningStatus
from vplan_desktop.errors import InputError
from vplan_desktop.follow_up import drift_lines, end_date, investment_lines, result_lines
from vplan_desktop.follow_up_data import Uppfoljning
from vplan_desktop.sections import FOLLOW_UP_SECTIONS, Section
from vplan_desktop.wording import count

# --- what a period is expected to hold -------------------------------------------------------

SUB_YEAR_FIRST_REPORT = {
    Frekvens.MANAD: (1, 31),
    Frekvens.KVARTAL: (3, 31),
    Frekvens.TERTIAL: (4, 30),
    Frekvens.HALVAR: (6, 30),
}
"""The day of the year by which an indicator reported during the year has its first outcome."""


def measured_in(indicator: d.Indikator, year: int) -> bool:
    """Whether the indicator is measured in ``year``: every year when it says so, else in the
    years it has a target for; one measured every other year in the years two apart from
    one it has a value for."""
    if indicator.malnivaer.get(year) is not None:
        return True
    if indicator.frekvens is Frekvens.VARTANNAT_AR:
        known = [y for y, v in indicator.utfall.items() if v is not None]
        if indicator.nulage_ar is not None and indicator.nulage is not None:
            known.append(indicator.nulage_ar)
        return any((year - y) % 2 == 0 for y in known)
    return indicator.varje_ar


def expects_outcome(indicator: d.Indikator, period: Uppfoljning) -> bool:
    """Whether ``period`` should hold an outcome of the indicator.

    An årsredovisning: every indicator measured that year. A delårsrapport: only those
    reported during the year (per month, quarter, tertial, half year) whose first report
    falls within the period; a yearly indicator has no outcome before the year is over, so a
    delår does not ask for one (it may still be given one)."""
    if not measured_in(indicator, period.ar):
        return False
    if period.slag is UppfoljningSlag.HELAR:
        return True
    first = SUB_YEAR_FIRST_REPORT.get(indicator.frekvens) if indicator.frekvens else None
    if first is None:
        return False
    return period.slutdatum is None or period.slutdatum >= dt.date(period.ar, *first)


def period_end(period: Uppfoljning) -> dt.date | None:
    """The period's last day; an årsredovisning without one ends with its year."""
    if period.slutdatum is None and period.slag is UppfoljningSlag.HELAR:
        return dt.date(period.ar, 12, 31)
    return period.slutdatum


def activity_end(activity: d.Aktivitet, period: Uppfoljning) -> dt.date | None:
    """The activity's end as the period knows it; one planned by year ends with its year."""
    end = end_date(activity, period)
    if end is None and activity.ar is not None:
        return dt.date(activity.ar, 12, 31)
    return end


STILL_OPEN = frozenset({UppfoljningStatus.PAGAR, UppfoljningStatus.EJ_PABORJAD})
"""The statuses that say nothing about an end date passed ("Senarelagd" says it is late)."""


def overdue(activity: d.Aktivitet, period: Uppfoljning) -> bool:
    """Whether the activity's end date passed before the period's end while its status at
    the period still says it is to be done (Pågår, Ej påbörjad)."""
    last = period_end(period)
    end = activity_end(activity, period)
    status = period.activity(activity.id).status
    return status in STILL_OPEN and end is not None and last is not None and end < last


def due(activity: d.Aktivitet, period: Uppfoljning) -> bool:
    """Whether the activity is due a status at ``period``: not one planned to begin after it."""
    last = period_end(period)
    if activity.startdatum is not None and last is not None:
        return activity.startdatum <= last
    return activity.ar is None or activity.ar <= period.ar


# --- finding a period by name ------------------------------------------------------------------


def unknown_period(name: str, names: Iterable[str]) -> InputError:
    """The error for a period the plan does not have, naming those it has."""
    known = list(names)
    if not known:
        return InputError(f"Planen har ingen uppföljning som heter ”{name}”; den har inga ännu.")
    listed = ", ".join(f"”{n}”" for n in known)
    return InputError(
        f"Planen har ingen uppföljning som heter ”{name}”. Planens uppföljningar: {listed}."
    )


def period_named(plan: d.PlanSnapshot, name: str) -> Uppfoljning:
    """The plan's period called ``name`` (case and spaces aside); InputError when none is."""
    wanted = " ".join(name.split()).lower()
    for period in plan.uppfoljningar:
        if period.namn.lower() == wanted:
            return period
    raise unknown_period(name, (p.namn for p in plan.uppfoljningar))


# --- progress per section ---------------------------------------------------------------------


def _of(filled: bool, notes: list[str]) -> Progress:
    """EMPTY when nothing is filled in for the period, else BEGUN with what is left."""
    if not filled:
        return Progress(State.EMPTY, tuple(notes))
    return Progress(State.BEGUN if notes else State.COMPLETE, tuple(notes))


def _missing(number: int, noun: str, text: str) -> list[str]:
    return [f"{count(number, noun)} {text}."] if number else []


def summary(plan: d.PlanSnapshot, period: Uppfoljning) -> Progress:
    texts = (
        (period.sammanfattning, "Skriv sammanfattningen."),
        (period.viktiga_handelser, "Skriv viktiga händelser."),
        (period.framtid, "Skriv om framtiden."),
    )
    notes = [note for text, note in texts if not text.strip()]
    return _of(any(text.strip() for text, _ in texts), notes)


def goals(plan: d.PlanSnapshot, period: Uppfoljning) -> Progress:
    unassessed = sum(
        plan.bedomningsniva(period.goal(g.id).bedomningsniva_id) is None for g in plan.namndsmal
    )
    without = sum(
        period.outcome(i.id).varde is None and expects_outcome(i, period) for i in plan.indikatorer
    )
    filled = any(not period.goal(g.id).empty for g in plan.namndsmal) or any(
        not period.outcome(i.id).empty for i in plan.indikatorer
    )
    notes = _missing(unassessed, "mål", "saknar bedömning")
    notes += _missing(without, "indikator", "saknar utfall")
    return _of(filled, notes)


def activities(plan: d.PlanSnapshot, period: Uppfoljning) -> Progress:
    without = sum(period.activity(a.id).status is None and due(a, period) for a in plan.aktiviteter)
    filled = any(not period.activity(a.id).empty for a in plan.aktiviteter)
    return _of(filled, _missing(without, "aktivitet", "saknar status"))


def _budget(lines: Iterable[tuple[bool, bool, bool]], noun: str) -> Progress:
    """``lines``: per row, whether it holds anything, has a prognos, and has a large
    deviation with no comment."""
    rows = list(lines)
    notes = _missing(sum(not prognos for _, prognos, _ in rows), noun, "saknar prognos")
    notes += _missing(
        sum(uncommented for _, _, uncommented in rows),
        noun,
        "avviker mer än gränsen utan kommentar",
    )
    return _of(any(held for held, _, _ in rows), notes)


def drift(plan: d.PlanSnapshot, period: Uppfoljning) -> Progress:
    return _budget(
        (
            (
                not period.drift_row(line.rad_id).empty,
                line.prognos is not None,
                line.stor and not line.kommentar.strip(),
            )
            for line in drift_lines(plan, period)
        ),
        "verksamhet",
    )


def result(plan: d.PlanSnapshot, period: Uppfoljning) -> Progress:
    return _budget(
        (
            (
                not period.resultat_row(row.rad_id).empty,
                row.netto.prognos is not None,
                row.netto.stor and not row.kommentar.strip(),
            )
            for row in result_lines(plan, period)
        ),
        "verksamhet",
    )


def investments(plan: d.PlanSnapshot, period: Uppfoljning) -> Progress:
    return _budget(
        (
            (
                not period.investment(line.rad_id).empty,
                line.prognos is not None,
                line.stor and not line.kommentar.strip(),
            )
            for line in investment_lines(plan, period)
        ),
        "investering",
    )


def controls(plan: d.PlanSnapshot, period: Uppfoljning) -> Progress:
    held = [period.control(c.id) for c in plan.internkontroll]
    notes = _missing(sum(r.utford is None for r in held), "kontrollpunkt", "saknar resultat")
    notes += _missing(
        sum(bool(r.avvikelse.strip()) and not r.atgard.strip() for r in held),
        "kontrollpunkt",
        "har en avvikelse utan åtgärd",
    )
    return _of(any(not r.empty for r in held), notes)


PROGRESS: dict[Section, Callable[[d.PlanSnapshot, Uppfoljning], Progress]] = {
    Section.UPPFOLJNING: summary,
    Section.MAL: goals,
    Section.AKTIVITETER: activities,
    Section.DRIFT: drift,
    Section.RESULTAT: result,
    Section.INVESTERINGAR: investments,
    Section.INTERNKONTROLL: controls,
}
"""How far each follow-up section of a period has come."""


def follow_up_sections(plan: d.PlanSnapshot, period: Uppfoljning) -> dict[str, Progress]:
    """Progress per section key ("uppfoljning", "mal", "drift", …) of every follow-up
    section, for ``period``."""
    return {section.value: PROGRESS[section](plan, period) for section in FOLLOW_UP_SECTIONS}
