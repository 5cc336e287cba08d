"""Corpus document U: a miljö- och byggnämnd's three-year plan in a kommun's styrdokument
template: the title names the nämnd in the genitive ("Miljö- och byggnämndens verksamhetsplan
2027–2029") and the decision data are in a borderless "dokumentinformation" table on the cover
("Fastställd av | Miljö- och byggnämnden", "Diarienummer | MBN 2026-000412", "Giltighetstid |
2027-01-01 – 2029-12-31", no ordförande); an "Innehållsförteckning" as Word writes it with "\\h":
a TOC field whose entries are hyperlinks to "_Toc" bookmarks on the headings, each page number
a PAGEREF field; Heading 1 chapters and Heading 2 målområden with typed outline numbers
("4.1 Hållbar miljö och god hälsa"); goal tables with one row per goal ("Mål 3: …") whose
indicators are the paragraphs of one cell, their nuläge and targets the paragraphs of the
cells beside it, line by line; an activity table "Nr | Aktivitet | Mål | Ansvarig | Klart |
Kostnad" linked to the goals by number, with "Egen tid" or "250 tkr"; budget tables as the
kommun's economy system prints them: one small "Resultaträkning, tkr" table per verksamhet
with rows "Bygglov intäkter", "Bygglov kostnader", "Bygglov nettokostnad", a Prognos 2026
column and plan years only for the net; an investeringsbudget with project numbers and
"SUMMA INVESTERINGAR"; a key-figure table with the years as rows (a perfect import turns it:
a row per measure, a column per year) and an "Anm." line; and internkontroll with named
levels "Möjlig (3)" × "Kännbar (3)" and a "Rapporteras till" column."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.shared import Pt

from tests.word_shapes_docx import Writer, cell_text, sv, toc_styles
from tests.word_shapes_model import (
    Activity,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    TableNote,
    Val,
)
from tests.word_shapes_xml import append, element, p, r

FOOTER = "Sjöhamra kommun | Miljö- och byggnämnden | Verksamhetsplan 2027–2029"
YEARS = (2027, 2028, 2029)

Ind = tuple[str, str, D, tuple[Val, Val, Val]]
"""An indicator: name, unit, nuläge 2025, mål 2027, 2028 and 2029."""

AREAS: list[tuple[str, list[tuple[str, list[Ind]]]]] = [
    (
        "4.1 Attraktiv kommun att bo och verka i",
        [
            ("Den som söker bygglov får ett snabbt beslut och god service.",
             [("Handläggningstid bygglov från komplett ansökan, median (veckor)", "",
               D("5.2"), ("Högst 5", "Högst 4", "Högst 4")),
              ("Andel bygglovsbeslut inom lagstadgad tid", "%", D(91), (D(95), D(98), D(98))),
              ("Nöjd kund-index bygglov", "", D(68), (D(70), D(72), D(74)))]),
            ("Detaljplaner tas fram i den takt som bostadsbyggandet kräver.",
             [("Antagna detaljplaner, antal", "", D(4), (D(5), D(5), D(6))),
              ("Bostäder i antagna detaljplaner, antal", "", D(120), (D(150), D(150), D(180)))]),
        ],
    ),
    (
        "4.2 Hållbar miljö och god hälsa",
        [
            ("Livsmedelskontrollen skyddar konsumenterna.",
             [("Andel planerade livsmedelskontroller som genomförts", "%", D(87),
               (D(100), D(100), D(100))),
              ("Andel avvikelser som följts upp inom sex veckor", "%", D(72),
               (D(90), D(95), D(95)))]),
            ("Vattnet i sjöar och vattendrag blir renare.",
             [("Inventerade enskilda avlopp, antal per år", "", D(210),
               (D(250), D(250), D(250))),
              ("Andel enskilda avlopp med godkänd rening", "%", D(61), (D(65), D(70), D(75)))]),
        ],
    ),
    (
        "4.3 Effektiv och rättssäker organisation",
        [
            ("Tillsynen finansieras i högre grad av avgifter.",
             [("Avgiftsfinansieringsgrad miljötillsyn", "%", D(48), (D(52), D(55), D(58))),
              ("Debiterbar tid per inspektör, timmar per år", "", D(820),
               (D(900), D(950), D(950)))]),
        ],
    ),
]  # fmt: skip

GOALS = [goal for _, goals in AREAS for goal, _ in goals]

ACTIVITIES = [
    ("Införa e-tjänst för bygglov med automatisk kontroll av kompletta ansökningar", 1,
     "Bygglovschef", "2027-06-30", "250 tkr"),
    ("Förhandsbesked och bygglov i samma handläggarteam", 1, "Bygglovschef", "2027-03-31",
     "Egen tid"),
    ("Gemensam planberedskap med samhällsbyggnadsförvaltningen", 2, "Planchef", "2027-12-31",
     "Egen tid"),
    ("Digital detaljplan enligt nationella specifikationer", 2, "Planchef", "2028-06-30",
     "400 tkr"),
    ("Riskbaserad kontrollplan för livsmedel 2027–2029", 3, "Miljöchef", "2027-02-28",
     "Egen tid"),
    ("Informationsinsats om allergener för restauranger", 3, "Livsmedelsinspektör",
     "2027-10-31", "40 tkr"),
    ("Inventering av enskilda avlopp kring Lillsjön", 4, "Miljöinspektör", "2027-09-30",
     "120 tkr"),
    ("Ny taxa för miljöbalkens område med timavgift efter erfarenhet", 5, "Miljöchef",
     "2027-12-31", "Egen tid"),
    ("Tidrapportering per tillsynsobjekt", 5, "Administrativ chef", "2027-04-30", "Egen tid"),
]  # fmt: skip

COLUMNS = ["Bokslut 2025", "Budget 2026", "Prognos 2026", "Budget 2027", "Plan 2028"]
COLUMNS.append("Plan 2029")
KEYS = [
    ("bokslut", 2025),
    ("budget", 2026),
    ("prognos", 2026),
    ("budget", 2027),
    ("plan", 2028),
    ("plan", 2029),
]
UNITS: list[tuple[str, list[int], list[int], list[int]]] = [
    # verksamhet, intäkter and kostnader (bokslut 2025 … budget 2027), net plan 2028 and 2029
    ("Nämnd och ledning", [0, 0, 0, 0], [-3_840, -3_950, -3_900, -4_050], [-4_150, -4_250]),
    ("Bygglov", [6_120, 6_400, 5_850, 6_600], [-9_310, -9_700, -9_650, -10_050],
     [-3_550, -3_600]),
    ("Plan", [2_460, 2_800, 2_300, 2_900], [-6_780, -7_100, -7_050, -7_400], [-4_600, -4_700]),
    ("Miljö- och hälsoskydd", [4_390, 4_650, 4_700, 5_100], [-10_920, -11_300, -11_150,
     -11_700], [-6_650, -6_700]),
    ("Livsmedelskontroll", [1_980, 2_100, 2_050, 2_300], [-3_460, -3_600, -3_550, -3_700],
     [-1_450, -1_450]),
    ("Kart och mät", [3_210, 3_300, 3_150, 3_400], [-5_890, -6_050, -6_000, -6_250],
     [-2_900, -2_950]),
]  # fmt: skip
INVESTMENTS: list[tuple[str, str, list[int | None]]] = [
    ("MBN 001", "Ärendehanteringssystem, byte", [1_800, 600, None, None, None]),
    ("MBN 002", "Mätinstrument GNSS", [450, None, None, 480, None]),
    ("MBN 003", "Digitalisering av bygglovsarkivet", [900, 900, 700, None, None]),
    ("MBN 004", "Fordon för tillsyn, elbil", [380, None, 390, None, 400]),
]
INVESTMENT_YEARS = [
    ("budget", 2027),
    ("plan", 2028),
    ("plan", 2029),
    ("plan", 2030),
    ("plan", 2031),
]

TOC = [
    (1, "1 Inledning", 3),
    (1, "2 Nämndens ansvarsområde", 3),
    (1, "3 Omvärldsanalys", 4),
    (2, "3.1 Bostadsbyggande", 4),
    (2, "3.2 Lagstiftning och digitalisering", 4),
    (1, "4 Mål och indikatorer", 5),
    (2, AREAS[0][0], 5),
    (2, AREAS[1][0], 6),
    (2, AREAS[2][0], 6),
    (1, "5 Aktiviteter", 7),
    (1, "6 Ekonomi", 8),
    (1, "7 Nyckeltal", 10),
    (1, "8 Intern kontroll", 11),
]


def _bookmark(text: str) -> str:
    return f"_Toc19{[t for _, t, _ in TOC].index(text):06d}"


def _toc(w: Writer) -> None:
    """The table of contents as Word writes it with hyperlinks: each entry a hyperlink to the
    heading's bookmark holding its text, a tab and a PAGEREF field with the page number."""
    toc_styles(w.doc, 2)
    w.para(("b", "Innehållsförteckning"), size=14)
    w.structure("Innehållsförteckning")
    last = len(TOC) - 1
    for number, (level, text, page) in enumerate(TOC):
        mark = _bookmark(text)
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
            ' TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            if number == 0
            else ""
        )
        link = (
            f'<w:hyperlink w:anchor="{mark}" w:history="1">{r(text)}<w:r><w:tab/></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
            f" PAGEREF {mark} \\h </w:instrText></w:r>"
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{r(str(page))}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>'
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if number == last else ""
        append(w.doc, p(begin + link + end, style=f"TOC{level}"))
        w.expected.absent.append(f"{text} {page}")
    w.page_break()


def heading(w: Writer, text: str, level: int, *, chapter: bool = True) -> None:
    """A heading with the "_Toc" bookmark the table of contents links to."""
    paragraph = w.heading(text, level)
    if chapter:
        w.expected.chapters.append(text)
    else:
        w.structure(text)
    if any(t == text for _, t, _ in TOC):
        number = [t for _, t, _ in TOC].index(text)
        start = element(f'<w:bookmarkStart w:id="{number}" w:name="{_bookmark(text)}"/>')
        paragraph._p.insert(1, start)
        paragraph._p.append(element(f'<w:bookmarkEnd w:id="{number}"/>'))


def _cover(w: Writer) -> None:
    footer = w.doc.sections[0].footer.paragraphs[0]
    footer.text = FOOTER
    w.expected.absent.append(FOOTER)
    w.cover("Sjöhamra kommun", size=14, bold=True)
    for _ in range(4):
        w.para("")
    w.cover("Miljö- och byggnämndens verksamhetsplan 2027–2029", size=26, bold=True)
    w.cover("Med budget 2027 och plan 2028–2029", size=14)
    for _ in range(6):
        w.para("")
    info = [
        ("Dokumenttyp", "Verksamhetsplan"),
        ("Fastställd av", "Miljö- och byggnämnden"),
        ("Fastställd datum", "2026-11-19, § 156"),
        ("Diarienummer", "MBN 2026-000412"),
        ("Dokumentansvarig", "Förvaltningschef Annika Sjödin"),
        ("Giltighetstid", "2027-01-01 – 2029-12-31"),
        ("Revideras", "Årligen"),
    ]
    table = w.table([list(row) for row in info], header_rows=0, widths=[4.5, 8], size=9)
    table.style = None  # borderless, as the template has it
    w.structure(*(text for row in info for text in row))
    w.page_break()


def _chapters(w: Writer) -> None:
    heading(w, "1 Inledning", 1)
    w.paras(
        "Verksamhetsplanen beskriver vad miljö- och byggnämnden ska uppnå 2027–2029, hur "
        "målen mäts och vilka aktiviteter förvaltningen genomför. Budgeten avser 2027; för 2028 "
        "och 2029 anges planerad nettokostnad.",
        "Planen följs upp i delårsrapporten och i verksamhetsberättelsen.",
    )
    heading(w, "2 Nämndens ansvarsområde", 1)
    w.para(
        "Nämnden är kommunens myndighet för plan- och bygglagen, miljöbalken och "
        "livsmedelslagen. Den ansvarar också för kart- och mätverksamheten och för "
        "detaljplaneringen på uppdrag av kommunstyrelsen."
    )
    heading(w, "3 Omvärldsanalys", 1)
    heading(w, "3.1 Bostadsbyggande", 2, chapter=False)
    w.para(
        "Efter två svaga år väntas bostadsbyggandet öka igen när räntorna sjunker. Antalet "
        "ansökningar om bygglov var 2025 det lägsta sedan 2015."
    )
    heading(w, "3.2 Lagstiftning och digitalisering", 2, chapter=False)
    w.para(
        "Nya regler om digitala detaljplaner gäller från 2027. Ändringarna i plan- och "
        "bygglagen gör fler åtgärder lovfria, vilket minskar avgiftsintäkterna men ökar "
        "behovet av tillsyn."
    )


def _cell_lines(cell: Any, lines: list[str]) -> None:
    """The cell holding ``lines`` as one paragraph each (the first is already there)."""
    for number, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
        if number == 0:
            for run in list(paragraph.runs):
                run._r.getparent().remove(run._r)
        run = paragraph.add_run(line)
        run.font.size = Pt(9)


def _goals(w: Writer) -> None:
    heading(w, "4 Mål och indikatorer", 1)
    w.para(
        "Under varje målområde från fullmäktige finns nämndens mål. Varje mål mäts med en "
        "eller flera indikatorer; värdena står på samma rad som indikatorn."
    )
    number = 0
    for area, goals in AREAS:
        heading(w, area, 2, chapter=False)  # the målområde, not a chapter
        header = ["Nämndsmål", "Indikatorer", "Nuläge 2025", *(f"Mål {y}" for y in YEARS)]
        rows = [header]
        for goal, _ in goals:
            number += 1
            rows.append([f"Mål {number}: {goal}", "x", "x", "x", "x", "x"])
            w.structure(rows[-1][0])  # the goal with its label: checked as the goal
        table = w.table(rows, widths=[4.4, 5.6, 1.7, 1.6, 1.6, 1.6])
        for row, (goal, inds) in enumerate(goals, 1):
            cells = table.rows[row].cells
            _cell_lines(cells[1], [name for name, *_ in inds])
            _cell_lines(cells[2], [cell_text(base, unit) for _, unit, base, _ in inds])
            for column, _ in enumerate(YEARS):
                texts = [cell_text(t[column], unit) for _, unit, _, t in inds]
                _cell_lines(cells[3 + column], texts)
            w.expected.goals.append(Goal(goal, "namnd"))
            for name, unit, base, targets in inds:
                given = dict(zip(YEARS, targets, strict=True))
                w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, given))
        w.para("")


def _activities(w: Writer) -> None:
    heading(w, "5 Aktiviteter", 1)
    w.para("Aktiviteterna är kopplade till nämndens mål med målets nummer.")
    rows = [["Nr", "Aktivitet", "Mål", "Ansvarig", "Klart", "Kostnad"]]
    for number, (name, goal, who, when, cost) in enumerate(ACTIVITIES, 1):
        rows.append([str(number), name, str(goal), who, when, cost])
        w.structure(str(number))
        own = cost == "Egen tid"
        w.expected.activities.append(
            Activity(
                name,
                who,
                dt.date.fromisoformat(when),
                group=GOALS[goal - 1],
                kostnad=None if own else D(cost.removesuffix(" tkr")),
                egen_tid=own,
            )
        )
    w.table(rows, widths=[0.9, 7, 1.1, 3.2, 2.2, 1.9])


def _unit_rows(name: str, income: list[int], costs: list[int], plan: list[int]) -> list[list[str]]:
    net = [i + c for i, c in zip(income, costs, strict=True)] + plan
    return [
        [f"{name} intäkter", *(sv(v) for v in income), "", ""],
        [f"{name} kostnader", *(sv(v) for v in costs), "", ""],
        [f"{name} nettokostnad", *(sv(v) for v in net)],
    ]


def _budget(w: Writer) -> None:
    heading(w, "6 Ekonomi", 1)
    w.para(
        "Nämndens ram för 2027 är 22 850 tkr. Intäkterna från bygglov och planavgifter "
        "beräknas öka något när bostadsbyggandet tar fart igen. Tabellerna är uttag ur "
        "ekonomisystemet; kostnader är negativa."
    )
    header = ["Resultaträkning, tkr", *COLUMNS]
    income = [sum(u[1][i] for u in UNITS) for i in range(4)]
    costs = [sum(u[2][i] for u in UNITS) for i in range(4)]
    plan = [sum(u[3][i] for u in UNITS) for i in range(2)]
    assert income[3] + costs[3] == -22_850, income[3] + costs[3]
    total = _unit_rows("Miljö- och byggnämnden", income, costs, plan)
    for row in total:  # the units' sums: checked against them, kept as no row
        w.totals(*row)
    w.table([header, *total], widths=[5.2, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8], size=8)
    # Judgement (as in I): each verksamhet's nettokostnad is its row of the driftbudget; its
    # intäkter and kostnader lines are the parts of that net, kept as no row of their own.
    for name, unit_income, unit_costs, unit_plan in UNITS:
        rows = _unit_rows(name, unit_income, unit_costs, unit_plan)
        w.para("")
        w.table([header, *rows], widths=[5.2, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8], size=8)
        w.structure(*rows[0], *rows[1])
        net = [i + c for i, c in zip(unit_income, unit_costs, strict=True)] + unit_plan
        w.structure(rows[2][0])
        w.expected.budget.append(
            BudgetRow("drift", name, {k: D(v) for k, v in zip(KEYS, net, strict=True)})
        )
    w.para("")

    title = "Investeringsbudget, tkr"
    w.para(("b", title))
    w.structure(title)
    header = ["Projektnr", "Projekt", "Budget 2027", "Plan 2028", "Plan 2029", "Plan 2030"]
    header.append("Plan 2031")
    rows = [header]
    for code, name, amounts in INVESTMENTS:
        rows.append([code, name, *("" if a is None else sv(a) for a in amounts)])
        given = {k: D(a) for k, a in zip(INVESTMENT_YEARS, amounts, strict=True) if a is not None}
        w.expected.budget.append(BudgetRow("investering", name, given, projektnummer=code))
    sums = [sum(a[i] or 0 for _, _, a in INVESTMENTS) for i in range(len(INVESTMENT_YEARS))]
    rows.append(["", "SUMMA INVESTERINGAR", *(sv(s) for s in sums)])
    w.totals(*rows[-1])
    w.table(rows, widths=[1.9, 5.6, 1.9, 1.9, 1.9, 1.9, 1.9])


def _key_figures(w: Writer) -> None:
    heading(w, "7 Nyckeltal", 1)
    w.para("Nyckeltalen visar volymerna i myndighetsutövningen, ett år per rad.")
    title = "Nyckeltal myndighetsutövning"
    w.para(("b", title))
    w.structure(title)
    header = [
        "År",
        "Inkomna bygglovsärenden",
        "Beviljade bygglov",
        "Handläggningstid bygglov, median (veckor)",
        "Livsmedelskontroller",
        "Inspektioner miljöfarlig verksamhet",
    ]
    rows = [
        ["2022", "486", "402", "4,8", "318", "164"],
        ["2023", "431", "359", "5,5", "296", "171"],
        ["2024", "398", "327", "5,6", "305", "182"],
        ["2025", "372", "318", "5,2", "289", "176"],
        ["2026 (prognos)", "410", "340", "4,9", "330", "180"],
    ]
    w.table([header, *rows], keep_headers=True, widths=[2.6, 2.7, 2.4, 3.2, 2.6, 3])
    # Judgement: a plan holds a key-figure table with a row per measure and a column per year
    # (as the other tables of key figures are printed, and as next year's column is added), so
    # a perfect import turns this one: each measure is a row, each printed year a column.
    w.expected.key_figures += [
        KeyRow(title, measure, {row[0]: row[column] for row in rows})
        for column, measure in enumerate(header[1:], 1)
    ]
    note = "Anm. Prognosen för 2026 bygger på utfallet januari–september."
    w.para(("i", note))
    w.expected.notes.append(TableNote(title, note))


def _control(w: Writer) -> None:
    heading(w, "8 Intern kontroll", 1)
    w.para(
        "Sannolikhet och konsekvens bedöms på fyra nivåer: osannolik (1), mindre sannolik (2), "
        "möjlig (3), sannolik (4) och försumbar (1), lindrig (2), kännbar (3), allvarlig (4)."
    )
    header = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment"]
    header += ["Kontrollansvarig", "Metod och frekvens", "Rapporteras till"]
    rows = [
        ["Bygglovshantering", "Beslut fattas efter lagstadgad tid och avgiften sätts ned",
         "Möjlig (3)", "Kännbar (3)", "9", "Uppföljning av handläggningstider per ärende",
         "Bygglovschef", "Rapport ur ärendesystemet varje månad", "Nämnden, tertialvis"],
        ["Debitering av tillsynsavgifter", "Tillsyn utförs men faktureras inte",
         "Möjlig (3)", "Lindrig (2)", "6", "Avstämning av tidrapporter mot fakturor",
         "Administrativ chef", "Stickprov halvårsvis", "Förvaltningschef"],
        ["Jäv vid myndighetsutövning", "Handläggare med jäv deltar i ärenden",
         "Mindre sannolik (2)", "Allvarlig (4)", "8", "Genomgång av jävsdeklarationer",
         "Förvaltningschef", "Årligen", "Nämnden, februari"],
        ["Delegationsbeslut", "Beslut anmäls inte till nämnden", "Möjlig (3)",
         "Kännbar (3)", "9", "Kontroll av anmälda delegationsbeslut mot ärendesystemet",
         "Nämndsekreterare", "Kvartalsvis", "Nämnden, löpande"],
        ["Arkivering", "Handlingar i bygglovsärenden gallras felaktigt",
         "Mindre sannolik (2)", "Kännbar (3)", "6", "Stickprov av avslutade ärenden",
         "Registrator", "Årligen", "Förvaltningschef"],
    ]  # fmt: skip
    w.table([header, *rows], widths=[2.2, 2.6, 1.6, 1.6, 1.1, 2.8, 2, 2, 1.8], size=7)
    w.expected.controls += [Control(row[5], row[0]) for row in rows]


def build_u(path: Path) -> Expected:
    front = Front(
        namnd="Miljö- och byggnämnden",
        kommun="Sjöhamra kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Miljö- och byggnämndens verksamhetsplan 2027–2029",
        forvaltningschef="Annika Sjödin",
        diarienummer="MBN 2026-000412",
    )
    w = Writer("U-mbn-dokumentinformation", front)
    _cover(w)
    _toc(w)
    _chapters(w)
    _goals(w)
    _activities(w)
    _budget(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
