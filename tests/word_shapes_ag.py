"""Corpus document AG: a servicenämnd's plan whose cover is the template's first-page header and
footer (a section with a different first page: the kommun, the nämnd, the title and the
diarienummer in the first-page header, "Beslutad av:", "Ordförande:" and "Servicechef:" in the
first-page footer; the body starts with the first chapter), and a running header on the other
pages; goals as Heading 2 "Inriktningsmål 1: …" each over a table "Mätetal | Utgångsläge 2025 |
Målvärde 2027 | Målvärde 2028 | Ansvarig | Följs upp"; activities carried over from last year
in a table "Aktivitet | Inriktningsmål | Ansvarig | Klart | Status" ("Pågår", "Ej påbörjad");
a driftbudget and an investeringsbudget whose every cell carries its unit, "−6,9 mnkr",
"+0,4 mnkr"; key figures with a separate "Enhet" column; internkontroll with a named risk level
and its value, "Hög (12)".

Expected (what a perfect import gives): the front matter from the first page's header and
footer; six chapters (the "Nyckeltal" heading over only a caption and the key-figure table is
that table's, not a chapter); four nämndsmål (without "Inriktningsmål n:") with nine
indicators, nuläge 2025 and targets for 2027 and 2028; seven activities with ansvarig,
slutdatum, their goal and their status; five driftbudget rows and four investments in mnkr as
printed; five key-figure rows, each with the "Enhet" column's text as the row's unit (not one
of its values); four controls with their process. The running header is not in the plan; the
header cells, the "Inriktningsmål n" links and the totals are structure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from docx.shared import Pt

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

RUNNING = "Servicenämnden | Verksamhetsplan med budget 2027–2028 | Norrvik kommun"

Ind = tuple[str, str, Val, Val, Val, str, str]
"""A mätetal: name, unit, utgångsläge 2025, målvärde 2027 and 2028, ansvarig, följs upp."""

GOALS: list[tuple[str, list[Ind]]] = [
    ("Måltiderna i förskola, skola och äldreomsorg är goda, näringsriktiga och klimatsmarta.",
     [("Andel elever som är nöjda med skollunchen", "%", D(68), D(72), D(75), "Kostchef",
       "Årligen"),
      ("Matsvinn i skolrestaurangerna, gram per portion", "", D(46), "Högst 40", "Högst 35",
       "Kostchef", "Varje tertial"),
      ("Klimatpåverkan från inköpta livsmedel, kg koldioxidekvivalenter per kg", "",
       D("1.9"), D("1.7"), D("1.6"), "Kostchef", "Årligen")]),
    ("Kommunens lokaler städas så att verksamheterna har en ren och frisk arbetsmiljö.",
     [("Andel godkända kvalitetskontroller av lokalvården enligt INSTA 800", "%", D(88),
       D(92), D(95), "Lokalvårdschef", "Varje tertial"),
      ("Kundnöjdhet lokalvård, index", "", D(71), D(75), D(78), "Lokalvårdschef",
       "Årligen")]),
    ("Verksamheterna får snabb och säker hjälp med sin IT.",
     [("Andel ärenden som löses vid första kontakten", "%", D("61.5"), D(70), D(75),
       "IT-chef", "Varje månad"),
      ("Tillgänglighet för verksamhetskritiska system, andel av tiden", "%", D("99.2"),
       "Minst 99,5 %", "Minst 99,5 %", "IT-chef", "Varje månad")]),
    ("Kommunens fordon drar mindre fossilt bränsle.",
     [("Andel elbilar i kommunens bilpool", "%", D(42), D(60), D(75), "Fordonssamordnare",
       "Årligen"),
      ("Förbrukad diesel och bensin, kubikmeter", "", D(86), D(65), D(50),
       "Fordonssamordnare", "Årligen")]),
]  # fmt: skip

ACTIVITIES = [
    ("Ny meny med fler vegetariska rätter i skolorna", 1, "Kostchef", "2027-06-30",
     dt.date(2027, 6, 30), "Pågår", "pagar"),
    ("Mäta matsvinnet dagligen i alla skolrestauranger", 1, "Kostekonom", "Mars 2027",
     dt.date(2027, 3, 31), "Ej påbörjad", "ej_paborjad"),
    ("Digitala kvalitetskontroller av lokalvården med surfplatta", 2, "Lokalvårdschef",
     "2027-09-30", dt.date(2027, 9, 30), "Pågår", "pagar"),
    ("Byta till svanenmärkta rengöringsmedel", 2, "Lokalvårdschef", "Augusti 2027",
     dt.date(2027, 8, 31), "Ej påbörjad", "ej_paborjad"),
    ("Gemensam IT-support med självbetjäningsportal", 3, "IT-chef", "2028-03-31",
     dt.date(2028, 3, 31), "Pågår", "pagar"),
    ("Övning av kontinuitetsplan vid IT-avbrott", 3, "Informationssäkerhetssamordnare",
     "Oktober 2027", dt.date(2027, 10, 31), "Ej påbörjad", "ej_paborjad"),
    ("Laddstolpar vid kommunhuset och tre förvaltningsbyggnader", 4, "Fordonssamordnare",
     "2027-12-31", dt.date(2027, 12, 31), "Pågår", "pagar"),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028)]
DRIFT = [
    ("Ledning och administration", ["-6.9", "-7.2", "-7.4", "-7.6"]),
    ("Måltider", ["-1.2", "-0.8", "-0.5", "0.0"]),
    ("Lokalvård", ["0.4", "0.0", "0.2", "0.2"]),
    ("IT", ["-3.8", "-3.5", "-4.1", "-4.3"]),
    ("Fordon och transport", ["0.2", "0.1", "0.0", "0.0"]),
]
INV_KEYS = [("budget", 2027), ("plan", 2028)]
INVESTMENTS = [
    ("Utbyte till elbilar i bilpoolen", ["3.2", "2.8"]),
    ("Storköksutrustning", ["1.5", "0.9"]),
    ("Nätverksutrustning och brandväggar", ["2.4", "1.1"]),
    ("Städmaskiner", ["0.6", "0.4"]),
]

KEY_HEADER = ["Nyckeltal", "Enhet", "2024", "2025", "Prognos 2026"]
KEY_ROWS = [
    ["Serverade måltider", "portioner per dag", "7 420", "7 510", "7 600"],
    ["Kostnad per skollunch", "kr", "38,40", "40,10", "41,90"],
    ["Städad yta", "kvadratmeter", "148 300", "151 900", "153 200"],
    ["IT-ärenden", "antal per år", "21 640", "23 105", "22 800"],
    ["Fordon i bilpoolen", "antal", "64", "67", "66"],
]

CONTROLS = [
    ("Inköp av livsmedel", "Att beställningar görs hos avtalade leverantörer",
     "Hög (12)", "Stickprov på 20 fakturor", "Kostekonom", "April och oktober"),
    ("Behörigheter i verksamhetssystem", "Att konton för personer som slutat tas bort",
     "Hög (9)", "Jämförelse av kontolistan med personalsystemet", "IT-chef", "Kvartalsvis"),
    ("Fordonsanvändning", "Att körjournal förs för varje resa", "Medel (6)",
     "Genomgång av körjournaler för tio fordon", "Fordonssamordnare", "Två gånger per år"),
    ("Arbetsmiljö lokalvård", "Att riskbedömning görs vid nya kemikalier", "Medel (6)",
     "Kontroll mot kemikalieförteckningen", "Lokalvårdschef", "Årligen"),
]  # fmt: skip


def _mnkr(amount: D) -> str:
    if amount > 0:
        return f"+{sv(amount)} mnkr"
    return sv(amount, "mnkr", minus="−")


def _first_page(w: Writer) -> None:
    section = w.doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = RUNNING
    w.expected.absent.append(RUNNING)
    header = section.first_page_header
    lines = [
        ("Norrvik kommun", 12, False),
        ("Servicenämnden", 16, True),
        ("Verksamhetsplan med budget 2027–2028", 24, True),
        ("Dnr SEN 2026/140", 10, False),
    ]
    first = header.paragraphs[0]
    for n, (text, size, bold) in enumerate(lines):
        paragraph = first if not n else header.add_paragraph()
        run = paragraph.add_run(text)
        run.font.size, run.bold = Pt(size), bold or None
        w.structure(text)
    footer = section.first_page_footer
    for n, text in enumerate(
        [
            "Beslutad av: Servicenämnden 2026-11-26, § 98",
            "Ordförande: Ingrid Molander (L)",
            "Servicechef: Hassan Nouri",
        ]
    ):
        paragraph = footer.paragraphs[0] if not n else footer.add_paragraph()
        paragraph.add_run(text).font.size = Pt(9)
        w.structure(text)


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.para(
        "Servicenämnden levererar måltider, lokalvård, IT och fordon till kommunens övriga "
        "nämnder. Måltider, lokalvård och fordon finansieras av de interna priser som nämnderna "
        "betalar; ledning, administration och en del av IT av ett kommunbidrag."
    )
    w.chapter("Förutsättningar")
    w.para(
        "Livsmedelspriserna har ökat med nästan 20 procent på tre år och har bara delvis "
        "kompenserats i priset per portion. Elpriset och nya krav på cybersäkerhet påverkar "
        "kostnaderna för IT och för de nya elbilarna."
    )
    w.bullets(
        "Två nya förskolor öppnar hösten 2027 och ökar antalet portioner och den städade ytan.",
        "Lagen om cybersäkerhet ställer krav på kommunens system och leverantörer.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och mätetal")
    w.para(
        "Nämndens fyra inriktningsmål följs upp med mätetal. Varje mätetal har en ansvarig "
        "och en angiven tidpunkt för uppföljning."
    )
    header = ["Mätetal", "Utgångsläge 2025", "Målvärde 2027", "Målvärde 2028", "Ansvarig"]
    header.append("Följs upp")
    for n, (goal, inds) in enumerate(GOALS, 1):
        w.heading(f"Inriktningsmål {n}: {goal}", 2)
        w.expected.goals.append(Goal(goal, "namnd"))
        rows = [header]
        for name, unit, base, t27, t28, who, when in inds:
            values = [cell_text(v, unit) for v in (base, t27, t28)]
            rows.append([name, *values, who, when])
            w.expected.indicators.append(
                Indicator(goal, name, unit, 2025, base, {2027: t27, 2028: t28})
            )
        w.table(rows, widths=[6, 2, 2, 2, 2.6, 2])


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter 2027")
    w.para("Aktiviteter som inte blev klara under 2026 förs över till 2027 och har status Pågår.")
    rows = [["Aktivitet", "Inriktningsmål", "Ansvarig", "Klart", "Status"]]
    for name, goal, who, when, day, status, value in ACTIVITIES:
        rows.append([name, str(goal), who, when, status])
        w.structure(str(goal), when, status)
        w.expected.activities.append(
            Activity(name, who, day, status=value, group=GOALS[goal - 1][0])
        )
    w.table(rows, widths=[6.4, 2.4, 3.6, 2.2, 2])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Budgeten bygger på oförändrade interna priser för lokalvård och IT och ett pris per "
        "portion som höjs med 4 procent. Underskottet för IT täcks av kommunstyrelsen."
    )
    caption = "Driftbudget, resultat per verksamhet"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]]
    for name, figures in DRIFT:
        amounts = [D(f) for f in figures]
        rows.append([name, *(_mnkr(a) for a in amounts)])
        w.expected.budget.append(BudgetRow("drift", name, dict(zip(KEYS, amounts, strict=True))))
    sums = [sum((D(f[i]) for _, f in DRIFT), D(0)) for i in range(len(KEYS))]
    total = ["Servicenämnden totalt", *(_mnkr(s) for s in sums)]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[5.2, 2.8, 2.8, 2.8, 2.8])

    caption = "Investeringsbudget"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Investering", "Budget 2027", "Plan 2028"]]
    for name, figures in INVESTMENTS:
        amounts = [D(f) for f in figures]
        rows.append([name, *(sv(a, "mnkr") for a in amounts)])
        given = dict(zip(INV_KEYS, amounts, strict=True))
        w.expected.budget.append(BudgetRow("investering", name, given))
    sums = [sum((D(f[i]) for _, f in INVESTMENTS), D(0)) for i in range(2)]
    total = ["Summa investeringar", *(sv(s, "mnkr") for s in sums)]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[7, 3, 3])


def _key_figures(w: Writer) -> None:
    # A heading over nothing but a caption and a key-figure table is the table's, not a chapter.
    w.heading("Nyckeltal", 1)
    caption = "Volymer och kostnader"
    w.para(("b", caption))
    w.structure(caption, "Enhet")
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[5, 3.4, 2.2, 2.2, 2.6])
    w.expected.key_figures += [
        KeyRow(caption, row[0], dict(zip(KEY_HEADER[2:], row[2:], strict=True)), unit=row[1])
        for row in KEY_ROWS
    ]


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Riskbedömningen anges som nivå och riskvärde (sannolikhet gånger konsekvens). Alla "
        "risker med nivån Hög eller Medel har en kontroll."
    )
    rows = [["Process", "Kontrollmoment", "Riskbedömning", "Metod", "Ansvarig", "Tidpunkt"]]
    for process, moment, level, method, who, when in CONTROLS:
        rows.append([process, moment, level, method, who, when])
        w.structure(level)
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3, 3.8, 2.2, 3.4, 2.4, 2])


def build_ag(path: Path) -> Expected:
    front = Front(
        namnd="Servicenämnden",
        kommun="Norrvik kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan med budget 2027–2028",
        ordforande="Ingrid Molander (L)",
        forvaltningschef="Hassan Nouri",
        diarienummer="SEN 2026/140",
    )
    w = Writer("AG-servicenämnd-försättsblad-i-sidhuvud", front)
    _first_page(w)
    _chapters(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
