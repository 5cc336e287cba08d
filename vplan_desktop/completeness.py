"""How far each section of the plan has come: empty, begun, or complete.

The navigator shows this as an icon with the reasons in its tooltip. It answers "what is left
to fill in", not "is the plan consistent" (that is the job of the checks in Granskning).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from vplan_desktop import domain as d
from vplan_desktop.budget import year_column
from vplan_desktop.goal_checks import goal_name, unmeasured, without_activity
from vplan_desktop.sections import PLAN_SECTIONS, Part, Section, chapter_key

MIN_CHAPTER_WORDS = 30


class State(Enum):
    EMPTY = "tom"
    BEGUN = "påbörjad"
    COMPLETE = "klar"


@dataclass(frozen=True)
class Progress:
    state: State
    notes: tuple[str, ...] = ()

    @property
    def tooltip(self) -> str:
        head = {
            State.EMPTY: "Inte påbörjad",
            State.BEGUN: "Påbörjad",
            State.COMPLETE: "Klar",
        }[self.state]
        return "\n".join([head, *(f"• {note}" for note in self.notes[:8])])


def _of(items: int, notes: list[str]) -> Progress:
    if not items:
        return Progress(State.EMPTY, tuple(notes))
    return Progress(State.BEGUN if notes else State.COMPLETE, tuple(notes))


_IMAGE_ADDRESS = re.compile(r"\]\(bild:[1-9][0-9]*\)")
"""Where an image of the plan is shown (``![Bildtext](bild:7)``): the caption's words count,
the address is none."""


def word_count(markdown: str) -> int:
    """Words in a Markdown text, not counting the markup.

    A word has a letter or a digit: dashes alone are markup (a table's delimiter row
    ``| --- | :---: |``, a rule, a list's ``-``), not words; in a word they are its own
    ("barn-", "2026-2028")."""
    text = re.sub(r"[#*_>`\[\]()]", " ", _IMAGE_ADDRESS.sub(" ", markdown))
    return sum(1 for word in re.findall(r"[\w’'-]+", text) if word.strip("’'-"))


def shows_images(markdown: str) -> bool:
    """Whether a chapter's text shows an image of the plan: it is then not empty, even with
    no words."""
    return _IMAGE_ADDRESS.search(markdown) is not None


def front_matter(u: d.FrontMatter) -> Progress:
    required = [
        ("kommun", "kommunen"),
        ("namnd", "nämnden"),
        ("titel", "titeln"),
        ("ordforande", "ordföranden"),
        ("forvaltningschef", "förvaltningschefen"),
        ("diarienummer", "diarienumret"),
    ]
    notes = [f"Ange {label}." for name, label in required if not getattr(u, name).strip()]
    if u.status is d.PlanStatus.ANTAGEN and not (u.antagen_datum and u.antagen_paragraf):
        notes.append("Ange datum och paragraf för antagandet.")
    return Progress(State.BEGUN if notes else State.COMPLETE, tuple(notes))


def chapter(text: str) -> Progress:
    words = word_count(text)
    if words == 0 and shows_images(text):
        return Progress(State.BEGUN, ("Kapitlet har bara bilder, ingen text.",))
    if words == 0:
        return Progress(State.EMPTY, ("Kapitlet har ingen text.",))
    if words < MIN_CHAPTER_WORDS:
        return Progress(State.BEGUN, (f"Bara {words} ord.",))
    return Progress(State.COMPLETE, (f"{words} ord.",))


def goals(plan: d.PlanSnapshot) -> Progress:
    """KF's and KS's goals and the uppdrag need nothing under them; the nämnd's and the
    förvaltning's goals are measured (``goal_checks.unmeasured``)."""
    years = plan.uppgifter.years
    notes = [
        f"{goal_name(plan.uppgifter, g)} har ingen indikator och inget mål per år."
        for g in unmeasured(plan)
    ]
    for i in plan.indikatorer:
        if i.nulage is None or i.nulage_ar is None:
            notes.append(f"”{i.namn}” saknar nuläge.")
        missing = [str(y) for y in years if i.malnivaer.get(y) is None]
        if i.varje_ar and missing:
            notes.append(f"”{i.namn}” saknar målnivå för {', '.join(missing)}.")
    return _of(len(plan.namndsmal), notes)


def activities(plan: d.PlanSnapshot) -> Progress:
    """An activity may belong to a goal, a målområde or the whole plan: none of them is
    missing. One planned by year has no end date to give."""
    notes = []
    for a in plan.aktiviteter:
        lacking = [
            label
            for ok, label in (
                (a.ansvarig, "ansvarig"),
                (a.slutdatum or a.slutdatum_reviderat or a.ar, "slutdatum"),
            )
            if not ok
        ]
        if lacking:
            notes.append(f"”{a.namn}” saknar {', '.join(lacking)}.")
    notes += [
        f"{goal_name(plan.uppgifter, g)} har ingen aktivitet." for g in without_activity(plan)
    ]
    return _of(len(plan.aktiviteter), notes)


def drift(plan: d.PlanSnapshot) -> Progress:
    first = plan.uppgifter.forsta_ar
    budget = year_column(plan, first)  # the column validation checks and KF's ram applies to
    names = {v.id: v.namn for v in plan.verksamheter}
    notes = []
    if budget is None:
        notes.append(f"Driftbudgeten saknar kolumnen Budget {first}.")
    else:
        notes += [
            f"”{names.get(r.verksamhet_id, '?')}” saknar belopp för budgetåret."
            for r in plan.driftbudget
            if budget.id not in r.belopp
        ]
    ram_years = {r.ar for r in plan.kf_ram}
    missing_ram = [str(y) for y in plan.uppgifter.years if y not in ram_years]
    if missing_ram:
        notes.append(f"KF:s ram saknas för {', '.join(missing_ram)}.")
    return _of(len(plan.driftbudget), notes)


def internal_control(plan: d.PlanSnapshot) -> Progress:
    notes = []
    for number, row in enumerate(plan.internkontroll, start=1):
        lacking = [
            label
            for value, label in (
                (row.process, "process"),
                (row.risk, "risk"),
                (row.sannolikhet, "sannolikhet"),
                (row.konsekvens, "konsekvens"),
                (row.kontrollmoment, "kontrollmoment"),
                (row.kontrollansvar, "kontrollansvar"),
            )
            if not value
        ]
        if lacking:
            notes.append(f"Rad {number} saknar {', '.join(lacking)}.")
    return _of(len(plan.internkontroll), notes)


PROGRESS: dict[Section, Callable[[d.PlanSnapshot], Progress]] = {
    Section.UPPGIFTER: lambda p: front_matter(p.uppgifter),
    Section.MAL: goals,
    Section.AKTIVITETER: activities,
    Section.DRIFT: drift,
    Section.RESULTAT: lambda p: _of(len(p.resultatrakning), []),
    Section.INVESTERINGAR: lambda p: _of(len(p.investeringar), []),
    Section.NYCKELTAL: lambda p: _of(len(p.nyckeltal), []),
    Section.INTERNKONTROLL: internal_control,
}
"""How far each section of the plan has come (a chapter's own: ``chapter``)."""

READS: dict[Section, tuple[Part, ...]] = {
    Section.UPPGIFTER: (Part.UPPGIFTER,),
    Section.KAPITEL: (Part.KAPITEL,),
    Section.MAL: (Part.UPPGIFTER, Part.NAMNDSMAL, Part.INDIKATORER),
    Section.AKTIVITETER: (Part.UPPGIFTER, Part.AKTIVITETER, Part.NAMNDSMAL),
    Section.DRIFT: (
        Part.UPPGIFTER,
        Part.BUDGETKOLUMNER,
        Part.VERKSAMHETER,
        Part.DRIFTBUDGET,
        Part.KF_RAM,
    ),
    Section.RESULTAT: (Part.RESULTATRAKNING,),
    Section.INVESTERINGAR: (Part.INVESTERINGAR,),
    Section.NYCKELTAL: (Part.NYCKELTAL,),
    Section.INTERNKONTROLL: (Part.INTERNKONTROLL,),
}
"""The parts of the plan each section's progress is worked out from."""


def sections(plan: d.PlanSnapshot, since: d.PlanSnapshot | None = None) -> dict[str, Progress]:
    """Progress per navigator key ("uppgifter", "kapitel:7", "mal", "drift", …); with
    ``since``, only of the sections whose parts were read again after that snapshot."""

    def wanted(section: Section) -> bool:
        return since is None or any(
            getattr(plan, part) is not getattr(since, part) for part in READS[section]
        )

    result: dict[str, Progress] = {}
    for section in PLAN_SECTIONS:
        if not wanted(section):
            continue
        if section is Section.KAPITEL:  # each chapter has its own place in the navigator
            for k in plan.kapitel:
                result[chapter_key(k.id)] = chapter(k.text)
        else:
            result[section.value] = PROGRESS[section](plan)
    return result
