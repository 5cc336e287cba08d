"""Findings: what a check found, how serious it is and where; the summaries of them.

``validate(plan)`` runs every rule over a snapshot and returns findings: each with a severity
(Fel blocks adoption, Varning should be looked at, Tips is advice), a Swedish message that says
what to do, and where the problem is (section, item, field) so the GUI can go there. The rules
are plain functions over the immutable snapshot: no database, no Qt, safe on any thread.

A rule that fires for many items of one section (13 activities without ansvarig: one gap in how
the plan was written, not 13 problems) gives one finding that counts and names them and keeps
the list (``Finding.items``), so that Granskning can still go to each; see ``group``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import Enum

from vplan_desktop import domain as d
from vplan_desktop.goal_checks import quoted
from vplan_desktop.sections import (
    PLAN_SECTIONS,
    SECTIONS,
    ItemKind,
    Section,
    chapter_key,
    chapter_of_key,
    section_of_key,
)
from vplan_desktop.wording import count


class Severity(Enum):
    FEL = "fel"
    VARNING = "varning"
    TIPS = "tips"

    @property
    def label(self) -> str:
        return {"fel": "Fel", "varning": "Varning", "tips": "Tips"}[self.value]


SEVERITY_ORDER = [Severity.FEL, Severity.VARNING, Severity.TIPS]

SECTION_TITLES = {section: info.title for section, info in SECTIONS.items()}


@dataclass(frozen=True, slots=True)
class FindingItem:
    """One item of a grouped finding: where it is, its name in a list, its own message."""

    kind: ItemKind | None
    item_id: int | None
    field: str | None
    name: str
    message: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem, with the place to fix it.

    ``section`` is the section that shows it (as in ``Change``); ``kind`` and ``item_id`` name
    the item (``ItemKind.INDIKATOR``, 12), a chapter's finding its chapter; ``field`` the field
    or cell within it ("ordforande", "malniva:2027", "kolumn:5", a chapter's image "bild:9").
    ``name`` is the item as a grouped message lists it (”Läxhjälp”, 2027). A grouped finding
    keeps every item in ``items`` and points at the first, so going to it lands on the first
    item.
    """

    severity: Severity
    message: str
    section: Section
    kind: ItemKind | None = None
    item_id: int | None = None
    field: str | None = None
    rule: str = ""
    name: str = ""
    items: tuple[FindingItem, ...] = ()

    @property
    def key(self) -> str:
        """Where the window shows it: the section's key, a chapter's own ("kapitel:7")."""
        chapter = self.item_id if self.kind is ItemKind.KAPITEL else None
        if self.section is Section.KAPITEL and chapter is not None:
            return chapter_key(chapter)
        return self.section.value

    @property
    def count(self) -> int:
        """How many items it is about: 1, or the number grouped in it."""
        return len(self.items) or 1

    def each(self) -> list[Finding]:
        """One finding per item: itself, or the grouped items as the rule gave them."""
        if not self.items:
            return [self]
        return [
            replace(
                self,
                message=item.message,
                kind=item.kind,
                item_id=item.item_id,
                field=item.field,
                name=item.name,
                items=(),
            )
            for item in self.items
        ]


Rule = Callable[[d.PlanSnapshot], Iterable[Finding]]
RULES: list[Rule] = []


def rule(function: Rule) -> Rule:
    RULES.append(function)
    return function


_q = quoted
"""A name quoted for a message, shortened when long (as the goal checks quote a goal)."""


def listing(words: list[str]) -> str:
    """Words as Swedish lists them: "2027", "2027 och 2028", "2027, 2028 och 2029"."""
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} och {words[-1]}"


# --- grouping many findings of one rule ----------------------------------------------------

GROUP_FROM = 3
"""From this many findings of one rule in one section, they are shown as one. Two are still
read one by one; three of the same kind is a pattern worth one line."""
NAMES_SHOWN = 3
"""A grouped message names this many items, then says how many more there are."""


@dataclass(frozen=True, slots=True)
class Grouping:
    """How many findings of one rule read as one: "13 aktiviteter saknar ansvarig: …".

    ``noun`` is what is counted, in the singular (a noun of ``wording.PLURALS``); ``text``
    what the items have in common, written for several ("saknar ansvarig", "har ingen
    aktivitet").
    """

    noun: str
    text: str


GROUPINGS: dict[str, Grouping] = {}
"""The rules whose findings are grouped, by rule id. Only rules that fire at most once per
item (or count what they fire for, as "nettobelopp") belong here, so that the count is right."""


def group_as(rule_id: str, noun: str, text: str) -> None:
    """Group the findings of ``rule_id`` when there are many (see ``GROUP_FROM``)."""
    count(2, noun)  # an unknown noun fails here, when the rules are loaded, not in a message
    GROUPINGS[rule_id] = Grouping(noun, text)


Bucket = tuple[str, str, Severity]
"""What is grouped together: one rule, in one window key, of one severity."""


def group(findings: list[Finding]) -> list[Finding]:
    """The findings with each run of ``GROUP_FROM`` or more of a grouped rule, in one section
    and of one severity, made one; each group takes the place of its first finding."""

    def bucket(finding: Finding) -> Bucket | None:
        if finding.rule not in GROUPINGS or finding.items:
            return None
        return (finding.rule, finding.key, finding.severity)

    buckets: dict[Bucket, list[Finding]] = {}
    for finding in findings:
        if (place := bucket(finding)) is not None:
            buckets.setdefault(place, []).append(finding)
    result: list[Finding] = []
    done: set[Bucket] = set()
    for finding in findings:
        place = bucket(finding)
        if place is None or len(buckets[place]) < GROUP_FROM:
            result.append(finding)
        elif place not in done:
            done.add(place)
            result.append(_grouped(buckets[place]))
    return result


def _grouped(members: list[Finding]) -> Finding:
    first = members[0]
    wording = GROUPINGS[first.rule]
    names = [m.name for m in members if m.name][:NAMES_SHOWN]
    rest = len(members) - len(names)
    if not names:
        listed = ""
    elif rest:
        listed = f": {', '.join(names)} … och {rest} till"
    else:
        listed = f": {listing(names)}"
    return replace(
        first,
        message=f"{count(len(members), wording.noun)} {wording.text}{listed}.",
        name="",
        items=tuple(FindingItem(m.kind, m.item_id, m.field, m.name, m.message) for m in members),
    )


# --- running and summing up ----------------------------------------------------------------


def validate(plan: d.PlanSnapshot) -> list[Finding]:
    """Every finding for the plan (grouped where many share a rule), ordered by section,
    then severity."""
    findings = group([finding for check in RULES for finding in check(plan)])
    order = section_order(plan)
    return sorted(
        findings, key=lambda f: (order.get(f.key, len(order)), SEVERITY_ORDER.index(f.severity))
    )


def section_order(plan: d.PlanSnapshot) -> dict[str, int]:
    """The plan's order of the window's keys: the sections, each chapter in its place (what
    is about no one chapter, an image no chapter shows, after them)."""
    keys: list[str] = []
    for section in PLAN_SECTIONS:
        if section is Section.KAPITEL:
            keys += [chapter_key(k.id) for k in plan.kapitel] + [section.value]
        else:
            keys.append(section.value)
    return {key: number for number, key in enumerate(keys)}


def section_title(plan: d.PlanSnapshot, key: str) -> str:
    """The heading of a window key: "Driftbudget", "Kapitel: Inledning"."""
    chapter_id = chapter_of_key(key)
    if chapter_id is not None:
        return next((f"Kapitel: {k.rubrik}" for k in plan.kapitel if k.id == chapter_id), "Kapitel")
    try:
        return SECTION_TITLES[section_of_key(key)]
    except ValueError:
        return key


@dataclass(frozen=True, slots=True)
class Readiness:
    fel: int
    varningar: int
    tips: int

    @property
    def ready(self) -> bool:
        return self.fel == 0

    @property
    def counts_text(self) -> str:
        """ "1 fel, 2 varningar, 1 tips" (singular for one)."""
        return (
            f"{count(self.fel, 'fel')}, {count(self.varningar, 'varning')}, "
            f"{count(self.tips, 'tips')}"
        )

    @property
    def text(self) -> str:
        counts = self.counts_text
        return f"Redo för nämnd ({counts})" if self.ready else f"Inte redo för nämnd ({counts})"


def readiness(findings: Iterable[Finding]) -> Readiness:
    findings = list(findings)
    return Readiness(
        fel=sum(f.severity is Severity.FEL for f in findings),
        varningar=sum(f.severity is Severity.VARNING for f in findings),
        tips=sum(f.severity is Severity.TIPS for f in findings),
    )


def readiness_by_section(findings: Iterable[Finding]) -> dict[str, Readiness]:
    """The counts per window key (``Finding.key``: each chapter on its own)."""
    grouped: dict[str, list[Finding]] = {}
    for finding in findings:
        grouped.setdefault(finding.key, []).append(finding)
    return {section: readiness(items) for section, items in grouped.items()}


def findings_text(plan: d.PlanSnapshot, findings: list[Finding]) -> str:
    """The findings as the CLI prints them: a summary line, then per section."""
    u = plan.uppgifter
    lines = [f"{u.namnd} – {u.titel}: {readiness(findings).text}"]
    current = None
    for finding in findings:
        if finding.key != current:
            current = finding.key
            lines.append("")
            lines.append(section_title(plan, current))
        lines.append(f"  {finding.severity.label + ':':<9}{finding.message}")
    return "\n".join(lines) + "\n"


def findings_json(plan: d.PlanSnapshot, findings: list[Finding]) -> dict[str, object]:
    summary = readiness(findings)
    return {
        "redo": summary.ready,
        "sammanfattning": {
            "fel": summary.fel,
            "varningar": summary.varningar,
            "tips": summary.tips,
        },
        "fynd": [
            {
                "allvar": f.severity.value,
                "meddelande": f.message,
                "avsnitt": f.key,
                "avsnittsnamn": section_title(plan, f.key),
                "sort": f.kind,
                "id": f.item_id,
                "falt": f.field,
                "regel": f.rule,
                # Added for grouped findings; the fields above keep their meaning (the first
                # item's place), so a reader of the old shape still goes somewhere right.
                "antal": f.count,
                "poster": [
                    {
                        "sort": item.kind,
                        "id": item.item_id,
                        "falt": item.field,
                        "namn": item.name,
                        "meddelande": item.message,
                    }
                    for item in f.items
                ],
            }
            for f in findings
        ],
    }
