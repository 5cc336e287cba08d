"""Corpus document CB: a gemensam IT-nämnd's plan (one nämnd serving three kommuner, hosted by
Ådalens kommun) whose goals are service commitments: each tjänsteområde a Heading 2 with a
paragraph of what it covers, then a bold "Åtagande:" line holding the goal and a table
"Servicenivå | Utfall jan–okt 2026 | Målnivå 2027 | Målnivå 2028 | Målnivå 2029" whose cells
are times and counts as people write them ("81 % inom 8 timmar", "Högst 2 arbetsdagar", "99,5 %
tillgänglighet", "Svar inom 24 h", "3,4 dagar", "1 h 45 min", "12 st"); activities with a
"Period" column "2027-02-01 – 2027-06-30"; a resultatbudget in tkr financed by "Ersättning från
…" each member kommun, with subtotals and the nämnd's net 0 every year and one row given only
for the bokslut; a "Tjänstekatalog" of prices per user and month with an "Enhet" column that is
no budget; the cost split between the kommuner as key figures; and internkontroll.

Expected (what a perfect import gives): the front matter from the labelled cover (the
värdkommun is the kommun); seven chapters; four nämndsmål (without "Åtagande:") with eleven
indicators, nuläge 2026 and targets for 2027–2029 as printed; nine activities with ansvarig, the
period's last day as slutdatum and their tjänsteområde as group; ten resultatbudget rows; six
tjänstekatalog rows and three kommun rows as key figures (the catalogue's rows are no budget
rows); four controls with their process. The running header, the subtotals and the net row
are not content."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from docx.shared import Pt

from tests.word_shapes_docx import Writer, sv
from tests.word_shapes_model import (
    Activity,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    Val,
)

RUNNING = "Gemensamma IT-nämnden · Verksamhetsplan 2027–2029"
YEARS = (2027, 2028, 2029)

Level = tuple[str, str, str, Val, list[str], list[Val]]
"""A servicenivå: name, unit, nuläge as printed and as entered, targets printed and entered."""

AREAS: list[tuple[str, str, str, list[Level]]] = [
    ("Användarstöd",
     "Servicedesk tar emot ärenden per telefon, chatt och via självbetjäningsportalen "
     "vardagar 07.00–17.00. Ärenden prioriteras efter hur många som påverkas.",
     "Medarbetarna i de tre kommunerna får snabb och kunnig hjälp när IT inte fungerar.",
     [("Andel ärenden lösta inom 8 timmar", "%", "78 %", D(78),
       ["85 %", "90 %", "90 %"], [D(85), D(90), D(90)]),
      ("Incidenter med prioritet 2 (en hel enhet påverkas)", "%", "81 % inom 8 timmar",
       "81 % inom 8 timmar", ["95 % inom 8 timmar"] * 3, ["95 % inom 8 timmar"] * 3),
      ("Genomsnittlig väntetid i telefon till servicedesk", "", "4 min 20 s", "4 min 20 s",
       ["Högst 2 min"] * 3, ["Högst 2 min"] * 3),
      ("Andel användare nöjda med senaste kontakten", "%", "84 %", D(84),
       ["88 %", "90 %", "90 %"], [D(88), D(90), D(90)])]),
    ("Drift och infrastruktur",
     "Nämnden driver nätverk, servrar, lagring och de verksamhetssystem som kommunerna har "
     "gemensamt, bland annat ekonomi-, lön- och ärendesystemen.",
     "Verksamhetskritiska system är tillgängliga när verksamheterna behöver dem.",
     [("Tillgänglighet för verksamhetskritiska system, vardagar 07–18", "%", "99,1 %",
       D("99.1"), ["99,5 % tillgänglighet"] * 3, ["99,5 % tillgänglighet"] * 3),
      ("Tid till återställning efter allvarligt avbrott, median", "", "1 h 45 min",
       "1 h 45 min", ["Högst 1 h", "Högst 45 min", "Högst 45 min"],
       ["Högst 1 h", "Högst 45 min", "Högst 45 min"]),
      ("Allvarliga driftavbrott", "", "12 st", D(12), ["Högst 8", "Högst 6", "Högst 6"],
       ["Högst 8", "Högst 6", "Högst 6"])]),
    ("Beställningar och leveranser",
     "Datorer, telefoner, behörigheter och konton beställs i självbetjäningsportalen av "
     "den som är chef eller har fått rätt att beställa.",
     "Det verksamheterna beställer levereras inom utlovad tid.",
     [("Leveranstid för ny dator från godkänd beställning", "", "3,4 dagar", D("3.4"),
       ["Högst 2 arbetsdagar"] * 3, ["Högst 2 arbetsdagar"] * 3),
      ("Andel behörighetsbeställningar utförda samma dag", "%", "71 %", D(71),
       ["80 %", "85 %", "90 %"], [D(80), D(85), D(90)])]),
    ("Informationssäkerhet",
     "Nämnden ansvarar för den tekniska säkerheten; varje kommun äger sin information och "
     "klassar den.",
     "Kommunerna kan lita på att deras information hanteras säkert.",
     [("Tid från anmäld säkerhetsincident till första svar", "", "31 h", "31 h",
       ["Svar inom 24 h", "Svar inom 12 h", "Svar inom 12 h"],
       ["Svar inom 24 h", "Svar inom 12 h", "Svar inom 12 h"]),
      ("Andel medarbetare som gått webbutbildningen i informationssäkerhet", "%", "64 %",
       D(64), ["80 %", "90 %", "95 %"], [D(80), D(90), D(95)])]),
]  # fmt: skip

ACTIVITIES = [
    ("Införa chatt i självbetjäningsportalen", "Användarstöd", "Servicedeskchef",
     "2027-02-01 – 2027-06-30", dt.date(2027, 6, 30)),
    ("Kunskapsdatabas med svar på de 50 vanligaste frågorna", "Användarstöd",
     "Servicedeskchef", "2027-01-15 – 2027-04-30", dt.date(2027, 4, 30)),
    ("Flytta e-post och filer för Sälje kommun till den gemensamma miljön",
     "Drift och infrastruktur", "Driftchef", "2027-03-01 – 2027-10-31",
     dt.date(2027, 10, 31)),
    ("Reservkraft och ny kyla i datahallen i Ådalen", "Drift och infrastruktur",
     "Driftchef", "2027-05-01 – 2027-09-30", dt.date(2027, 9, 30)),
    ("Byta trådlöst nät i Norrbys skolor", "Drift och infrastruktur", "Nätverkstekniker",
     "2027-06-15 – 2027-08-13", dt.date(2027, 8, 13)),
    ("Automatisk tilldelning av behörigheter från personalsystemet",
     "Beställningar och leveranser", "Systemförvaltare", "2027-02-01 – 2028-03-31",
     dt.date(2028, 3, 31)),
    ("Förråd med förinstallerade datorer i varje kommun", "Beställningar och leveranser",
     "Leveranssamordnare", "2027-01-01 – 2027-03-31", dt.date(2027, 3, 31)),
    ("Informationssäkerhetsanalys av lönesystemet med kommunernas HR", "Informationssäkerhet",
     "Informationssäkerhetssamordnare", "2027-09-01 – 2027-11-30", dt.date(2027, 11, 30)),
    ("Övning vid cyberangrepp med krisledningarna i de tre kommunerna", "Informationssäkerhet",
     "IT-chef", "2027-10-04 – 2027-10-08", dt.date(2027, 10, 8)),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
INCOME = [
    ("Ersättning från Ådalens kommun", [31_240, 32_410, 33_950, 34_620, 35_310]),
    ("Ersättning från Norrby kommun", [14_790, 15_330, 16_080, 16_400, 16_730]),
    ("Ersättning från Sälje kommun", [9_620, 9_940, 10_410, 10_620, 10_830]),
    ("Övriga intäkter (projektmedel, försäljning)", [1_460, 1_200, 1_300, 1_300, 1_300]),
]
COSTS: list[tuple[str, list[int | None]]] = [
    ("Personalkostnader", [-27_880, -29_120, -30_640, -31_330, -32_040]),
    ("Licenser och programvara", [-14_310, -15_190, -16_420, -16_950, -17_480]),
    ("Lokaler och datahall", [-3_120, -3_210, -3_330, -3_400, -3_470]),
    ("Kapitalkostnader (avskrivning och ränta)", [-6_840, -7_020, -7_310, -7_480, -7_550]),
    ("Återbetalning av överskott till kommunerna", [-620, None, None, None, None]),
]
"""The other costs are what is left: the nämnd's net is 0 every year."""

CATALOGUE_HEADER = ["Tjänst", "Pris 2026", "Pris 2027", "Enhet"]
CATALOGUE = [
    ["Arbetsplats bas (dator, konto, e-post, Office)", "268", "279", "kr/användare och månad"],
    ["Arbetsplats utökad (två skärmar och docka)", "341", "355", "kr/användare och månad"],
    ["Mobiltelefon med abonnemang", "189", "195", "kr/abonnemang och månad"],
    ["Elevdator 1:1, grundskola", "112", "118", "kr/elev och månad"],
    ["Konsulttimme, beställd utveckling", "780", "820", "kr/timme"],
    ["Drift av verksamhetssystem", "Enligt avtal", "Enligt avtal", ""],
]
SPLIT_HEADER = ["Kommun", "Användarkonton okt 2026", "Andel av kostnaden 2027"]
SPLIT = [
    ["Ådalens kommun", "3 412", "56,1 %"],
    ["Norrby kommun", "1 618", "26,6 %"],
    ["Sälje kommun", "1 052", "17,3 %"],
]

CONTROLS = [
    ("Behörighetshantering", "Konton för personer som slutat finns kvar", "12",
     "Jämförelse av aktiva konton med personalsystemets avslutade anställningar",
     "Systemförvaltare", "Kvartalsvis"),
    ("Licenser", "Kommunerna faktureras för licenser som inte används", "9",
     "Avstämning av licenser mot aktiva konton per kommun", "Ekonom", "Två gånger per år"),
    ("Säkerhetskopiering", "Återläsning fungerar inte när den behövs", "8",
     "Provåterläsning av tre system", "Driftchef", "Varje tertial"),
    ("Inköp och avtal", "Köp görs utanför avtal", "6",
     "Stickprov på 25 fakturor från IT-leverantörer", "IT-chef", "Årligen"),
]  # fmt: skip


def _cover(w: Writer) -> None:
    section = w.doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = RUNNING
    w.expected.absent.append(RUNNING)
    w.cover("Gemensamma IT-nämnden", size=18, bold=True)
    w.cover("för Ådalens, Norrby och Sälje kommuner", size=13)
    w.para()
    w.cover("Verksamhetsplan 2027–2029", size=26, bold=True)
    w.para("Servicenivåer, tjänstekatalog och budget", size=14)
    w.structure("Servicenivåer, tjänstekatalog och budget")
    for _ in range(8):
        w.para()
    for line in (
        "Värdkommun: Ådalens kommun",
        "Antagen av Gemensamma IT-nämnden 2026-11-19, § 64",
        "Diarienummer: GITN 2026/112",
        "Ordförande: Maria Ekholm (S)",
        "IT-chef: Jonas Perälä",
    ):
        w.cover(line, size=10)
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.para(
        "Gemensamma IT-nämnden inrättades 2023 när Ådalens, Norrby och Sälje kommuner slog "
        "samman sina IT-avdelningar. Nämnden ingår i Ådalens kommuns organisation och har en "
        "ledamot och en ersättare från varje kommun. Avtalet mellan kommunerna reglerar vilka "
        "tjänster som ingår och hur kostnaderna fördelas."
    )
    w.para(
        "Planen beskriver vad kommunerna kan förvänta sig av oss. Målen är skrivna som "
        "servicenivåer så att varje verksamhet kan se om vi håller det vi lovar. Utfallen "
        "redovisas varje månad på intranätet och i delårsrapporten."
    )
    w.chapter("Omvärldsanalys")
    w.para(
        "Allt fler tjänster flyttar till molnet och betalas per användare och månad i stället "
        "för som engångsköp. Det gör kostnaderna mer förutsägbara men ökar dem varje gång en "
        "leverantör räknar upp sina priser. Inför 2027 har tre av de största leverantörerna "
        "aviserat höjningar på mellan 6 och 11 procent."
    )
    w.para(
        "Lagen om cybersäkerhet ställer nya krav på kommunerna som huvudmän för samhällsviktig "
        "verksamhet. Attacker mot kommuner i Sverige har visat hur länge en verksamhet kan stå "
        "still när systemen slås ut. Vi behöver öva mer, och tillsammans med kommunernas "
        "krisledningar."
    )
    w.bullets(
        "Sälje kommuns e-post och filer ligger ännu kvar i en egen miljö som ska flyttas 2027.",
        "Det är svårt att rekrytera nätverks- och säkerhetstekniker; två tjänster stod vakanta "
        "större delen av 2026.",
        "Skolornas elevdatorer från 2023 behöver bytas under planperioden.",
    )


def _levels(w: Writer) -> None:
    w.chapter("Servicenivåer")
    w.para(
        "Varje tjänsteområde har ett åtagande gentemot kommunerna och ett antal servicenivåer "
        "som mäts i ärendesystemet och i driftövervakningen. Utfallet avser januari–oktober 2026."
    )
    header = ["Servicenivå", "Utfall jan–okt 2026", *(f"Målnivå {y}" for y in YEARS)]
    for area, about, goal, levels in AREAS:
        w.heading(area, 2)
        w.para(about)
        w.para(("b", "Åtagande: "), goal)
        w.structure("Åtagande:")
        w.expected.goals.append(Goal(goal, "namnd"))
        rows = [header]
        for name, unit, shown, base, printed, targets in levels:
            rows.append([name, shown, *printed])
            w.expected.indicators.append(
                Indicator(goal, name, unit, 2026, base, dict(zip(YEARS, targets, strict=True)))
            )
        w.table(rows, widths=[6.2, 2.8, 2.6, 2.6, 2.6])


def _activities(w: Writer) -> None:
    w.chapter("Utvecklingsaktiviteter 2027")
    w.para(
        "Aktiviteterna finansieras inom ramen. Flytten av Sälje kommuns miljö betalas av "
        "Sälje kommun enligt särskild överenskommelse."
    )
    rows = [["Aktivitet", "Tjänsteområde", "Ansvarig", "Period"]]
    for name, area, who, period, end in ACTIVITIES:
        rows.append([name, area, who, period])
        w.structure(period)
        w.expected.activities.append(Activity(name, who, end, group=area))
    w.table(rows, widths=[5.4, 3.2, 3.0, 4.4])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Nämnden finansieras helt av ersättningar från medlemskommunerna enligt "
        "fördelningsnyckeln i samverkansavtalet (antalet användarkonton i oktober året före) "
        "och av priserna i tjänstekatalogen. Ett överskott betalas tillbaka; nämndens resultat "
        "ska vara noll."
    )
    caption = "Resultatbudget 2027 med plan 2028–2029 (tkr)"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]]

    def line(name: str, amounts: list[int | None]) -> None:
        rows.append([name, *("" if a is None else sv(a, minus="−") for a in amounts)])
        given = {k: D(a) for k, a in zip(KEYS, amounts, strict=True) if a is not None}
        w.expected.budget.append(BudgetRow("resultat", name, given))

    def total(name: str, amounts: list[int]) -> None:
        cells = [name, *(sv(a, minus="−") for a in amounts)]
        rows.append(cells)
        w.totals(*cells)

    for name, amounts in INCOME:
        line(name, [*amounts])
    income = [sum(a[i] for _, a in INCOME) for i in range(len(KEYS))]
    total("Summa intäkter", income)
    spent = [sum(a[i] or 0 for _, a in COSTS) for i in range(len(KEYS))]
    other: list[int | None] = [-(income[i] + spent[i]) for i in range(len(KEYS))]
    costs: list[tuple[str, list[int | None]]] = [
        *COSTS[:4],
        ("Övriga kostnader (tele, konsulter, utbildning)", other),
        COSTS[4],
    ]
    for name, row in costs:
        line(name, row)
    total("Summa kostnader", [-income[i] for i in range(len(KEYS))])
    total("Nämndens resultat", [0] * len(KEYS))
    w.expected.not_rows.append(("resultat", "Nämndens resultat"))  # the net: a total
    w.table(rows, widths=[5.6, 2.2, 2.2, 2.2, 2.2, 2.2])
    w.para(
        "Ersättningen från varje kommun räknas upp med 2,7 procent för löner och priser och "
        "med kommunens del av de nya licenskostnaderna."
    )


def _catalogue(w: Writer) -> None:
    w.chapter("Tjänstekatalog och priser")
    w.para(
        "Tjänster utöver grundavtalet beställs av verksamheterna och debiteras månadsvis. "
        "Priserna för 2027 höjs med i genomsnitt 4 procent, främst på grund av licenserna. "
        "Hela tjänstekatalogen finns på intranätet."
    )
    caption = "Tjänstekatalog, urval av tjänster"
    w.para(("b", caption))
    w.structure(caption, "Enhet")
    w.table([CATALOGUE_HEADER, *CATALOGUE], keep_headers=True, widths=[6.8, 2.2, 2.2, 4.6])
    for row in CATALOGUE:
        values = dict(zip(CATALOGUE_HEADER[1:3], row[1:3], strict=True))
        w.expected.key_figures.append(KeyRow(caption, row[0], values, unit=row[3]))
        w.expected.not_rows += [("drift", row[0]), ("resultat", row[0])]
    caption = "Fördelning av kostnaden mellan kommunerna"
    w.para(("b", caption))
    w.structure(caption)
    w.table([SPLIT_HEADER, *SPLIT], keep_headers=True, widths=[5, 4.4, 4.4])
    for row in SPLIT:
        values = dict(zip(SPLIT_HEADER[1:], row[1:], strict=True))
        w.expected.key_figures.append(KeyRow(caption, row[0], values))
        w.expected.not_rows.append(("resultat", row[0]))


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Riskvärdet är sannolikhet gånger konsekvens på en skala 1–4. Risker med värdet 6 "
        "eller högre har ett kontrollmoment 2027. Resultatet rapporteras till nämnden i "
        "augusti och februari."
    )
    rows = [["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    for process, risk, value, moment, who, when in CONTROLS:
        rows.append([process, risk, value, moment, who, when])
        w.structure(value)
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.8, 3.4, 1.6, 4.2, 2.6, 2.2], size=8)


def build_cb(path: Path) -> Expected:
    front = Front(
        namnd="Gemensamma IT-nämnden",
        kommun="Ådalens kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Maria Ekholm (S)",
        forvaltningschef="Jonas Perälä",
        diarienummer="GITN 2026/112",
    )
    w = Writer("CB-gemensam-it-nämnd-servicenivåer", front)
    w.doc.styles["Normal"].font.size = Pt(10.5)
    _cover(w)
    _chapters(w)
    _levels(w)
    _activities(w)
    _economy(w)
    _catalogue(w)
    _control(w)
    return w.save(path)
