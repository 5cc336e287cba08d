"""Rules for the front matter, the chapters, the goals and the activities."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

from vplan_desktop import domain as d
from vplan_desktop.completeness import word_count
from vplan_desktop.db.enums import PlanStatus, Riktning
from vplan_desktop.formatting import format_number
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
        if words == 0:
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
                f"Kapitlet {_q(chapter.rubrik)} har bara {words} ord.",
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
    years = plan.uppgifter.years
    with_indicator = {i.namndsmal_id for i in plan.indikatorer}
    areas = {a.id for a in plan.malomraden}
    for goal in plan.namndsmal:
        if goal.malomrade_id not in areas:
            yield Finding(
                Severity.VARNING,
                f"Nämndsmålet {_q(goal.text)} hör inte till något målområde.",
                Section.MAL,
                ItemKind.NAMNDSMAL,
                goal.id,
                "malomrade_id",
                "mal.utan_malomrade",
                name=_q(goal.text),
            )
        if goal.id not in with_indicator:
            yield Finding(
                Severity.VARNING,
                f"Nämndsmålet {_q(goal.text)} saknar indikator. Lägg till hur målet ska mätas.",
                Section.MAL,
                ItemKind.NAMNDSMAL,
                goal.id,
                None,
                "mal.utan_indikator",
                name=_q(goal.text),
            )
    if not plan.namndsmal:
        yield Finding(
            Severity.FEL, "Planen har inga nämndsmål.", Section.MAL, None, None, None, "mal.inga"
        )
    for indicator in plan.indikatorer:
        yield from _indicator(indicator, years)


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
    goals_by_id = {g.id: g for g in plan.namndsmal}
    last_day = plan.uppgifter.sista_ar
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

        if a.namndsmal_id not in goals_by_id:
            yield finding(
                Severity.FEL,
                f"Aktiviteten {name} är inte kopplad till något nämndsmål.",
                "namndsmal_id",
                "aktiviteter.mal",
            )
        if not a.ansvarig.strip():
            yield finding(
                Severity.VARNING,
                f"Ange vem som är ansvarig för {name}.",
                "ansvarig",
                "aktiviteter.ansvarig",
            )
        if a.slutdatum is None:
            yield finding(
                Severity.VARNING,
                f"Ange slutdatum för {name}.",
                "slutdatum",
                "aktiviteter.slutdatum",
            )
        elif a.slutdatum.year > last_day:
            yield finding(
                Severity.VARNING,
                f"Slutdatum för {name} ({a.slutdatum.isoformat()}) ligger efter planperioden "
                f"{plan.uppgifter.period}.",
                "slutdatum",
                "aktiviteter.efter_perioden",
            )
    covered = {a.namndsmal_id for a in plan.aktiviteter}
    for goal in plan.namndsmal:
        if goal.id not in covered:
            yield Finding(
                Severity.VARNING,
                f"Nämndsmålet {_q(goal.text)} har ingen aktivitet. Lägg till vad som ska göras.",
                Section.AKTIVITETER,
                ItemKind.NAMNDSMAL,
                goal.id,
                None,
                "aktiviteter.mal_utan_aktivitet",
                name=_q(goal.text),
            )


# --- many items with the same gap ----------------------------------------------------------

group_as("mal.utan_malomrade", "nämndsmål", "hör inte till något målområde")
group_as("mal.utan_indikator", "nämndsmål", "saknar indikator")
group_as("mal.nulage_saknas", "indikator", "saknar nuläge")
group_as("mal.nulage_efter_start", "indikator", "har ett nuläge från efter planens första år")
group_as("mal.malniva_saknas", "indikator", "saknar målnivå")
group_as("aktiviteter.mal", "aktivitet", "är inte kopplade till något nämndsmål")
group_as("aktiviteter.ansvarig", "aktivitet", "saknar ansvarig")
group_as("aktiviteter.slutdatum", "aktivitet", "saknar slutdatum")
group_as("aktiviteter.efter_perioden", "aktivitet", "slutar efter planperioden")
group_as("aktiviteter.mal_utan_aktivitet", "nämndsmål", "har ingen aktivitet")
