"""The one registry of a plan's sections and item kinds.

The navigator, completeness, validation, the exports, diff, rollover, the JSON format and the
refresh after an edit all read these tables; a section or a kind is a typed value, never a
loose string. ``Section`` and ``ItemKind`` are string enums, so their values are what the plan
file, the JSON format and the command line have always used.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Section(StrEnum):
    """The sections of a plan as the window shows them, in the plan's order."""

    UPPGIFTER = "uppgifter"
    KAPITEL = "kapitel"
    MAL = "mal"
    AKTIVITETER = "aktiviteter"
    DRIFT = "drift"
    RESULTAT = "resultat"
    INVESTERINGAR = "investeringar"
    NYCKELTAL = "nyckeltal"
    INTERNKONTROLL = "internkontroll"
    UPPFOLJNING = "uppfoljning"
    """The follow-up periods (delår, årsredovisning) and, in a period, its summary texts."""
    GRANSKNING = "granskning"


class Part(StrEnum):
    """The parts of a plan snapshot (``domain.PlanSnapshot``'s fields), read one by one."""

    UPPGIFTER = "uppgifter"
    RISKSKALA = "riskskala"
    KAPITEL = "kapitel"
    VERKSAMHETER = "verksamheter"
    MALOMRADEN = "malomraden"
    NAMNDSMAL = "namndsmal"
    INDIKATORER = "indikatorer"
    AKTIVITETER = "aktiviteter"
    BUDGETKOLUMNER = "budgetkolumner"
    DRIFTBUDGET = "driftbudget"
    KF_RAM = "kf_ram"
    RESULTATRAKNING = "resultatrakning"
    KOSTNADSSLAG = "kostnadsslag"
    INVESTERINGAR = "investeringar"
    NYCKELTAL = "nyckeltal"
    INTERNKONTROLL = "internkontroll"
    BILDER = "bilder"
    BEDOMNINGSSKALA = "bedomningsskala"
    UPPFOLJNINGAR = "uppfoljningar"
    """Every follow-up period and all it holds."""


ALL_PARTS = frozenset(Part)


@dataclass(frozen=True, slots=True)
class SectionInfo:
    """How a section is named and grouped, and which parts of the snapshot it shows."""

    title: str
    parts: frozenset[Part]
    budget: bool = False
    """One of the budget's pages (the navigator groups them under "Budget")."""
    handbook: str = ""
    """The handbook page that explains the section."""


SECTIONS: dict[Section, SectionInfo] = {
    Section.UPPGIFTER: SectionInfo(
        "Uppgifter", frozenset({Part.UPPGIFTER}), handbook="uppgifter.html"
    ),
    Section.KAPITEL: SectionInfo(
        "Kapitel", frozenset({Part.KAPITEL, Part.BILDER}), handbook="kapitel.html"
    ),
    Section.MAL: SectionInfo(
        "Mål och indikatorer",
        frozenset(
            {
                Part.MALOMRADEN,
                Part.NAMNDSMAL,
                Part.INDIKATORER,
                Part.UPPFOLJNINGAR,
                Part.BEDOMNINGSSKALA,
            }
        ),
        handbook="mal.html",
    ),
    Section.AKTIVITETER: SectionInfo(
        "Aktiviteter",
        frozenset({Part.AKTIVITETER, Part.UPPFOLJNINGAR}),
        handbook="aktiviteter.html",
    ),
    Section.DRIFT: SectionInfo(
        "Driftbudget",
        frozenset(
            {
                Part.VERKSAMHETER,
                Part.BUDGETKOLUMNER,
                Part.DRIFTBUDGET,
                Part.KF_RAM,
                Part.UPPFOLJNINGAR,
            }
        ),
        budget=True,
        handbook="budget.html#drift",
    ),
    Section.RESULTAT: SectionInfo(
        "Resultaträkning",
        frozenset(
            {
                Part.VERKSAMHETER,
                Part.BUDGETKOLUMNER,
                Part.RESULTATRAKNING,
                Part.KOSTNADSSLAG,
                Part.UPPFOLJNINGAR,
            }
        ),
        budget=True,
        handbook="budget.html#resultat",
    ),
    Section.INVESTERINGAR: SectionInfo(
        "Investeringar",
        frozenset({Part.INVESTERINGAR, Part.UPPFOLJNINGAR}),
        budget=True,
        handbook="budget.html#investeringar",
    ),
    Section.NYCKELTAL: SectionInfo(
        "Nyckeltal", frozenset({Part.NYCKELTAL}), budget=True, handbook="budget.html#nyckeltal"
    ),
    Section.INTERNKONTROLL: SectionInfo(
        "Internkontroll",
        frozenset({Part.INTERNKONTROLL, Part.RISKSKALA, Part.UPPFOLJNINGAR}),
        handbook="internkontroll.html",
    ),
    Section.UPPFOLJNING: SectionInfo(
        "Uppföljning",
        frozenset({Part.UPPGIFTER, Part.UPPFOLJNINGAR, Part.BEDOMNINGSSKALA}),
        handbook="uppfoljning.html",
    ),
    Section.GRANSKNING: SectionInfo("Granskning", ALL_PARTS, handbook="granskning.html"),
}

BUDGET_SECTIONS = tuple(section for section, info in SECTIONS.items() if info.budget)
PLAN_SECTIONS = tuple(
    section for section in Section if section not in (Section.UPPFOLJNING, Section.GRANSKNING)
)
"""The sections that hold the plan's content (Granskning only looks at them; Uppföljning holds
what is written about the plan afterwards)."""

FOLLOW_UP_SECTIONS = (
    Section.UPPFOLJNING,
    Section.MAL,
    Section.AKTIVITETER,
    Section.DRIFT,
    Section.RESULTAT,
    Section.INVESTERINGAR,
    Section.INTERNKONTROLL,
)
"""The sections a follow-up period fills in: its summary, then the plan's sections that get
the period's columns beside their own."""

BUDGET_TITLE = "Budget"
"""The heading over the budget's pages, in the navigator and the Gå till menu."""


def _groups() -> tuple[tuple[str, tuple[Section, ...]], ...]:
    groups: list[tuple[str, tuple[Section, ...]]] = []
    for section, info in SECTIONS.items():
        if not info.budget:
            groups.append((info.title, (section,)))
        elif section is BUDGET_SECTIONS[0]:
            groups.append((BUDGET_TITLE, BUDGET_SECTIONS))
    return tuple(groups)


GROUPS = _groups()
"""The navigator's top level, in order: a heading and the sections under it (the budget's
pages under "Budget", every other section on its own). Ctrl+1… go to the first of each."""


SECTION_ARGUMENTS = tuple(f"{s.value}:N" if s is Section.KAPITEL else s.value for s in Section)
"""What ``vplan screenshot --section`` takes: a section's key, "kapitel:3" for the third chapter."""


def chapter_key(chapter_id: int) -> str:
    """The window's key of one chapter: "kapitel:7" (a section's own key is its value)."""
    return f"{Section.KAPITEL.value}:{chapter_id}"


def section_of_key(key: str) -> Section:
    """The section a window key names ("kapitel:7" is Kapitel); ValueError for no section."""
    return Section(key.split(":", 1)[0])


def chapter_of_key(key: str) -> int | None:
    """The chapter id in a chapter's key ("kapitel:7" → 7); None for any other key."""
    name, _, number = key.partition(":")
    return int(number) if name == Section.KAPITEL.value and number.isdigit() else None


PART_LABELS: dict[Part, str] = {
    Part.KAPITEL: "Kapitel",
    Part.BILDER: "Bilder",
    Part.MALOMRADEN: "Målområden",
    Part.NAMNDSMAL: "Mål",
    Part.INDIKATORER: "Indikatorer",
    Part.AKTIVITETER: "Aktiviteter",
    Part.VERKSAMHETER: "Verksamheter",
    Part.DRIFTBUDGET: "Driftbudgetrader",
    Part.RESULTATRAKNING: "Resultaträkningsrader",
    Part.KOSTNADSSLAG: "Kostnadsslag",
    Part.INVESTERINGAR: "Investeringar",
    Part.NYCKELTAL: "Nyckeltalstabeller",
    Part.INTERNKONTROLL: "Internkontrollpunkter",
}
"""How a summary names the items a part holds ("vplan info", the rollover's summary), in the
order it lists them."""


class ItemKind(StrEnum):
    """The kinds of item a plan holds, and what an edit can name."""

    PLAN = "plan"
    KAPITEL = "kapitel"
    BILD = "bild"
    VERKSAMHET = "verksamhet"
    MALOMRADE = "malomrade"
    NAMNDSMAL = "namndsmal"
    INDIKATOR = "indikator"
    AKTIVITET = "aktivitet"
    BUDGETKOLUMN = "budgetkolumn"
    DRIFTBUDGET_RAD = "driftbudget_rad"
    KF_RAM = "kf_ram"
    RESULTAT_RAD = "resultat_rad"
    KOSTNADSSLAG_RAD = "kostnadsslag_rad"
    INVESTERING = "investering"
    NYCKELTAL_TABELL = "nyckeltal_tabell"
    NYCKELTAL_KOLUMN = "nyckeltal_kolumn"
    NYCKELTAL_RAD = "nyckeltal_rad"
    INTERNKONTROLL = "internkontroll"
    RISKSKALA = "riskskala"
    BEDOMNINGSSKALA = "bedomningsskala"
    UPPFOLJNING = "uppfoljning"
    """A follow-up period: its name, year, end date, reported mark and summary texts."""
    UPPFOLJNING_MAL = "uppfoljning_mal"
    UPPFOLJNING_INDIKATOR = "uppfoljning_indikator"
    UPPFOLJNING_AKTIVITET = "uppfoljning_aktivitet"
    UPPFOLJNING_DRIFT = "uppfoljning_drift"
    UPPFOLJNING_RESULTAT = "uppfoljning_resultat"
    UPPFOLJNING_INVESTERING = "uppfoljning_investering"
    UPPFOLJNING_KONTROLL = "uppfoljning_kontroll"
    GRANSKNING = "granskning"
    """Granskning's marks over a whole section."""
    FLERA = "flera"
    """A change of several kinds at once (``changes.combined``)."""


@dataclass(frozen=True, slots=True)
class KindInfo:
    """Where a kind of item is shown and what an edit of it can touch.

    ``own`` is the part its values live in; ``touches`` every part a change of it can alter
    (adding or removing it alters what hangs below it: a nämndsmål's indicators, a budget
    column's amounts).
    """

    section: Section
    own: Part | None
    touches: frozenset[Part]


def _kind(section: Section, own: Part | None, *also: Part) -> KindInfo:
    return KindInfo(section, own, frozenset({*([own] if own else []), *also}))


KINDS: dict[ItemKind, KindInfo] = {
    ItemKind.PLAN: KindInfo(Section.UPPGIFTER, Part.UPPGIFTER, ALL_PARTS),
    ItemKind.KAPITEL: _kind(Section.KAPITEL, Part.KAPITEL),
    ItemKind.BILD: _kind(Section.KAPITEL, Part.BILDER),
    ItemKind.VERKSAMHET: _kind(
        Section.DRIFT,
        Part.VERKSAMHETER,
        Part.DRIFTBUDGET,
        Part.RESULTATRAKNING,
        Part.AKTIVITETER,
    ),
    # Removing a målområde unlinks the key-figure tables under it (they keep only its id).
    ItemKind.MALOMRADE: _kind(
        Section.MAL,
        Part.MALOMRADEN,
        Part.NAMNDSMAL,
        Part.INDIKATORER,
        Part.AKTIVITETER,
        Part.NYCKELTAL,
    ),
    ItemKind.NAMNDSMAL: _kind(Section.MAL, Part.NAMNDSMAL, Part.INDIKATORER, Part.AKTIVITETER),
    ItemKind.INDIKATOR: _kind(Section.MAL, Part.INDIKATORER),
    ItemKind.AKTIVITET: _kind(Section.AKTIVITETER, Part.AKTIVITETER),
    ItemKind.BUDGETKOLUMN: _kind(
        Section.DRIFT,
        Part.BUDGETKOLUMNER,
        Part.DRIFTBUDGET,
        Part.RESULTATRAKNING,
        Part.KOSTNADSSLAG,
    ),
    ItemKind.DRIFTBUDGET_RAD: _kind(Section.DRIFT, Part.DRIFTBUDGET),
    ItemKind.KF_RAM: _kind(Section.DRIFT, Part.KF_RAM),
    ItemKind.RESULTAT_RAD: _kind(Section.RESULTAT, Part.RESULTATRAKNING),
    ItemKind.KOSTNADSSLAG_RAD: _kind(Section.RESULTAT, Part.KOSTNADSSLAG),
    ItemKind.INVESTERING: _kind(Section.INVESTERINGAR, Part.INVESTERINGAR),
    ItemKind.NYCKELTAL_TABELL: _kind(Section.NYCKELTAL, Part.NYCKELTAL),
    ItemKind.NYCKELTAL_KOLUMN: _kind(Section.NYCKELTAL, Part.NYCKELTAL),
    ItemKind.NYCKELTAL_RAD: _kind(Section.NYCKELTAL, Part.NYCKELTAL),
    ItemKind.INTERNKONTROLL: _kind(Section.INTERNKONTROLL, Part.INTERNKONTROLL, Part.UPPFOLJNINGAR),
    ItemKind.RISKSKALA: _kind(Section.INTERNKONTROLL, Part.RISKSKALA, Part.INTERNKONTROLL),
    # A level's name and colour show in every period's assessments; the deviation threshold
    # (a setting of the follow-ups, kept with the plan's front matter) is set the same way.
    ItemKind.BEDOMNINGSSKALA: _kind(
        Section.UPPFOLJNING, Part.BEDOMNINGSSKALA, Part.UPPFOLJNINGAR, Part.UPPGIFTER
    ),
    ItemKind.UPPFOLJNING: _kind(Section.UPPFOLJNING, Part.UPPFOLJNINGAR),
    ItemKind.UPPFOLJNING_MAL: _kind(Section.MAL, Part.UPPFOLJNINGAR),
    ItemKind.UPPFOLJNING_INDIKATOR: _kind(Section.MAL, Part.UPPFOLJNINGAR),
    ItemKind.UPPFOLJNING_AKTIVITET: _kind(Section.AKTIVITETER, Part.UPPFOLJNINGAR),
    ItemKind.UPPFOLJNING_DRIFT: _kind(Section.DRIFT, Part.UPPFOLJNINGAR),
    ItemKind.UPPFOLJNING_RESULTAT: _kind(Section.RESULTAT, Part.UPPFOLJNINGAR),
    ItemKind.UPPFOLJNING_INVESTERING: _kind(Section.INVESTERINGAR, Part.UPPFOLJNINGAR),
    ItemKind.UPPFOLJNING_KONTROLL: _kind(Section.INTERNKONTROLL, Part.UPPFOLJNINGAR),
    # Granskning's marks: the parts of the section the change names (``touched_parts``).
    ItemKind.GRANSKNING: KindInfo(Section.GRANSKNING, None, frozenset()),
    ItemKind.FLERA: KindInfo(Section.GRANSKNING, None, ALL_PARTS),
}


def section_of(kind: ItemKind) -> Section:
    """The section that shows items of ``kind``."""
    return KINDS[kind].section


def touched_parts(section: Section, kind: ItemKind) -> frozenset[Part]:
    """The parts of the snapshot an edit of ``kind`` in ``section`` can have altered."""
    if kind is ItemKind.GRANSKNING:
        return SECTIONS[section].parts
    return KINDS[kind].touches


def sections_showing(parts: Iterable[Part]) -> frozenset[Section]:
    """The sections whose views show any of ``parts``."""
    wanted = set(parts)
    return frozenset(s for s, info in SECTIONS.items() if info.parts & wanted)
