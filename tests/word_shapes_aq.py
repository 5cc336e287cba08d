"""Corpus document AQ: a kultur- och fritidsnämnd's plan 2027–2029 whose goals are short bold
"Vi ska …" sentences (no number, no label) under "Fokusområde n: …" Heading 2s, each followed
by a paragraph of prose; all indicators follow in one table in the chapter "Så följer vi upp
målen", "Mål | Indikator | Källa | Utfall 2024 | Utfall 2025 | Målvärde 2027 | Målvärde 2029",
whose Mål column names the goal by a short form of its sentence (once the whole sentence)
merged down over its indicators; a shaded one-cell "Sammanfattning" box with three bullets
near the start, key figures "Kommunen | Liknande kommuner | Riket", activities as a numbered
list "Name – ansvarig: …, klart: 2027-06-30", a driftbudget per ansvar in kronor ("-12 450
000"), investments with "Total budget | Ack. utfall t.o.m. 2025 | … | Klart år" in tkr, and an
internkontroll table.

Expected (what a perfect import gives): the front matter from the cover lines; seven chapters
(the fokusområden are not chapters); six nämndsmål without a label; twelve indicators linked to
the goal their short form names, with utfall 2024 and 2025 as outcomes, 2025 as nuläge and
targets 2027 and 2029 ("–" is no value); eight activities with ansvarig and slutdatum; four key
figure rows; seven driftbudget rows in tkr, the plan's unit, as a careful secretary would type
the kronor budget into the plan ("-12 450 000" kronor is -12 450 tkr; the printed kronor
figures are structure); four investments by year (the total and accumulated columns are no
years); three controls."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from tests.word_shapes_docx import Writer, cell_text, sv
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

Ind = tuple[str, str, str, Val | None, Val | None, Val | None, Val | None]
"""An indicator: name, unit, källa, utfall 2024 and 2025, målvärde 2027 and 2029."""
AREAS: list[tuple[str, list[tuple[str, str, str, list[Ind]]]]] = [
    ("Fokusområde 1: Läsning och bildning", [
        ("Vi ska få fler barn och unga att läsa på fritiden.", "Barns och ungas läsning",
         "Läsningen bland barn och unga har minskat två år i rad. Biblioteken, skolbiblioteken "
         "och förskolorna ska arbeta tillsammans så att varje barn möter böcker och berättelser "
         "utanför skoldagen.",
         [("Antal utlån av barn- och ungdomslitteratur per invånare 0–17 år", "",
           "Bibliotekssystemet", D("8.4"), D("8.1"), D("9.0"), D("10.0")),
          ("Andel elever i åk 5 som läser böcker på fritiden varje vecka", "%",
           "Elevenkäten", D(54), D(51), D(58), D(62))]),
        ("Vi ska göra biblioteken till öppna mötesplatser för alla invånare.",
         "Biblioteken som mötesplatser",
         "Biblioteken är de platser i kommunen där flest invånare möts utan krav på att köpa "
         "något. Vi vill hålla dem öppna fler timmar och fylla dem med program för alla åldrar.",
         [("Antal besök på biblioteken per invånare", "", "Besöksräknare", D("4.2"), D("4.6"),
           D("5.0"), D("5.5")),
          ("Antal timmar med meröppet per vecka", "", "Egen statistik", None, D(40), D(60),
           D(80))]),
    ]),
    ("Fokusområde 2: Ett aktivt fritidsliv", [
        ("Vi ska ge fler flickor och unga med funktionsnedsättning möjlighet att idrotta.",
         "",
         "Pojkar står för sex av tio deltagartillfällen i föreningslivet och få föreningar har "
         "verksamhet för unga med funktionsnedsättning. Bidragsreglerna och lokalfördelningen "
         "ska stödja de grupper som idrottar minst.",
         [("Andel flickor av deltagartillfällena med lokalt aktivitetsstöd", "%",
           "Bidragsregistret", D(38), D(39), D(42), D(45)),
          ("Antal föreningar med verksamhet för unga med funktionsnedsättning", "",
           "Föreningsregistret", D(6), D(7), D(9), D(12))]),
        ("Vi ska erbjuda meningsfulla sommaraktiviteter till alla unga.", "Sommaraktiviteter",
         "Sommarlovet är långt för de barn vars familjer inte reser bort. Tillsammans med "
         "föreningarna erbjuder vi gratis aktiviteter i alla kommundelar.",
         [("Antal unika deltagare i sommarlovsaktiviteter 6–15 år", "", "Egen statistik",
           D(1240), D(1385), D(1500), D(1700)),
          ("Andel deltagare som är nöjda med aktiviteterna", "%", "Deltagarenkät", D(86),
           D(88), "Minst 88 %", "Minst 90 %")]),
    ]),
    ("Fokusområde 3: Kultur i hela kommunen", [
        ("Vi ska sprida kulturutbudet till alla kommundelar.", "Kultur i hela kommunen",
         "Nästan allt kulturutbud finns i dag i centralorten. Turnerande scenkonst, "
         "kulturskolans filialer och samarbeten med bygdegårdarna ska ge kultur nära där "
         "invånarna bor.",
         [("Antal kulturarrangemang utanför centralorten", "", "Evenemangskalendern", D(34),
           D(41), D(50), D(60)),
          ("Andel elever i kulturskolan som bor utanför centralorten", "%",
           "Kulturskolans elevregister", D(27), D(29), D(33), D(35))]),
        ("Vi ska ha en kulturskola utan kö.", "Kulturskola utan kö",
         "Kön till kulturskolan är lång i piano, gitarr och dans. Gruppundervisning och nya "
         "ämnen ska göra att fler barn får börja samma termin som de söker.",
         [("Antal barn i kö till kulturskolan den 1 september", "",
           "Kulturskolans elevregister", D(212), D(186), D(100), D(0)),
          ("Andel sökande som fått plats inom en termin", "%", "Kulturskolans elevregister",
           D(61), D(64), D(80), "–")]),
    ]),
]  # fmt: skip

ACTS = [
    ("Starta läsfrämjande projektet Sommarboken på alla filialer", "Bibliotekschef",
     "2027-06-30"),
    ("Införa meröppet på biblioteken i Norrby och Kallbäck", "Bibliotekschef", "2027-10-31"),
    ("Revidera reglerna för lokalt aktivitetsstöd", "Fritidschef", "2027-03-31"),
    ("Ta fram en plan för tillgänglig idrott tillsammans med föreningarna", "Fritidschef",
     "2027-09-30"),
    ("Samordna sommarlovsaktiviteterna i en gemensam kalender", "Fritidsgårdschef",
     "2027-05-15"),
    ("Teckna avtal om turnerande scenkonst med tre bygdegårdar", "Kulturchef", "2027-06-30"),
    ("Öppna kulturskolans filial i Kallbäcks skola", "Kulturskolechef", "2027-08-15"),
    ("Införa gruppundervisning i piano och gitarr", "Kulturskolechef", "2027-12-31"),
]  # fmt: skip

KEY_HEADER = ["Nyckeltal 2025", "Kommunen", "Liknande kommuner", "Riket"]
KEY_ROWS = [
    ["Nettokostnad kultur, kr per invånare", "1 412", "1 530", "1 688"],
    ["Nettokostnad fritid, kr per invånare", "1 905", "1 842", "1 776"],
    ["Antal fysiska besök på folkbibliotek per invånare", "4,6", "4,1", "3,9"],
    ["Deltagartillfällen i idrottsföreningar, antal per invånare 7–20 år", "28", "31", "30"],
]

DRIFT = [
    ("Nämnd och förvaltningsledning", (-3_180_000, -3_260_000)),
    ("Bibliotek", (-12_450_000, -12_980_000)),
    ("Kulturskola", (-9_870_000, -10_415_000)),
    ("Allmänkultur och evenemang", (-4_320_000, -4_505_000)),
    ("Fritidsgårdar", (-7_640_000, -7_810_000)),
    ("Idrottsanläggningar och bad", (-18_960_000, -19_730_000)),
    ("Föreningsbidrag", (-5_210_000, -5_480_000)),
]

INVEST = [
    ("Konstgräsplan Kallbäck", 9_500, 1_200, (6_800, 1_500, 0), "2027"),
    ("Ombyggnad av huvudbiblioteket", 14_000, 0, (2_000, 7_000, 5_000), "2028"),
    ("Inventarier kulturskolan", 1_200, 400, (300, 250, 250), "2028"),
    ("Tillgänglighetsanpassning av badhuset", 3_600, 0, (0, 1_800, 1_800), "2028"),
]
"""Projekt, total budget, ack. utfall t.o.m. 2025, budget 2026, 2027 and plan 2028, klart år."""

CONTROLS = [
    ("Föreningsbidrag", "Bidrag betalas ut på felaktiga deltagaruppgifter",
     "Stickprov på närvarolistor för lokalt aktivitetsstöd", "Fritidschef", "Två gånger per år"),
    ("Kontanthantering", "Kassan i badhusets reception stämmer inte",
     "Avstämning av kassa mot kassarapport", "Badchef", "Varje månad"),
    ("Barn och unga i verksamheten", "Ledare saknar kontroll av belastningsregistret",
     "Kontroll att utdrag finns för alla ledare på fritidsgårdarna", "Fritidsgårdschef",
     "Årligen"),
]  # fmt: skip


def _shaded_box(w: Writer, title: str, bullets: list[str]) -> None:
    table = w.doc.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.cell(0, 0)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "E8F0E0")
    cell._tc.get_or_add_tcPr().append(shd)
    cell.paragraphs[0].add_run(title).bold = True
    for text in bullets:
        cell.add_paragraph(text, style="List Bullet")
    w.structure(title)
    w.para("")


def _start(w: Writer) -> None:
    for line, size, bold in [
        ("Älvsta kommun", 14, False),
        ("Kultur- och fritidsnämnden", 16, True),
        ("Verksamhetsplan 2027–2029", 26, True),
        ("Beslutad av kultur- och fritidsnämnden 2026-11-18, § 84", 10, False),
        ("Ordförande: Maria Lindqvist (C)", 10, False),
        ("Kultur- och fritidschef: Jonas Berg", 10, False),
        ("Dnr KFN 2026/214", 10, False),
    ]:
        w.cover(line, size=size, bold=bold)
    w.page_break()
    _shaded_box(
        w,
        "Sammanfattning",
        [
            "Nämnden prioriterar barns läsning, ett jämlikt fritidsliv och kultur i hela "
            "kommunen under planperioden.",
            "Ramen för 2027 är 64,2 miljoner kronor, en ökning med 4,2 procent mot 2026.",
            "Den största investeringen är ombyggnaden av huvudbiblioteket 2027–2028.",
        ],
    )
    w.chapter("Inledning")
    w.para(
        "Verksamhetsplanen visar vad kultur- och fritidsnämnden vill uppnå de kommande tre "
        "åren och hur vi vet om vi lyckas. Den bygger på kommunfullmäktiges budget och på de "
        "dialoger nämnden haft med föreningar, elever och besökare under hösten 2026."
    )
    w.para(
        "Planen gäller för 2027–2029. Aktiviteterna och budgeten beslutas för ett år i taget "
        "och planen revideras varje höst."
    )
    w.chapter("Omvärldsanalys")
    w.para(
        "Älvsta växer långsamt, men antalet barn i åldern 6–15 år ökar med omkring 300 fram "
        "till 2029, främst i Kallbäck och Norrby. Samtidigt blir de äldre fler, och efterfrågan "
        "på kultur och motion på dagtid ökar."
    )
    w.para(
        "Kostnaderna för energi och lokaler har stigit mer än kommunens ramar. Föreningarna "
        "vittnar om svårigheter att rekrytera ledare, särskilt för flickor i tonåren. "
        "Nyckeltalen nedan kommer från Kolada och jämför Älvsta med liknande kommuner och riket."
    )
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[7.6, 2.8, 3.2, 2.8])
    w.expected.key_figures += [
        KeyRow("", row[0], dict(zip(KEY_HEADER[1:], row[1:], strict=True))) for row in KEY_ROWS
    ]


def _goals(w: Writer) -> None:
    w.chapter("Nämndens mål 2027–2029")
    w.para(
        "Målen är ordnade under tre fokusområden som följer kommunfullmäktiges vision. "
        "Hur vi mäter målen redovisas samlat i nästa kapitel."
    )
    for area, goals in AREAS:
        w.heading(area, 2)
        for goal, _, about, _ in goals:
            w.para(("b", goal))
            w.expected.goals.append(Goal(goal, "namnd"))
            w.para(about)


def _follow_up(w: Writer) -> None:
    w.chapter("Så följer vi upp målen")
    w.para(
        "Tabellen visar indikatorerna för varje mål. Utfallen för 2026 redovisas i "
        "verksamhetsberättelsen."
    )
    header = ["Mål", "Indikator", "Källa", "Utfall 2024", "Utfall 2025", "Målvärde 2027",
              "Målvärde 2029"]  # fmt: skip
    rows = [header]
    merges = []
    for _, goals in AREAS:
        for goal, short, _, inds in goals:
            start = len(rows)
            for n, (name, unit, source, a, b, t27, t29) in enumerate(inds):
                label = (short or goal) if n == 0 else ""
                rows.append([label, name, source,
                             *(cell_text(v, unit) or "–" for v in (a, b, t27, t29))])  # fmt: skip
                numbers = {y: v for y, v in ((2027, t27), (2029, t29)) if v not in (None, "–")}
                w.expected.indicators.append(
                    Indicator(
                        goal,
                        name,
                        unit,
                        2025 if b is not None else None,
                        b,
                        numbers,
                        {y: v for y, v in ((2024, a), (2025, b)) if v is not None},
                    )
                )
            merges.append((start, 0, len(rows) - 1, 0))
            if short:
                w.structure(short)
    w.table(rows, merges=merges, widths=[3.0, 4.6, 2.8, 1.55, 1.55, 1.55, 1.55], size=8)


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter 2027")
    w.para("Under 2027 genomför förvaltningen följande aktiviteter.")
    for name, who, when in ACTS:
        w.bullets(f"{name} – ansvarig: {who}, klart: {when}", numbered=True)
        w.expected.activities.append(Activity(name, who, dt.date.fromisoformat(when)))


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Kommunfullmäktige har gett nämnden en ram på 64,2 miljoner kronor för 2027. "
        "Ökningen täcker löner, hyror och meröppet på två bibliotek. Driftbudgeten redovisas "
        "i kronor per ansvar."
    )
    w.para(("b", "Driftbudget per ansvar, kronor"))
    w.structure("Driftbudget per ansvar, kronor")
    keys = [("budget", 2026), ("budget", 2027)]
    body = [[ansvar, *(sv(a) for a in kronor)] for ansvar, kronor in DRIFT]
    for ansvar, kronor in DRIFT:
        in_tkr = {k: D(a) / 1000 for k, a in zip(keys, kronor, strict=True)}
        w.expected.budget.append(BudgetRow("drift", ansvar, in_tkr))
        # the plan counts in tkr: the kronor figures are in it divided by 1 000, so the
        # printed ones are checked as figures (the budget rows), not found as text
        w.structure(*(sv(a) for a in kronor))
    summed = ["Summa nettokostnad", *(sv(sum(a[i] for _, a in DRIFT)) for i in range(2))]
    w.totals(*summed)
    body.append(summed)
    w.table([["Ansvar", "Budget 2026", "Budget 2027"], *body], widths=[7.5, 3.5, 3.5])
    w.para(("b", "Investeringar, tkr"))
    w.structure("Investeringar, tkr")
    header = ["Projekt", "Total budget", "Ack. utfall t.o.m. 2025", "Budget 2026",
              "Budget 2027", "Plan 2028", "Klart år"]  # fmt: skip
    rows = [header]
    keys = [("budget", 2026), ("budget", 2027), ("plan", 2028)]
    for name, total, done, amounts, ready in INVEST:
        rows.append([name, sv(total), sv(done), *(sv(a) for a in amounts), ready])
        given = {k: D(a) for k, a in zip(keys, amounts, strict=True)}
        w.expected.budget.append(BudgetRow("investering", name, given))
    sums = [sv(sum(p[1] for p in INVEST)), sv(sum(p[2] for p in INVEST))]
    sums += [sv(sum(p[3][i] for p in INVEST)) for i in range(3)]
    rows.append(["Summa investeringar", *sums, ""])
    w.totals("Summa investeringar", *sums)
    w.table(rows, widths=[5.0, 2.0, 2.4, 1.9, 1.9, 1.9, 1.5])


def _control(w: Writer) -> None:
    w.chapter("Internkontroll 2027")
    w.para("Nämnden har valt tre kontrollmoment utifrån sin riskanalys.")
    rows = [["Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    for process, risk, moment, who, often in CONTROLS:
        rows.append([process, risk, moment, who, often])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.0, 4.2, 4.6, 2.6, 2.4])


def build_aq(path: Path) -> Expected:
    front = Front(
        namnd="Kultur- och fritidsnämnden",
        kommun="Älvsta kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Maria Lindqvist (C)",
        forvaltningschef="Jonas Berg",
        diarienummer="KFN 2026/214",
    )
    w = Writer("AQ-kultur-fritid-vi-ska-samlad-indikatortabell", front)
    _start(w)
    _goals(w)
    _follow_up(w)
    _activities(w)
    _economy(w)
    _control(w)
    return w.save(path)
