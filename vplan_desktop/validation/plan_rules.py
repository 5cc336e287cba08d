"""Rules for the front matter, the chapters, the goals and the activities."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

from vplan_desktop import domain as d
from vplan_desktop.completeness import shows_images, word_count
from vplan_desktop.db.enums import PlanStatus, Riktning
from vplan_desktop.formatting import format_number
from vplan_desktop.goal_checks import goal_name, unmeasured, without_activity
from vplan_desktop.sections import ItemKind, Section
from vplan_desktop.validation.findings import Finding, Severity, _q, group_as, listing, rule

MIN_OMVARLD_WORDS = 150
"""Below this, the omvärldsanalys is too thin to be one."""
SHORT_CHAPTER_WORDS = 30

# --- front matter --------------------------------------------------------------------------

REQUIRED_FRONT = [
    ("kommun", "kommunen"),
    ("namnd", "nämnden"),
    ("titel", "planens titel"),
    ("ordforande", "ordföranden"),
    ("forvaltningschef", "förvaltningschefen"),
]


@rule
def front_matter(plan: d.PlanSnapshot) -> Iterator[Finding]:
    u = plan.uppgifter
    for name, label in REQUIRED_FRONT:
        if not getattr(u, name).strip():
            yield Finding(
                Severity.FEL,
                f"Ange {label}.",
                Section.UPPGIFTER,
                ItemKind.PLAN,
                1,
                name,
                "uppgifter.saknas",
            )
    length = u.sista_ar - u.forsta_ar + 1
    if not 1 <= length <= d.MAX_PERIOD_YEARS:
        yield Finding(
            Severity.FEL,
            f"Planperioden {u.period} ska vara 1–{d.MAX_PERIOD_YEARS} år.",
            Section.UPPGIFTER,
            ItemKind.PLAN,
            1,
            "forsta_ar",
            "uppgifter.period",
        )
    if u.antagen_datum is not None and u.forsta_ar < u.antagen_datum.year:
        yield Finding(
            Severity.FEL,
            f"Planperioden börjar {u.forsta_ar}, före antagandet {u.antagen_datum.isoformat()}.",
            Section.UPPGIFTER,
            ItemKind.PLAN,
            1,
            "forsta_ar",
            "uppgifter.period_passerad",
        )
    if u.status is PlanStatus.ANTAGEN and not (u.antagen_datum and u.antagen_paragraf):
        yield Finding(
            Severity.VARNING,
            "Ange datum och paragraf för antagandet.",
            Section.UPPGIFTER,
            ItemKind.PLAN,
            1,
            "antagen_datum" if not u.antagen_datum else "antagen_paragraf",
            "uppgifter.antagande",
        )
    if not u.diarienummer.strip():
        yield Finding(
            Severity.TIPS,
            "Ange diarienumret, så att planen går att hitta i diariet.",
            Section.UPPGIFTER,
            ItemKind.PLAN,
            1,
            "diarienummer",
            "uppgifter.diarienummer",
        )


# --- chapters ------------------------------------------------------------------------------


@rule
def chapters(plan: d.PlanSnapshot) -> Iterator[Finding]:
    for chapter in plan.kapitel:
        words = word_count(chapter.text)
        if words == 0 and not shows_images(chapter.text):
            yield Finding(
                Severity.FEL,
                f"Kapitlet {_q(chapter.rubrik)} är tomt. Skriv text eller ta bort kapitlet.",
                Section.KAPITEL,
                ItemKind.KAPITEL,
                chapter.id,
                "text",
                "kapitel.tomt",
            )
        elif chapter.omvarldsanalys and words < MIN_OMVARLD_WORDS:
            yield Finding(
                Severity.VARNING,
                f"Omvärldsanalysen {_q(chapter.rubrik)} har bara {words} ord. Beskriv befolkning, "
                "lagstiftning, arbetsmarknad och andra förutsättningar.",
                Section.KAPITEL,
                ItemKind.KAPITEL,
                chapter.id,
                "text",
                "kapitel.omvarld_kort",
            )
        elif words < SHORT_CHAPTER_WORDS:
            yield Finding(
                Severity.TIPS,
                f"Kapitlet {_q(chapter.rubrik)} har bara {words} ord."
                if words
                else f"Kapitlet {_q(chapter.rubrik)} har bara bilder och ingen text.",
                Section.KAPITEL,
                ItemKind.KAPITEL,
                chapter.id,
                "text",
                "kapitel.kort",
            )
    if plan.kapitel and not any(k.omvarldsanalys for k in plan.kapitel):
        first = plan.kapitel[0]
        yield Finding(
            Severity.VARNING,
            "Inget kapitel är markerat som omvärldsanalys. Markera det kapitel som beskriver "
            "planeringsförutsättningarna.",
            Section.KAPITEL,
            ItemKind.KAPITEL,
            first.id,
            "omvarldsanalys",
            "kapitel.omvarld_saknas",
        )
    if not plan.kapitel:
        yield Finding(
            Severity.FEL,
            "Planen har inga kapitel. Lägg till åtminstone en omvärldsanalys.",
            Section.UPPGIFTER,
            None,
            None,
            None,
            "kapitel.inga",
        )


# --- goals and indicators ------------------------------------------------------------------


def _numbers(indicator: d.Indikator) -> Iterator[tuple[str, str, Decimal]]:
    """(field, label, value) for every numeric value of an indicator."""
    if isinstance(indicator.nulage, Decimal):
        yield "nulage", "nuläget", indicator.nulage
    for year, value in sorted(indicator.malnivaer.items()):
        if isinstance(value, Decimal):
            yield f"malniva:{year}", f"målnivån för {year}", value
    for year, value in sorted(indicator.utfall.items()):
        if isinstance(value, Decimal):
            yield f"utfall:{year}", f"utfallet för {year}", value


@rule
def goals(plan: d.PlanSnapshot) -> Iterator[Finding]:
    front = plan.uppgifter
    areas = {a.id for a in plan.malomraden}
    for goal in plan.namndsmal:
        # A sub-goal is always in its parent's målområde, so only the top of a branch is
        # asked; a plan without målområden orders its goals by the tree alone.
        if areas and goal.overordnat_id is None and goal.malomrade_id not in areas:
            name = goal_name(front, goal)
            yield Finding(
                Severity.VARNING,
                f"{name} hör inte till något målområde.",
                Section.MAL,
                ItemKind.NAMNDSMAL,
                goal.id,
                "malomrade_id",
                "mal.utan_malomrade",
                name=name,
            )
    for goal in unmeasured(plan):
        name = goal_name(front, goal)
        yield Finding(
            Severity.VARNING,
            f"{name} har ingen indikator och inget mål per år.",
            Section.MAL,
            ItemKind.NAMNDSMAL,
            goal.id,
            None,
            "mal.utan_indikator",
            name=name,
        )
    if not plan.namndsmal:
        yield Finding(
            Severity.FEL, "Planen har inga mål.", Section.MAL, None, None, None, "mal.inga"
        )
    for indicator in plan.indikatorer:
        yield from _indicator(indicator, front.years)


def _indicator(indicator: d.Indikator, years: list[int]) -> Iterator[Finding]:
    name = _q(indicator.namn)

    def finding(severity: Severity, message: str, field: str | None, rule_id: str) -> Finding:
        return Finding(
            severity,
            message,
            Section.MAL,
            ItemKind.INDIKATOR,
            indicator.id,
            field,
            rule_id,
            name=name,
        )

    if indicator.nulage is None or indicator.nulage_ar is None:
        missing = (
            "år och värde"
            if indicator.nulage is None and indicator.nulage_ar is None
            else ("värde" if indicator.nulage is None else "år")
        )
        yield finding(
            Severity.VARNING,
            f"Indikatorn {name} saknar nuläge ({missing}).",
            "nulage" if indicator.nulage is None else "nulage_ar",
            "mal.nulage_saknas",
        )
    if indicator.nulage_ar is not None and years and indicator.nulage_ar > years[0]:
        yield finding(
            Severity.FEL,
            f"Nuläget för {name} är från {indicator.nulage_ar}, "
            f"efter planens första år {years[0]}.",
            "nulage_ar",
            "mal.nulage_efter_start",
        )
    if indicator.varje_ar:
        # One finding per indicator, naming the years: the count of a grouped finding is then
        # a count of indicators.
        without = [year for year in years if indicator.malnivaer.get(year) is None]
        if without:
            yield finding(
                Severity.FEL,
                f"Indikatorn {name} saknar målnivå för {listing([str(y) for y in without])}.",
                f"malniva:{without[0]}",
                "mal.malniva_saknas",
            )
    elif not any(indicator.malnivaer.get(year) is not None for year in years):
        yield finding(
            Severity.FEL,
            f"Indikatorn {name} har ingen målnivå under planperioden.",
            f"malniva:{years[0]}" if years else None,
            "mal.malniva_saknas",
        )
    if indicator.enhet.strip() == "%":
        for field, label, value in _numbers(indicator):
            if not Decimal(0) <= value <= Decimal(100):
                yield finding(
                    Severity.FEL,
                    f"{label.capitalize()} för {name} är {format_number(value)} %, "
                    "men en andel ligger mellan 0 och 100 %.",
                    field,
                    "mal.procent",
                )
    yield from _direction(indicator, years, finding)


def _direction(
    indicator: d.Indikator,
    years: list[int],
    finding: Callable[[Severity, str, str | None, str], Finding],
) -> Iterator[Finding]:
    if indicator.riktning is Riktning.INGEN:
        return
    higher = indicator.riktning is Riktning.HOGRE_BATTRE
    previous: tuple[str, Decimal] | None = None
    if isinstance(indicator.nulage, Decimal):
        previous = (f"nuläget {indicator.nulage_ar or ''}".strip(), indicator.nulage)
    for year in years:
        value = indicator.malnivaer.get(year)
        if not isinstance(value, Decimal):
            continue
        if previous is not None and (value < previous[1] if higher else value > previous[1]):
            way = "sjunker" if higher else "stiger"
            goal = "högre" if higher else "lägre"
            yield finding(
                Severity.VARNING,
                f"Målnivån för {year} för {_q(indicator.namn)} {way} jämfört med {previous[0]}, "
                f"fast {goal} värden är bättre.",
                f"malniva:{year}",
                "mal.riktning",
            )
        previous = (str(year), value)


# --- activities ----------------------------------------------------------------------------


@rule
def activities(plan: d.PlanSnapshot) -> Iterator[Finding]:
    """An activity may belong to a goal of any level, to a målområde or to the whole plan:
    where it belongs is no finding (a plan lists work for the whole nämnd on purpose)."""
    u = plan.uppgifter
    for a in plan.aktiviteter:
        name = _q(a.namn)

        def finding(
            severity: Severity, message: str, field: str, rule_id: str, a: d.Aktivitet = a
        ) -> Finding:
            return Finding(
                severity,
                message,
                Section.AKTIVITETER,
                ItemKind.AKTIVITET,
                a.id,
                field,
                rule_id,
                name=_q(a.namn),
            )

        if not a.ansvarig.strip():
            yield finding(
                Severity.VARNING,
                f"Ange vem som är ansvarig för {name}.",
                "ansvarig",
                "aktiviteter.ansvarig",
            )
        # The revised end date is the one that holds; an activity planned by year has none.
        end = a.slutdatum_reviderat or a.slutdatum
        if end is None and a.ar is None:
            yield finding(
                Severity.VARNING,
                f"Ange slutdatum för {name}.",
                "slutdatum",
                "aktiviteter.slutdatum",
            )
        elif end is not None and end.year > u.sista_ar:
            revised = a.slutdatum_reviderat is not None
            yield finding(
                Severity.VARNING,
                f"{'Det reviderade slutdatumet' if revised else 'Slutdatum'} för {name} "
                f"({end.isoformat()}) ligger efter planperioden {u.period}.",
                "slutdatum_reviderat" if revised else "slutdatum",
                "aktiviteter.efter_perioden",
            )
        elif end is None and a.ar is not None and a.ar > u.sista_ar:
            yield finding(
                Severity.VARNING,
                f"Aktiviteten {name} är planerad för {a.ar}, efter planperioden {u.period}.",
                "ar",
                "aktiviteter.efter_perioden",
            )
    for goal in without_activity(plan):
        yield Finding(
            Severity.VARNING,
            f"{goal_name(u, goal)} har ingen aktivitet. Lägg till vad som ska göras.",
            Section.AKTIVITETER,
            ItemKind.NAMNDSMAL,
            goal.id,
            None,
            "aktiviteter.mal_utan_aktivitet",
            name=f"{goal.kod} {_q(goal.text)}" if goal.kod else _q(goal.text),
        )


# --- many items with the same gap ----------------------------------------------------------

group_as("mal.utan_malomrade", "mål", "hör inte till något målområde")
group_as("mal.utan_indikator", "mål", "har ingen indikator och inget mål per år")
group_as("mal.nulage_saknas", "indikator", "saknar nuläge")
group_as("mal.nulage_efter_start", "indikator", "har ett nuläge från efter planens första år")
group_as("mal.malniva_saknas", "indikator", "saknar målnivå")
group_as("aktiviteter.ansvarig", "aktivitet", "saknar ansvarig")
group_as("aktiviteter.slutdatum", "aktivitet", "saknar slutdatum")
group_as("aktiviteter.efter_perioden", "aktivitet", "slutar efter planperioden")
group_as("aktiviteter.mal_utan_aktivitet", "nämndsmål", "har ingen aktivitet")
