"""Corpus document CC: a barn- och utbildningsnämnd's plan organised by verksamhetsområde. A
short common part (inledning, omvärld with a key-figure table, the nämnd's målområden and goals
in one table "Målområde | Nr | Nämndsmål" with the målområde merged down) is followed by one
Heading 1 chapter per verksamhetsområde ("Förskola", "Grundskola", "Elevhälsa"), each with the
same Heading 2s "Uppdrag", "Mål och indikatorer", "Aktiviteter" and "Ekonomi". The areas tie
their indicators to the common goals in three ways: Förskola repeats the goal as a bold "Mål 1:
…" line over each table, Grundskola has one table with a "Mål" column holding the goal's
number, Elevhälsa writes "Bidrar till mål 4" over each table. Each area's activities are a
table "Aktivitet | Mål | Ansvarig | Klart" linked by the goal's number, and its Ekonomi a small
table "tkr | Budget 2026 | Budget 2027 | Förändring" of Intäkter, Personal, Lokaler, Övrigt
and Netto. The plan ends with a driftbudget per verksamhetsområde (including areas without a
chapter of their own) and internkontroll.

Expected (what a careful human enters): the front matter; the Heading 1 chapters; six nämnd
goals; each area's indicators under the common goal the area ties them to (the same indicator
name under the same goal in two areas is two indicators); the activities with their goal as
group and their area as verksamhet; the closing driftbudget's rows as the drift rows (net per
verksamhetsområde, bokslut, budget and plan). The areas' own lines are the same nets split by
cost type, and a plan holds one cost-type breakdown for the whole nämnd only: they are not
entered anywhere, and must not turn up as drift rows named "Intäkter", "Personal", "Lokaler"
or "Övrigt". The key figures and the internkontroll rows are entered as printed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_docx import Writer, budget_rows, cell_text, sv
from tests.word_shapes_model import (
    Activity,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    Val,
)

GOALS: list[tuple[str, list[str]]] = [
    ("Lärande och utveckling", [
        "Alla barn och elever utvecklas så långt som möjligt utifrån sina förutsättningar.",
        "Fler elever lämnar grundskolan med behörighet till gymnasieskolan.",
    ]),
    ("Trygghet och hälsa", [
        "Barn och elever känner sig trygga i förskolan och skolan.",
        "Elever som behöver stöd får det tidigt och i rätt form.",
    ]),
    ("Förtroende och kompetens", [
        "Vårdnadshavare har högt förtroende för nämndens verksamheter.",
        "Nämnden behåller och rekryterar behöriga medarbetare.",
    ]),
]  # fmt: skip
TEXTS = [g for _, goals in GOALS for g in goals]

Ind = tuple[int, str, str, D, dict[int, Val]]
"""An area's indicator: the goal's number, name, unit, nuläge 2025 and targets per year."""

AREAS: dict[str, list[Ind]] = {
    "Förskola": [
        (1, "Andel fyraåringar som deltagit i språkscreening", "%", D(82),
         {2027: D(90), 2028: D(95)}),
        (3, "Andel vårdnadshavare som anser att barnet är tryggt i förskolan", "%", D(93),
         {2027: D(95), 2028: D(95)}),
        (5, "Andel vårdnadshavare som är nöjda med verksamheten", "%", D(86),
         {2027: D(90), 2028: D(90)}),
        (6, "Andel förskollärare av personalen i barngrupp", "%", D(38),
         {2027: D(42), 2028: D(45)}),
    ],
    "Grundskola": [
        (2, "Andel elever i åk 9 behöriga till yrkesprogram", "%", D("81.4"),
         {2027: D(85), 2028: D(87)}),
        (1, "Genomsnittligt meritvärde i åk 9", "", D("214.6"), {2027: D(222)}),
        (3, "Andel elever i åk 5 som känner sig trygga i skolan", "%", D(88),
         {2027: D(92), 2028: D(93)}),
        (5, "Andel vårdnadshavare som är nöjda med verksamheten", "%", D(79),
         {2027: D(83), 2028: D(85)}),
        (6, "Sjukfrånvaro bland medarbetarna", "%", D("7.2"), {2027: D("6.5"), 2028: D(6)}),
    ],
    "Elevhälsa": [
        (4, "Andel elevärenden där åtgärd påbörjats inom fyra veckor", "%", D(71),
         {2027: D(85), 2028: D(90)}),
        (4, "Antal elever med frånvaro över 20 procent", "", D(146),
         {2027: D(110), 2028: "Minska"}),
        (3, "Andel elever i åk 7 som fått hälsobesök", "%", D(94), {2027: D(98), 2028: D(98)}),
    ],
}  # fmt: skip

UPPDRAG = {
    "Förskola": (
        "Förskolan tar emot barn från ett års ålder i 19 kommunala förskolor. Uppdraget följer "
        "läroplanen för förskolan: lek, omsorg och lärande i ett sammanhang, med särskild "
        "vikt vid språkutveckling för de barn som har ett annat modersmål än svenska."
    ),
    "Grundskola": (
        "Grundskolan omfattar förskoleklass, årskurs 1–9 och fritidshem på tolv skolor, varav "
        "två högstadieskolor. Anpassad grundskola organiseras på Ekbackeskolan. Uppdraget är "
        "att varje elev når så långt som möjligt och lämnar årskurs 9 med gymnasiebehörighet."
    ),
    "Elevhälsa": (
        "Den centrala elevhälsan samlar skolsköterskor, skolläkare, kuratorer, psykologer och "
        "specialpedagoger. Arbetet är i första hand förebyggande och hälsofrämjande; "
        "utredningar görs på rektors begäran och fördelas efter prioritering en gång i veckan."
    ),
}

ACTS: dict[str, list[tuple[str, int, str, str, dt.date]]] = {
    "Förskola": [
        ("Införa en gemensam modell för språkscreening i alla förskolor", 1,
         "Verksamhetschef förskola", "juni 2027", dt.date(2027, 6, 30)),
        ("Ta fram en rutin för överlämning från förskola till förskoleklass", 3, "Förskolechefer",
         "december 2027", dt.date(2027, 12, 31)),
        ("Starta studier på deltid för barnskötare som vill bli förskollärare", 6, "HR-strateg",
         "Q3 2027", dt.date(2027, 9, 30)),
    ],
    "Grundskola": [
        ("Öppna studiecentrum med läxhjälp på båda högstadieskolorna", 2, "Rektorer åk 7–9",
         "augusti 2027", dt.date(2027, 8, 31)),
        ("Genomföra trygghetsvandringar tillsammans med elevråden", 3, "Biträdande rektorer",
         "Q2 2027", dt.date(2027, 6, 30)),
        ("Ta fram en digital enkät till vårdnadshavare", 5, "Kvalitetsstrateg",
         "mars 2027", dt.date(2027, 3, 31)),
        ("Införa mentorskap för nyanställda lärare", 6, "Verksamhetschef grundskola",
         "december 2027", dt.date(2027, 12, 31)),
    ],
    "Elevhälsa": [
        ("Införa en gemensam arbetsgång för elevhälsoärenden", 4, "Elevhälsochef",
         "juni 2027", dt.date(2027, 6, 30)),
        ("Starta ett frånvaroteam med kurator och specialpedagog", 4, "Elevhälsochef",
         "januari 2027", dt.date(2027, 1, 31)),
        ("Erbjuda hälsobesök till nyanlända elever inom sex veckor", 3,
         "Medicinskt ansvarig skolsköterska", "oktober 2027", dt.date(2027, 10, 31)),
    ],
}  # fmt: skip

LINES = ("Intäkter", "Personal", "Lokaler", "Övrigt")
ECONOMY: dict[str, list[tuple[int, int]]] = {
    "Förskola": [(14200, 14600), (-142800, -147300), (-31500, -32400), (-12100, -12300)],
    "Grundskola": [(22400, 23100), (-286500, -294800), (-58300, -60100), (-41200, -42600)],
    "Elevhälsa": [(1800, 1800), (-27600, -29100), (-2100, -2200), (-3400, -3500)],
}
NET = {a: tuple(sum(r[i] for r in rows) for i in range(2)) for a, rows in ECONOMY.items()}

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028)]
DRIFT = [
    ("Nämnd och förvaltningsledning", (-18900, -19400, -19800, -20300)),
    ("Förskola", (-168100, *NET["Förskola"], -181900)),
    ("Grundskola", (-355200, *NET["Grundskola"], -383000)),
    ("Elevhälsa", (-29800, *NET["Elevhälsa"], -33700)),
    ("Kulturskola", (-9600, -9900, -10200, -10400)),
    ("Skolskjuts", (-14300, -14700, -15300, -15800)),
]

KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Antal inskrivna barn i förskolan", "1 412", "1 388", "1 361"],
    ["Antal elever i grundskolan, F–9", "3 206", "3 241", "3 229"],
    ["Barn per årsarbetare i förskolan", "5,3", "5,2", "5,1"],
    ["Kostnad per elev i grundskolan, kr", "112 400", "116 900", "121 300"],
]

CONTROLS = [
    ("Ekonomi", "Felaktig debitering av barnomsorgsavgift",
     "Stickprov på tio fakturor per kvartal mot inkomstuppgift", "Ekonom"),
    ("Elevhälsa", "Journaler förs inte enligt patientdatalagen",
     "Granskning av loggar i elevhälsojournalen två gånger per år", "Verksamhetschef elevhälsa"),
    ("Skolplikt", "Elever med hög frånvaro uppmärksammas inte",
     "Uppföljning av frånvarorapporter månadsvis per skola", "Rektorer"),
]  # fmt: skip


def _common(w: Writer) -> None:
    w.chapter("Inledning", 1)
    w.para(
        "Verksamhetsplanen beskriver hur barn- och utbildningsnämnden ska arbeta under 2027 "
        "och 2028. Den gemensamma delen redovisar nämndens målområden och mål. Därefter har "
        "varje verksamhetsområde ett eget kapitel med uppdrag, indikatorer, aktiviteter och "
        "ekonomi. Planen avslutas med en sammanställning av driftbudgeten och nämndens plan "
        "för internkontroll."
    )
    w.chapter("Omvärld och förutsättningar", 1)
    w.para(
        "Antalet födda i kommunen har minskat sedan 2021, och barngrupperna i förskolan blir "
        "färre. Samtidigt ökar antalet elever på högstadiet under planperioden. Nämnden "
        "behöver därför flytta resurser från förskola till grundskola utan att tappa i "
        "kvalitet. Konkurrensen om behöriga lärare och förskollärare är fortsatt hård."
    )
    w.para(
        "Statsbidragen för likvärdig skola har minskat och kostnaderna för skolskjuts ökar "
        "när upphandlade avtal räknas upp. Den psykiska ohälsan bland unga är en växande "
        "fråga för elevhälsan, och problematisk frånvaro har blivit vanligare sedan 2022."
    )
    w.heading("Nyckeltal", 2)
    w.structure("Nyckeltal")
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[8.0, 2.4, 2.4, 2.4])
    w.expected.key_figures += [
        KeyRow("Nyckeltal", row[0], dict(zip(KEY_HEADER[1:], row[1:], strict=True)))
        for row in KEY_ROWS
    ]
    w.chapter("Målområden och nämndsmål", 1)
    w.para(
        "Nämnden har tre målområden och sex mål som gäller alla verksamhetsområden. Varje "
        "verksamhetsområde visar i sitt kapitel vilka mål det bidrar till och hur det mäts."
    )
    rows = [["Målområde", "Nr", "Nämndsmål"]]
    merges = []
    n = 0
    for area, goals in GOALS:
        start = len(rows)
        for i, goal in enumerate(goals):
            n += 1
            rows.append([area if i == 0 else "", str(n), goal])
            w.structure(str(n))
            w.expected.goals.append(Goal(goal, "namnd"))
        merges.append((start, 0, len(rows) - 1, 0))
        w.structure(area)
    w.table(rows, merges=merges, widths=[4.0, 1.0, 11.6])


def _indicator_rows(inds: list[Ind], *, with_goal: bool) -> list[list[str]]:
    head = ["Indikator", "Nuläge 2025", "Mål 2027", "Mål 2028"]
    rows = [["Mål", *head] if with_goal else head]
    for number, name, unit, base, targets in inds:
        cells = [name, sv(base, unit), *(cell_text(targets.get(y), unit) for y in (2027, 2028))]
        rows.append([str(number), *cells] if with_goal else cells)
    return rows


def _area_goals(w: Writer, area: str) -> None:
    w.heading("Mål och indikatorer", 2)
    inds = AREAS[area]
    for number, name, unit, base, targets in inds:
        w.expected.indicators.append(Indicator(TEXTS[number - 1], name, unit, 2025, base, targets))
    if area == "Grundskola":
        w.para("Tabellen visar vilket av nämndens mål varje indikator följer upp.")
        for number, *_ in inds:
            w.structure(str(number))
        w.table(_indicator_rows(inds, with_goal=True), widths=[1.2, 8.4, 2.4, 2.2, 2.2])
        return
    for number in dict.fromkeys(i[0] for i in inds):
        group = [i for i in inds if i[0] == number]
        if area == "Förskola":
            line = f"Mål {number}: {TEXTS[number - 1]}"
            w.para(("b", line))
        else:
            line = f"Bidrar till mål {number}"
            w.para(("i", line))
        w.structure(line)
        w.table(_indicator_rows(group, with_goal=False), widths=[9.0, 2.6, 2.4, 2.4])


def _area_activities(w: Writer, area: str) -> None:
    w.heading("Aktiviteter", 2)
    rows = [["Aktivitet", "Mål", "Ansvarig", "Klart"]]
    for name, number, who, when, day in ACTS[area]:
        rows.append([name, str(number), who, when])
        w.structure(str(number), when)
        w.expected.activities.append(
            Activity(name, who, day, group=TEXTS[number - 1], verksamhet=area)
        )
    w.table(rows, widths=[8.0, 1.2, 4.6, 2.8])


def _area_economy(w: Writer, area: str) -> None:
    w.heading("Ekonomi", 2)
    rows = [["tkr", "Budget 2026", "Budget 2027", "Förändring"]]
    for line, (b26, b27) in zip(LINES, ECONOMY[area], strict=True):
        rows.append([line, sv(b26), sv(b27), sv(b27 - b26)])
        if ("drift", line) not in w.expected.not_rows:  # one check per name, not per area
            w.expected.not_rows.append(("drift", line))
    n26, n27 = NET[area]
    total = ["Netto", sv(n26), sv(n27), sv(n27 - n26)]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[5.0, 3.0, 3.0, 3.0])
    change = n27 - n26
    w.para(
        f"Nettokostnaden ökar med {sv(-change)} tkr mellan 2026 och 2027, främst genom "
        "löneökningar och högre hyror."
    )


def _area(w: Writer, area: str) -> None:
    w.page_break()
    w.chapter(area, 1)
    w.heading("Uppdrag", 2)
    w.para(UPPDRAG[area])
    _area_goals(w, area)
    _area_activities(w, area)
    _area_economy(w, area)


def _closing(w: Writer) -> None:
    w.page_break()
    w.chapter("Driftbudget per verksamhetsområde", 1)
    w.para(
        "Sammanställningen visar nettokostnaden per verksamhetsområde i tusentals kronor. "
        "Kulturskola och skolskjuts redovisas här men har inga egna kapitel i planen."
    )
    header = ["Verksamhetsområde", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa nämnden", minus="−")
    w.table([header, *body], widths=[5.6, 2.7, 2.7, 2.7, 2.7])
    w.chapter("Internkontroll", 1)
    w.para("Nämnden följer upp kontrollerna i samband med delårsrapporten och årsredovisningen.")
    rows = [["Process", "Risk", "Kontrollmoment", "Ansvarig"]]
    for process, risk, moment, who in CONTROLS:
        rows.append([process, risk, moment, who])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.8, 4.6, 5.6, 3.4])


def build_cc(path: Path) -> Expected:
    front = Front(
        namnd="Barn- och utbildningsnämnden",
        kommun="Strömsviks kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028",
        ordforande="Annika Berg (C)",
        forvaltningschef="Johan Lindqvist",
        diarienummer="BUN 2026/214",
    )
    w = Writer("CC-bun-per-verksamhetsområde", front)
    w.cover("Strömsviks kommun", size=14)
    w.cover("Barn- och utbildningsnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan 2027–2028", size=26, bold=True)
    w.cover("Ordförande: Annika Berg (C)", size=11)
    w.cover("Förvaltningschef: Johan Lindqvist", size=11)
    w.cover("Diarienummer: BUN 2026/214", size=10)
    w.page_break()
    _common(w)
    for area in AREAS:
        _area(w, area)
    _closing(w)
    return w.save(path)
