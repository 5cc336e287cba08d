"""Corpus document AW: a miljö- och klimatnämnd's plan 2027–2030 whose goals are a lettered
list ("1a. …", "1b. …") under numbered strategic areas as Heading 2 ("1 Klimat", "2 Natur",
"3 Miljö och hälsa"); all indicators follow in ONE table "Mål | Indikator | År | Värde |
Målvärde" with the years as rows: each indicator spans three rows (outcomes 2024 and 2025, then
a "2030" target row), its name merged down them and the goal's code ("1a") merged down over all
its indicators; targets are ranges and bounds ("50–55 %", "≥ 4,5", "minst 80 % årligen"), some
merged down across the indicator's years; activities in a table "Nr | Aktivitet | Prio (1–3) |
Kostnad (tkr) | Finansiering | Ansvarig | Klart" with "Inom ram"/"Söks externt" and "–" costs;
a driftbudget in tkr; investments grouped under bold full-width rows "Reinvesteringar" and
"Nyinvesteringar" with "Projekt | 2027 | 2028 | 2029 | 2030" and subtotals; key figures as a
two-column "Fakta om nämnden" table under the heading "Nämnden i siffror", which names it (as a
heading or caption names the key-figure tables of G, AA and K); and an internkontroll table.

Expected (what a perfect import gives): the front matter from the cover lines; six chapters
(the strategic areas and the heading over the key figures are not chapters); six nämndsmål
without their code; ten indicators linked to the goal their code names, with the outcomes 2024
and 2025 ("–" is no value), 2025 as nuläge and the 2030 target ("minst 80 % årligen" is a
target for every year of the plan); eight activities with ansvarig, slutdatum and a cost where
one is given ("–" is none); four driftbudget rows; six investments by year (group and subtotal
rows are structure); six key figure rows; three controls."""

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

AREAS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("1 Klimat",
     "Kommunens utsläpp av växthusgaser ska halveras till 2030 jämfört med 2015. Nämnden "
     "leder klimatarbetet i kommunkoncernen och stöder företag och hushåll.",
     [("1a", "Utsläppen från transporter i kommunen minskar varje år."),
      ("1b", "Kommunens egna verksamheter använder förnybar energi.")]),
    ("2 Natur",
     "Sjöbackas skogar, sjöar och kust ska ha kvar sina värden även när kommunen växer.",
     [("2a", "Den biologiska mångfalden i kommunens tätortsnära natur stärks."),
      ("2b", "Vattnen i kommunen når god ekologisk status.")]),
    ("3 Miljö och hälsa",
     "Tillsynen ska vara rättssäker, förutsägbar och riktad dit riskerna är störst.",
     [("3a", "Nämndens tillsyn riktas mot de verksamheter där riskerna är störst."),
      ("3b", "Företagare upplever nämndens service som god.")]),
]  # fmt: skip

Ind = tuple[str, str, str, Val | None, Val | None, str, bool]
"""Goal code, indicator, unit, utfall 2024, utfall 2025, målvärde as printed, merged down."""
INDS: list[Ind] = [
    ("1a", "Andel resor med kollektivtrafik, cykel eller gång", "%", D(38), D(41),
     "50–55 %", True),
    ("1a", "Antal publika laddpunkter per 1 000 invånare", "", D("1.8"), D("2.6"),
     "≥ 6", False),
    ("1b", "Andel förnybar energi i kommunens lokaler", "%", D(71), D(78),
     "95–100 %", True),
    ("1b", "Andel fossilfria fordon i kommunens fordonsflotta", "%", D(46), D(54),
     "minst 90 %", False),
    ("2a", "Andel skyddad natur av kommunens landareal", "%", D("6.1"), D("6.4"),
     "8–9 %", True),
    ("2a", "Antal anlagda småvatten och faunadepåer", "", None, D(7), "≥ 25", False),
    ("2b", "Andel vattenförekomster med god ekologisk status", "%", D(32), D(33),
     "40–45 %", False),
    ("3a", "Andel planerade tillsynsbesök som genomförts", "%", D(84), D(89),
     "minst 80 % årligen", True),
    ("3a", "Handläggningstid för anmälningsärenden, median dagar", "", D(31), D(26),
     "≤ 21", False),
    ("3b", "Nöjd kund-index, företagare (skala 1–6)", "", D("4.1"), D("4.3"),
     "≥ 4,5", True),
]  # fmt: skip

ACTS: list[tuple[str, str, int, str, str, str, str, dt.date]] = [
    ("1", "Ta fram en laddinfrastrukturplan tillsammans med tekniska förvaltningen", 1, "250",
     "Inom ram", "Klimatstrateg", "2027-06-30", dt.date(2027, 6, 30)),
    ("2", "Erbjuda energi- och klimatrådgivning till små företag", 2, "–", "Inom ram",
     "Energi- och klimatrådgivare", "december 2027", dt.date(2027, 12, 31)),
    ("3", "Införa klimatbudget som bilaga till kommunens budget", 1, "–", "Inom ram",
     "Miljöchef", "Q3 2027", dt.date(2027, 9, 30)),
    ("4", "Anlägga våtmarker i Lerån avrinningsområde", 1, "1 800", "Söks externt (LOVA)",
     "Kommunekolog", "2028", dt.date(2028, 12, 31)),
    ("5", "Uppdatera naturvårdsprogrammet", 2, "400", "Inom ram", "Kommunekolog",
     "juni 2028", dt.date(2028, 6, 30)),
    ("6", "Kartlägga enskilda avlopp kring Norrsjön", 2, "600", "Söks externt",
     "Enhetschef miljötillsyn", "Q4 2028", dt.date(2028, 12, 31)),
    ("7", "Riskklassa alla livsmedelsanläggningar efter ny kontrollförordning", 1, "–",
     "Inom ram", "Enhetschef livsmedel", "2027-03-31", dt.date(2027, 3, 31)),
    ("8", "Införa e-tjänst för anmälan av värmepump och cistern", 3, "120", "Inom ram",
     "Digitaliseringsansvarig", "december 2027", dt.date(2027, 12, 31)),
]  # fmt: skip

KEYS = [("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029), ("plan", 2030)]
DRIFT = [
    ("Nämnd och förvaltningsledning", (-3100, -3200, -3250, -3300, -3350)),
    ("Miljö- och hälsoskyddstillsyn", (-8900, -9300, -9450, -9600, -9800)),
    ("Livsmedelskontroll", (-2400, -2550, -2600, -2650, -2700)),
    ("Klimat och naturvård", (-6200, -7400, -7100, -6900, -6900)),
]

INVEST: list[tuple[str, list[tuple[str, tuple[int, int, int, int]]]]] = [
    ("Reinvesteringar",
     [("Mätstationer för luftkvalitet", (350, 0, 0, 400)),
      ("Tjänstebilar, byte till elbil", (480, 480, 240, 0)),
      ("Vandringsleder och spänger i naturreservat", (200, 200, 200, 200))]),
    ("Nyinvesteringar",
     [("Våtmark Lerån", (1200, 1800, 0, 0)),
      ("Naturum vid Norrsjön", (0, 2500, 4000, 0)),
      ("Fågeltorn Kalvholmen", (0, 0, 650, 0))]),
]  # fmt: skip

FACTS = [
    ("Antal anställda", "64"),
    ("Årsarbetare", "59,5"),
    ("Tillsynsobjekt miljö och hälsoskydd", "1 240"),
    ("Livsmedelsanläggningar", "385"),
    ("Naturreservat", "14"),
    ("Nettokostnad 2025, tkr", "19 870"),
]

CONTROLS = [
    ("Tillsyn", "Tillsynsbesök genomförs inte enligt tillsynsplanen",
     "Uppföljning av tillsynsplanen per kvartal"),
    ("Avgifter", "Timavgifter debiteras inte för all handläggningstid",
     "Stickprov på tio ärenden per halvår"),
    ("Bidrag", "Externa bidrag redovisas inte enligt villkoren",
     "Kontroll av redovisning mot beslut för varje LOVA-projekt"),
]  # fmt: skip


def _goals(w: Writer) -> dict[str, str]:
    w.chapter("Mål 2027–2030", 1)
    w.para(
        "Kommunfullmäktige har beslutat om tre strategiska områden. Under varje område har "
        "nämnden formulerat egna mål med en bokstav; målen följs upp med indikatorerna i "
        "tabellen längre fram i kapitlet."
    )
    codes: dict[str, str] = {}
    for area, about, goals in AREAS:
        w.heading(area, 2)
        w.para(about)
        for code, goal in goals:
            w.para(("b", f"{code}. "), goal)
            codes[code] = goal
            w.expected.goals.append(Goal(goal, "namnd"))
    return codes


def _indicator_table(w: Writer, codes: dict[str, str]) -> None:
    w.heading("Indikatorer och målvärden", 2)
    w.structure("Indikatorer och målvärden")
    w.para(
        "Värdena för 2024 och 2025 är utfall. Raden 2030 anger målvärdet vid planperiodens "
        "slut. Ett målvärde som gäller flera år står i en sammanslagen cell."
    )
    rows = [["Mål", "Indikator", "År", "Värde", "Målvärde"]]
    merges = []
    start_of: dict[str, int] = {}
    end_of: dict[str, int] = {}
    for code, name, unit, u24, u25, target, merged in INDS:
        first = len(rows)
        label = code if code not in start_of else ""
        start_of.setdefault(code, first)
        end_of[code] = first + 2
        values = [u24, u25]
        texts = ["–" if v is None else sv(v, unit) if isinstance(v, D) else v for v in values]
        rows.append([label, name, "2024", texts[0], target if merged else ""])
        rows.append(["", "", "2025", texts[1], ""])
        rows.append(["", "", "2030", "", "" if merged else target])
        merges.append((first, 1, first + 2, 1))
        if merged:
            merges.append((first, 4, first + 2, 4))
        w.structure("2024", "2025", "2030", "–", code)
        outcomes = {y: v for y, v in ((2024, u24), (2025, u25)) if v is not None}
        if target.endswith(" årligen"):
            targets: dict[int, Val] = dict.fromkeys(range(2027, 2031), target[: -len(" årligen")])
        else:
            targets = {2030: target}
        w.expected.indicators.append(
            Indicator(codes[code], name, unit, 2025, u25, targets, outcomes)
        )
    merges += [(start_of[c], 0, end_of[c], 0) for c in start_of]
    w.table(rows, merges=merges, widths=[1.3, 7.4, 1.5, 2.2, 3.6])
    w.para(("i", "Källor: Kolada, Trafikverket, VISS och nämndens verksamhetssystem."))


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter", 1)
    w.para(
        "Aktiviteterna är prioriterade från 1 (högst) till 3. Aktiviteter som söks externt "
        "genomförs bara om bidraget beviljas."
    )
    rows = [["Nr", "Aktivitet", "Prio (1–3)", "Kostnad (tkr)", "Finansiering", "Ansvarig",
             "Klart"]]  # fmt: skip
    for nr, name, prio, cost, money, who, when, day in ACTS:
        rows.append([nr, name, str(prio), cost, money, who, when])
        w.structure(nr, str(prio), cost, money, when)
        kostnad = None if cost == "–" else D(cost.replace(" ", ""))
        w.expected.activities.append(Activity(name, who, day, kostnad=kostnad))
    w.table(rows, widths=[0.8, 6.0, 1.4, 1.8, 2.4, 2.8, 2.0], size=8)


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi", 1)
    w.para(
        "Nämndens ram ökar 2027 för arbetet med våtmarker och klimatbudget. Från 2028 minskar "
        "kostnaden för klimat och naturvård när projektmedlen för Lerån upphör. Avgifterna för "
        "tillsyn räknas upp med prisindex för kommunal verksamhet."
    )
    w.heading("Driftbudget (tkr)", 2)
    w.structure("Driftbudget (tkr)")
    header = ["Verksamhet", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029", "Plan 2030"]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa nämnden", minus="−")
    w.table([header, *body], widths=[5.4, 2.2, 2.2, 2.2, 2.2, 2.2])

    w.heading("Investeringsplan (tkr)", 2)
    w.structure("Investeringsplan (tkr)")
    years = (2027, 2028, 2029, 2030)
    rows = [["Projekt", *(str(y) for y in years)]]
    merges = []
    grand = [0, 0, 0, 0]
    bold_rows = []
    for group, projects in INVEST:
        merges.append((len(rows), 0, len(rows), 4))
        bold_rows.append(len(rows))
        rows.append([group, "", "", "", ""])
        w.structure(group)
        sums = [0, 0, 0, 0]
        for name, amounts in projects:
            rows.append([name, *(sv(a) for a in amounts)])
            w.structure(*(sv(a) for a in amounts))
            sums = [s + a for s, a in zip(sums, amounts, strict=True)]
            w.expected.budget.append(
                BudgetRow(
                    "investering",
                    name,
                    {("plan", y): D(a) for y, a in zip(years, amounts, strict=True)},
                )
            )
        subtotal = [f"Summa {group.lower()}", *(sv(s) for s in sums)]
        rows.append(subtotal)
        w.totals(*subtotal)
        grand = [g + s for g, s in zip(grand, sums, strict=True)]
    total = ["Summa investeringar", *(sv(g) for g in grand)]
    rows.append(total)
    w.totals(*total)
    table = w.table(rows, merges=merges, widths=[7.0, 2.4, 2.4, 2.4, 2.4])
    for r in bold_rows:
        for run in table.cell(r, 0).paragraphs[0].runs:
            run.bold = True
    for r in (len(rows) - 1, *(i for i, row in enumerate(rows) if row[0].startswith("Summa"))):
        for run in table.cell(r, 0).paragraphs[0].runs:
            run.bold = True


def _facts(w: Writer) -> None:
    # A heading over nothing but a key-figure table is the table's, not a chapter.
    w.heading("Nämnden i siffror", 1)
    w.structure("Nämnden i siffror")
    header = ["Fakta om nämnden", "2025"]
    w.table([header, *(list(f) for f in FACTS)], keep_headers=True, widths=[8.0, 3.0])
    w.expected.key_figures += [
        KeyRow("Nämnden i siffror", name, {"2025": value}) for name, value in FACTS
    ]


def _control(w: Writer) -> None:
    w.chapter("Internkontrollplan 2027", 1)
    w.para("Kontrollerna har valts ut efter nämndens riskanalys i september 2026.")
    rows = [["Process", "Risk", "Kontrollmoment"]]
    for process, risk, moment in CONTROLS:
        rows.append([process, risk, moment])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.0, 6.4, 6.6])


def build_aw(path: Path) -> Expected:
    front = Front(
        namnd="Miljö- och klimatnämnden",
        kommun="Sjöbacka kommun",
        forsta_ar=2027,
        sista_ar=2030,
        titel="Verksamhetsplan 2027–2030",
        ordforande="Helena Strand (C)",
        forvaltningschef="Jonas Berglöf",
        diarienummer="MKN 2026/214",
    )
    w = Writer("AW-miljö-klimat-år-som-rader-samlad-indikatortabell", front)
    w.cover("Sjöbacka kommun", size=14, bold=True)
    w.cover("Miljö- och klimatnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan 2027–2030", size=26, bold=True)
    w.cover("Beslutad av nämnden 2026-11-18, § 112", size=10)
    w.cover("Diarienummer: MKN 2026/214", size=10)
    w.cover("Ordförande: Helena Strand (C)", size=10)
    w.cover("Förvaltningschef: Jonas Berglöf", size=10)
    w.page_break()
    w.chapter("Inledning", 1)
    w.para(
        "Verksamhetsplanen beskriver vad miljö- och klimatnämnden ska uppnå under 2027–2030 "
        "och hur resurserna används. Planen bygger på kommunfullmäktiges mål och budget och "
        "följs upp i delårsrapporten och i verksamhetsberättelsen."
    )
    w.para(
        "Nämnden ansvarar för tillsyn enligt miljöbalken och livsmedelslagstiftningen, för "
        "kommunens naturvård och för att samordna klimatarbetet i kommunkoncernen."
    )
    w.chapter("Omvärldsanalys", 1)
    w.para(
        "Kraven på kommunernas klimatarbete skärps när EU:s nya regler för utsläppshandel "
        "omfattar transporter och uppvärmning från 2027. Samtidigt väntas fler tillståndsärenden "
        "när industriområdet vid Kvarnbacken byggs ut."
    )
    w.para(
        "Torra somrar har sänkt grundvattennivåerna i östra delen av kommunen två år i rad, "
        "och flera enskilda brunnar har sinat. Behovet av att skydda våtmarker och vattendrag "
        "ökar, liksom frågorna från hushåll om egna vattentäkter."
    )
    w.para(
        "Rekryteringsläget för miljöinspektörer är fortsatt svårt. Nämnden satsar på "
        "kompetensutveckling och digitala arbetssätt för att behålla personal."
    )
    codes = _goals(w)
    _indicator_table(w, codes)
    _activities(w)
    _economy(w)
    _facts(w)
    _control(w)
    return w.save(path)
