"""Corpus document N: a miljö- och byggnämnd's three-year plan written in Normal style only:
chapters typed as bold numbered lines ("1 Inledning", "3.1 …" in italics below them), a typed
table of contents with dotted tabs and page numbers, one goal table per målområde with two
header rows ("Nämndsmål | Indikator | Nuläge | Målvärde" over the years), the goal merged down
its indicators, targets such as "≥ 70 %", "minst 3", "max 10 dagar" and "Öka", some merged
across the years they hold for, the second målområde's table split by a page break into two
tables (the header typed again, the goal cell empty where its indicators go on), activities
with start and end dates, a driftbudget with Unicode minus, nyckeltal, an internkontroll with
"12 – hög" and a signature block in a borderless table at the end."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

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

MINUS = "\u2212"
YEARS = (2027, 2028, 2029)

Ind = tuple[str, str, str, D, list[str], list[Val]]
"""An indicator: name, unit, nuläge as printed, nuläge, the target cells of 2027–2029 as
printed ("" where a merge covers the cell) and the targets a perfect import reads."""

# Judgement: a target merged across year columns holds for each of those years. "max 10
# dagar" is 10 compared as "högst" in the indicator's unit (dagar): expected as "max 10".
AREAS: list[tuple[str, list[tuple[str, list[Ind]]]]] = [
    (
        "4.1 Målområde: Hållbar miljö",
        [
            (
                "Tillsynen bidrar till friska vattendrag och en giftfri miljö.",
                [
                    ("Andel inventerade enskilda avlopp med åtgärdsbeslut", "%", "62 %", D(62),
                     ["≥ 70 %", "≥ 80 %", "≥ 90 %"], ["≥ 70 %", "≥ 80 %", "≥ 90 %"]),
                    ("Antal tillsynsbesök på miljöfarliga verksamheter", "", "118", D(118),
                     ["minst 130", "minst 140", ""], ["minst 130", "minst 140", "minst 140"]),
                    ("Antal förorenade områden med avslutad utredning", "", "2", D(2),
                     ["minst 3", "", ""], ["minst 3", "minst 3", "minst 3"]),
                ],
            ),
            (
                "Livsmedel som säljs och serveras i kommunen är säkra.",
                [
                    ("Andel planerade livsmedelskontroller som genomförts", "%", "91 %", D(91),
                     ["100 %", "", ""], [D(100), D(100), D(100)]),
                    ("Andel avvikelser som följts upp inom 30 dagar", "%", "78 %", D(78),
                     ["≥ 85 %", "≥ 90 %", ""], ["≥ 85 %", "≥ 90 %", "≥ 90 %"]),
                ],
            ),
        ],
    ),
    (
        "4.2 Målområde: Service till invånare och företag",
        [
            (
                "Den som söker bygglov får ett snabbt och förutsägbart besked.",
                [
                    ("Handläggningstid bygglov från komplett ansökan, median", "dagar",
                     "26 dagar", D(26), ["max 21 dagar", "max 18 dagar", "max 14 dagar"],
                     ["max 21", "max 18", "max 14"]),
                    ("Tid från inkommen ansökan till bekräftelse", "dagar", "12 dagar", D(12),
                     ["max 10 dagar", "", ""], ["max 10", "max 10", "max 10"]),
                    ("Nöjd kund-index bygglov (SKR Insikt)", "", "68", D(68), ["Öka", "", ""],
                     ["Öka", "Öka", "Öka"]),
                    ("Andel bygglovsbeslut som står sig vid överprövning", "%", "94 %", D(94),
                     ["≥ 95 %", "", ""], ["≥ 95 %", "≥ 95 %", "≥ 95 %"]),
                ],
            ),
            (
                "Företag upplever en enkel och tydlig myndighetsutövning.",
                [
                    ("Nöjd kund-index livsmedelskontroll", "", "74", D(74),
                     ["minst 75", "minst 77", "minst 80"], ["minst 75", "minst 77", "minst 80"]),
                    ("Andel ärenden som kommer in via e-tjänst", "%", "41 %", D(41),
                     ["50 %", "60 %", "70 %"], [D(50), D(60), D(70)]),
                ],
            ),
        ],
    ),
]  # fmt: skip

GOALS = [goal for _, goals in AREAS for goal, _ in goals]

ACTIVITIES: list[tuple[str, int, str, str, dt.date]] = [
    ("Inventera enskilda avlopp kring Lillsjön och Norrån", 1, "Miljöchef", "2027-03-01",
     dt.date(2027, 10, 31)),
    ("Projekt om PFAS i dagvatten tillsammans med VA-bolaget", 1, "Miljöinspektör",
     "2027-01-15", dt.date(2028, 6, 30)),
    ("Riskklassa om alla livsmedelsanläggningar enligt den nya modellen", 2,
     "Livsmedelsinspektör", "2027-01-01", dt.date(2027, 4, 30)),
    ("Införa digital kontrollrapport på plats", 2, "Miljöchef", "2027-02-01",
     dt.date(2027, 9, 30)),
    ("Checklistor för kompletta bygglovsansökningar på webben", 3, "Bygglovschef",
     "2027-01-01", dt.date(2027, 3, 31)),
    ("Förhandsbesked och bygglov i samma e-tjänst", 3, "Bygglovschef", "2027-04-01",
     dt.date(2027, 12, 31)),
    ("Företagarfrukost två gånger per år", 4, "Miljö- och byggchef", "2027-03-01",
     dt.date(2029, 12, 31)),
]  # fmt: skip

DRIFT: list[tuple[str, list[int]]] = [
    ("Nämnd och förvaltningsledning", [4_812, 5_050, 5_180, 5_300, 5_420]),
    ("Miljö- och hälsoskydd", [7_340, 7_610, 7_900, 8_100, 8_300]),
    ("Livsmedelskontroll", [1_206, 980, 760, 700, 650]),
    ("Bygglov", [-1_418, -950, -1_240, -1_300, -1_350]),
    ("Kart och mät", [3_975, 4_120, 4_240, 4_350, 4_460]),
    ("Bostadsanpassning", [6_430, 6_800, 7_150, 7_400, 7_650]),
]
KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]

TOC = [
    ("1 Inledning", 3),
    ("2 Nämndens uppdrag", 3),
    ("3 Omvärldsanalys", 4),
    ("4 Mål och indikatorer", 5),
    ("5 Aktiviteter", 8),
    ("6 Ekonomi", 9),
    ("7 Intern kontroll", 10),
]


def _line(w: Writer, text: str, *, chapter: bool = False, part: bool = False) -> None:
    """A heading typed in Normal: bold for a chapter or part, bold italic below them."""
    if chapter:
        w.expected.chapters.append(text)
    if part:
        w.structure(text)
    paragraph = w.para(("b" if chapter or part else "bi", text), size=12 if chapter or part else 0)
    paragraph.paragraph_format.space_before = Pt(12)


def _cover(w: Writer) -> None:
    w.cover("Älvmora kommun", size=12)
    w.cover("Miljö- och byggnämnden", size=16, bold=True)
    w.cover("Verksamhetsplan 2027–2029", size=26, bold=True)
    w.cover("Fastställd av miljö- och byggnämnden 2026-12-02 § 141")
    w.cover("Diarienummer: MBN 2026-000318")
    w.para("")
    w.cover("Ordförande: Anders Berg (KD)")
    w.cover("Miljö- och byggchef: Tove Lindqvist")
    w.page_break()
    w.cover("Innehåll", size=14, bold=True)
    for text, page in TOC:
        paragraph = w.doc.add_paragraph(f"{text}\t{page}")
        paragraph.paragraph_format.tab_stops.add_tab_stop(
            Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        # A typed table of contents: its lines with their page numbers are no content.
        w.structure(f"{text} {page}")
        w.expected.absent.append(f"{text} {page}")
    w.page_break()


def _chapters(w: Writer) -> None:
    _line(w, "1 Inledning", chapter=True)
    w.paras(
        "Verksamhetsplanen är nämndens viktigaste styrdokument. Den beskriver vad nämnden vill "
        "uppnå under de kommande tre åren, hur det ska mätas och vilka aktiviteter som ska "
        "genomföras. Budgeten för 2027 är fastställd, 2028 och 2029 är plan.",
        "Planen har arbetats fram av förvaltningens ledningsgrupp med synpunkter från "
        "medarbetarna på två planeringsdagar i september.",
    )
    _line(w, "2 Nämndens uppdrag", chapter=True)
    w.para(
        "Nämnden är kommunens myndighet för miljö- och hälsoskydd, livsmedelskontroll, bygglov "
        "och tillsyn enligt plan- och bygglagen. Nämnden ansvarar också för kart- och "
        "mätverksamheten och för bostadsanpassningsbidragen. Förvaltningen har 41 årsarbetare."
    )
    _line(w, "3 Omvärldsanalys", chapter=True)
    _line(w, "3.1 Befolkning och byggande")
    w.para(
        "Befolkningen har ökat med omkring 300 personer per år sedan 2022. Efterfrågan på "
        "tomter för småhus är fortsatt stor längs Norrån, och fler fritidshus byggs om till "
        "permanentboenden, vilket ställer krav på avloppslösningar."
    )
    _line(w, "3.2 Lagstiftning och taxor")
    w.para(
        "EU:s nya kontrollförordning och Livsmedelsverkets riskklassningsmodell innebär att "
        "livsmedelskontrollen ska finansieras med efterhandsdebitering. Nämnden inför den nya "
        "taxan den 1 januari 2027."
    )


def _goal_tables(w: Writer) -> None:
    _line(w, "4 Mål och indikatorer", part=True)
    w.para(
        "Nämndens mål hör till fullmäktiges två målområden för nämnden. Ett målvärde som "
        "gäller flera år står i en sammanslagen cell."
    )
    header = [
        ["Nämndsmål", "Indikator", "Nuläge", "Målvärde", "", ""],
        ["", "", "2025", *(str(y) for y in YEARS)],
    ]
    head_merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 3, 0, 5)]
    number = 0
    for area, goals in AREAS:
        _line(w, area, part=True)
        # The table's parts (one, or two where a page break splits it): rows and merges.
        parts: list[tuple[list[list[str]], list[tuple[int, int, int, int]]]] = [([], [])]
        for goal, inds in goals:
            number += 1
            w.expected.goals.append(Goal(goal, "namnd"))
            label = f"Mål {number}: {goal}"
            w.structure(label)  # the goal is checked as an item, without its label
            first = len(parts[-1][0])
            for n, (name, unit, shown, base, cells, targets) in enumerate(inds):
                if number == 3 and n == 2:  # the page ends here: the table goes on after it
                    _merge_down(parts[-1], first)
                    parts.append(([], []))
                    first = 0
                rows, merges = parts[-1]
                at = len(rows) + len(header)
                rows.append([label if n == 0 else "", name, shown, *cells])
                for c, text in enumerate(cells):
                    if text:  # merged over the blank cells after it
                        last = c
                        while last + 1 < len(cells) and not cells[last + 1]:
                            last += 1
                        if last > c:
                            merges.append((at, 3 + c, at, 3 + last))
                w.expected.indicators.append(
                    Indicator(goal, name, unit, 2025, base, dict(zip(YEARS, targets, strict=True)))
                )
            _merge_down(parts[-1], first)
        for n, (rows, merges) in enumerate(parts):
            if n:
                w.page_break()
            w.table(
                [*header, *rows],
                header_rows=2,
                merges=[*head_merges, *merges],
                widths=[4.2, 5.4, 1.9, 1.9, 1.9, 1.9],
                size=8,
            )
        w.para("")


def _merge_down(part: tuple[list[list[str]], list[tuple[int, int, int, int]]], first: int) -> None:
    """Merge the goal's cell down its rows of the table part, from body row ``first``."""
    rows, merges = part
    if len(rows) - 1 > first:
        merges.append((first + 2, 0, len(rows) + 1, 0))


def _activities(w: Writer) -> None:
    _line(w, "5 Aktiviteter", part=True)
    header = ["Aktivitet", "Mål", "Ansvarig", "Start", "Klart"]
    rows = [header]
    for name, goal, who, start, end in ACTIVITIES:
        rows.append([name, f"Mål {goal}", who, start, end.isoformat()])
        w.structure(f"Mål {goal}")  # the link to the goal, checked as the group
        w.expected.activities.append(Activity(name, who, end, group=GOALS[goal - 1]))
    w.table(rows, widths=[7, 1.5, 3.5, 2.2, 2.2])


def _budget(w: Writer) -> None:
    _line(w, "6 Ekonomi", part=True)
    _line(w, "6.1 Driftbudget", part=True)
    w.para(
        "Nämndens ram för 2027 är 23,99 miljoner kronor. Bygglov och livsmedelskontroll "
        "finansieras till stor del av avgifter; ett negativt belopp är ett överskott."
    )
    header = ["Verksamhet, tkr", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]
    header.append("Plan 2029")
    rows = [header]
    for name, amounts in DRIFT:
        rows.append([name, *(sv(a, minus=MINUS) for a in amounts)])
        w.expected.budget.append(
            BudgetRow("drift", name, {k: D(a) for k, a in zip(KEYS, amounts, strict=True)})
        )
    total = ["Summa", *(sv(sum(a[i] for _, a in DRIFT), minus=MINUS) for i in range(5))]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[5, 2.3, 2.3, 2.3, 2.3, 2.3])
    w.para("")
    _line(w, "6.2 Nyckeltal", part=True)
    key_header = ["Nyckeltal", "Utfall 2024", "Utfall 2025", "Prognos 2026"]
    key_rows = [
        ["Inkomna bygglovsansökningar, antal", "412", "448", "470"],
        ["Registrerade livsmedelsanläggningar, antal", "286", "291", "295"],
        ["Timtaxa miljöbalken, kr", "1 240", "1 290", "1 335"],
        ["Avgiftsfinansiering bygglov, %", "96", "108", "104"],
    ]
    w.table([key_header, *key_rows], keep_headers=True, widths=[7.5, 3, 3, 3])
    w.expected.key_figures += [
        KeyRow("", row[0], dict(zip(key_header[1:], row[1:], strict=True))) for row in key_rows
    ]
    w.para("")


def _control(w: Writer) -> None:
    _line(w, "7 Intern kontroll", part=True)
    header = ["Rutin/process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Frekvens"]
    rows = [
        ["Handläggning av bygglov", "Beslut fattas utan delegation", "12 – hög",
         "Genomgång av delegationsbeslut mot delegationsordningen", "Bygglovschef",
         "Varje tertial"],
        ["Fakturering av tillsynsavgifter", "Avgifter debiteras inte", "9 – medel",
         "Avstämning av utförd tillsyn mot fakturerade avgifter", "Controller",
         "Två gånger per år"],
        ["Bostadsanpassning", "Bidrag betalas ut för åtgärder som inte utförts", "8 – medel",
         "Stickprov med besök hos fem bidragsmottagare", "Handläggare bostadsanpassning",
         "Årligen"],
    ]  # fmt: skip
    w.table([header, *rows], widths=[3, 3.4, 1.8, 4.4, 2.6, 2], size=8)
    w.expected.controls += [Control(row[3], row[0]) for row in rows]


def _signatures(w: Writer) -> None:
    w.para("")
    w.cover("Älvmora den 2 december 2026")
    w.cover("För miljö- och byggnämnden")
    cells = [
        ["______________________", "______________________"],
        ["Anders Berg (KD)", "Lina Sund"],
        ["Ordförande", "Nämndsekreterare"],
    ]
    table = w.doc.add_table(rows=3, cols=2)  # no style: a signature block has no borders
    for values, row in zip(cells, table.rows, strict=True):
        for text, cell in zip(values, row.cells, strict=True):
            cell.paragraphs[0].add_run(text)
            w.structure(text)


def build_n(path: Path) -> Expected:
    front = Front(
        namnd="Miljö- och byggnämnden",
        kommun="Älvmora kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Anders Berg (KD)",
        forvaltningschef="Tove Lindqvist",
        diarienummer="MBN 2026-000318",
    )
    w = Writer("N-mbn-utan-rubrikformat", front)
    _cover(w)
    _chapters(w)
    _goal_tables(w)
    _activities(w)
    _budget(w)
    _control(w)
    _signatures(w)
    return w.save(path)
