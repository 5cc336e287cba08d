"""Corpus document CO: a small kommun's kultur- och fritidsnämnd's plan typed as on a
typewriter by a secretary who never uses Word's styles: everything is Normal in Courier New,
chapters are capital lines numbered with Roman numerals ("I. INLEDNING") and shown only by an
underline (one spaced out as "V. E K O N O M I"), goal areas lettered and underlined ("A. Barn
och unga"), sub-points typed "a)", "b)"; each goal an underlined "Mål n." line followed by
indented "Mått: … Utgångsläge 2025: … Mål 2027: … Mål 2028: …" lines; activities a typed
numbered list "1) … Ansvarig: … Klart: …"; the driftbudget in tkr as TAB-aligned lines with
dot leaders and a "Summa" line; internkontroll a small table; key figures as TAB-aligned lines
under a spaced-out "VII. N Y C K E L T A L" with an underlined line of years over them.

Expected (what a perfect import gives): the front matter from the cover lines; the chapters
without their numerals (the spaced-out one as its word); five nämndsmål (without "Mål n.")
with ten indicators, nuläge 2025 (one 2024) and targets 2027 and 2028, unit "%" where
written; eight activities with ansvarig and slutdatum (a month's last day, none for
"Löpande"); seven driftbudget rows by (budget, 2026), (budget, 2027) and (plan, 2028) as
printed (each line checked as its row); four controls with their process; five key-figure
rows from the TAB-aligned "Nyckeltal" lines (2023–2025 as printed). The area lines,
the budget's header line and its totals line are structure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

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

FONT = "Courier New"

Ind = tuple[str, str, int, Val, Val, Val]
"""A mått: name, unit, baseline year, utgångsläge, mål 2027, mål 2028."""

AREAS: list[tuple[str, list[tuple[str, list[Ind]]]]] = [
    ("A. Barn och unga", [
        ("Fler barn och unga deltar i kulturskolans verksamhet, oavsett var i kommunen de bor.",
         [("Andel barn 7-15 år som deltar i kulturskolan", "%", 2025, D(27), D(30), D(32)),
          ("Antal elever i kulturskolan från byarna utanför centralorten", "", 2025, D(38),
           D(45), D(50))]),
        ("Barn och unga har en meningsfull och trygg fritid.",
         [("Andel elever i åk 8 som uppger att de har en meningsfull fritid", "%", 2024, D(71),
           D(75), D(78)),
          ("Antal besök på ungdomsgården per kväll, genomsnitt", "", 2025, D(23), D(28),
           D(30))]),
    ]),
    ("B. Vuxna", [
        ("Biblioteket är en öppen mötesplats för läsning, lärande och samhällsinformation.",
         [("Utlån per invånare", "", 2025, D("5.8"), D("6.2"), D("6.5")),
          ("Antal timmar med meröppet per vecka", "", 2025, D(40), D(60), D(60)),
          ("Andel besökare som är nöjda med bibliotekets service", "%", 2025, D(88), D(90),
           D(90))]),
        ("Äldre invånare har tillgång till kultur i hela kommunen.",
         [("Antal kulturprogram på kommunens äldreboenden per år", "", 2025, D(14), D(20),
           D(24))]),
    ]),
    ("C. Föreningsliv och anläggningar", [
        ("Föreningslivet är livskraftigt och anläggningarna används väl.",
         [("Andel bokningsbar tid i sporthallen som är bokad", "%", 2025, D(64), D(70), D(72)),
          ("Antal föreningar som får aktivitetsstöd", "", 2025, D(31), "Minst 31",
           "Minst 31")]),
    ]),
]  # fmt: skip

Act = tuple[str, str, str, dt.date | None]
ACTIVITIES: list[Act] = [
    ("Kulturskolan startar undervisning i gitarr och piano i skolorna i Byträsk och Lillå.",
     "kulturskolechef", "augusti 2027", dt.date(2027, 8, 31)),
    ("Ungdomsgården håller öppet även fredagar under skolterminerna.", "fritidsgårdsledare",
     "januari 2027", dt.date(2027, 1, 31)),
    ("Meröppet införs på filialbiblioteket i Lillå.", "bibliotekschef", "2027-10-31",
     dt.date(2027, 10, 31)),
    ("Biblioteket erbjuder digital hjälp för äldre en dag i veckan.", "bibliotekschef",
     "Löpande", None),
    ("Ett turnerande kulturprogram för äldreboendena tas fram tillsammans med "
     "socialförvaltningen.", "kultursekreterare", "mars 2027", dt.date(2027, 3, 31)),
    ("Nytt bokningssystem för sporthallen och bygdegårdarna.", "fritidskonsulent",
     "juni 2027", dt.date(2027, 6, 30)),
    ("Reglerna för föreningsbidrag ses över.", "kultur- och fritidschef", "december 2027",
     dt.date(2027, 12, 31)),
    ("Belysningen i elljusspåret byts till LED.", "fritidskonsulent", "oktober 2028",
     dt.date(2028, 10, 31)),
]  # fmt: skip

KEYS = [("budget", 2026), ("budget", 2027), ("plan", 2028)]
DRIFT = [
    ("Nämnd och administration", ["1 120", "1 150", "1 170"]),
    ("Allmän kulturverksamhet", ["1 840", "1 910", "1 950"]),
    ("Bibliotek", ["4 260", "4 390", "4 480"]),
    ("Kulturskola", ["3 480", "3 620", "3 700"]),
    ("Fritidsgård", ["1 390", "1 520", "1 550"]),
    ("Idrotts- och fritidsanläggningar", ["5 710", "5 830", "5 960"]),
    ("Föreningsbidrag", ["960", "960", "980"]),
]

CONTROLS = [
    ("Föreningsbidrag", "Att bidrag betalas ut enligt regler och redovisade medlemstal",
     "Fritidskonsulent", "En gång per år"),
    ("Kassahantering", "Att dagskassan i simhallen stäms av mot kassaregistret",
     "Kultur- och fritidschef", "Varje månad"),
    ("Inköp", "Att inköp görs från upphandlade leverantörer", "Ekonom", "Två gånger per år"),
    ("Nycklar och passerkort", "Att förteckningen över utlämnade nycklar är aktuell",
     "Fritidskonsulent", "En gång per år"),
]  # fmt: skip


def _line(w: Writer, text: str, *, underline: bool = False, indent: float = 0) -> Any:
    paragraph = w.doc.add_paragraph()
    run = paragraph.add_run(text)
    run.font.name, run.font.size = FONT, Pt(11)
    run.underline = underline or None
    if indent:
        paragraph.paragraph_format.left_indent = Cm(indent)
    return paragraph


def _chapter(w: Writer, typed: str, name: str) -> None:
    w.doc.add_paragraph()
    _line(w, typed, underline=True)
    w.expected.chapters.append(name)


def _cover(w: Writer) -> None:
    for text in ["STORÅNS KOMMUN", "Kultur- och fritidsnämnden", "", "", "VERKSAMHETSPLAN",
                 "för åren 2027-2028", "", "Antagen av nämnden 2026-11-18, § 61",
                 "Dnr KFN 2026/88", "", "Ordförande: Bengt Ahlqvist (C)",
                 "Kultur- och fritidschef: Maria Lundström"]:  # fmt: skip
        _line(w, text)
        w.structure(text)
    w.page_break()


def _intro(w: Writer) -> None:
    _chapter(w, "I. INLEDNING", "Inledning")
    _line(
        w,
        "Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, fritidsgård, "
        "allmän kulturverksamhet, kommunens idrottsanläggningar och bidrag till föreningar. "
        "Denna plan gäller för 2027 och 2028 och bygger på kommunfullmäktiges budget.",
    )
    _chapter(w, "II. OMVÄRLD OCH FÖRUTSÄTTNINGAR", "Omvärld och förutsättningar")
    _line(
        w,
        "Befolkningen i kommunen minskar svagt och blir äldre. Samtidigt har antalet barn i "
        "åldern 7-15 år legat stilla de senaste åren. Nämnden ser särskilt följande:",
    )
    for text in [
        "a) Kostnaderna för el och uppvärmning i sporthallen och simhallen har stigit mer än "
        "budgeten räknats upp.",
        "b) Ideella ledare blir färre, och flera föreningar har svårt att hitta styrelser.",
        "c) Efterfrågan på digital hjälp på biblioteket ökar bland de äldre.",
    ]:
        _line(w, text, indent=1)


def _goals(w: Writer) -> None:
    _chapter(w, "III. NÄMNDENS MÅL", "Nämndens mål")
    _line(w, "Nämndens mål är ordnade efter vilka grupper de gäller. Under varje mål anges")
    _line(w, "de mått som följs upp i delårsrapport och årsredovisning.")
    number = 0
    for area, goals in AREAS:
        w.doc.add_paragraph()
        _line(w, area, underline=True)
        w.structure(area)
        for goal, inds in goals:
            number += 1
            _line(w, f"Mål {number}. {goal}", underline=True)
            w.expected.goals.append(Goal(goal, "namnd"))
            for name, unit, year, base, t27, t28 in inds:
                figures = [_val(v, unit) for v in (base, t27, t28)]
                text = (
                    f"Mått: {name}. Utgångsläge {year}: {figures[0]}. "
                    f"Mål 2027: {figures[1]}. Mål 2028: {figures[2]}."
                )
                _line(w, text, indent=1.25)
                w.expected.indicators.append(
                    Indicator(goal, name, unit, year, base, {2027: t27, 2028: t28})
                )


def _val(value: Val, unit: str) -> str:
    if isinstance(value, str):
        return value
    return sv(value, unit)


def _activities(w: Writer) -> None:
    _chapter(w, "IV. AKTIVITETER", "Aktiviteter")
    _line(w, "Under planperioden genomför nämnden följande:")
    for n, (name, who, when, day) in enumerate(ACTIVITIES, 1):
        _line(w, f"{n}) {name} Ansvarig: {who}. Klart: {when}.", indent=0.6)
        w.expected.activities.append(Activity(name.rstrip("."), who, day))


def _economy(w: Writer) -> None:
    _chapter(w, "V. E K O N O M I", "Ekonomi")
    _line(
        w,
        "Nämndens ram för 2027 är 19 380 tkr. Ökningen jämfört med 2026 beror främst på "
        "löneökningar och fredagsöppen fritidsgård. Beloppen nedan är nettokostnader i tkr.",
    )
    w.doc.add_paragraph()

    def stops(paragraph: Any, leader: bool) -> None:
        for n, cm in enumerate((10.2, 13.3, 16.4)):
            paragraph.paragraph_format.tab_stops.add_tab_stop(
                Cm(cm),
                WD_TAB_ALIGNMENT.RIGHT,
                WD_TAB_LEADER.DOTS if leader and not n else WD_TAB_LEADER.SPACES,
            )

    header = "Verksamhet\tBudget 2026\tBudget 2027\tPlan 2028"
    stops(_line(w, header, underline=True), False)
    w.structure("Verksamhet", "Budget 2026", "Budget 2027", "Plan 2028", header)
    for name, figures in DRIFT:
        line = "\t".join([name, *figures])
        stops(_line(w, line), True)
        w.structure(line)  # the line is checked as its row
        amounts = [D(f.replace(" ", "")) for f in figures]
        w.expected.budget.append(BudgetRow("drift", name, dict(zip(KEYS, amounts, strict=True))))
    sums = [sum((D(f[i].replace(" ", "")) for _, f in DRIFT), D(0)) for i in range(3)]
    total = "\t".join(["Summa", *(sv(s) for s in sums)])
    stops(_line(w, total), True)
    w.totals(total, "Summa", *(sv(s) for s in sums))


def _control(w: Writer) -> None:
    _chapter(w, "VI. INTERNKONTROLL", "Internkontroll")
    _line(w, "Följande kontroller görs under 2027. Resultatet redovisas för nämnden i januari.")
    rows = [["Rutin", "Kontrollmoment", "Ansvarig", "Hur ofta"]]
    for process, moment, who, when in CONTROLS:
        rows.append([process, moment, who, when])
        w.expected.controls.append(Control(moment, process))
    table = w.table(rows, widths=[3.4, 7, 3.4, 2.8], size=9)
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.name = FONT


KEY_TITLE = "Verksamheten i siffror"
KEY_HEADER = ["", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Utlån, antal", "42 310", "41 870", "43 050"],
    ["Besök på biblioteket", "38 900", "40 120", "41 480"],
    ["Elever i kulturskolan", "212", "205", "219"],
    ["Bokade timmar i sporthallen", "3 140", "3 260", "3 305"],
    ["Kostnad per invånare för kultur och fritid, kr", "1 764", "1 812", "1 875"],
]


def _key_figures(w: Writer) -> None:
    _chapter(w, "VII. N Y C K E L T A L", "Nyckeltal")
    _line(w, f"{KEY_TITLE} (utfall per år):")
    w.structure(f"{KEY_TITLE} (utfall per år):")
    for n, values in enumerate([KEY_HEADER, *KEY_ROWS]):
        line = "\t".join(values)
        paragraph = _line(w, line, underline=not n)
        for cm in (11.2, 13.8, 16.4):
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(cm), WD_TAB_ALIGNMENT.RIGHT)
        w.structure(line)
        if n:
            given = dict(zip(KEY_HEADER[1:], values[1:], strict=True))
            w.expected.key_figures.append(KeyRow("", values[0], given))


def build_co(path: Path) -> Expected:
    front = Front(
        namnd="Kultur- och fritidsnämnden",
        kommun="Storåns kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan för åren 2027-2028",
        ordforande="Bengt Ahlqvist (C)",
        forvaltningschef="Maria Lundström",
        diarienummer="KFN 2026/88",
    )
    w = Writer("CO-kultur-fritid-skrivmaskin", front)
    w.doc.styles["Normal"].font.name = FONT
    w.doc.styles["Normal"].font.size = Pt(11)
    _cover(w)
    _intro(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _control(w)
    _key_figures(w)
    return w.save(path)
