"""Next year's plan from this year's: the period moves on, the content comes along, and every
carried-over item is marked "att granska" until someone has looked at it.

The old plan is opened read-only and never changed. The new plan is built in the interchange
format and imported, so it passes the same checks as any imported plan and appears whole or not
at all.

The old plan's follow-ups hand on what they learnt (``follow_up_carry``): the newest outcomes
become the nuläge, goals not met are named for review, unfinished activities come along with
their follow-up comment. The periods themselves stay behind with their year; the scale of
måluppfyllelse and the deviation threshold are the kommun's settings and come along.
"""

from __future__ import annotations

import base64
import binascii
import copy
import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from vplan_desktop import domain as d
from vplan_desktop import images
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import AktivitetStatus, BudgetTabell
from vplan_desktop.errors import InputError
from vplan_desktop.formatting import format_period
from vplan_desktop.interchange import dumps, import_json, plan_to_json
from vplan_desktop.planning.follow_up_carry import (
    FollowUpNews,
    FollowUpReport,
    carry_activity,
    carry_outcome,
    newest,
    note_goal,
)
from vplan_desktop.sections import PART_LABELS, PLAN_SECTIONS, Part, Section
from vplan_desktop.services.plan import check_period, default_budget_columns
from vplan_desktop.services.read import read_plan
from vplan_desktop.wording import count

FINISHED = {AktivitetStatus.KLART.value, AktivitetStatus.AVSLUTAT.value}


CARRIED = tuple(section for section in PLAN_SECTIONS if section is not Section.UPPGIFTER)
"""The sections a rollover may bring over or leave out (the front matter always comes)."""


@dataclass(frozen=True)
class Carry:
    """What to bring over: the sections named, every one of ``CARRIED`` by default."""

    sections: frozenset[Section] = frozenset(CARRIED)

    @classmethod
    def without(cls, *left_out: Section) -> Carry:
        """Everything but ``left_out``."""
        return cls(frozenset(CARRIED) - set(left_out))

    def __contains__(self, section: object) -> bool:
        return section in self.sections


@dataclass
class RolloverSummary:
    """What a rollover did (or would do), for the wizard's last page and the CLI."""

    old_period: str
    new_period: str
    counts: dict[str, int] = field(default_factory=dict)
    finished_left_out: list[str] = field(default_factory=list)
    nulage_from_target: int = 0
    unreadable_left_out: list[str] = field(default_factory=list)
    """Images that cannot be read: the new plan could not take them in."""
    follow_up: FollowUpReport = field(default_factory=FollowUpReport)
    """What the old plan's follow-ups gave the new one."""

    def lines(self) -> list[str]:
        result = [f"Period: {self.old_period} → {self.new_period}"]
        result += [
            f"{label}: {count} överförs och markeras ”att granska”"
            for label, count in self.counts.items()
        ]
        if self.nulage_from_target:
            result.append(
                f"{count(self.nulage_from_target, 'indikator')} får förra årets målnivå som nuläge "
                "(inget utfall registrerat); nuläget markeras som målnivå."
            )
        if self.finished_left_out:
            result.append(
                f"Avslutade aktiviteter som inte förs över ({len(self.finished_left_out)}):"
            )
            result += [f"  – {name}" for name in self.finished_left_out]
        result += self.follow_up.lines()
        if self.unreadable_left_out:
            result.append(
                "Bilder som inte går att läsa och därför inte förs över "
                f"({len(self.unreadable_left_out)}):"
            )
            result += [f"  – {name}" for name in self.unreadable_left_out]
        return result


def _new_nulage(indicator: dict[str, Any], new_first: int) -> tuple[dict[str, Any] | None, bool]:
    """The newest known value before the new period: an outcome, else last year's target."""
    old = indicator.get("nulage") or {}
    old_year = old.get("ar") or 0
    outcomes = {int(y): v for y, v in indicator.get("utfall", {}).items() if v is not None}
    recent = [y for y in outcomes if old_year < y < new_first]
    if recent:
        year = max(recent)
        return {"ar": year, "varde": outcomes[year], "ar_malniva": False}, False
    target = indicator.get("malnivaer", {}).get(str(new_first - 1))
    if target is not None and new_first - 1 > old_year:
        return {"ar": new_first - 1, "varde": target, "ar_malniva": True}, True
    return indicator.get("nulage"), False


def _readable(image: dict[str, Any]) -> bool:
    """Whether an image's bytes (base64) are a picture a plan takes in (``check_image``): a
    damaged one in last year's plan, which may be adopted and so unchangeable, is left behind
    rather than stopping the rollover."""
    try:
        images.check_image(base64.b64decode(str(image.get("data", "")), validate=True))
    except (InputError, binascii.Error, ValueError):
        return False
    return True


def _image_name(image: dict[str, Any]) -> str:
    namn = " ".join(str(image.get("namn") or "").split())
    return f"”{namn}”" if namn else f"bild {image.get('id')}"


def _from_year(by_year: Any, first: int) -> dict[str, Any]:
    """The values of ``first`` and the years after it (the new period and the long range)."""
    if not isinstance(by_year, dict):
        return {}
    return {y: v for y, v in by_year.items() if int(y) >= first}


def _shift_budget(table: dict[str, Any], kind: BudgetTabell, first: int, last: int) -> None:
    """New year columns for the new period; each keeps the figures of the same kind and year,
    and a new Budget or Plan year takes the old plan's proposal for it. The rows by cost type
    (``kostnadsslag``) move with their columns as the rows by verksamhet do."""
    old_keys = {f"{c['slag']}-{c['ar']}": c for c in table.get("kolumner", [])}
    new_columns = default_budget_columns(first, last)[kind]

    def column(slag: str, year: int) -> dict[str, Any]:
        same = old_keys.get(f"{slag}-{year}", {})
        # A printed total stays with its own column, whose amounts come along unchanged.
        total = {"angiven_summa": same["angiven_summa"]} if "angiven_summa" in same else {}
        return {"slag": slag, "ar": year, "anmarkning": same.get("anmarkning", ""), **total}

    table["kolumner"] = [column(slag.value, year) for slag, year in new_columns]

    def source_key(slag: str, year: int) -> str | None:
        same = f"{slag}-{year}"
        if same in old_keys:
            return same
        if slag in ("budget", "plan"):  # the old plan's proposal for that year
            for other in ("plan", "budget"):
                if f"{other}-{year}" in old_keys:
                    return f"{other}-{year}"
        return None

    mapping = {f"{s.value}-{y}": source_key(s.value, y) for s, y in new_columns}
    for row in [*table.get("rader", []), *table.get("kostnadsslag", [])]:
        old = row.get("belopp", {})
        row["belopp"] = {new: old[src] for new, src in mapping.items() if src and src in old}
        row["att_granska"] = True


def rolled_over(
    data: dict[str, Any], first: int, carry: Carry, news: FollowUpNews | None = None
) -> tuple[dict[str, Any], RolloverSummary]:
    """Next year's plan as interchange data, and what changed; ``news`` is what the old
    plan's follow-ups say last about its items (``follow_up_carry.newest``)."""
    news = news or FollowUpNews()
    new = copy.deepcopy(data)
    # The periods belong to the old plan's year; the scale and threshold (kept) to the kommun.
    new.pop(Part.UPPFOLJNINGAR, None)
    front = new[Part.UPPGIFTER]
    old_first, old_last = front["forsta_ar"], front["sista_ar"]
    last = first + (old_last - old_first)
    check_period(first, last)
    if first <= old_first:
        raise InputError(f"Den nya planen måste börja efter {old_first}, som den gamla gör.")
    summary = RolloverSummary(format_period(old_first, old_last), format_period(first, last))
    report = summary.follow_up
    front.update(
        forsta_ar=first, sista_ar=last, status=None, antagen_datum=None, antagen_paragraf=""
    )
    for written in (summary.old_period, summary.old_period.replace("–", "-")):
        front["titel"] = front["titel"].replace(written, summary.new_period)

    def mark(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for item in items:
            item["att_granska"] = True
        return items

    new[Part.KAPITEL] = mark(new.get(Part.KAPITEL, [])) if Section.KAPITEL in carry else []
    summary.counts[PART_LABELS[Part.KAPITEL]] = len(new[Part.KAPITEL])
    # The images come with the chapters that show them, under the same ids (the import keeps
    # them), so every "bild:7" in a chapter's text still names its image.
    carried_images = new.get(Part.BILDER, []) if Section.KAPITEL in carry else []
    readable = [_readable(image) for image in carried_images]
    # Not marked to review: a chapter's review covers the images it shows.
    new[Part.BILDER] = [b for b, ok in zip(carried_images, readable, strict=True) if ok]
    for image in new[Part.BILDER]:
        image.pop("att_granska", None)
    summary.unreadable_left_out = [
        _image_name(b) for b, ok in zip(carried_images, readable, strict=True) if not ok
    ]
    if carried_images:
        summary.counts[PART_LABELS[Part.BILDER]] = len(new[Part.BILDER])
    if Section.MAL in carry:
        mark(new.get(Part.MALOMRADEN, []))
        # The goal tree comes whole: levels, numbers and parents (ids are kept, so every
        # "overordnat_id" still names its parent), in the old plan's order.
        for goal in mark(new.get(Part.NAMNDSMAL, [])):
            note_goal(goal, news, report)
            # A target in words for a year gone by is done with, as a målnivå is below.
            goal["arstexter"] = _from_year(goal.get("arstexter"), first)
            for indicator in mark(goal.get("indikatorer", [])):
                if not carry_outcome(indicator, first, news, report):
                    nulage, from_target = _new_nulage(indicator, first)
                    indicator["nulage"] = nulage
                    summary.nulage_from_target += from_target
                # Targets of the years gone by are done with; those of the new period and
                # the long-range ones after it ("2030: 73 %") still hold. Outcomes and
                # comparison figures all stay: they are the indicator's history.
                indicator["malnivaer"] = _from_year(indicator.get("malnivaer"), first)
                # A comparison ("≥") belongs to its year's target and goes with it.
                indicator["jamforare"] = {
                    y: j
                    for y, j in (indicator.get("jamforare") or {}).items()
                    if y in indicator["malnivaer"]
                }
        goals = new.get(Part.NAMNDSMAL, [])
        summary.counts[PART_LABELS[Part.NAMNDSMAL]] = len(goals)
        summary.counts[PART_LABELS[Part.INDIKATORER]] = sum(
            len(g.get("indikatorer", [])) for g in goals
        )
    else:
        new[Part.MALOMRADEN], new[Part.NAMNDSMAL] = [], []
    activities = []
    for activity in new.get(Part.AKTIVITETER, []) if Section.AKTIVITETER in carry else []:
        # The newest follow-up knows better than the plan's status, set when it was adopted.
        followed = carry_activity(activity, news, report)
        if followed is False:
            continue
        if followed is None and activity.get("status") in FINISHED:
            summary.finished_left_out.append(activity["namn"])
            continue
        if Section.MAL not in carry:  # it belongs to the whole plan until someone ties it
            activity["namndsmal_id"] = activity["malomrade_id"] = None
        activity["overford_fran"] = old_first
        activity["att_granska"] = True
        activities.append(activity)
    new[Part.AKTIVITETER] = activities
    summary.counts[PART_LABELS[Part.AKTIVITETER]] = len(activities)
    if Section.DRIFT in carry:
        drift = new.setdefault(Part.DRIFTBUDGET, {})
        _shift_budget(drift, BudgetTabell.DRIFT, first, last)
        drift["kf_ram"] = []  # KF decides next year's frame anew
        summary.counts[PART_LABELS[Part.DRIFTBUDGET]] = len(drift.get("rader", []))
    else:
        new[Part.DRIFTBUDGET] = {}
    if Section.RESULTAT in carry:
        _shift_budget(new.setdefault(Part.RESULTATRAKNING, {}), BudgetTabell.RESULTAT, first, last)
    else:
        new[Part.RESULTATRAKNING] = {}
    if Section.INVESTERINGAR in carry:
        for investment in mark(new.get(Part.INVESTERINGAR, [])):
            investment["belopp"] = {
                y: a
                for y, a in investment.get("belopp", {}).items()
                if first <= int(y) < first + d.MAX_INVESTMENT_YEARS
            }
    else:
        new[Part.INVESTERINGAR] = []
    new[Part.NYCKELTAL] = mark(new.get(Part.NYCKELTAL, [])) if Section.NYCKELTAL in carry else []
    if Section.MAL not in carry:
        for table in new[Part.NYCKELTAL]:
            table["malomrade_id"] = None  # its målområde stays behind with the goals
    carried = mark(new.get(Part.INTERNKONTROLL, [])) if Section.INTERNKONTROLL in carry else []
    new[Part.INTERNKONTROLL] = carried
    summary.counts[PART_LABELS[Part.INTERNKONTROLL]] = len(carried)
    return new, summary


def _plan_data(old: Path) -> tuple[dict[str, Any], d.PlanSnapshot]:
    """The old plan in the interchange format, numbers as exact Decimals, and as read."""
    with PlanDocument.open(old, read_only=True) as doc:
        plan = read_plan(doc)
    data: dict[str, Any] = json.loads(dumps(plan_to_json(plan)), parse_float=Decimal)
    return data, plan


def _rolled(
    old: Path, first: int | None, carry: Carry | None
) -> tuple[dict[str, Any], RolloverSummary]:
    data, plan = _plan_data(old)
    first = first or data["uppgifter"]["forsta_ar"] + 1
    return rolled_over(data, first, carry or Carry(), newest(plan, first))


def preview_rollover(
    old: Path, first: int | None = None, carry: Carry | None = None
) -> RolloverSummary:
    """What ``rollover`` would do, without writing anything."""
    return _rolled(old, first, carry)[1]


def rollover(
    old: Path, new: Path, first: int | None = None, carry: Carry | None = None
) -> RolloverSummary:
    """Write next year's plan from ``old`` to ``new`` (which must not exist)."""
    if Path(old).resolve() == Path(new).resolve():
        raise InputError("Den nya planen måste sparas i en egen fil; den gamla ändras aldrig.")
    result, summary = _rolled(old, first, carry)
    import_json(result, Path(new))
    return summary
