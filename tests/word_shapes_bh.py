"""Corpus document BH: a small kommun's kommunstyrelse "Verksamhetsplan med detaljbudget 2027"
that is heavy on budget: a "Budgetförutsättningar" table (invånare 1 november, skattesats,
PO-pålägg, löneökning, prisuppräkning) that is a key-figure table, not a budget; a driftbudget
per verksamhet in negative tkr; then one detail table per verksamhet by konto ("Konto |
Benämning | Budget 2026 | Budget 2027": 3xxx intäkter, 4xxx personal, 5–7xxx övriga) each
closing on its own "Nettokostnad …" subtotal; a "Taxor och avgifter" table ("Avgift | 2026 kr |
2027 kr"); investments "Projekt | Total utgift | 2027 | 2028 | 2029" with blank years; only
five goals, as typed numbered bold paragraphs, each with one indicator either in a prose line
("Indikator: … Nuläge 2025: … Mål 2027: …") or in a small table; activities linked to the
goals by number and dated "december 2027", "Q2 2027" or an ISO date; and internkontroll.

Expected (what a perfect import gives): the front matter (the kommunchef as förvaltningschef);
the narrative chapters; five goals (nämnd level, without their typed number) with one
indicator each (nuläge 2025, targets 2027 and, in the tables, 2029); seven activities with
ansvarig, slutdatum (the last day of the month or quarter) and their goal as group; three
driftbudget rows; the detail tables' konto rows as resultaträkning lines (kostnadsslag) named
by their Benämning without the konto number, intäkter positive and kostnader negative as
printed, the subtotals checked as totals, not rows (a Benämning such as "Löner" recurs in
several verksamheter, each its own line); the budgetförutsättningar and the taxor as
key-figure rows (a fee is a price list, not a budget amount); four investments with their
yearly amounts (Total utgift is no year and not kept); five controls."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_docx import Writer, budget_rows, sv
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

GoalSpec = tuple[str, str, str, D, D, D | None, bool]
"""A goal: text, indicator, unit, nuläge 2025, mål 2027, mål 2029, shown in a table."""
GOALS: list[GoalSpec] = [
    ("Fler invånare väljer att bo och verka i Hjortsjö.",
     "Antal invånare den 1 november", "", D(6412), D(6480), None, False),
    ("Företagsklimatet i kommunen förbättras.",
     "Sammanfattande omdöme om företagsklimatet, betyg 1–6", "", D("3.4"), D("3.7"),
     D("4.0"), True),
    ("Bygglovsärenden handläggs snabbt och rättssäkert.",
     "Andel bygglov som beslutas inom tio veckor", "%", D(81), D(95), None, False),
    ("Kommunens egna verksamheter minskar sin klimatpåverkan.",
     "Andel fossilfria fordon i kommunens fordonspark", "%", D(38), D(60), D(80), True),
    ("Kommunen är en attraktiv arbetsgivare.",
     "Hållbart medarbetarengagemang (HME), index", "", D(78), D(80), None, False),
]  # fmt: skip

ACTS = [
    ("Ta fram en bostadsförsörjningsplan för 2027–2035", 1, "Planeringschef",
     "december 2027", dt.date(2027, 12, 31)),
    ("Starta ett företagslotsråd med fasta mötestider", 2, "Näringslivsutvecklare",
     "Q2 2027", dt.date(2027, 6, 30)),
    ("Genomföra företagsbesök hos de tjugo största arbetsgivarna", 2, "Kommunchef",
     "Q4 2027", dt.date(2027, 12, 31)),
    ("Införa e-tjänst för bygglovsansökan med automatisk kompletteringsbegäran", 3,
     "Bygglovschef", "2027-09-30", dt.date(2027, 9, 30)),
    ("Byta tolv bensinbilar mot elbilar och installera laddplatser vid kommunhuset", 4,
     "Fordonsansvarig", "juni 2027", dt.date(2027, 6, 30)),
    ("Införa årlig resvaneenkät för medarbetarna", 4, "Miljöstrateg",
     "Q3 2027", dt.date(2027, 9, 30)),
    ("Genomföra ledarutvecklingsprogram för alla chefer", 5, "HR-chef",
     "mars 2028", dt.date(2028, 3, 31)),
]  # fmt: skip

PREMISES_HEADER = ["Förutsättning", "2026", "2027"]
PREMISES = [
    ["Invånare 1 november året före", "6 431", "6 412"],
    ["Skattesats, kr per skattekrona", "22,38", "22,38"],
    ["PO-pålägg", "31,4 %", "31,4 %"],
    ["Löneökning", "3,2 %", "3,0 %"],
    ["Prisuppräkning", "2,8 %", "2,5 %"],
]

DRIFT_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028),
              ("plan", 2029)]  # fmt: skip
DRIFT = [
    ("Politisk verksamhet", (-5610, -5860, -6100, -6250, -6400)),
    ("Kommunledning och administration", (-28940, -29630, -30880, -31600, -32300)),
    ("Samhällsbyggnad", (-9420, -9840, -10460, -10700, -10950)),
]

DETAIL_KEYS = [("budget", 2026), ("budget", 2027)]
DETAIL: list[tuple[str, list[tuple[str, str, tuple[int, int]]]]] = [
    ("Politisk verksamhet", [
        ("4010", "Arvoden och löner", (-3150, -3280)),
        ("4600", "Personalomkostnader", (-990, -1030)),
        ("5–7xxx", "Övriga verksamhetskostnader", (-1720, -1790)),
    ]),
    ("Kommunledning och administration", [
        ("3600", "Försäljning av tjänster till bolagen", (1850, 1900)),
        ("4010", "Löner", (-18400, -19150)),
        ("4600", "Personalomkostnader", (-5780, -6010)),
        ("6400", "Köp av tjänster", (-7300, -7620)),
    ]),
    ("Samhällsbyggnad", [
        ("3410", "Taxor och avgifter", (4600, 4950)),
        ("3800", "Statsbidrag", (1200, 900)),
        ("4010", "Löner", (-9850, -10240)),
        ("4600", "Personalomkostnader", (-3090, -3220)),
        ("6400", "Köp av tjänster", (-2700, -2850)),
    ]),
]  # fmt: skip

FEES_HEADER = ["Avgift", "2026 kr", "2027 kr"]
FEES = [
    ["Bygglov för nybyggnad av enbostadshus", "24 600", "25 800"],
    ["Strandskyddsdispens", "8 200", "8 600"],
    ["Nybyggnadskarta", "9 400", "9 900"],
    ["Timtaxa, plan- och byggärenden", "1 230", "1 290"],
    ["Hyra av sessionssalen, per tillfälle", "650", "650"],
]

INVEST: list[tuple[str, int, tuple[int | None, int | None, int | None]]] = [
    ("Ombyggnad av kommunhusets reception", 3500, (2000, 1500, None)),
    ("Exploatering Norra Ängen, etapp 2", 18000, (4000, 8000, 6000)),
    ("Gång- och cykelväg Skolgatan", 2400, (2400, None, None)),
    ("Laddinfrastruktur för kommunens fordon", 1200, (400, 400, 400)),
]

CONTROLS = [
    ("Attest och utbetalning", "Felaktiga utbetalningar till leverantörer",
     "Stickprov på 20 utbetalningar mot attestordning", "Ekonomichef", "Två gånger per år"),
    ("Direktupphandling", "Direktupphandlingar över beloppsgränsen görs utan dokumentation",
     "Genomgång av leverantörer med inköp över 100 tkr", "Upphandlare", "Årligen"),
    ("Bygglovshantering", "Beslut fattas efter lagstadgad handläggningstid",
     "Uppföljning av handläggningstider i ärendesystemet", "Bygglovschef", "Kvartalsvis"),
    ("Delegationsbeslut", "Beslut anmäls inte till kommunstyrelsen",
     "Jämförelse mellan diarium och anmälda delegationsbeslut", "Kommunsekreterare",
     "Kvartalsvis"),
    ("Informationssäkerhet", "Behörigheter ligger kvar efter avslutad anställning",
     "Kontroll av behörigheter i ekonomisystemet mot personalregistret", "IT-samordnare",
     "Två gånger per år"),
]  # fmt: skip


def _intro(w: Writer) -> None:
    w.chapter("Inledning", 1)
    w.paras(
        "Kommunstyrelsen leder och samordnar kommunens verksamhet och har uppsikt över "
        "nämnderna och bolagen. Under kommunstyrelsen finns politisk verksamhet, "
        "kommunledningskontoret med ekonomi, personal, IT och kansli samt "
        "samhällsbyggnadsavdelningen med plan, bygglov, mark och näringsliv.",
        "Den här planen är kommunstyrelsens verksamhetsplan och detaljbudget för 2027 med "
        "plan för 2028–2029. Detaljbudgeten visar hur ramen fördelas på konton inom varje "
        "verksamhet och är underlaget för ekonomisystemet.",
    )
    w.chapter("Omvärldsanalys", 1)
    w.heading("Befolkning", 2)
    w.para(
        "Befolkningen minskade med nitton personer under det senaste året. Andelen invånare "
        "över 80 år ökar och förväntas vara nära tio procent 2030, medan antalet barn i "
        "förskoleåldern minskar. Inflyttningen är störst bland barnfamiljer från "
        "grannkommunerna, vilket gör tillgången på byggklara tomter avgörande."
    )
    w.heading("Arbetsmarknad och näringsliv", 2)
    w.para(
        "Arbetslösheten är lägre än i länet. De största privata arbetsgivarna finns inom "
        "trävaruindustri och åkerier, och flera har svårt att rekrytera. Pendlingen till "
        "regionens centralort har ökat sedan tågstoppet öppnade."
    )
    w.heading("Ekonomiska förutsättningar", 2)
    w.para(
        "Skatteunderlaget växer långsammare än kostnaderna för löner och priser. "
        "Kommunfullmäktige har därför gett kommunstyrelsen en ram som kräver "
        "effektiviseringar på ungefär en procent inom administrationen."
    )


def _goals(w: Writer) -> None:
    w.chapter("Kommunstyrelsens mål 2027", 1)
    w.para(
        "Kommunfullmäktige har fastställt fem mål för kommunstyrelsen. Varje mål följs upp med "
        "en indikator i delårsrapporten och årsredovisningen."
    )
    for n, (goal, name, unit, base, t27, t29, in_table) in enumerate(GOALS, 1):
        w.para(("b", f"{n}. {goal}"))
        w.expected.goals.append(Goal(goal, "namnd"))
        targets: dict[int, Val] = {2027: t27}
        if t29 is not None:
            targets[2029] = t29
        w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, targets))
        if in_table:
            rows = [["Indikator", "Nuläge 2025", "Mål 2027", "Mål 2029"]]
            rows.append([name, sv(base, unit), sv(t27, unit), sv(t29 or 0, unit)])
            w.table(rows, widths=[8.4, 2.6, 2.6, 2.6])
            w.para("")
        else:
            w.para(
                ("i", "Indikator: "),
                f"{name}. Nuläge 2025: {sv(base, unit)}. Mål 2027: {sv(t27, unit)}.",
            )


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter", 1)
    w.para("Aktiviteterna är kopplade till målen genom målets nummer.")
    rows = [["Aktivitet", "Mål", "Ansvarig", "Klart"]]
    for name, goal, who, when, day in ACTS:
        rows.append([name, str(goal), who, when])
        w.structure(when)
        text = GOALS[goal - 1][0]
        w.expected.activities.append(Activity(name, who, day, group=text))
    w.table(rows, widths=[8.6, 1.4, 3.6, 2.8])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi", 1)
    w.para(
        "Budgeten bygger på kommunfullmäktiges ram och de förutsättningar som anges nedan. "
        "Alla belopp är i tusentals kronor (tkr). Kostnader anges med minustecken."
    )
    w.heading("Budgetförutsättningar", 2)
    w.structure("Budgetförutsättningar")
    w.table([PREMISES_HEADER, *PREMISES], keep_headers=True, widths=[8.0, 3.0, 3.0])
    w.expected.key_figures += [
        KeyRow("Budgetförutsättningar", row[0],
               dict(zip(PREMISES_HEADER[1:], row[1:], strict=True)))
        for row in PREMISES
    ]  # fmt: skip

    w.heading("Driftbudget per verksamhet, tkr", 2)
    w.structure("Driftbudget per verksamhet, tkr")
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028",
              "Plan 2029"]  # fmt: skip
    body = budget_rows(w, "drift", DRIFT_KEYS, DRIFT, "Summa kommunstyrelsen", minus="−")
    w.table([header, *body], widths=[5.4, 2.2, 2.2, 2.2, 2.2, 2.2])

    w.heading("Detaljbudget per verksamhet", 2)
    w.para(
        "Detaljbudgeten fördelar verksamheternas ramar på konton enligt kommunens kontoplan: "
        "3xxx intäkter, 4xxx personalkostnader och 5–7xxx övriga kostnader."
    )
    for unit, lines in DETAIL:
        w.heading(unit, 3)
        w.structure(unit)
        named = [(name, amounts) for _, name, amounts in lines]
        body = budget_rows(w, "resultat", DETAIL_KEYS, named, f"Nettokostnad {unit.lower()}",
                           minus="−")  # fmt: skip
        rows = [["Konto", "Benämning", "Budget 2026", "Budget 2027"]]
        rows += [[konto, *row] for (konto, _, _), row in zip(lines, body, strict=False)]
        rows.append(["", *body[-1]])
        w.structure(*(konto for konto, _, _ in lines))
        w.table(rows, widths=[1.8, 7.4, 3.0, 3.0])

    w.heading("Taxor och avgifter", 2)
    w.structure("Taxor och avgifter")
    w.para(
        "Taxorna räknas upp med prisindex för kommunal verksamhet. Timtaxan för plan- och "
        "byggärenden höjs mer än index för att nå en högre kostnadstäckning."
    )
    w.table([FEES_HEADER, *FEES], keep_headers=True, widths=[8.6, 3.0, 3.0])
    w.expected.key_figures += [
        KeyRow("Taxor och avgifter", row[0], dict(zip(FEES_HEADER[1:], row[1:], strict=True)))
        for row in FEES
    ]

    w.heading("Investeringsbudget, tkr", 2)
    w.structure("Investeringsbudget, tkr")
    keys = [("budget", 2027), ("plan", 2028), ("plan", 2029)]
    rows = [["Projekt", "Total utgift", "2027", "2028", "2029"]]
    for name, total, years in INVEST:
        rows.append([name, sv(total), *("" if a is None else sv(a) for a in years)])
        w.structure(sv(total))
        w.expected.budget.append(
            BudgetRow(
                "investering",
                name,
                {k: D(a) for k, a in zip(keys, years, strict=True) if a is not None},
            )
        )
    sums = [sum(i[1] for i in INVEST)] + [sum(i[2][c] or 0 for i in INVEST) for c in range(3)]
    total_row = ["Summa investeringar", *(sv(s) for s in sums)]
    rows.append(total_row)
    w.totals(*total_row)
    w.table(rows, widths=[6.8, 2.4, 2.2, 2.2, 2.2])


def _control(w: Writer) -> None:
    w.chapter("Internkontroll 2027", 1)
    w.para(
        "Internkontrollplanen bygger på kommunstyrelsens riskanalys. Resultatet rapporteras "
        "till kommunstyrelsen i samband med årsredovisningen."
    )
    rows = [["Process/rutin", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    for process, risk, moment, who, often in CONTROLS:
        rows.append([process, risk, moment, who, often])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.0, 4.0, 4.6, 2.4, 2.4])


def build_bh(path: Path) -> Expected:
    front = Front(
        namnd="Kommunstyrelsen",
        kommun="Hjortsjö kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med detaljbudget 2027",
        ordforande="Anna-Karin Lundh (C)",
        forvaltningschef="Mats Berglund",
        diarienummer="KS 2026/318",
    )
    w = Writer("BH-kommunstyrelse-detaljbudget", front)
    w.cover("Hjortsjö kommun", size=14, bold=True)
    w.cover("Kommunstyrelsen", size=16)
    w.cover("Verksamhetsplan med detaljbudget 2027", size=24, bold=True)
    w.cover("Plan för 2028–2029", size=14)
    w.cover("Antagen av kommunstyrelsen 2026-11-18, § 214", size=10)
    w.cover("Dnr KS 2026/318", size=10)
    w.cover("Ordförande: Anna-Karin Lundh (C)", size=10)
    w.cover("Kommunchef: Mats Berglund", size=10)
    w.page_break()
    _intro(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _control(w)
    return w.save(path)
