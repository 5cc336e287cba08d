"""Corpus document CT: a kommunstyrelse's verksamhetsplan 2027–2029 with targets written the
ways a kommunstyrelse writes them. Goals are numbered "KS 1" … "KS 7" (a bold line above each
goal's table) under three målområden (Heading 2). Most goal tables have the columns
"Indikator | Förflyttning 2025 → 2027 | Målvärde 2029", the movement in one cell ("58 % → 65 %",
"från 77,8 % till 80 %", "Plats 164 → Plats 120 av 290 eller bättre", "NKI 68 → NKI minst
72"); two goals' tables have "Indikator | Mål 2027 (utfall 2025) | Mål 2029" with the baseline
in brackets ("65 % (58 %)", "Betyg 3,8 av 5 (3,5)"). Activities are one table with "KS n",
"Prioritet 1/2/3" and a "Finansiering" column ("Inom ram", "Kräver beslut", "Statsbidrag").
The budget is two tables for the same verksamheter: "Driftbudget 2027" by Intäkter | Kostnader
| Netto, then "Ekonomisk plan 2028–2029" with only the netto of 2028 and 2029. Volume key
figures have a "Prognos 2026" column and a starred note under the table; internkontroll is a
table. The page header and footer repeat the title.

Expected (what a perfect import gives): the front matter from the cover; eight chapters; seven
nämndsmål (without "KS n") with eighteen indicators: nuläge 2025 from the movement's left side
or the brackets, targets 2027 from its right side or before the brackets and 2029 from the last
column; rankings kept as text ("Plats 164", "Topp 100"), "NKI minst 72" as "minst 72", "Betyg
3,8 av 5" as 3,8; twelve activities with ansvarig, slutdatum and their goal; eight drift rows
with the netto as (budget, 2027) and the plan's (plan, 2028), (plan, 2029) joined by name; seven
volume key-figure rows as printed; the note under them; five controls with their process."""

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
    TableNote,
    Val,
)

HEADER = "Hallsjö kommun | Kommunstyrelsens verksamhetsplan 2027–2029"
FOOTER = "Dnr KS 2026/412 – fastställd av kommunstyrelsen 2026-11-25"

# name, unit, printed movement/target cell, nuläge 2025, target 2027, printed 2029, target 2029
Row = tuple[str, str, str, Val, Val, str, Val]

MOVE = ["Indikator", "Förflyttning 2025 → 2027", "Målvärde 2029"]
BRACKET = ["Indikator", "Mål 2027 (utfall 2025)", "Mål 2029"]

AREAS: list[tuple[str, list[tuple[str, str, list[str], list[Row]]]]] = [
    ("Attraktiv kommun att leva och verka i", [
        ("KS 1", "Hallsjö har ett av länets bästa företagsklimat.", MOVE, [
            ("Svenskt Näringslivs ranking av det lokala företagsklimatet", "",
             "Plats 164 → Plats 120 av 290 eller bättre", "Plats 164",
             "Plats 120 av 290 eller bättre", "Topp 100", "Topp 100"),
            ("Företagens helhetsbedömning av myndighetsutövningen (Insikt)", "",
             "NKI 68 → NKI minst 72", D(68), "minst 72", "NKI minst 75", "minst 75"),
            ("Nyregistrerade företag per 1 000 invånare", "", "3,4 → 4,0", D("3.4"),
             D("4.0"), "4,5", D("4.5")),
        ]),
        ("KS 2", "Fler invånare är i arbete och har egen försörjning.", MOVE, [
            ("Andel invånare 20–64 år som förvärvsarbetar", "%", "från 77,8 % till 80 %",
             D("77.8"), D(80), "82 %", D(82)),
            ("Andel deltagare i arbetsmarknadsinsatser som arbetar eller studerar 90 dagar "
             "efter avslut", "%", "34 % → 40 %", D(34), D(40), "45 %", D(45)),
        ]),
        ("KS 3", "Hallsjö växer med bostäder för alla skeden i livet.", MOVE, [
            ("Antal färdigställda bostäder per år", "", "86 → 120", D(86), D(120), "150",
             D(150)),
            ("Planberedskap: bostäder i antagna detaljplaner som ännu inte är byggda", "",
             "410 → minst 500", D(410), "minst 500", "minst 600", "minst 600"),
        ]),
    ]),
    ("Service och förtroende", [
        ("KS 4", "Invånarna blir väl bemötta och får snabba svar.", BRACKET, [
            ("Andel som får svar på e-post inom en arbetsdag", "%", "90 % (81 %)", D(81),
             D(90), "95 %", D(95)),
            ("Andel som får ett direkt svar på en enkel fråga när de ringer kommunen", "%",
             "65 % (58 %)", D(58), D(65), "70 %", D(70)),
            ("Invånarnas betyg på kommunens bemötande (medborgarundersökningen)", "",
             "Betyg 3,8 av 5 (3,5)", D("3.5"), D("3.8"), "Betyg 4,0 av 5", D("4.0")),
        ]),
        ("KS 5", "Hallsjö kommun är en attraktiv arbetsgivare.", BRACKET, [
            ("Hållbart medarbetarengagemang (HME), index", "", "77 (74)", D(74), D(77), "80",
             D(80)),
            ("Sjukfrånvaro i procent av ordinarie arbetstid", "%", "högst 6,5 % (7,4 %)",
             D("7.4"), "högst 6,5 %", "högst 6,0 %", "högst 6,0 %"),
            ("Andel medarbetare som skulle rekommendera kommunen som arbetsgivare", "%",
             "60 % (52 %)", D(52), D(60), "65 %", D(65)),
        ]),
    ]),
    ("Hållbar och effektiv organisation", [
        ("KS 6", "Klimatpåverkan från kommunens egen verksamhet minskar.", MOVE, [
            ("Utsläpp från kommunens tjänsteresor, ton koldioxidekvivalenter", "",
             "212 → 180", D(212), D(180), "150", D(150)),
            ("Andel fossilfria fordon i kommunens fordonsflotta", "%", "58 % → 65 %", D(58),
             D(65), "80 %", D(80)),
            ("Placering i Aktuell Hållbarhets miljöranking av kommuner", "",
             "Plats 148 → Topp 100", "Plats 148", "Topp 100", "Topp 75", "Topp 75"),
        ]),
        ("KS 7", "Kommunens ekonomi är i balans över tid.", MOVE, [
            ("Resultat i förhållande till skatteintäkter och generella statsbidrag", "%",
             "1,2 % → 2,0 %", D("1.2"), D("2.0"), "2,0 %", D("2.0")),
            ("Självfinansieringsgrad av investeringar", "%", "68 % → minst 80 %", D(68),
             "minst 80 %", "100 %", D(100)),
        ]),
    ]),
]  # fmt: skip

# name, goal label, ansvarig, printed date, slutdatum, prioritet, finansiering
ACTIVITIES: list[tuple[str, str, str, str, dt.date | None, str, str]] = [
    ("Ta fram en näringslivsstrategi tillsammans med företagarföreningarna", "KS 1",
     "Näringslivschef", "2027-06-30", dt.date(2027, 6, 30), "Prioritet 1", "Inom ram"),
    ("Inför företagslots för snabbare besked i bygglov och tillstånd", "KS 1",
     "Samhällsbyggnadschef", "mars 2027", dt.date(2027, 3, 31), "Prioritet 1", "Inom ram"),
    ("Starta ett jobbtorg tillsammans med Arbetsförmedlingen", "KS 2",
     "Arbetsmarknadschef", "2027-09-30", dt.date(2027, 9, 30), "Prioritet 2", "Statsbidrag"),
    ("Utred ett kommunalt bostadsförsörjningsprogram 2028–2035", "KS 3", "Planchef",
     "december 2027", dt.date(2027, 12, 31), "Prioritet 2", "Inom ram"),
    ("Detaljplan för Norra Åsen, etapp 2", "KS 3", "Planchef", "2028", dt.date(2028, 12, 31),
     "Prioritet 1", "Kräver beslut"),
    ("Samla kommunens telefoni i ett kontaktcenter", "KS 4", "Kommunikationschef",
     "2027-10-31", dt.date(2027, 10, 31), "Prioritet 1", "Kräver beslut"),
    ("Inför e-tjänst för synpunkter och felanmälan", "KS 4", "Digitaliseringschef",
     "maj 2027", dt.date(2027, 5, 31), "Prioritet 3", "Inom ram"),
    ("Chefsutvecklingsprogram för alla första linjens chefer", "KS 5", "HR-chef",
     "Löpande", None, "Prioritet 2", "Inom ram"),
    ("Handlingsplan för minskad korttidssjukfrånvaro", "KS 5", "HR-chef", "2027-04-30",
     dt.date(2027, 4, 30), "Prioritet 1", "Inom ram"),
    ("Byt ut kommunens bilpool till elbilar", "KS 6", "Fordonssamordnare", "2028-06-30",
     dt.date(2028, 6, 30), "Prioritet 2", "Statsbidrag"),
    ("Riktlinjer för resfria möten", "KS 6", "Kanslichef", "februari 2027",
     dt.date(2027, 2, 28), "Prioritet 3", "Inom ram"),
    ("Inför löpande prognosuppföljning i alla nämnder", "KS 7", "Ekonomichef", "2027-03-31",
     dt.date(2027, 3, 31), "Prioritet 1", "Inom ram"),
]  # fmt: skip

# verksamhet, intäkter, kostnader, netto 2027, netto 2028, netto 2029
DRIFT: list[tuple[str, int, int, int, int]] = [
    ("Politisk verksamhet", 120, 9_480, 9_610, 9_780),
    ("Kommunledning och kansli", 1_350, 22_640, 22_120, 22_490),
    ("Ekonomi och upphandling", 2_900, 18_310, 16_050, 16_380),
    ("HR och löneservice", 4_100, 24_870, 21_330, 21_760),
    ("Digitalisering och IT", 31_600, 46_250, 15_020, 15_640),
    ("Kommunikation och kontaktcenter", 450, 11_920, 11_790, 12_050),
    ("Näringsliv och arbetsmarknad", 14_800, 35_460, 20_980, 21_200),
    ("Samhällsbyggnad och planering", 9_700, 26_180, 16_870, 17_190),
]

KEY_TITLE = "Volymer"
KEY_HEADER = ["Volym", "Utfall 2024", "Utfall 2025", "Prognos 2026*", "Budget 2027"]
KEY_ROWS = [
    ["Invånare den 31 december", "24 488", "24 612", "24 700", "24 800"],
    ["Ärenden i kontaktcentret", "38 940", "41 230", "43 000", "45 000"],
    ["Bygglovsärenden", "587", "612", "590", "600"],
    ["Deltagare i arbetsmarknadsinsatser", "296", "318", "340", "330"],
    ["Årsarbetare i kommunen", "1 941", "1 964", "1 972", "1 970"],
    ["Genomförda upphandlingar", "44", "47", "52", "50"],
    ["Leverantörsfakturor", "84 120", "86 400", "88 000", "88 000"],
]
KEY_NOTE = "* Prognosen bygger på utfallet till och med augusti 2026."

CONTROLS = [
    ("Upphandling", "Att direktupphandlingar över 100 tkr är dokumenterade",
     "Ekonomichef", "Stickprov två gånger per år"),
    ("Löneutbetalning", "Att nyanställda har ett godkänt anställningsavtal före första lön",
     "HR-chef", "Stickprov varje kvartal"),
    ("Attest", "Att attestförteckningen är aktuell efter organisationsförändringar",
     "Ekonomichef", "En gång per år"),
    ("Informationssäkerhet", "Att behörigheter i verksamhetssystemen tas bort när "
     "anställningen upphör", "Digitaliseringschef", "Varje kvartal"),
    ("Diarieföring", "Att inkomna handlingar registreras inom två arbetsdagar",
     "Kanslichef", "Stickprov varje månad"),
]  # fmt: skip


def _cover(w: Writer) -> None:
    w.cover("Hallsjö kommun", size=14, bold=True)
    w.cover("Kommunstyrelsen", size=12)
    w.para("")
    w.cover("Verksamhetsplan 2027–2029", size=24, bold=True)
    w.cover("med budget 2027 och ekonomisk plan 2028–2029", size=12)
    w.para("")
    w.cover("Kommunstyrelsens ordförande: Anna-Karin Strömberg (S)")
    w.cover("Kommundirektör: Per Vikander")
    w.cover("Dnr KS 2026/412")
    w.page_break()


def _prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Kommunstyrelsen leder och samordnar kommunens verksamheter och har uppsikt över "
        "nämnderna och de kommunala bolagen. Verksamhetsplanen visar hur kommunstyrelsen och "
        "kommunledningsförvaltningen ska bidra till kommunfullmäktiges mål under 2027–2029.",
        "Planen antas av kommunstyrelsen i november och följs upp i delårsrapporten per "
        "augusti och i årsredovisningen.",
    )
    w.chapter("Kommunstyrelsens uppdrag")
    w.paras(
        "Kommunstyrelsen ansvarar för den kommunövergripande planeringen, ekonomin, "
        "personalpolitiken, näringslivsarbetet, arbetsmarknadsinsatserna och den fysiska "
        "planeringen. Styrelsen är också kommunens anställningsmyndighet och krisledningsnämnd."
    )
    w.chapter("Omvärld och utmaningar")
    w.paras(
        "Befolkningen har ökat med i genomsnitt 0,5 procent per år de senaste fem åren, men "
        "andelen invånare över 80 år växer snabbast. Skatteunderlaget växer långsammare än "
        "kostnaderna för välfärden, och det ställer krav på prioriteringar.",
        "Efterfrågan på arbetskraft är fortsatt hög i industrin, samtidigt som en grupp "
        "invånare står långt från arbetsmarknaden. Kompetensförsörjningen är kommunens "
        "största utmaning som arbetsgivare.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Kommunstyrelsens mål är numrerade KS 1–KS 7. I de flesta tabeller anges förflyttningen "
        "från utfallet 2025 till målvärdet 2027; i tabellerna för KS 4 och KS 5 står utfallet "
        "2025 inom parentes efter målvärdet."
    )
    for area, goals in AREAS:
        w.heading(area, 2)
        w.structure(area)
        for label, goal, header, rows in goals:
            w.para(("b", f"{label} {goal}"))
            w.expected.goals.append(Goal(goal, "namnd"))
            table_rows = [header]
            for name, unit, cell, base, t27, cell29, t29 in rows:
                table_rows.append([name, cell, cell29])
                w.expected.indicators.append(
                    Indicator(goal, name, unit, 2025, base, {2027: t27, 2029: t29})
                )
            w.table(table_rows, widths=[8.6, 4.6, 3.4])
            w.para("")


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para(
        "Aktiviteterna är prioriterade i tre nivåer. Prioritet 1 genomförs under 2027 oavsett "
        "budgetläge; aktiviteter som kräver beslut lyfts i budgetberedningen."
    )
    goal_of = {label: goal for _, goals in AREAS for label, goal, _, _ in goals}
    rows = [["Aktivitet", "Mål", "Ansvarig", "Klart", "Prioritet", "Finansiering"]]
    for name, label, who, when, day, prio, money in ACTIVITIES:
        rows.append([name, label, who, when, prio, money])
        w.expected.activities.append(Activity(name, who, day, group=goal_of[label]))
    w.table(rows, widths=[6.2, 1.3, 3.0, 2.2, 1.9, 2.2])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    total_net = sum(c - i for _, i, c, _, _ in DRIFT)
    w.para(
        f"Kommunstyrelsens nettoram för 2027 är {sv(total_net)} tkr. Ramen har räknats upp med "
        "2,9 procent för löner och priser. Digitalisering och IT finansieras till största "
        "delen genom internprissättning mot nämnderna."
    )
    w.para(("b", "Driftbudget 2027 (tkr)"))
    w.structure("Driftbudget 2027 (tkr)")
    rows = [["Verksamhet", "Intäkter", "Kostnader", "Netto"]]
    for name, income, cost, n28, n29 in DRIFT:
        rows.append([name, sv(income), sv(cost), sv(cost - income)])
        amounts = {("budget", 2027): D(cost - income), ("plan", 2028): D(n28),
                   ("plan", 2029): D(n29)}  # fmt: skip
        w.expected.budget.append(BudgetRow("drift", name, amounts))
    sums = [
        sum(i for _, i, _, _, _ in DRIFT),
        sum(c for _, _, c, _, _ in DRIFT),
        total_net,
    ]
    total = ["Summa kommunstyrelsen", *(sv(s) for s in sums)]
    rows.append(total)
    w.totals(*total)
    table = w.table(rows, widths=[7.4, 3.0, 3.0, 3.0])
    for cell in table.rows[-1].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    w.para("")
    w.para(
        "Den ekonomiska planen för 2028 och 2029 anges i nettokostnad per verksamhet. "
        "Detaljplanen för Norra Åsen förutsätter ett särskilt beslut om finansiering."
    )
    w.para(("b", "Ekonomisk plan 2028–2029, netto (tkr)"))
    w.structure("Ekonomisk plan 2028–2029, netto (tkr)")
    plan = [["Verksamhet", "Plan 2028", "Plan 2029"]]
    for name, _, _, n28, n29 in DRIFT:
        plan.append([name, sv(n28), sv(n29)])
    plan_total = [
        "Summa",
        sv(sum(r[3] for r in DRIFT)),
        sv(sum(r[4] for r in DRIFT)),
    ]
    plan.append(plan_total)
    w.totals(*plan_total)
    w.table(plan, widths=[7.4, 3.0, 3.0])


def _key_figures(w: Writer) -> None:
    w.chapter("Volymer och nyckeltal")
    w.para("Tabellen visar de volymer som styr resursbehovet inom kommunstyrelsens ansvarsområde.")
    w.heading(KEY_TITLE, 3)
    w.structure(KEY_TITLE)
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[6.4, 2.5, 2.5, 2.6, 2.5])
    for row in KEY_ROWS:
        # The column is "Prognos 2026": the star only points to the note under the table.
        headings = [h.rstrip("*") for h in KEY_HEADER[1:]]
        values = dict(zip(headings, row[1:], strict=True))
        w.expected.key_figures.append(KeyRow(KEY_TITLE, row[0], values))
    note = w.para(("i", KEY_NOTE))
    note.runs[0].font.size = Pt(9)
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_NOTE))


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Internkontrollplanen bygger på kommunstyrelsens riskanalys från september 2026. "
        "Avvikelser rapporteras till kommunstyrelsen i samband med delårsrapporten."
    )
    rows = [["Process", "Kontrollmoment", "Ansvarig", "Metod och frekvens"]]
    for process, moment, who, how in CONTROLS:
        rows.append([process, moment, who, how])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.0, 7.0, 3.2, 3.4])


def build_ct(path: Path) -> Expected:
    front = Front(
        namnd="Kommunstyrelsen",
        kommun="Hallsjö kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Anna-Karin Strömberg (S)",
        forvaltningschef="Per Vikander",
        diarienummer="KS 2026/412",
    )
    w = Writer("CT-kommunstyrelse-förflyttningar", front)
    section = w.doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER
    w.expected.absent += [HEADER, FOOTER]
    _cover(w)
    _prose(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
