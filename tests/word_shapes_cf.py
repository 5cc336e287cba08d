"""Corpus document CF: a socialnämnd's plan for 2027–2028 whose figures follow periods shorter
than a year. The goals are bold "Nämndsmål n:" lines under målområde Heading 2s, each over an
indicator table "Indikator | Helår 2025 | Utfall T1 2026 | Utfall T2 2026 | Mål 2027 | Mål 2028"
(tertial outcomes of the year the plan is written in beside the last full year); activities in
a table dated by tertial ("T2 2027"), month ("december 2027") or ISO date; a driftbudget
"Verksamhet | Budget 2026 | Budget 2027 | varav personal | varav köpt verksamhet | Plan 2028";
key figures per quarter ("Kv 1 2025 … Kv 3 2026", the last quarter of 2026 not yet known) and
a landscape page of "Ekonomiskt bistånd, tkr per månad" across "jan … dec"; internkontroll
with S × K = riskvärde.

Expected (what a perfect import gives): the front matter; eight chapters; four nämndsmål (the
målområden are KF's, structure) with ten indicators: the Helår 2025 column as utfall 2025 and
nuläge 2025 (the newest full year, as J's outcome columns; a tertial outcome is part of a year,
not a year's value, so a careful reader leaves T1/T2 2026 out of the indicator: they are the
follow-up's figures, neither utfall 2026 nor the nuläge), targets 2027 and 2028; eight
activities with ansvarig, the last day of the tertial or month as slutdatum and their goal as
group; four driftbudget rows with Budget 2026, Budget 2027 and Plan 2028 (the "varav" columns
are parts of Budget 2027, not amounts of their own, as AP's "varav" row); the quarterly and
monthly tables as key-figure rows as printed (the monthly table's rows are "Utfall 2025",
"Utfall 2026" and "Budget 2026" with the months as columns; blank cells of quarters and months
not yet passed give no value); five controls with their process. Table headings, the totals row
and the cover lines are structure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.section import WD_ORIENT, WD_SECTION

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
)

Ind = tuple[str, str, D, str, str, D, D]
"""Name, unit, Helår 2025, Utfall T1 2026 and T2 2026 as printed, Mål 2027, Mål 2028."""

GOALS: list[tuple[str, list[tuple[str, list[Ind]]]]] = [
    ("Trygghet och delaktighet", [
        ("Barn och unga som behöver stöd får det tidigt och nära hemmet.", [
            ("Andel barn och unga med insats i öppenvård i stället för placering", "%",
             D(72), "70 %", "74 %", D(78), D(80)),
            ("Ej återaktualiserade barn 0–12 år ett år efter avslutad insats", "%",
             D(81), "79 %", "83 %", D(85), D(86)),
            ("Handläggningstid för utredning enligt 11 kap. 1 § SoL, dagar", "",
             D(118), "126", "112", D(110), D(100)),
        ]),
        ("Den som söker stöd får ett snabbt och rättssäkert besked.", [
            ("Andel ansökningar om ekonomiskt bistånd med beslut inom 10 arbetsdagar", "%",
             D("86.5"), "82,0 %", "88,4 %", D(92), D(95)),
            ("Andel brukare som känner sig trygga med personalen i boendestödet", "%",
             D(88), "–", "90 %", D(90), D(92)),
        ]),
    ]),
    ("Egen försörjning", [
        ("Fler hushåll går från ekonomiskt bistånd till arbete eller studier.", [
            ("Andel hushåll som lämnat ekonomiskt bistånd till egen försörjning", "%",
             D(31), "9 %", "22 %", D(35), D(38)),
            ("Antal deltagare i arbetsmarknadsinsatsen Steget", "",
             D(64), "27", "49", D(80), D(90)),
            ("Genomsnittlig biståndstid för hushåll med långvarigt bistånd, månader", "",
             D("9.8"), "10,1", "9,9", D("9.0"), D("8.5")),
        ]),
    ]),
    ("Kompetens och arbetsmiljö", [
        ("Förvaltningen behåller erfarna socialsekreterare.", [
            ("Personalomsättning bland socialsekreterare", "%",
             D("18.2"), "6,1 %", "11,7 %", D(14), D(12)),
            ("Sjukfrånvaro inom individ- och familjeomsorgen", "%",
             D("8.4"), "9,2 %", "8,0 %", D("7.0"), D("6.5")),
        ]),
    ]),
]  # fmt: skip

ACTS = [
    ("Starta ett familjeteam för tidiga insatser i öppenvård", "1", "Enhetschef barn och unga",
     "T2 2027", dt.date(2027, 8, 31)),
    ("Införa strukturerade bedömningsmetoder i alla barnavårdsutredningar", "1",
     "Enhetschef utredning", "december 2027", dt.date(2027, 12, 31)),
    ("Öppna digital ansökan om ekonomiskt bistånd med automatisk komplettering", "2",
     "Enhetschef försörjningsstöd", "T1 2027", dt.date(2027, 4, 30)),
    ("Göra en brukarundersökning i boendestödet och socialpsykiatrin", "2",
     "Enhetschef socialpsykiatri", "2027-10-31", dt.date(2027, 10, 31)),
    ("Utöka Steget med tjugo platser i samarbete med arbetsförmedlingen", "3",
     "Arbetsmarknadschef", "T1 2027", dt.date(2027, 4, 30)),
    ("Följa upp varje hushåll med bistånd längre än sex månader i en planering", "3",
     "Enhetschef försörjningsstöd", "juni 2027", dt.date(2027, 6, 30)),
    ("Införa mentorskap för nyanställda socialsekreterare", "4", "Socialchef",
     "T3 2027", dt.date(2027, 12, 31)),
    ("Minska antalet ärenden per handläggare i barnutredning till högst 15", "4",
     "Verksamhetschef IFO", "2028-06-30", dt.date(2028, 6, 30)),
]  # fmt: skip

# Verksamhet: Budget 2026, Budget 2027, varav personal, varav köpt verksamhet, Plan 2028.
DRIFT = [
    ("Individ- och familjeomsorg", (98_400, 101_900, 46_300, 41_200, 103_700)),
    ("Ekonomiskt bistånd", (62_700, 64_100, 9_800, 0, 63_500)),
    ("Funktionsstöd", (171_300, 176_800, 118_900, 38_600, 181_200)),
    ("Socialpsykiatri", (38_900, 40_600, 21_700, 14_100, 41_800)),
]

QUARTERS = ["Kv 1 2025", "Kv 2 2025", "Kv 3 2025", "Kv 4 2025", "Kv 1 2026", "Kv 2 2026",
            "Kv 3 2026", "Kv 4 2026"]  # fmt: skip
QUARTER_CAPTION = "Ekonomiskt bistånd per kvartal"
QUARTER_ROWS = [
    ["Antal hushåll med ekonomiskt bistånd", "612", "598", "634", "641", "655", "639", "627",
     ""],
    ["varav hushåll med barn", "241", "236", "252", "255", "262", "254", "246", ""],
    ["Antal unga vuxna 18–24 år med bistånd", "118", "109", "127", "124", "131", "122", "116",
     ""],
    ["Utbetalt bistånd, tkr", "15 320", "14 870", "15 940", "16 210", "16 780", "16 020",
     "15 610", ""],
]  # fmt: skip

MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MONTH_CAPTION = "Ekonomiskt bistånd, tkr per månad"
MONTH_ROWS = [
    ["Utfall 2025", "5 080", "4 960", "5 280", "4 910", "5 020", "4 940", "5 310", "5 190",
     "5 440", "5 470", "5 330", "5 410"],
    ["Utfall 2026", "5 520", "5 490", "5 770", "5 380", "5 290", "5 350", "5 160", "5 240",
     "5 210", "5 330", "", ""],
    ["Budget 2026", "5 225", "5 225", "5 225", "5 225", "5 225", "5 225", "5 225", "5 225",
     "5 225", "5 225", "5 225", "5 225"],
]  # fmt: skip

CONTROLS = [
    ("Utbetalning av ekonomiskt bistånd", "Bistånd betalas till fel mottagare eller två gånger",
     "2", "4", "8", "Kontroll av mottagarkonto mot folkbokföring", "Enhetschef försörjningsstöd",
     "Stickprov varje tertial"),
    ("Förhandsbedömning av orosanmälningar", "Bedömning görs inte inom 14 dagar", "3", "4",
     "12", "Uppföljning av tid från anmälan till beslut", "Enhetschef mottagning",
     "Månadsvis"),
    ("Placeringar i HVB och familjehem", "Placering köps utan avtal eller över avtalat pris",
     "2", "3", "6", "Granskning av fakturor mot avtal", "Controller", "Kvartalsvis"),
    ("Beslut enligt LSS", "Beslut verkställs inte inom tre månader", "3", "3", "9",
     "Genomgång av ej verkställda beslut", "Verksamhetschef funktionsstöd", "Kvartalsvis"),
    ("Delegationsbeslut", "Beslut fattas av fel delegat", "2", "2", "4",
     "Stickprov av tio beslut", "Nämndsekreterare", "Per tertial"),
]  # fmt: skip


def _orient(section: Any, landscape: bool) -> None:
    short, long = sorted((section.page_width, section.page_height))
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)


def _narrative(w: Writer) -> None:
    w.chapter("Inledning", 1)
    w.para(
        "Verksamhetsplanen beskriver vad socialnämnden vill uppnå under 2027 och 2028 och hur "
        "arbetet ska följas upp. Nämnden följer sina mål per tertial: i april, i augusti i "
        "delårsrapporten och vid årets slut. Därför redovisas utfallen för årets två första "
        "tertial bredvid det senaste helåret."
    )
    w.chapter("Nämndens uppdrag", 1)
    w.para(
        "Socialnämnden ansvarar för individ- och familjeomsorg, ekonomiskt bistånd, stöd till "
        "personer med funktionsnedsättning enligt LSS och socialtjänstlagen samt "
        "socialpsykiatri. Förvaltningen har omkring 430 medarbetare."
    )
    w.chapter("Omvärldsanalys", 1)
    w.para(
        "Antalet hushåll med ekonomiskt bistånd steg under 2025 och första halvåret 2026 när "
        "arbetslösheten ökade bland unga vuxna och bland dem som nyligen kommit till Sverige. "
        "Under tredje kvartalet 2026 har antalet ",
        ("i", "börjat minska"),
        ", men nivån är fortfarande högre än budgeterat.",
    )
    w.para(
        "Den nya socialtjänstlagen som träder i kraft under 2026 flyttar fokus till "
        "förebyggande och lättillgängliga insatser. Det kräver att förvaltningen bygger ut "
        "öppenvården och samarbetar mer med skolan och regionen."
    )
    w.bullets(
        "Fler barnavårdsärenden med komplex problematik och längre utredningstider.",
        "Svårt att rekrytera erfarna socialsekreterare; personalomsättningen var 18 % 2025.",
        "Ökade kostnader för köpta platser inom funktionsstöd och socialpsykiatri.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer", 1)
    w.para(
        "Målområdena är beslutade av kommunfullmäktige. Under varje målområde anger nämnden "
        "sina mål med indikatorer. Utfallet för T1 avser januari–april och för T2 "
        "januari–augusti."
    )
    header = ["Indikator", "Helår 2025", "Utfall T1 2026", "Utfall T2 2026", "Mål 2027",
              "Mål 2028"]  # fmt: skip
    number = 0
    for area, goals in GOALS:
        w.heading(area, 2)
        w.structure(area)
        for goal, inds in goals:
            number += 1
            w.para(("b", f"Nämndsmål {number}: "), ("b", goal))
            w.structure(f"Nämndsmål {number}: {goal}")
            w.expected.goals.append(Goal(goal, "namnd"))
            rows = [header]
            for name, unit, base, t1, t2, m27, m28 in inds:
                rows.append([name, sv(base, unit), t1, t2, sv(m27, unit), sv(m28, unit)])
                # Helår 2025 is the year's utfall and the nuläge; a tertial is not a year.
                w.expected.indicators.append(
                    Indicator(goal, name, unit, 2025, base, {2027: m27, 2028: m28}, {2025: base})
                )
            w.table(rows, widths=[6.4, 2.0, 2.0, 2.0, 2.0, 2.0])


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter", 1)
    w.para("Tertial 1 slutar 30 april, tertial 2 den 31 augusti och tertial 3 vid årets slut.")
    goals = [g for _, area in GOALS for g, _ in area]
    rows = [["Aktivitet", "Mål", "Ansvarig", "Klart"]]
    for name, goal_no, who, when, day in ACTS:
        rows.append([name, goal_no, who, when])
        w.structure(goal_no, when)
        goal = goals[int(goal_no) - 1]
        w.expected.activities.append(Activity(name, who, day, group=goal))
    w.table(rows, widths=[8.0, 1.4, 4.6, 2.6])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi", 1)
    w.para(
        "Kommunfullmäktiges ram för 2027 är 383 400 tkr. Personalkostnaderna och köpt "
        "verksamhet (placeringar, köpta boenden och platser i daglig verksamhet) redovisas "
        "som delar av budgeten för 2027."
    )
    w.heading("Driftbudget per verksamhet, tkr", 2)
    w.structure("Driftbudget per verksamhet, tkr")
    header = ["Verksamhet", "Budget 2026", "Budget 2027", "varav personal",
              "varav köpt verksamhet", "Plan 2028"]  # fmt: skip
    rows = [header]
    for name, (b26, b27, pers, kopt, p28) in DRIFT:
        rows.append([name, sv(b26), sv(b27), sv(pers), sv(kopt) if kopt else "–", sv(p28)])
        w.expected.budget.append(
            BudgetRow(
                "drift",
                name,
                {("budget", 2026): D(b26), ("budget", 2027): D(b27), ("plan", 2028): D(p28)},
            )
        )
        w.structure("–")
    sums = [sum(r[1][i] for r in DRIFT) for i in range(5)]
    assert sums[1] == 383_400
    total = ["Summa nettokostnad", *(sv(s) for s in sums)]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[4.8, 2.2, 2.2, 2.2, 2.6, 2.2])


def _key_figures(w: Writer) -> None:
    w.chapter("Nyckeltal", 1)
    w.para(
        "Nämnden följer ekonomiskt bistånd per kvartal och per månad. Fjärde kvartalet 2026 "
        "redovisas i verksamhetsberättelsen."
    )
    w.heading(QUARTER_CAPTION, 2)
    w.structure(QUARTER_CAPTION)
    header = ["Nyckeltal", *QUARTERS]
    w.table([header, *QUARTER_ROWS], keep_headers=True, widths=[4.4, *[1.55] * 8], size=8)
    w.expected.key_figures += [
        KeyRow(QUARTER_CAPTION, row[0], {h: v for h, v in zip(QUARTERS, row[1:], strict=True) if v})
        for row in QUARTER_ROWS
    ]
    # The monthly table goes on a landscape page of its own.
    landscape = w.doc.add_section(WD_SECTION.NEW_PAGE)
    _orient(landscape, True)
    w.heading(MONTH_CAPTION, 2)
    w.structure(MONTH_CAPTION)
    header = ["", *MONTHS]
    w.table([header, *MONTH_ROWS], keep_headers=True, widths=[3.0, *[1.75] * 12], size=8)
    w.expected.key_figures += [
        KeyRow(MONTH_CAPTION, row[0], {h: v for h, v in zip(MONTHS, row[1:], strict=True) if v})
        for row in MONTH_ROWS
    ]
    w.para(
        "Utfallet per månad har legat över budget sedan januari 2026, främst på grund av fler "
        "unga vuxna utan arbete."
    )
    portrait = w.doc.add_section(WD_SECTION.NEW_PAGE)
    _orient(portrait, False)


def _control(w: Writer) -> None:
    w.chapter("Internkontrollplan 2027", 1)
    w.para(
        "Risken bedöms som sannolikhet (S) gånger konsekvens (K) på en skala 1–4. Kontroller "
        "med riskvärde 9 eller högre rapporteras till nämnden varje tertial."
    )
    header = ["Process", "Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Ansvarig",
              "Frekvens"]  # fmt: skip
    rows = [header, *[list(c) for c in CONTROLS]]
    w.table(rows, widths=[2.6, 3.0, 0.7, 0.7, 1.4, 3.0, 2.4, 2.0], size=8)
    w.expected.controls += [Control(c[5], c[0]) for c in CONTROLS]


def build_cf(path: Path) -> Expected:
    front = Front(
        namnd="Socialnämnden",
        kommun="Storbäcks kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028",
        ordforande="Lena Sandberg (S)",
        forvaltningschef="Johan Wiklund",
        diarienummer="SN 2026/214",
    )
    w = Writer("CF-socialnämnd-tertial-kvartal", front)
    w.cover("Storbäcks kommun", size=12)
    w.cover("Socialnämnden", size=16, bold=True)
    w.cover("Verksamhetsplan 2027–2028", size=26, bold=True)
    w.para("")
    w.cover("Ordförande: Lena Sandberg (S)", size=11)
    w.cover("Socialchef: Johan Wiklund", size=11)
    w.cover("Dnr SN 2026/214", size=10)
    w.cover("Antagen av socialnämnden 2026-11-25, § 187", size=10)
    w.page_break()
    _narrative(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
