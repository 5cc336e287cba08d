"""Corpus document BC: a barn- och utbildningsnämnd's plan 2027–2028 whose tables are turned
on their side: the goals are a matrix with the målområden as COLUMNS ("Lärande | Trygghet |
Hållbarhet"), each cell listing its målområde's numbered goals ("1.1 …") as bullet paragraphs;
the indicators follow in one table per målområde with the indicators as COLUMNS under a header
row naming the goal by its number only ("1.1" merged over its indicators) and the figures as
ROWS "Enhet", "Utfall 2024", "Utfall 2025", "Mål 2027", "Mål 2028" (numbers without their unit,
which the Enhet row gives; "–" for a year not measured, "minst 40", "Öka"); the activities in a
table linked to the goals by number and dated "juni 2027", "ht 2027", "vt 2028", "Q3 2027" and
ISO dates; the driftbudget 2027 with the verksamheter as COLUMNS ("Förskola | Grundskola |
Fritidshem | Gymnasium | Totalt") and the kostnadsslag as ROWS ("Intäkter", "Personalkostnader",
"Lokalkostnader", "Övriga kostnader", "Nettokostnad"); investments; key figures with the
skolenheter as rows; and an internkontroll table. A page header repeats the nämnd and period.

Expected (what a perfect import gives): the front matter from the cover lines; nine chapters (the
Heading 2s under Omvärldsanalys are its sub-headings, as in AN and AP);
seven nämndsmål without their number; thirteen indicators under the goal their number names,
with the unit of the Enhet row, the outcomes 2024 and 2025 ("–" is no value), 2025 as nuläge
and targets 2027 and 2028; eight activities with ansvarig, slutdatum ("juni 2027" is its last
day, "ht 2027" 2027-12-31, "vt 2028" 2028-06-30, "Q3 2027" 2027-09-30) and their goal; the
budget read the way the plan holds it: each verksamhet's Nettokostnad its driftbudget row for
budget 2027, each kostnadsslag's Totalt its resultaträkning row for budget 2027 (the cells of a
kostnadsslag per verksamhet are parts of those, the Nettokostnad row's Totalt is the total);
three investments; seven key-figure rows ("Kommunen totalt" is a row of rates, not a sum, and
"–" cells are no value); four controls with their process. The row labels of the transposed
tables, the goal numbers over the indicators and the units are structure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from tests.word_shapes_docx import Writer, budget_rows, cell_text, sv
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

HEADER = "Sjöviks kommun · Barn- och utbildningsnämnden · VP 2027–2028"

AREAS: list[tuple[str, list[tuple[str, str]]]] = [
    ("Lärande", [
        ("1.1", "Alla elever lämnar grundskolan med godtagbara kunskaper i alla ämnen."),
        ("1.2", "Barnen i förskolan utvecklar sitt språk och sitt matematiska tänkande."),
        ("1.3", "Fler elever fullföljer gymnasieskolan inom fyra år."),
    ]),
    ("Trygghet", [
        ("2.1", "Barn och elever känner sig trygga i förskolan och skolan."),
        ("2.2", "Närvaron i grundskolan ökar"),
    ]),
    ("Hållbarhet", [
        ("3.1", "Måltiderna i förskola och skola har mindre klimatpåverkan."),
        ("3.2", "Andelen behöriga lärare och förskollärare ökar."),
    ]),
]  # fmt: skip

Ind = tuple[str, str, str, Val | None, Val | None, Val, Val]
"""An indicator: goal number, name, unit, utfall 2024, utfall 2025, mål 2027, mål 2028."""
INDICATORS: dict[str, list[Ind]] = {
    "Lärande": [
        ("1.1", "Andel elever i åk 9 som nått kunskapskraven i alla ämnen", "%", D(72), D(74),
         D(78), D(80)),
        ("1.1", "Genomsnittligt meritvärde åk 9", "poäng", D("224.5"), D("227.1"), D(232),
         D(235)),
        ("1.2", "Andel fyraåringar med godkänd språkscreening", "%", D(81), D(83), D(87), D(90)),
        ("1.2", "Andel elever i förskoleklass som når de kritiska punkterna i Hitta matematiken",
         "%", None, D(76), D(80), D(84)),
        ("1.3", "Andel gymnasieelever med examen inom fyra år", "%", D(71), D(73), D(76),
         D(78)),
        ("1.3", "Andel elever på introduktionsprogram som går vidare till nationellt program",
         "%", D(34), D(38), "minst 40", "Öka"),
    ],
    "Trygghet": [
        ("2.1", "Andel elever i åk 5 som känner sig trygga i skolan", "%", D(88), D(86), D(92),
         D(94)),
        ("2.1", "Andel elever i åk 8 som känner sig trygga i skolan", "%", D(79), D(81), D(87),
         D(90)),
        ("2.2", "Andel elever i grundskolan med närvaro under 85 procent", "%", D("13.8"),
         D("12.9"), D(10), D(8)),
    ],
    "Hållbarhet": [
        ("3.1", "Klimatpåverkan från inköpta livsmedel", "kg CO2e/kg", D("1.62"), D("1.55"),
         D("1.40"), D("1.30")),
        ("3.1", "Andel ekologiska livsmedel", "%", D(31), D(33), D(35), D(35)),
        ("3.2", "Andel lärare i grundskolan med legitimation och behörighet i minst ett ämne",
         "%", D(78), D(80), D(83), D(85)),
        ("3.2", "Andel förskollärare av den pedagogiska personalen i förskolan", "%", D(41),
         D(42), D(45), D(48)),
    ],
}  # fmt: skip

ROWS = ("Utfall 2024", "Utfall 2025", "Mål 2027", "Mål 2028")

Act = tuple[str, str, str, str, dt.date]
"""An activity: name, goal number, ansvarig, the date as printed, the date it means."""
ACTIVITIES: list[Act] = [
    ("Inför gemensam modell för extra anpassningar i årskurs 7–9", "1.1",
     "Rektor Norrängsskolan", "juni 2027", dt.date(2027, 6, 30)),
    ("Läxhjälp på biblioteket tre eftermiddagar i veckan", "1.1", "Verksamhetschef grundskola",
     "ht 2027", dt.date(2027, 12, 31)),
    ("Språkombud på varje förskola", "1.2", "Verksamhetschef förskola", "2027-10-31",
     dt.date(2027, 10, 31)),
    ("Studie- och yrkesvägledning i grupp på introduktionsprogrammen", "1.3",
     "Rektor Sjöviks gymnasium", "vt 2028", dt.date(2028, 6, 30)),
    ("Ny plan mot kränkande behandling med elevrådens medverkan", "2.1", "Elevhälsochef",
     "Q3 2027", dt.date(2027, 9, 30)),
    ("Närvaroteam som följer upp frånvaro från första dagen", "2.2", "Elevhälsochef",
     "december 2027", dt.date(2027, 12, 31)),
    ("Två vegetariska lunchdagar i veckan i alla skolor", "3.1", "Kostchef", "juni 2027",
     dt.date(2027, 6, 30)),
    ("Betald vidareutbildning för fem barnskötare till förskollärare", "3.2", "HR-strateg",
     "vt 2028", dt.date(2028, 6, 30)),
]  # fmt: skip

UNITS = ["Förskola", "Grundskola", "Fritidshem", "Gymnasium"]
COST_TYPES: list[tuple[str, list[int]]] = [
    ("Intäkter", [14200, 22800, 9600, 11300]),
    ("Personalkostnader", [-148300, -296400, -38200, -74800]),
    ("Lokalkostnader", [-31900, -58700, -4100, -16200]),
    ("Övriga kostnader", [-22600, -61300, -5900, -58900]),
]

INVESTMENTS: list[tuple[str, list[int | None]]] = [
    ("Inventarier förskolan Solbacken", [3500, 800, None]),
    ("Digitala verktyg i grundskolan", [2400, 2400, 2400]),
    ("Ny utemiljö vid Ekbackens skola", [1800, None, None]),
]
INVESTMENT_KEYS = [("budget", 2027), ("plan", 2028), ("plan", 2029)]

KEY_TITLE = "Nyckeltal per skolenhet läsåret 2025/26"
KEY_HEADER = ["Skolenhet", "Årskurser", "Elever", "Elever per lärare", "Behöriga lärare, %"]
KEY_HEADER += ["Meritvärde åk 9", "Trygghet åk 8, %"]
KEY_ROWS = [
    ["Ekbackens skola", "F–6", "412", "13,1", "84", "–", "–"],
    ["Hagaskolan", "F–9", "538", "12,4", "79", "221,6", "80"],
    ["Norrängsskolan", "7–9", "466", "11,8", "76", "229,4", "83"],
    ["Solbergaskolan", "F–6", "301", "13,6", "88", "–", "–"],
    ["Strandskolan", "F–3", "148", "12,9", "91", "–", "–"],
    ["Sjöviks gymnasium", "Gy", "684", "11,2", "86", "–", "–"],
    ["Kommunen totalt", "", "2 549", "12,4", "83", "226,1", "81"],
]

CONTROLS = [
    ("Skolplacering", "Elev placeras inte enligt regler om närhet och vårdnadshavares val",
     "Stickprov på 20 placeringsbeslut inför höstterminen", "Antagningshandläggare",
     "Årligen"),
    ("Kränkande behandling", "Anmälan till huvudmannen görs inte skyndsamt",
     "Jämförelse mellan skolornas incidentrapporter och anmälningar till huvudmannen",
     "Elevhälsochef", "Varje termin"),
    ("Interkommunala ersättningar", "Fakturor för elever i andra kommuner betalas felaktigt",
     "Kontroll av fakturerade elever mot folkbokföring och elevregister", "Controller",
     "Varje kvartal"),
    ("Skolskjuts", "Skolskjuts beviljas utan att kriterierna är uppfyllda",
     "Granskning av tio beviljade ansökningar", "Skolskjutssamordnare", "Två gånger per år"),
]  # fmt: skip


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _caption(w: Writer, text: str) -> None:
    w.para(("b", text))
    w.structure(text)


def _cover(w: Writer) -> None:
    w.cover("Sjöviks kommun", size=14)
    w.para("")
    w.cover("Verksamhetsplan 2027–2028 med budget 2027", size=26, bold=True)
    w.cover("Barn- och utbildningsnämnden", size=18)
    w.para("")
    w.cover("Antagen av barn- och utbildningsnämnden 2026-11-25, § 98", size=10)
    w.cover("Dnr BUN 2026/214", size=10)
    w.cover("Ordförande: Karin Holm (S)", size=10)
    w.cover("Förvaltningschef: Per Lindqvist", size=10)
    w.page_break()


def _intro(w: Writer) -> None:
    w.chapter("Inledning", 1)
    w.para(
        "Barn- och utbildningsnämnden ansvarar för förskola, pedagogisk omsorg, förskoleklass, "
        "grundskola, fritidshem och gymnasieskola i Sjöviks kommun. I verksamheterna går drygt "
        "4 200 barn och elever, och förvaltningen har omkring 780 medarbetare."
    )
    w.para(
        "Planen visar vad nämnden vill uppnå under 2027 och 2028, hur det ska mätas och vilka "
        "aktiviteter som ska ta oss dit. Budgeten avser 2027; planåret 2028 budgeteras när "
        "kommunfullmäktige har beslutat om ramarna."
    )
    w.chapter("Nämndens uppdrag", 1)
    w.para(
        "Nämndens uppdrag följer av skollagen, läroplanerna och kommunfullmäktiges reglemente. "
        "Nämnden är huvudman för elva förskolor, sex grundskolor och en gymnasieskola."
    )
    w.bullets(
        "Ge alla barn och elever en likvärdig utbildning.",
        "Följa upp resultaten och åtgärda brister på varje enhet.",
        "Fördela resurserna efter barnens och elevernas behov.",
    )


def _environment(w: Writer) -> None:
    w.chapter("Omvärldsanalys", 1)
    w.para(
        "Omvärldsanalysen bygger på befolkningsprognosen från våren 2026, Skolverkets statistik "
        "och nämndens egen uppföljning."
    )
    w.heading("Färre barn i förskoleåldern", 2)
    w.para(
        "Födelsetalen har sjunkit sedan 2021 och antalet barn 1–5 år väntas minska med ungefär "
        "8 procent till 2029. Två förskolor med små barngrupper behöver ses över, samtidigt som "
        "elevantalet i grundskolans högstadium fortsätter att växa fram till 2028."
    )
    w.heading("Kompetensförsörjning", 2)
    w.para(
        "Bristen på legitimerade lärare är störst i matematik, moderna språk och "
        "specialpedagogik. Pensionsavgångarna de närmaste fem åren motsvarar ungefär var "
        "tionde lärare, och konkurrensen med grannkommunerna om förskollärare är hård."
    )
    w.heading("Ekonomiska förutsättningar", 2)
    w.para(
        "Kostnaderna för interkommunala ersättningar och skolskjuts ökar snabbare än ramen. "
        "Nämnden behöver därför anpassa lokalerna efter det minskande barnantalet i förskolan."
    )


def _goal_matrix(w: Writer) -> dict[str, str]:
    w.chapter("Mål för 2027–2028", 1)
    w.para(
        "Kommunfullmäktiges tre målområden är Lärande, Trygghet och Hållbarhet. Nämndens mål "
        "står i tabellen under sitt målområde och har ett nummer som används i indikator- och "
        "aktivitetstabellerna."
    )
    _caption(w, "Nämndens mål per målområde")
    table = w.table([[area for area, _ in AREAS], ["", "", ""]], widths=[5.5, 5.5, 5.5], size=10)
    numbers = {}
    for column, (_, goals) in enumerate(AREAS):
        _shade(table.cell(0, column), "D9E2F3")
        cell = table.cell(1, column)
        for n, (number, text) in enumerate(goals):
            paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
            paragraph.style = w.doc.styles["List Bullet"]
            run = paragraph.add_run(f"{number} {text}")
            run.font.size = Pt(10)
            numbers[number] = text
            w.expected.goals.append(Goal(text, "namnd"))
    return numbers


def _indicators(w: Writer, numbers: dict[str, str]) -> None:
    w.chapter("Indikatorer", 1)
    w.para(
        "Varje mål följs upp med en eller två indikatorer. Tabellerna visar indikatorerna som "
        "kolumner; raderna visar enheten, utfallet de två senaste åren och målvärdena för "
        "planperioden. Ett streck betyder att indikatorn inte mättes det året."
    )
    w.structure("Nämndsmål", "Indikator", "Enhet", *ROWS, "–")
    for n, (area, inds) in enumerate(INDICATORS.items(), start=1):
        _caption(w, f"Tabell {n}. Indikatorer för målområdet {area}")
        goal_row = ["Nämndsmål"]
        merges = []
        for column, ind in enumerate(inds, start=1):
            if column > 1 and inds[column - 2][0] == ind[0]:
                goal_row.append("")
                merges.append((0, column - 1, 0, column))
            else:
                goal_row.append(ind[0])
        rows = [goal_row, ["Indikator", *(i[1] for i in inds)], ["Enhet", *(i[2] for i in inds)]]
        for r, label in enumerate(ROWS):
            rows.append([label, *(cell_text(i[3 + r]) or "–" for i in inds)])
        width = (16.6 - 2.4) / len(inds)
        w.table(rows, header_rows=2, merges=merges, widths=[2.4, *[width] * len(inds)], size=8)
        w.expected.structure.difference_update(i[1] for i in inds)
        w.structure(*(i[2] for i in inds))
        for number, name, unit, u24, u25, t27, t28 in inds:
            outcomes = {y: v for y, v in ((2024, u24), (2025, u25)) if v is not None}
            w.expected.indicators.append(
                Indicator(numbers[number], name, unit, 2025, u25, {2027: t27, 2028: t28}, outcomes)
            )


def _activities(w: Writer, numbers: dict[str, str]) -> None:
    w.chapter("Aktiviteter", 1)
    w.para("Aktiviteterna är kopplade till nämndens mål genom målets nummer.")
    rows = [["Aktivitet", "Mål", "Ansvarig", "Klart"]]
    for name, number, who, when, day in ACTIVITIES:
        rows.append([name, number, who, when])
        w.structure(number, when)
        w.expected.activities.append(Activity(name, who, day, group=numbers[number]))
    w.table(rows, widths=[8.2, 1.4, 4.4, 2.6])


def _budget(w: Writer) -> None:
    w.chapter("Budget 2027", 1)
    net = [sum(amounts[c] for _, amounts in COST_TYPES) for c in range(len(UNITS))]
    assert sum(net) == -759_400, sum(net)
    w.para(
        "Kommunfullmäktiges ram för nämnden är 759,4 miljoner kronor 2027. Tabellen visar "
        "budgeten per verksamhet och kostnadsslag. Intäkterna är främst statsbidrag och "
        "föräldraavgifter."
    )
    _caption(w, "Driftbudget 2027 per verksamhet, tkr")
    header = ["Kostnadsslag", *UNITS, "Totalt"]
    rows = [header]
    for name, amounts in COST_TYPES:
        total = sum(amounts)
        rows.append([name, *(sv(a, minus="−") for a in amounts), sv(total, minus="−")])
        w.structure(*(sv(a, minus="−") for a in amounts))
        w.expected.budget.append(BudgetRow("resultat", name, {("budget", 2027): D(total)}))
    rows.append(["Nettokostnad", *(sv(a, minus="−") for a in net), sv(sum(net), minus="−")])
    w.totals("Nettokostnad", sv(sum(net), minus="−"))
    for unit, amount in zip(UNITS, net, strict=True):
        w.expected.budget.append(BudgetRow("drift", unit, {("budget", 2027): D(amount)}))
    table = w.table(rows, widths=[3.8, 2.5, 2.5, 2.5, 2.5, 2.8])
    for cell in table.rows[-1].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True

    _caption(w, "Investeringar, tkr")
    header = ["Projekt", "Budget 2027", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "investering", INVESTMENT_KEYS, INVESTMENTS, "Summa investeringar")
    w.table([header, *body], widths=[8.2, 2.8, 2.8, 2.8])


def _key_figures(w: Writer) -> None:
    w.chapter("Nyckeltal per skolenhet", 1)
    w.para(
        "Uppgifterna kommer från Skolverkets statistik och nämndens elevregister per den 15 "
        "oktober 2025. Meritvärdet redovisas bara för skolor med årskurs 9."
    )
    _caption(w, KEY_TITLE)
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[3.8, 1.9, 1.7, 2.1, 2.4, 2.3, 2.4])
    w.structure("–")
    for row in KEY_ROWS:
        values = {h: v for h, v in zip(KEY_HEADER[1:], row[1:], strict=True) if v not in ("", "–")}
        w.expected.key_figures.append(KeyRow(KEY_TITLE, row[0], values))


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll", 1)
    w.para(
        "Internkontrollplanen bygger på förvaltningens riskanalys. Resultatet av kontrollerna "
        "redovisas för nämnden i samband med verksamhetsberättelsen."
    )
    rows = [["Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    for process, risk, moment, who, when in CONTROLS:
        rows.append([process, risk, moment, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.8, 4.0, 4.8, 2.8, 2.2], size=8)


def build_bc(path: Path) -> Expected:
    front = Front(
        namnd="Barn- och utbildningsnämnden",
        kommun="Sjöviks kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028 med budget 2027",
        ordforande="Karin Holm (S)",
        forvaltningschef="Per Lindqvist",
        diarienummer="BUN 2026/214",
    )
    w = Writer("BC-bun-transponerade-tabeller", front)
    section = w.doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = HEADER
    section.header_distance = Cm(1.0)
    w.expected.absent.append(HEADER)
    _cover(w)
    _intro(w)
    _environment(w)
    numbers = _goal_matrix(w)
    _indicators(w, numbers)
    _activities(w, numbers)
    _budget(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
