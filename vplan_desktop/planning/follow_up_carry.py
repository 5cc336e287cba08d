"""What this year's follow-ups hand on to next year's plan: each indicator's newest outcome
(the new nuläge, and the year's utfall where the plan holds none), the goals whose newest
assessment says they were not (fully) met, and each activity's newest status and comment.

"Newest" is the latest period before the new plan's first year that holds something for the
item: by year, an årsredovisning after the delår of its year, then in the plan's order. The
periods themselves stay with the old plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from vplan_desktop import domain as d
from vplan_desktop.db.enums import AktivitetStatus, Bedomningsgrad, UppfoljningSlag
from vplan_desktop.follow_up_data import (
    UNFINISHED,
    AktivitetUppfoljning,
    Bedomningsniva,
    Uppfoljning,
    status_label,
)
from vplan_desktop.formatting import Value, format_date, format_value
from vplan_desktop.wording import count

REVIEWED_GRADES = (Bedomningsgrad.EJ_UPPFYLLT, Bedomningsgrad.DELVIS)
"""The assessments that put a goal on the list to review. A goal only partly met needs the
nämnd's look as much as one not met (a new target level, other activities), so both are named,
each with the kommun's own name for its level."""

PLAN_STATUS = {
    # Senarelagd is "not done" in the plan's own statuses; the follow-up says why.
    "ej_paborjad": AktivitetStatus.EJ_PABORJAD,
    "pagar": AktivitetStatus.PAGAR,
    "senarelagd": AktivitetStatus.EJ_KLART,
}
"""The plan status a carried activity gets from its newest (unfinished) follow-up status."""


@dataclass(frozen=True, slots=True)
class Outcome:
    period: Uppfoljning
    varde: Value


@dataclass(frozen=True, slots=True)
class Grade:
    period: Uppfoljning
    level: Bedomningsniva


@dataclass(frozen=True, slots=True)
class Status:
    period: Uppfoljning
    held: AktivitetUppfoljning

    @property
    def unfinished(self) -> bool:
        return self.held.status in UNFINISHED


@dataclass(frozen=True)
class FollowUpNews:
    """The newest of each kind the follow-ups hold, by the plan item's id."""

    outcomes: dict[int, Outcome] = field(default_factory=dict)
    grades: dict[int, Grade] = field(default_factory=dict)
    statuses: dict[int, Status] = field(default_factory=dict)


def _newest_first(periods: tuple[Uppfoljning, ...], first: int) -> list[Uppfoljning]:
    """The periods before ``first``, newest first (an årsredovisning before the delår of its
    year; the plan's order after that)."""
    order = {p.id: n for n, p in enumerate(periods)}
    before = [p for p in periods if p.ar < first]
    return sorted(
        before,
        key=lambda p: (p.ar, p.slag is UppfoljningSlag.HELAR, order[p.id]),
        reverse=True,
    )


def newest(plan: d.PlanSnapshot, first: int) -> FollowUpNews:
    """What the follow-ups before the year ``first`` say last about each item."""
    news = FollowUpNews()
    for period in _newest_first(plan.uppfoljningar, first):
        for indicator_id, outcome in period.indikatorer.items():
            if outcome.varde is not None and indicator_id not in news.outcomes:
                news.outcomes[indicator_id] = Outcome(period, outcome.varde)
        for goal_id, assessment in period.mal.items():
            level = plan.bedomningsniva(assessment.bedomningsniva_id)
            if level is not None and goal_id not in news.grades:
                news.grades[goal_id] = Grade(period, level)
        for activity_id, held in period.aktiviteter.items():
            if held.status is not None and activity_id not in news.statuses:
                news.statuses[activity_id] = Status(period, held)
    return news


@dataclass
class FollowUpReport:
    """What the follow-ups changed in the new plan, for the rollover's summary."""

    nulage: dict[str, list[str]] = field(default_factory=dict)
    """By period: the indicators whose nuläge it gave ("Andel …: 72 %")."""
    outcomes_written: int = 0
    differing: list[str] = field(default_factory=list)
    """Indicators whose plan held another utfall for the period's year (kept in the history)."""
    goals: list[str] = field(default_factory=list)
    activities_kept: list[str] = field(default_factory=list)
    activities_done: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        result: list[str] = []
        for period, names in self.nulage.items():
            result.append(f"Nuläge från {period} ({count(len(names), 'indikator')}):")
            result += [f"  – {name}" for name in names]
        if self.outcomes_written:
            result.append(
                f"{self.outcomes_written} av dessa utfall skrivs in i indikatorernas historik "
                "(planen hade inget utfall för året)."
            )
        if self.differing:
            result.append(
                "Planen har ett annat utfall för samma år; det behålls i historiken, "
                "nuläget tas från uppföljningen:"
            )
            result += [f"  – {line}" for line in self.differing]
        if self.goals:
            result.append(
                f"Mål som inte uppfylldes helt, att granska särskilt ({len(self.goals)}):"
            )
            result += [f"  – {line}" for line in self.goals]
        if self.activities_kept:
            result.append(
                "Aktiviteter som inte är klara enligt uppföljningen förs över; uppföljningens "
                f"kommentar läggs till i beskrivningen ({len(self.activities_kept)}):"
            )
            result += [f"  – {line}" for line in self.activities_kept]
        if self.activities_done:
            result.append(
                "Aktiviteter som är klara eller avbrutna enligt uppföljningen och inte förs "
                f"över ({len(self.activities_done)}):"
            )
            result += [f"  – {line}" for line in self.activities_done]
        return result


def _same(a: Any, b: Value) -> bool:
    """Whether two values are the same number or text (72 and 72,0 are)."""
    if isinstance(a, str) or isinstance(b, str):
        return bool(a == b)
    return a is not None and b is not None and Decimal(a) == b


def _short(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def carry_outcome(
    indicator: dict[str, Any], first: int, news: FollowUpNews, report: FollowUpReport
) -> bool:
    """Make the indicator's newest follow-up outcome its nuläge and, when it is the whole
    year's (an årsredovisning's) and the plan holds no utfall for that year, the year's utfall;
    True when it did. A delår's outcome is part of a year: it becomes the nuläge, never the
    year's utfall in the history. When the plan itself knows a later year before ``first`` (a
    nuläge or an utfall), that stays the nuläge."""
    found = news.outcomes.get(indicator.get("id", -1))
    if found is None:
        return False
    year = found.period.ar
    old = indicator.get("nulage") or {}
    outcomes = {int(y): v for y, v in (indicator.get("utfall") or {}).items() if v is not None}
    if (old.get("ar") or 0) > year or any(year < y < first for y in outcomes):
        return False
    indicator["nulage"] = {"ar": year, "varde": found.varde, "ar_malniva": False}
    unit = str(indicator.get("enhet") or "")
    shown = format_value(found.varde, unit)
    report.nulage.setdefault(found.period.namn, []).append(
        f"{_short(str(indicator.get('namn', '')))}: {shown}"
    )
    if year in outcomes:
        if not _same(outcomes[year], found.varde):
            report.differing.append(
                f"{_short(str(indicator.get('namn', '')))}: utfall {year} i planen "
                f"{format_value(outcomes[year], unit)}, i {found.period.namn} {shown}"
            )
    elif found.period.slag is UppfoljningSlag.HELAR:
        indicator.setdefault("utfall", {})[str(year)] = found.varde
        report.outcomes_written += 1
    return True


def note_goal(goal: dict[str, Any], news: FollowUpNews, report: FollowUpReport) -> None:
    """Name the goal in the report when its newest assessment says it was not (fully) met."""
    found = news.grades.get(goal.get("id", -1))
    if found is None or found.level.grad not in REVIEWED_GRADES:
        return
    goal["att_granska"] = True
    kod = str(goal.get("kod") or "").strip()
    text = _short(str(goal.get("text") or ""))
    report.goals.append(
        f"{kod + ' ' if kod else ''}{text} ({found.level.namn} i {found.period.namn})"
    )


def carry_activity(
    activity: dict[str, Any], news: FollowUpNews, report: FollowUpReport
) -> bool | None:
    """Apply the activity's newest follow-up: True to carry it (unfinished; its comment is
    added to its description so it is not lost), False to leave it (done or cancelled), None
    when no follow-up says anything about it (the plan's own status decides)."""
    found = news.statuses.get(activity.get("id", -1))
    if found is None:
        return None
    status = found.held.status
    name = _short(str(activity.get("namn", "")))
    label = status_label(status)
    if not found.unfinished:
        report.activities_done.append(f"{name} ({label} i {found.period.namn})")
        return False
    assert status is not None  # unfinished statuses are set ones
    activity["status"] = PLAN_STATUS[status.value].value
    note = found.held.kommentar.strip()
    revised = found.held.slutdatum_reviderat
    if revised is not None:
        note = f"{note} (Reviderat slutdatum {format_date(revised)}.)".strip()
    if note:
        before = str(activity.get("beskrivning") or "").rstrip()
        added = f"Uppföljning {found.period.namn}: {note}"
        activity["beskrivning"] = f"{before}\n\n{added}" if before else added
    report.activities_kept.append(f"{name} ({label} i {found.period.namn})")
    return True
