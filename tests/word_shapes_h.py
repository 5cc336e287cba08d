"""Corpus document H: a miljö- och byggnadsnämnd's one-year plan: numbered Heading 1 chapters
("3. Verksamhetens mål"), goals as Heading 2 "Mål 1.1 …" with an indicator table "Indikator |
Utfall 2025 | Målvärde 2027", activities as a numbered list under each goal
with the responsible after a dash, a driftbudget "Verksamhet | Intäkter | Kostnader | Netto"
for the budget year with no-break spaces in the amounts, a one-column cover date
"2026-11-19", and an internkontroll table in other words ("Rutin | Kontrollmoment | Metod |
Omfattning | Ansvarig | Rapporteras till")."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_docx import Writer, sv
from tests.word_shapes_model import (
    Activity,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    Val,
)

NBSP = "\u00a0"


def _cover(w: Writer) -> None:
    w.cover("Miljö- och byggnadsnämnden", size=18)
    w.cover("Verksamhetsplan 2027", size=26, bold=True)
    w.cover("Lövsta kommun")
    w.cover("2026-11-19")
    w.page_break()


def _text(w: Writer) -> None:
    w.chapter("1. Nämndens uppdrag")
    w.paras(
        "Nämnden prövar ansökningar om bygglov, strandskyddsdispens och miljöfarlig "
        "verksamhet, och har tillsyn enligt miljöbalken, plan- och bygglagen och "
        "livsmedelslagstiftningen. Nämnden ansvarar också för kart- och mätverksamheten.",
        "Förvaltningen har 46 tjänster fördelade på bygglovsenheten, miljöenheten och "
        "enheten för geodata.",
    )
    w.chapter("2. Förutsättningar 2027")
    w.paras(
        "Antalet bygglovsärenden minskade med tolv procent under 2025 när räntorna steg, men "
        "förfrågningarna om förhandsbesked har ökat igen under hösten 2026.",
        "En ny taxa för livsmedelskontroll med efterhandsdebitering införs den 1 januari 2027. "
        "Det ger en jämnare intäkt men kräver att tiden registreras noggrannare.",
        "Två miljöinspektörer går i pension under året och rekryteringen har redan börjat.",
    )
    w.heading("Medarbetare och kompetens", 2)
    w.structure("Medarbetare och kompetens")
    w.paras(
        "Det är svårt att rekrytera erfarna bygglovshandläggare. Förvaltningen satsar därför "
        "på att ta emot praktikanter från högskolan och på en intern introduktion som tar "
        "ett halvår.",
        "Under 2027 prioriteras följande:",
    )
    w.bullets(
        "Mentorskap för nyanställda handläggare",
        "Gemensam kompetensutveckling med grannkommunernas miljökontor",
        "Möjlighet att arbeta på distans två dagar i veckan",
    )
    w.heading("Digitalisering", 2)
    w.structure("Digitalisering")
    w.para(
        "Ärendehanteringssystemet byts under våren. Under bytet kan handläggningstiderna bli "
        "längre, och nämnden får en särskild redovisning av läget i april."
    )


def _goal(
    w: Writer,
    label: str,
    goal: str,
    inds: list[tuple[str, str, Val, Val]],
    acts: list[tuple[str, str]],
) -> None:
    w.heading(f"{label} {goal}", 2)
    w.structure(f"{label} {goal}")  # the goal is checked as an item, without its label
    w.expected.goals.append(Goal(goal, "namnd"))
    header = ["Indikator", "Utfall 2025", "Målvärde 2027"]
    rows = [header]
    for name, unit, base, t27 in inds:
        rows.append([name, *(sv(v, unit) if isinstance(v, D) else v for v in (base, t27))])
        w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, {2027: t27}))
    w.table(rows, widths=[9, 3, 3])
    w.para(("b", "Aktiviteter"))
    w.structure("Aktiviteter")
    w.bullets(*(f"{a} – {who}" for a, who in acts), numbered=True)
    w.structure(*(f"{a} – {who}" for a, who in acts))
    w.expected.activities += [Activity(a, who, group=goal) for a, who in acts]


def _goals(w: Writer) -> None:
    w.chapter("3. Verksamhetens mål")
    w.para(
        "Nämnden har tre mål för 2027. De utgår från kommunfullmäktiges målområde Hållbar "
        "samhällsutveckling och följs upp i delårsrapporten och i årsredovisningen."
    )
    _goal(
        w,
        "Mål 1.1",
        "Den som söker bygglov får ett snabbt och rättssäkert beslut.",
        [
            (
                "Handläggningstid för bygglov från komplett ansökan, median dagar",
                "dagar",
                D(31),
                D(25),
            ),
            ("Andel överklagade beslut som står sig i högre instans", "%", D(84), D(90)),
            ("Nöjd kund-index bygglov (SKR Insikt)", "", D(66), D(70)),
        ],
        [
            ("Införa e-tjänst för anmälan om attefallsåtgärder", "Bygglovschef"),
            ("Hålla öppet hus för byggherrar två gånger per år", "Bygglovshandläggare"),
        ],
    )
    _goal(
        w,
        "Mål 1.2",
        "Tillsynen bidrar till en god miljö och säkra livsmedel.",
        [
            ("Andel planerade livsmedelskontroller som genomförts", "%", D(87), D(100)),
            ("Antal inventerade enskilda avlopp", "", D(212), D(250)),
            ("Andel förorenade områden med påbörjad utredning", "%", D(18), "Öka"),
        ],
        [
            ("Inventera enskilda avlopp i Storsjöns tillrinningsområde", "Miljöchef"),
            ("Ta fram en tillsynsplan för förorenade områden", "Miljöinspektör"),
            ("Utbilda livsmedelsinspektörerna i den nya taxan", "Miljöchef"),
        ],
    )
    _goal(
        w,
        "Mål 1.3",
        "Kommunens kartor och adresser är aktuella och lätta att använda.",
        [
            ("Andel nybyggda fastigheter inmätta inom tre månader", "%", D(74), D(90)),
            ("Antal dagar från beslut till uppdaterad adress i registret", "dagar", D(14), D(7)),
        ],
        [("Publicera primärkartan som öppna data", "Geodatachef")],
    )


def _budget(w: Writer) -> None:
    w.chapter("4. Ekonomi")
    w.para(
        "Nämndens nettoram för 2027 är 21,3 miljoner kronor. Intäkterna från taxor och "
        "avgifter beräknas täcka drygt hälften av kostnaderna."
    )
    w.para(("b", "Driftbudget 2027, tkr"))
    w.structure("Driftbudget 2027, tkr")
    units = [
        ("Nämnd och ledning", -120, 2_340),
        ("Bygglov", -9_850, 14_210),
        ("Miljö- och hälsoskydd", -4_380, 9_120),
        ("Livsmedelskontroll", -3_260, 4_420),
        ("Kart och mät", -6_740, 15_640),
    ]
    header = ["Verksamhet", "Intäkter", "Kostnader", "Netto"]
    rows = [header]
    for name, income, cost in units:
        rows.append([name, sv(income, sep=NBSP), sv(cost, sep=NBSP), sv(income + cost, sep=NBSP)])
        w.expected.budget.append(BudgetRow("drift", name, {("budget", 2027): D(income + cost)}))
    total = ["Totalt"]
    income_sum, cost_sum = sum(u[1] for u in units), sum(u[2] for u in units)
    total += [sv(v, sep=NBSP) for v in (income_sum, cost_sum, income_sum + cost_sum)]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[6.5, 3, 3, 3])
    w.para("")


def _control(w: Writer) -> None:
    # A heading over nothing but the control table is its caption (structure), as in A.
    w.heading("5. Internkontrollplan 2027", 1)
    w.structure("5. Internkontrollplan 2027")
    header = ["Rutin", "Kontrollmoment", "Metod", "Omfattning", "Ansvarig", "Rapporteras till"]
    rows = [
        [
            "Debitering av tillsyn",
            "Att timavgift debiteras för all nedlagd handläggningstid",
            "Stickprov",
            "15 ärenden",
            "Miljöchef",
            "Nämnden i augusti",
        ],
        [
            "Bygglovsbeslut",
            "Att beslut fattas inom lagstadgad tid",
            "Uttag ur ärendesystemet",
            "Samtliga ärenden",
            "Bygglovschef",
            "Nämnden varje tertial",
        ],
        [
            "Delegation",
            "Att delegationsbeslut anmäls till nämnden",
            "Jämförelse mot diariet",
            "Två månader",
            "Nämndsekreterare",
            "Nämnden i december",
        ],
    ]
    w.table([header, *rows], size=8)
    w.expected.controls += [Control(r[1], r[0]) for r in rows]


def build_h(path: Path) -> Expected:
    front = Front(
        namnd="Miljö- och byggnadsnämnden",
        kommun="Lövsta kommun",
        forsta_ar=2027,
        sista_ar=2027,
        titel="Verksamhetsplan 2027",
    )
    w = Writer("H-ettårsplan-netto", front)
    _cover(w)
    _text(w)
    _goals(w)
    _budget(w)
    _control(w)
    return w.save(path)
