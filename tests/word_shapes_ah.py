"""Corpus document AH: a vatten- och avfallsnämnd's plan where each målområde is a one-page
"uppdragskort": one table per goal whose first column holds the labels "Målområde", "Mål",
"Så mäter vi" and "Det här gör vi", the last two merged down over the indicator and activity
rows beside them, with a sub-header row in each part ("Indikator | Nuläge 2025 | Mål 2027 | Mål
2028", "Aktivitet | Ansvarig | Klart"); targets written as ranges ("80–85 %") or "Bibehålla";
a driftbudget "Verksamhet | Bokslut 2025 | Budget 2026 | Budget 2027 | Förändring" whose last
column is a percentage; key figures per anläggning; internkontroll in a plain table.

Expected (what a perfect import gives): the front matter from the cover lines; five chapters;
four nämndsmål (the "Mål" cell of each card, not the målområde) with ten indicators, nuläge
2025 and targets for 2027 and 2028 (ranges and "Bibehålla" as text); eight activities with
ansvarig, slutdatum and their goal; five driftbudget rows with bokslut 2025 and budget 2026 and
2027 (the percentage "Förändring" is no amount of a year); four key-figure rows; three controls
with their process. The card's labels, sub-headers, the målområde lines, the Förändring cells
and the totals are structure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

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

Ind = tuple[str, str, Val, Val, Val]
"""An indicator: name, unit, nuläge 2025, mål 2027 and 2028."""
Act = tuple[str, str, str, dt.date]
"""An activity: name, ansvarig, klart as printed, the date it means."""

CARDS: list[tuple[str, str, list[Ind], list[Act]]] = [
    ("Dricksvatten", "Alla abonnenter får ett dricksvatten av god kvalitet utan avbrott.",
     [("Andel provtagningar utan anmärkning", "%", D("97.5"), "Minst 98 %", "Minst 98 %"),
      ("Antal oplanerade avbrott längre än 12 timmar", "", D(7), "Högst 4", "Högst 3"),
      ("Kundnöjdhet dricksvatten, NKI", "", D(78), "Bibehålla", "Bibehålla")],
     [("Förnya vattenledningen på Kyrkogatan och Storgatan", "VA-chef", "december 2027",
       dt.date(2027, 12, 31)),
      ("Ta fram en reservvattenplan för Ljungsjö tätort", "Driftingenjör", "juni 2027",
       dt.date(2027, 6, 30))]),
    ("Avlopp och miljö", "Utsläppen från avloppsreningsverken minskar.",
     [("Fosforhalt i utgående vatten, mg per liter", "", D("0.32"), "0,25–0,30", "0,20–0,25"),
      ("Andel tillskottsvatten i spillvattennätet", "%", D(41), "35–38 %", "30–35 %"),
      ("Antal bräddningar vid pumpstationer", "", D(23), "Högst 18", "Högst 15")],
     [("Relining av spillvattenledningar i Norra Ljungsjö", "VA-chef", "oktober 2027",
       dt.date(2027, 10, 31)),
      ("Ny styrning av luftningen i Ljungsjö reningsverk", "Processingenjör", "mars 2028",
       dt.date(2028, 3, 31))]),
    ("Avfall och återvinning", "Mer av hushållens avfall sorteras och återvinns.",
     [("Andel matavfall som samlas in separat", "%", D(62), "70–75 %", "80–85 %"),
      ("Hushållsavfall per invånare, kg", "", D(438), D(425), D(410))],
     [("Införa fyrfackskärl i villaområdena", "Avfallschef", "maj 2027",
       dt.date(2027, 5, 31)),
      ("Öppna en återbruksbod vid Östra återvinningscentralen", "Avfallschef",
       "september 2027", dt.date(2027, 9, 30))]),
    ("Kunden i centrum", "Abonnenterna får snabba svar och tydlig information.",
     [("Andel samtal till kundtjänst som besvaras inom två minuter", "%", D(74), "80–85 %",
       "80–85 %"),
      ("Andel klagomål som besvaras inom fem arbetsdagar", "%", D(88), "Bibehålla",
       "Bibehålla")],
     [("Sms-utskick till berörda abonnenter vid driftstörningar", "Kommunikatör",
       "februari 2027", dt.date(2027, 2, 28)),
      ("Ny webbsida om taxor och tömningsschema", "Kommunikatör", "april 2027",
       dt.date(2027, 4, 30))]),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027)]
DRIFT = [
    ("Ledning och administration", [-4210, -4380, -4520]),
    ("Vattenförsörjning", [1150, 820, 640]),
    ("Avloppsrening", [-610, -240, 180]),
    ("Renhållning", [930, 1100, 1250]),
    ("Återvinningscentraler", [-2140, -2300, -2410]),
]

KEY_HEADER = ["Anläggning", "Kapacitet", "Belastning 2024", "Belastning 2025"]
KEY_ROWS = [
    ["Ljungsjö reningsverk", "18 000 pe", "14 600 pe", "15 100 pe"],
    ["Bäckby reningsverk", "2 500 pe", "1 930 pe", "1 980 pe"],
    ["Ljungsjö vattenverk", "6 200 m³/dygn", "4 350 m³/dygn", "4 420 m³/dygn"],
    ["Östra återvinningscentralen", "95 000 besök", "88 300 besök", "91 700 besök"],
]

CONTROLS = [
    ("Fakturering av VA-taxa", "Att alla nya fastigheter debiteras anläggningsavgift",
     "Avstämning av beviljade bygglov mot debiterade avgifter", "Ekonom", "Halvårsvis"),
    ("Provtagning dricksvatten", "Att provtagningsprogrammet följs",
     "Genomgång av provprotokoll mot programmet", "Driftingenjör", "Kvartalsvis"),
    ("Upphandlade entreprenader", "Att ändrings- och tilläggsarbeten är beställda skriftligt",
     "Stickprov på fem projekt", "VA-chef", "Årligen"),
]  # fmt: skip


def _pct(new: int, old: int) -> str:
    change = (D(new) - D(old)) / abs(D(old)) * 100
    return sv(change.quantize(D("0.1")), "%", minus="−")


def _cover(w: Writer) -> None:
    w.cover("Ljungsjö kommun", size=14)
    w.cover("Vatten- och avfallsnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan 2027–2028", size=26, bold=True)
    w.cover("Antagen av vatten- och avfallsnämnden 2026-11-19, § 87", size=10)
    w.cover("Dnr VAN 2026/211", size=10)
    w.cover("Ordförande: Per-Olof Strand (C)", size=10)
    w.cover("VA- och avfallschef: Maria Lindqvist", size=10)
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Nämndens uppdrag")
    w.para(
        "Vatten- och avfallsnämnden ansvarar för den allmänna vatten- och avloppsanläggningen "
        "och för insamlingen av hushållsavfall. Verksamheten finansieras helt av taxor och "
        "ska gå jämnt ut över tid."
    )
    w.chapter("Omvärld och förutsättningar")
    w.para(
        "Kraven på rening av avloppsvatten skärps genom det reviderade avloppsdirektivet. "
        "Samtidigt behöver en stor del av ledningsnätet från 1960- och 70-talen förnyas. "
        "Från 2027 ska alla hushåll kunna sortera ut förpackningar vid fastigheten."
    )


def _cards(w: Writer) -> None:
    w.chapter("Uppdragskort")
    w.para(
        "Varje målområde beskrivs på ett uppdragskort med nämndens mål, hur målet mäts och "
        "vilka aktiviteter som genomförs under planperioden."
    )
    for number, (area, goal, inds, acts) in enumerate(CARDS, 1):
        if number > 1:
            w.page_break()
        title = f"Uppdragskort {number}"
        w.para(("b", title), size=13)
        w.structure(title)
        rows: list[list[str]] = [
            ["Målområde", area, "", "", ""],
            ["Mål", goal, "", "", ""],
            ["Så mäter vi", "Indikator", "Nuläge 2025", "Mål 2027", "Mål 2028"],
        ]
        merges = [(0, 1, 0, 4), (1, 1, 1, 4)]
        w.structure("Målområde", area, "Mål", "Så mäter vi", "Indikator", "Nuläge 2025")
        w.structure("Mål 2027", "Mål 2028", "Det här gör vi", "Aktivitet", "Ansvarig", "Klart")
        for name, unit, base, t27, t28 in inds:
            rows.append(["", name, *(cell_text(v, unit) for v in (base, t27, t28))])
            w.expected.indicators.append(
                Indicator(goal, name, unit, 2025, base, {2027: t27, 2028: t28})
            )
        merges.append((2, 0, 2 + len(inds), 0))
        first_act = len(rows)
        rows.append(["Det här gör vi", "Aktivitet", "Ansvarig", "Klart", ""])
        merges.append((first_act, 3, first_act, 4))
        for name, who, when, day in acts:
            rows.append(["", name, who, when, ""])
            merges.append((len(rows) - 1, 3, len(rows) - 1, 4))
            w.structure(when)
            w.expected.activities.append(Activity(name, who, day, group=goal))
        merges.append((first_act, 0, len(rows) - 1, 0))
        w.expected.goals.append(Goal(goal, "namnd"))
        table = w.table(rows, header_rows=0, merges=merges, widths=[2.8, 6.4, 2.6, 2.4, 2.4])
        for r in (0, 1, 2, first_act):
            for run in table.rows[r].cells[0].paragraphs[0].runs:
                run.bold = True


def _economy(w: Writer) -> None:
    w.page_break()
    w.chapter("Ekonomi")
    w.para(
        "Taxorna för vatten och avlopp höjs med 6 procent 2027 och renhållningstaxan med 3 "
        "procent. Överskotten i vattenförsörjningen och renhållningen täcker underskotten i "
        "avloppsreningen och återvinningscentralerna."
    )
    caption = "Tabell 1. Resultat per verksamhet, tkr"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Förändring"]
    rows = [header]
    for name, amounts in DRIFT:
        change = _pct(amounts[2], amounts[1])
        rows.append([name, *(sv(a, minus="−") for a in amounts), change])
        w.structure(change)
        given = {k: D(a) for k, a in zip(KEYS, amounts, strict=True)}
        w.expected.budget.append(BudgetRow("drift", name, given))
    sums = [sum(a[i] for _, a in DRIFT) for i in range(3)]
    total = ["Nämnden totalt", *(sv(s, minus="−") for s in sums), _pct(sums[2], sums[1])]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[5.4, 2.6, 2.6, 2.6, 2.4])
    w.para(("i", "Förändring avser budget 2027 jämfört med budget 2026."))
    w.structure("Förändring avser budget 2027 jämfört med budget 2026.")

    caption = "Tabell 2. Anläggningar och belastning"
    w.para(("b", caption))
    w.structure(caption)
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[5.4, 3.2, 3.2, 3.2])
    w.expected.key_figures += [
        KeyRow(caption, row[0], dict(zip(KEY_HEADER[1:], row[1:], strict=True))) for row in KEY_ROWS
    ]


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para("Nämnden har valt tre kontroller efter riskanalysen i september 2026.")
    rows = [["Process", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens"]]
    for process, moment, method, who, when in CONTROLS:
        rows.append([process, moment, method, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.2, 4.2, 4, 2.2, 2.2])


def build_ah(path: Path) -> Expected:
    front = Front(
        namnd="Vatten- och avfallsnämnden",
        kommun="Ljungsjö kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028",
        ordforande="Per-Olof Strand (C)",
        forvaltningschef="Maria Lindqvist",
        diarienummer="VAN 2026/211",
    )
    w = Writer("AH-vatten-avfall-uppdragskort", front)
    _cover(w)
    _chapters(w)
    _cards(w)
    _economy(w)
    _control(w)
    return w.save(path)
