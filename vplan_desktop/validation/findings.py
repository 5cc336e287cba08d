"""Findings: what a check found, how serious it is and where; the summaries of them.

``validate(plan)`` runs every rule over a snapshot and returns findings: each with a severity
(Fel blocks adoption, Varning should be looked at, Tips is advice), a Swedish message that says
what to do, and where the problem is (section, item, field) so the GUI can go there. The rules
are plain functions over the immutable snapshot: no database, no Qt, safe on any thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum

from vplan_desktop import domain as d
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
class Finding:
    """One problem, with the place to fix it.

    ``section`` is the section that shows it (as in ``Change``); ``kind`` and ``item_id`` name
    the item (``ItemKind.INDIKATOR``, 12), a chapter's finding its chapter; ``field`` the field
    or cell within it ("ordforande", "malniva:2027", "kolumn:5").
    """

    severity: Severity
    message: str
    section: Section
    kind: ItemKind | None = None
    item_id: int | None = None
    field: str | None = None
    rule: str = ""

    @property
    def key(self) -> str:
        """Where the window shows it: the section's key, a chapter's own ("kapitel:7")."""
        chapter = self.item_id if self.kind is ItemKind.KAPITEL else None
        if self.section is Section.KAPITEL and chapter is not None:
            return chapter_key(chapter)
        return self.section.value


Rule = Callable[[d.PlanSnapshot], Iterable[Finding]]
RULES: list[Rule] = []


def rule(function: Rule) -> Rule:
    RULES.append(function)
    return function


def _q(text: str, limit: int = 60) -> str:
    """A name quoted for a message, shortened when long."""
    text = " ".join(text.split())
    return f"”{text if len(text) <= limit else text[: limit - 1] + '…'}”"


# --- running and summing up ----------------------------------------------------------------


def validate(plan: d.PlanSnapshot) -> list[Finding]:
    """Every finding for the plan, ordered by section, then severity."""
    findings = [finding for check in RULES for finding in check(plan)]
    order = section_order(plan)
    return sorted(
        findings, key=lambda f: (order.get(f.key, len(order)), SEVERITY_ORDER.index(f.severity))
    )


def section_order(plan: d.PlanSnapshot) -> dict[str, int]:
    """The plan's order of the window's keys: the sections, each chapter in its place."""
    keys: list[str] = []
    for section in PLAN_SECTIONS:
        if section is Section.KAPITEL:
            keys += [chapter_key(k.id) for k in plan.kapitel]
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
            }
            for f in findings
        ],
    }
