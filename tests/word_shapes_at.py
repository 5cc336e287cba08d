"""Corpus document AT: an arbetsmarknads- och vuxenutbildningsnämnd's two-year plan whose goals
chapter opens with a short table "KF-mål | Nämndens mål" linking fullmäktige's goals "KF1"…
to the nämnd's goals by number ("N1, N2, N3"), followed by one two-column table per goal: "Mål
N1 | <goal>" in its first row, then "Så här mäter vi" with every indicator as paragraphs of one
cell ("Indikator: …", "Utgångsvärde 2025: …", "Målvärde 2027: …", "Målvärde 2028: …"; one to
three indicators per cell, targets such as "Öka med 5 procentenheter", "Bibehålla nivån", "Lägre
än rikets snitt", "Minst samma som 2025", "Högst 6,0 %" and "–" beside numbers), and "Åtgärder
för att nå målet" with bullets in the cell, some ending "(ansvarig: enhetschef
vuxenutbildning)". The economy is a resultaträkning with the years as columns whose rows are
"Kommunbidrag", "Intäkter", "Kostnader", "Nettokostnad" and "Budgetavvikelse", a net cost per
verksamhet, and a key-figure table "Jämförelse med andra kommuner" with three named kommuner and
"Riket" as columns; internkontroll is "Risk | Sannolikhet | Konsekvens | Riskvärde |
Åtgärd/kontroll | Ansvarig".

Expected (what a perfect import gives): the front matter; six chapters; three KF goals (kf
level, without "KF1") and six nämnd goals (nämnd level, without "Mål N1"); twelve indicators
with nuläge 2025 and targets 2027 and 2028 (the worded targets as text, "Minst 90 %" and
"Högst 6,0 %" as comparisons, "–" as no target); eleven activities under their goal with the
ansvarig where the bullet names one (and one slutdatum, "klart augusti 2027"); the Intäkter and
Kostnader rows of the resultaträkning (judgement as in M and P: Kommunbidrag is the ram,
Nettokostnad the total and Budgetavvikelse what is left of the ram, so no rows) and six
driftbudget rows; five key-figure rows; one table note; six controls."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.shared import Pt

from tests.word_shapes_docx import Writer, budget_rows, cell_text, sv
from tests.word_shapes_model import (
    Activity,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    TableNote,
    Val,
)

RUNNING = "Hällesjö kommun – Verksamhetsplan 2027–2028, arbetsmarknads- och vuxenutbildningsnämnden"

KF = [
    ("Fler invånare i Hällesjö försörjer sig genom eget arbete.", "N1, N2, N3"),
    ("Alla invånare har möjlighet till livslångt lärande.", "N4, N5"),
    ("Kommunen har engagerade medarbetare och en ekonomi i balans.", "N6"),
]

Ind = tuple[str, str, D, Val | None, Val | None]
"""An indicator: name, unit, utgångsvärde 2025, målvärde 2027 and 2028 (None: "–")."""
GOALS: list[tuple[str, list[Ind], list[tuple[str, str, str, dt.date | None]]]] = [
    ("Fler deltagare i kommunens arbetsmarknadsinsatser går vidare till arbete eller studier.",
     [("Andel deltagare som går till arbete eller studier efter avslutad insats", "%", D(34),
       "Öka med 5 procentenheter", D(44)),
      ("Antal deltagare i extratjänst eller lönebidragsanställning", "", D(62), D(70), D(75))],
     [("Starta ett jobbspår inom lokalvård tillsammans med det kommunala bostadsbolaget",
       " (ansvarig: arbetsmarknadschef)", "arbetsmarknadschef", None),
      ("Erbjuda alla nya deltagare en kartläggning av kompetens och hinder inom fyra veckor",
       "", "", None)]),
    ("Färre hushåll är långvarigt beroende av ekonomiskt bistånd.",
     [("Andel invånare 20–64 år med långvarigt ekonomiskt bistånd", "%", D("1.9"),
       "Lägre än rikets snitt", "Lägre än rikets snitt"),
      ("Genomsnittlig tid med ekonomiskt bistånd, månader", "", D("11.4"), D(10), D(9))],
     [("Hålla gemensamma planeringsmöten mellan försörjningsstöd och arbetsmarknadsenheten "
       "för varje hushåll med bistånd längre än sex månader",
       " (ansvarig: enhetschef försörjningsstöd)", "enhetschef försörjningsstöd", None)]),
    ("Unga som varken arbetar eller studerar får ett erbjudande inom 30 dagar.",
     [("Andel unga i det kommunala aktivitetsansvaret som fått ett erbjudande inom 30 dagar",
       "%", D(78), "Minst 90 %", "Minst 90 %")],
     [("Samordna aktivitetsansvaret med gymnasieskolans elevhälsa",
       " (ansvarig: enhetschef vuxenutbildning)", "enhetschef vuxenutbildning", None),
      ("Pröva uppsökande arbete i sociala medier under sommarlovet", "", "", None)]),
    ("Fler elever i svenska för invandrare når sina mål och går vidare till studier eller "
     "arbete.",
     [("Andel sfi-elever som klarat minst två kurser av dem som började", "%", D(41), D(45),
       D(48)),
      ("Andel sfi-elever som studerar eller arbetar ett år efter avslutad sfi", "%", D(52),
       "Bibehålla nivån", "Bibehålla nivån")],
     [("Kombinera sfi med yrkesutbildning till barnskötare och undersköterska",
       " (ansvarig: enhetschef vuxenutbildning)", "enhetschef vuxenutbildning", None),
      ("Erbjuda sfi på kvällstid för elever som arbetar",
       " (ansvarig: rektor sfi, klart augusti 2027)", "rektor sfi", dt.date(2027, 8, 31))]),
    ("Vuxenutbildningen möter arbetsgivarnas behov av kompetens.",
     [("Andel elever i yrkesvux som har arbete ett år efter avslutad utbildning", "%", D(71),
       "Minst samma som 2025", D(74)),
      ("Antal platser i yrkesvux inom vård, bygg och industri", "", D(210), D(240), D(260))],
     [("Ta fram en gemensam plan för yrkesvux med två grannkommuner",
       " (ansvarig: enhetschef vuxenutbildning)", "enhetschef vuxenutbildning", None),
      ("Inrätta ett branschråd för industri och bygg", "", "", None)]),
    ("Nämndens medarbetare är friska och engagerade och nämnden håller sin budget.",
     [("Sjukfrånvaro bland nämndens medarbetare", "%", D("6.8"), "Högst 6,0 %", "Högst 5,5 %"),
      ("Hållbart medarbetarengagemang (HME), index", "", D(78), None, D(80)),
      ("Budgetavvikelse vid årets slut, tkr", "", D(-2690), "Minst 0", "Minst 0")],
     [("Genomföra en riktad insats mot korttidsfrånvaron på arbetsmarknadsenheten",
       " (ansvarig: förvaltningschef)", "förvaltningschef", None),
      ("Följa upp ekonomin varje månad i förvaltningens ledningsgrupp",
       " (ansvarig: controller)", "controller", None)]),
]  # fmt: skip

RR_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028)]
KOMMUNBIDRAG = [186_400, 192_300, 198_900, 204_100]
RESULT = [
    ("Intäkter", (64_820, 61_500, 63_200, 62_400)),
    ("Kostnader", (-253_910, -253_800, -262_100, -266_500)),
]
DRIFT_KEYS = RR_KEYS[1:]
DRIFT = [
    ("Nämnd och förvaltningsledning", (-6_200, -6_400, -6_500)),
    ("Arbetsmarknadsenheten", (-38_600, -40_900, -42_300)),
    ("Försörjningsstöd", (-71_500, -72_800, -74_100)),
    ("Vuxenutbildning", (-41_800, -43_600, -45_000)),
    ("Svenska för invandrare", (-24_900, -25_700, -26_300)),
    ("Etablering och integration", (-9_300, -9_500, -9_900)),
]

KEY_TITLE = "Jämförelse med andra kommuner"
KEY_HEADER = ["Nyckeltal 2025", "Hällesjö", "Bergvik", "Ängsala", "Riket"]
KEY_ROWS = [
    ["Invånare 20–64 år med långvarigt ekonomiskt bistånd, andel", "1,9 %", "2,3 %", "1,6 %",
     "2,4 %"],
    ["Kostnad för ekonomiskt bistånd, kr per invånare", "1 642", "1 918", "1 377", "1 985"],
    ["Elever i sfi som klarat minst två kurser, andel", "41 %", "38 %", "44 %", "42 %"],
    ["Kostnad för kommunal vuxenutbildning, kr per invånare", "1 214", "1 106", "1 290",
     "1 352"],
    ["Arbetslöshet 16–64 år, andel av befolkningen", "6,1 %", "7,4 %", "5,2 %", "6,8 %"],
]  # fmt: skip
KEY_NOTE = "Källa: Kolada, hämtat i oktober 2026. Bergvik och Ängsala liknar Hällesjö i storlek."

CONTROLS = [
    ["Ekonomiskt bistånd betalas ut utan att beslutet är dokumenterat", "3", "3", "9",
     "Stickprov på tio akter per månad där beslut och utbetalning jämförs",
     "Enhetschef försörjningsstöd"],
    ["Betyg i vuxenutbildningen registreras fel eller för sent", "2", "3", "6",
     "Avstämning av betygskatalogerna mot studiedokumentationen efter varje kursslut",
     "Rektor vuxenutbildning"],
    ["Ersättning för extratjänster söks inte från Arbetsförmedlingen", "3", "2", "6",
     "Avstämning varje månad av sökta och beviljade ersättningar", "Ekonom"],
    ["Utbildning köps utanför upphandlade avtal", "2", "3", "6",
     "Granskning två gånger per år av fakturor för köpt utbildning mot avtalen", "Controller"],
    ["Unga i aktivitetsansvaret blir inte kontaktade", "3", "4", "12",
     "Uppföljning av kontaktlistan för aktivitetsansvaret varje termin",
     "Enhetschef vuxenutbildning"],
    ["Hot och våld mot medarbetare i mottagningen", "2", "4", "8",
     "Genomgång av tillbudsrapporterna i ledningsgruppen varje kvartal", "Förvaltningschef"],
]  # fmt: skip


def _cover(w: Writer) -> None:
    w.doc.sections[0].header.paragraphs[0].text = RUNNING
    w.expected.absent.append(RUNNING)
    w.cover("Hällesjö kommun", size=14)
    w.cover("Arbetsmarknads- och vuxenutbildningsnämnden", size=16, bold=True)
    w.cover("Verksamhetsplan 2027–2028", size=28, bold=True)
    w.cover("Antagen av arbetsmarknads- och vuxenutbildningsnämnden 2026-11-25, § 87", size=10)
    w.cover("Diarienummer: AVN 2026/143", size=10)
    w.cover("Ordförande: Annika Berg (S)", size=10)
    w.cover("Förvaltningschef: Mats Lindqvist", size=10)
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Verksamhetsplanen beskriver vad arbetsmarknads- och vuxenutbildningsnämnden ska uppnå "
        "under 2027 och 2028 och hur nämnden använder sin budget. Planen utgår från "
        "kommunfullmäktiges mål och budget och från förvaltningens analys av det gångna året.",
        "Planen följs upp i delårsrapporten per augusti och i verksamhetsberättelsen. "
        "Målvärdena för 2028 stäms av när budgeten för 2028 är beslutad.",
    )
    w.chapter("Nämndens uppdrag och organisation")
    w.para(
        "Nämnden ansvarar för kommunens arbetsmarknadsinsatser, ekonomiskt bistånd, kommunal "
        "vuxenutbildning, svenska för invandrare och mottagandet av nyanlända. Nämnden har "
        "också ansvaret för det kommunala aktivitetsansvaret för unga under 20 år."
    )
    w.para("Förvaltningen är organiserad i fem enheter:")
    w.bullets(
        "arbetsmarknadsenheten,",
        "försörjningsstöd,",
        "vuxenutbildningen med yrkesvux och lärcentrum,",
        "sfi,",
        "etablering och integration.",
    )
    w.para("Förvaltningen har omkring 160 medarbetare, de flesta i Hällesjö centrum.")
    w.chapter("Omvärldsanalys")
    w.paras(
        "Arbetslösheten i Hällesjö har sjunkit sedan 2024 men är fortfarande högre bland "
        "utrikes födda och bland unga utan gymnasieexamen. Arbetsgivarna inom vård, bygg och "
        "industri har svårt att rekrytera, samtidigt som många av dem som står långt från "
        "arbetsmarknaden saknar den utbildning som efterfrågas.",
        "Arbetsförmedlingens nya arbetssätt med upphandlade leverantörer gör att kommunen får "
        "ta ett större ansvar för dem som inte passar in i de statliga tjänsterna. Statens "
        "ersättning för extratjänster minskar under 2027.",
        "Antalet nyanlända som tas emot i kommunen väntas vara lägre än de senaste åren, vilket "
        "minskar elevantalet i sfi. Efterfrågan på yrkesvux ökar, särskilt kombinationer av sfi "
        "och yrkesutbildning. Den nya lagen om ekonomiskt bistånd ställer högre krav på "
        "aktivitet och uppföljning från 2027.",
    )


def _indicator_cell(w: Writer, cell: Any, goal: str, indicators: list[Ind]) -> None:
    first = True
    for name, unit, base, t27, t28 in indicators:
        lines = [
            f"Indikator: {name}",
            f"Utgångsvärde 2025: {sv(base, unit)}",
            f"Målvärde 2027: {cell_text(t27, unit) or '–'}",
            f"Målvärde 2028: {cell_text(t28, unit) or '–'}",
        ]
        for n, line in enumerate(lines):
            paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            run = paragraph.add_run(line)
            run.font.size = Pt(9)
            run.bold = n == 0 or None
            w.structure(line)  # checked as the indicator and its figures
        targets = {y: v for y, v in ((2027, t27), (2028, t28)) if v is not None}
        w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, targets))


def _goals(w: Writer) -> None:
    w.chapter("Mål för 2027–2028")
    w.para(
        "Nämndens mål utgår från kommunfullmäktiges mål. Tabellen visar vilka av nämndens mål "
        "som bidrar till respektive mål från fullmäktige."
    )
    rows = [["KF-mål", "Nämndens mål"]]
    for n, (text, links) in enumerate(KF, 1):
        rows.append([f"KF{n} {text}", links])
        w.expected.goals.append(Goal(text, "kf"))
        w.structure(links)
    w.table(rows, widths=[12.0, 4.6])
    w.expected.structure.update(r[0] for r in rows[1:])  # checked as the KF goals
    w.para("")
    for n, (goal, indicators, actions) in enumerate(GOALS, 1):
        rows = [[f"Mål N{n}", goal], ["Så här mäter vi", ""], ["Åtgärder för att nå målet", ""]]
        table = w.table(rows, widths=[3.6, 13.0])
        w.structure("Så här mäter vi", "Åtgärder för att nå målet")  # the card's labels
        w.expected.structure.discard(goal)
        w.expected.goals.append(Goal(goal, "namnd"))
        _indicator_cell(w, table.cell(1, 1), goal, indicators)
        cell = table.cell(2, 1)
        for a, (name, tail, who, day) in enumerate(actions):
            paragraph = cell.paragraphs[0] if a == 0 else cell.add_paragraph()
            paragraph.style = "List Bullet"
            paragraph.add_run(name + tail).font.size = Pt(9)
            w.structure(name + tail)  # checked as the activity
            w.expected.activities.append(Activity(name, who, day, group=goal))
        w.para("")


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Kommunbidraget för 2027 är 198,9 miljoner kronor, 6,6 miljoner mer än 2026. Ökningen "
        "täcker löner och prisökningar och en del av de ökade kostnaderna för ekonomiskt "
        "bistånd. Intäkterna minskar när statens ersättning för extratjänster sänks. Nämnden "
        "redovisade ett underskott på 2,7 miljoner kronor 2025, främst inom försörjningsstöd."
    )
    title = "Resultaträkning (tkr)"
    w.para(("b", title))
    w.structure(title)
    header = ["", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]
    body = [["Kommunbidrag", *(sv(v) for v in KOMMUNBIDRAG)]]
    w.totals(*body[0])
    body += budget_rows(w, "resultat", RR_KEYS, RESULT, "Nettokostnad")
    net = [sum(a[i] for _, a in RESULT) for i in range(len(RR_KEYS))]
    gap = ["Budgetavvikelse", *(sv(k + n) for k, n in zip(KOMMUNBIDRAG, net, strict=True))]
    body.append(gap)
    w.totals(*gap)
    w.table([header, *body], widths=[5.0, 2.9, 2.9, 2.9, 2.9])
    w.para("")

    title = "Nettokostnad per verksamhet (tkr)"
    w.para(("b", title))
    w.structure(title)
    header = ["Verksamhet", "Budget 2026", "Budget 2027", "Plan 2028"]
    body = budget_rows(w, "drift", DRIFT_KEYS, DRIFT, "Summa")
    assert [sum(a[i] for _, a in DRIFT) for i in range(3)] == net[1:], net
    w.table([header, *body], widths=[6.4, 3.2, 3.2, 3.2])

    w.heading(KEY_TITLE, 2)
    w.structure(KEY_TITLE)
    w.para(
        "Nämnden jämför sig med två kommuner av liknande storlek och med riket. Hällesjö har "
        "lägre kostnader för ekonomiskt bistånd än riket men fler långvariga biståndstagare "
        "än Ängsala."
    )
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[7.0, 2.4, 2.4, 2.4, 2.4])
    w.expected.key_figures += [
        KeyRow(KEY_TITLE, row[0], dict(zip(KEY_HEADER[1:], row[1:], strict=True)))
        for row in KEY_ROWS
    ]
    w.para(("i", KEY_NOTE), size=9)
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_NOTE))


def _control(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para(
        "Riskerna har bedömts av förvaltningens ledningsgrupp. Sannolikhet och konsekvens "
        "bedöms på en skala från 1 till 4 och riskvärdet är produkten av dem. Risker med "
        "riskvärde 6 eller högre har en kontroll under 2027."
    )
    header = ["Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Åtgärd/kontroll", "Ansvarig"]
    w.table([header, *CONTROLS], widths=[3.6, 2.0, 2.0, 1.7, 4.6, 2.7], size=8)
    w.expected.controls += [Control(row[4]) for row in CONTROLS]
    w.para("")
    w.para(
        "Resultatet av kontrollerna redovisas för nämnden i samband med delårsrapporten och "
        "verksamhetsberättelsen."
    )


def build_at(path: Path) -> Expected:
    front = Front(
        namnd="Arbetsmarknads- och vuxenutbildningsnämnden",
        kommun="Hällesjö kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028",
        ordforande="Annika Berg (S)",
        forvaltningschef="Mats Lindqvist",
        diarienummer="AVN 2026/143",
    )
    w = Writer("AT-arbetsmarknad-vux-målkort-indikatorceller", front)
    _cover(w)
    _chapters(w)
    _goals(w)
    _economy(w)
    _control(w)
    return w.save(path)
