"""Corpus document CA: a kultur- och fritidsnämnd's plan 2027–2028 whose indicators are cards
in a grid. Each nämndsmål is a Heading 3 under a "Målområde: …" Heading 2 and is followed by a
borderless layout table holding its indicators two or three side by side, each layout cell a
nested card table: the indicator's name merged across the top, "Utfall 2023 | Utfall 2024 |
Utfall 2025" over their values, "Målvärde 2027 | Målvärde 2028 | Trend" over theirs and a
"Källa: …" line merged across the bottom; a goal with an odd number of indicators leaves the
grid's last cell empty. Each målområde ends in a plain activity table "Aktivitet | Ansvarig |
Klart"; the plan closes with a driftbudget, key figures and an internkontroll table.

Expected (what a perfect import gives): the front matter from the cover lines; five chapters;
five nämndsmål without a label (the målområde headings are KF's, structure); eleven
indicators with their outcomes 2023–2025 (a "–" or blank is no value), the newest outcome as
nuläge and the targets 2027 and 2028 ("Öka" a text target); the trend arrows and words are
structure; nine activities with ansvarig, the last day of the month or quarter as slutdatum and
their målområde as group; seven driftbudget rows by (kind, year) (the total is structure); five
key-figure rows; five controls."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from tests.word_shapes_docx import Writer, budget_rows, cell_text
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

Card = tuple[str, str, dict[int, Val | None], dict[int, Val], str, str]
"""An indicator card: name, unit, outcomes 2023–2025 (None is "–"), targets 2027 and 2028,
trend, källa."""
AREAS: list[tuple[str, int, list[tuple[str, list[Card]]]]] = [
    ("Ett levande kulturliv för alla", 2,
     [("Fler invånare tar del av kultur i hela kommunen.",
       [("Besök på folkbiblioteken per invånare", "",
         {2023: D("4.1"), 2024: D("4.3"), 2025: D("4.6")}, {2027: D("5.0"), 2028: D("5.2")},
         "↑ Förbättras", "Kolada (U09401)"),
        ("Fysiska utlån på folkbiblioteken per invånare", "",
         {2023: D("3.2"), 2024: D("3.1"), 2025: D("3.0")}, {2027: D("3.2"), 2028: D("3.3")},
         "↓ Försämras", "Kolada (U09403)"),
        ("Andel invånare nöjda med kulturutbudet", "%",
         {2023: D(58), 2024: None, 2025: D(61)}, {2027: D(65), 2028: D(67)},
         "→ Oförändrad", "Medborgarundersökningen")]),
      ("Kulturskolan når barn i alla delar av kommunen.",
       [("Andel barn 6–15 år som deltar i kulturskolan", "%",
         {2023: D("14.8"), 2024: D("15.6"), 2025: D("16.9")}, {2027: D(19), 2028: D(20)},
         "↑ Förbättras", "Kolada (N15419)"),
        ("Antal elever i kulturskolans kö", "",
         {2023: D(212), 2024: D(187), 2025: D(164)}, {2027: D(120), 2028: D(100)},
         "↑ Förbättras", "Kulturskolans elevregister")])]),
    ("Ett aktivt fritidsliv", 3,
     [("Barn och unga har en meningsfull fritid nära hemmet.",
       [("Andel unga 13–19 år som besöker fritidsgård minst en gång i veckan", "%",
         {2023: D(11), 2024: D(12), 2025: D(12)}, {2027: D(15), 2028: D(16)},
         "→ Oförändrad", "Ungdomsenkäten (LUPP)"),
        ("Deltagartillfällen i föreningar per invånare 7–20 år", "",
         {2023: D("31.7"), 2024: D("33.2"), 2025: D("34.0")}, {2027: D(36), 2028: D(37)},
         "↑ Förbättras", "Kolada (N17474)"),
        ("Andel deltagartillfällen för flickor", "%",
         {2023: D("39.5"), 2024: D("40.2"), 2025: D("40.8")}, {2027: "Öka", 2028: D(45)},
         "↑ Förbättras", "Bidragssystemet, LOK-stöd")]),
      ("Anläggningarna används mer och av fler.",
       [("Beläggning i idrottshallar, vardagar kl. 17–21", "%",
         {2023: D(78), 2024: D(81), 2025: D(83)}, {2027: D(88), 2028: D(90)},
         "↑ Förbättras", "Bokningssystemet"),
        ("Besök i simhallen, antal", "",
         {2023: D(94200), 2024: D(101500), 2025: None}, {2027: D(110000), 2028: D(112000)},
         "–", "Kassasystemet")])]),
    ("Hållbar och effektiv verksamhet", 2,
     [("Nämnden har engagerade medarbetare och håller sin budget.",
       [("Hållbart medarbetarengagemang (HME), index", "",
         {2023: D(79), 2024: None, 2025: D(81)}, {2027: D(83), 2028: D(83)},
         "↑ Förbättras", "Medarbetarenkäten")])]),
]  # fmt: skip

YEARS_OUT = (2023, 2024, 2025)
YEARS_TARGET = (2027, 2028)

# Judgement: "december 2027" ends on the month's last day, "Q3 2027" on the quarter's.
ACTS: dict[str, list[tuple[str, str, str, dt.date]]] = {
    "Ett levande kulturliv för alla": [
        ("Öppna meröppet bibliotek i Björkvik och Tallåsen", "Bibliotekschef", "juni 2027",
         dt.date(2027, 6, 30)),
        ("Starta kulturskolans undervisning på fritidshemmen i ytterområdena",
         "Kulturskolechef", "Q3 2027", dt.date(2027, 9, 30)),
        ("Ta fram en ny plan för offentlig konst", "Kulturstrateg", "december 2027",
         dt.date(2027, 12, 31)),
    ],
    "Ett aktivt fritidsliv": [
        ("Utöka öppettiderna på fritidsgården Oasen till fredagskvällar", "Fritidschef",
         "mars 2027", dt.date(2027, 3, 31)),
        ("Införa digital bokning och nyckelfri entré i idrottshallarna", "Anläggningschef",
         "Q2 2027", dt.date(2027, 6, 30)),
        ("Se över föreningsbidragen så att de gynnar flickors idrott", "Föreningskonsulent",
         "oktober 2027", dt.date(2027, 10, 31)),
        ("Utreda en ny konstgräsplan i Tallåsen", "Anläggningschef", "december 2028",
         dt.date(2028, 12, 31)),
    ],
    "Hållbar och effektiv verksamhet": [
        ("Genomföra ledarskapsprogram för alla enhetschefer", "Förvaltningschef",
         "november 2027", dt.date(2027, 11, 30)),
        ("Månadsvis prognos per enhet till ledningsgruppen", "Controller", "februari 2027",
         dt.date(2027, 2, 28)),
    ],
}  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028)]
DRIFT: list[tuple[str, tuple[int | None, ...]]] = [
    ("Nämnd och förvaltningsledning", (-6120, -6300, -6450, -6600)),
    ("Bibliotek", (-21480, -22100, -22900, -23300)),
    ("Kulturskola", (-14950, -15400, -16200, -16500)),
    ("Allmänkultur och evenemang", (-5310, -5200, -5350, -5400)),
    ("Fritidsgårdar", (-9870, -10300, -10900, -11100)),
    ("Idrotts- och fritidsanläggningar", (-27640, -28400, -29100, -29700)),
    ("Föreningsbidrag", (-7200, -7350, -7500, -7650)),
]

KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Nettokostnad kultur, kr per invånare", "2 431", "2 518", "2 604"],
    ["Nettokostnad fritid, kr per invånare", "2 915", "3 002", "3 087"],
    ["Aktiva låntagare, antal", "9 812", "10 245", "10 690"],
    ["Elever i kulturskolan, antal", "1 034", "1 089", "1 176"],
    ["Bidragsberättigade föreningar, antal", "86", "84", "87"],
]

CONTROLS = [
    ("Föreningsbidrag", "Bidrag betalas ut på felaktiga deltagaruppgifter", "2", "4", "8",
     "Stickprov på närvarokort mot LOK-ansökan", "Föreningskonsulent", "Två gånger per år"),
    ("Kassahantering simhall", "Kontanter hanteras utan dubbelkontroll", "2", "3", "6",
     "Avstämning av dagskassor mot kassasystemet", "Anläggningschef", "Kvartalsvis"),
    ("Inköp", "Köp görs utanför upphandlade avtal", "3", "3", "9",
     "Granskning av leverantörsfakturor över 50 000 kr", "Controller", "Kvartalsvis"),
    ("Barn i verksamheten", "Anställda saknar kontroll i belastningsregistret", "2", "4", "8",
     "Kontroll av registerutdrag vid nyanställning", "Förvaltningschef", "Årligen"),
    ("Systematiskt arbetsmiljöarbete", "Skyddsronder genomförs inte i anläggningarna", "2",
     "3", "6", "Genomgång av protokoll från skyddsronder", "HR-partner", "Årligen"),
]  # fmt: skip


def _no_borders(table: Any) -> None:
    """Hide every border of a layout table."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.append(borders)


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _write(
    cell: Any, text: str, *, bold: bool = False, italic: bool = False, size: int = 8
) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        run.font.size = Pt(size)


def _card(w: Writer, host: Any, goal: str, card: Card) -> None:
    """One indicator card as a table nested in the layout cell ``host``."""
    name, unit, outcomes, targets, trend, source = card
    table = host.add_table(rows=6, cols=3)
    table.style = "Table Grid"
    top = table.cell(0, 0).merge(table.cell(0, 2))
    _write(top, name, bold=True, size=9)
    _shade(top, "D9E8D2")
    for c, year in enumerate(YEARS_OUT):
        _write(table.cell(1, c), f"Utfall {year}", bold=True, size=7)
        value = outcomes[year]
        _write(table.cell(2, c), "–" if value is None else cell_text(value, unit), size=9)
    for c, year in enumerate(YEARS_TARGET):
        _write(table.cell(3, c), f"Målvärde {year}", bold=True, size=7)
        _write(table.cell(4, c), cell_text(targets[year], unit), size=9)
    _write(table.cell(3, 2), "Trend", bold=True, size=7)
    _write(table.cell(4, 2), trend, size=8)
    bottom = table.cell(5, 0).merge(table.cell(5, 2))
    _write(bottom, f"Källa: {source}", italic=True, size=7)
    w.structure(*(f"Utfall {y}" for y in YEARS_OUT), *(f"Målvärde {y}" for y in YEARS_TARGET))
    w.structure("Trend", trend, "–")
    # The layout cell's own empty paragraph would stand above the card; the one python-docx
    # adds after the nested table (Word needs a cell to end in a paragraph) stays.
    host._tc.remove(host._tc.find(qn("w:p")))
    known = {y: v for y, v in outcomes.items() if v is not None}
    newest = max(known)
    w.expected.indicators.append(
        Indicator(goal, name, unit, newest, known[newest], dict(targets), known)
    )


def _grid(w: Writer, goal: str, cards: list[Card], columns: int) -> None:
    """The goal's cards, ``columns`` to a row, in a borderless layout table."""
    rows = -(-len(cards) // columns)
    layout = w.doc.add_table(rows=rows, cols=columns)
    _no_borders(layout)
    layout.autofit = False
    width = Cm(16.6 / columns)
    for row in layout.rows:
        for cell in row.cells:
            cell.width = width
    for index, card in enumerate(cards):
        _card(w, layout.cell(index // columns, index % columns), goal, card)
    w.para("")


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer", 1)
    w.para(
        "Kommunfullmäktige har beslutat om tre målområden för mandatperioden. Under varje "
        "målområde har nämnden formulerat egna mål. Varje mål följs upp med indikatorer som "
        "visas som kort: utfallet de tre senaste åren, målvärdet för planperioden och hur "
        "utvecklingen går."
    )
    w.para(
        ("i", "Trenden jämför utfallet 2025 med 2023. Ett streck betyder att uppgift saknas, "
         "till exempel när en enkät inte genomfördes det året.")
    )  # fmt: skip
    for area, columns, goals in AREAS:
        heading = f"Målområde: {area}"
        w.heading(heading, 2)
        w.structure(heading)
        for goal, cards in goals:
            w.heading(goal, 3)
            w.expected.goals.append(Goal(goal, "namnd"))
            _grid(w, goal, cards, columns)
        w.para(("b", f"Aktiviteter – {area.lower()}"))
        w.structure(f"Aktiviteter – {area.lower()}")
        rows = [["Aktivitet", "Ansvarig", "Klart"]]
        for name, who, when, day in ACTS[area]:
            rows.append([name, who, when])
            w.structure(when)
            w.expected.activities.append(Activity(name, who, day, group=area))
        w.table(rows, widths=[10.0, 4.0, 2.6])
        w.para("")


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi", 1)
    w.para(
        "Kommunfullmäktiges ram för 2027 är 97 400 tkr, 2 650 tkr mer än 2026. Tillskottet "
        "täcker löneökningar och hyran för den renoverade idrottshallen i Tallåsen. Utökningen "
        "av kulturskolan ryms genom att avgiften för en andra kurs höjs och genom färre "
        "externa evenemang."
    )
    caption = "Driftbudget per verksamhet, nettokostnad (tkr)"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa nettokostnad", minus="−")
    w.table([header, *body], widths=[6.2, 2.6, 2.6, 2.6, 2.6])
    w.para("")
    w.heading("Nyckeltal", 2)
    w.structure("Nyckeltal")
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[7.6, 3.0, 3.0, 3.0])
    w.expected.key_figures += [
        KeyRow("Nyckeltal", row[0], dict(zip(KEY_HEADER[1:], row[1:], strict=True)))
        for row in KEY_ROWS
    ]
    w.para(("i", "Kostnaderna är hämtade ur Kolada och avser kommunens räkenskapssammandrag."))


def _control(w: Writer) -> None:
    w.chapter("Internkontrollplan 2027", 1)
    w.para(
        "Riskerna bedöms med sannolikhet (S) och konsekvens (K) på en skala 1–4. Riskvärdet "
        "är S × K. Resultatet av kontrollerna redovisas för nämnden i september och i "
        "verksamhetsberättelsen."
    )
    header = ["Process", "Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Ansvarig", "Frekvens"]
    rows = [header]
    for process, risk, s, k, value, moment, who, when in CONTROLS:
        rows.append([process, risk, s, k, value, moment, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.4, 3.4, 0.8, 0.8, 1.6, 3.6, 2.2, 2.0], size=8)


def build_ca(path: Path) -> Expected:
    front = Front(
        namnd="Kultur- och fritidsnämnden",
        kommun="Ekeryds kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028",
        ordforande="Annika Berglund (L)",
        forvaltningschef="Tomas Wiik",
        diarienummer="KFN 2026/143",
    )
    w = Writer("CA-kultur-fritid-indikatorkort-i-rutnät", front)
    w.cover("Ekeryds kommun", size=14)
    w.cover("Kultur- och fritidsnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan 2027–2028", size=26, bold=True)
    w.cover("Ordförande: Annika Berglund (L)", size=11)
    w.cover("Kultur- och fritidschef: Tomas Wiik", size=11)
    w.cover("Dnr KFN 2026/143", size=11)
    w.cover("Antagen av kultur- och fritidsnämnden 2026-12-08, § 112", size=10)
    w.page_break()
    w.chapter("Inledning", 1)
    w.para(
        "Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, allmänkultur, "
        "fritidsgårdar, idrotts- och fritidsanläggningar och stöd till föreningslivet i "
        "Ekeryd. Planen beskriver vad nämnden vill uppnå 2027–2028, hur målen följs upp och "
        "hur budgeten fördelas mellan verksamheterna."
    )
    w.chapter("Omvärldsanalys", 1)
    w.para(
        "Ekeryd växer med drygt 300 invånare om året, nästan uteslutande i tätorten och i "
        "Tallåsen. Andelen invånare över 80 år ökar samtidigt som barnkullarna blir mindre i "
        "de norra kommundelarna. Det ställer krav på att biblioteken och kulturskolan finns "
        "där barnen bor och att äldre kan nå kulturen utan bil."
    )
    w.para(
        "Föreningslivet har återhämtat sig efter åren med restriktioner men har svårt att "
        "rekrytera ledare. Flickor slutar idrotta tidigare än pojkar, och skillnaden är "
        "störst i åldern 13–16 år."
    )
    w.bullets(
        "Bibliotekslagen ställer krav på en biblioteksplan som revideras 2027.",
        "Energipriserna påverkar kostnaden för simhall och ishall mer än andra verksamheter.",
        "Statsbidraget till kulturskolan är tidsbegränsat till och med 2027.",
    )
    _goals(w)
    _economy(w)
    _control(w)
    return w.save(path)
