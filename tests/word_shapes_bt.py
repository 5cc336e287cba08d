"""Corpus document BT: a socialnämnd's three-year plan whose goals stand in a målmatris, one
large table per målområde "Kommunfullmäktiges mål | Nämndmål | Indikatorer | Nuläge |
Målvärden | Aktiviteter": the KF goal in the first column merged down (w:vMerge) over its
nämndmål rows, and in each row several values per cell: the indicators as the cell's
paragraphs (a bulleted list in one table), the nuläge one line per indicator ("74 % (2025)"),
the targets per year as "2027: 76 %" lines with an empty line before the next indicator's
(soft line breaks in one table, a year left out where a survey is not made), and the
activities as bullets "… (Ansvarig: …, klart Q2 2027)"; around it a cover with "Socialchef:",
omvärldsanalys under Heading 2s, a driftbudget with net costs as positive amounts and a
Kommunbidrag row, a resultatbudget, internkontroll with S, K and Riskvärde, and nyckeltal."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm, Pt

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

HEADER = "Ljusmora kommun – Socialnämnden – Verksamhetsplan med budget 2027–2029"
YEARS = (2027, 2028, 2029)

Ind = tuple[str, str, D, int, dict[int, Val]]
"""An indicator: name, unit, nuläge, its year, targets per year (a year left out: none)."""
Act = tuple[str, str, str, dt.date]
"""An activity: name, ansvarig, "klart" as printed, the slutdatum it means."""

# Judgement: "Q2 2027" ends on the quarter's last day, "december 2027" on the month's, as the
# corpus reads them elsewhere.
AREAS: list[tuple[str, str, list[tuple[str, list[Ind], list[Act]]]]] = [
    (
        "Målområde 1: Barn och unga",
        "Barn och unga i Ljusmora har goda och jämlika uppväxtvillkor.",
        [
            (
                "Barn och unga som behöver stöd får det tidigt och nära hemmet.",
                [
                    ("Andel barn 0–12 år som inte återaktualiserats ett år efter avslutad "
                     "insats", "%", D(74), 2025, {2027: D(76), 2028: D(78), 2029: D(80)}),
                    ("Antal barn och unga placerade på HVB, 31 december", "", D(14), 2025,
                     {2027: D(12), 2028: D(11), 2029: D(10)}),
                    ("Utredningstid barnavård, median i dagar", "", D(108), 2025,
                     {2027: D(100), 2028: D(95), 2029: D(90)}),
                ],
                [
                    ("Öppna familjecentral i Norrby tillsammans med regionen", "Enhetschef "
                     "barn och familj", "Q3 2027", dt.date(2027, 9, 30)),
                    ("Bygga ut öppenvårdens behandlingsinsatser som alternativ till placering",
                     "Sektionschef IFO", "december 2027", dt.date(2027, 12, 31)),
                ],
            ),
            (
                "Unga vuxna med försörjningsstöd kommer i arbete eller studier.",
                [
                    ("Andel unga vuxna 18–24 år med försörjningsstöd som börjat arbeta eller "
                     "studera inom sex månader", "%", D(31), 2025,
                     {2027: D(35), 2028: D(38), 2029: D(40)}),
                ],
                [
                    ("Starta ett gemensamt ungdomsteam med arbetsmarknadsenheten",
                     "Enhetschef försörjningsstöd", "Q1 2027", dt.date(2027, 3, 31)),
                ],
            ),
        ],
    ),
    (
        "Målområde 2: Trygghet och självständighet",
        "Invånare som behöver samhällets stöd kan leva ett självständigt liv.",
        [
            (
                "Fler vuxna med missbruk eller beroende når en stabil livssituation.",
                [
                    ("Andel vuxna med missbruk som inte återaktualiserats sex månader efter "
                     "avslutad insats", "%", D(68), 2025, {2027: D(72), 2028: D(75),
                                                          2029: D(78)}),
                    ("Antal hushåll med långvarigt ekonomiskt bistånd (10–12 månader)", "",
                     D(186), 2025, {2027: D(170), 2028: D(160), 2029: D(150)}),
                    ("Andel brukare som är nöjda med bemötandet", "%", D(84), 2024,
                     {2027: "Minst 86 %", 2029: "Minst 88 %"}),
                ],
                [
                    ("Erbjuda samordnad individuell plan (SIP) till alla med samsjuklighet",
                     "Enhetschef vuxenenheten", "Q2 2027", dt.date(2027, 6, 30)),
                    ("Införa bostad först med fem lägenheter i samarbete med bostadsbolaget",
                     "Sektionschef IFO", "Q4 2028", dt.date(2028, 12, 31)),
                ],
            ),
            (
                "Den som utsätts för våld i nära relation får skydd och stöd utan dröjsmål.",
                [
                    ("Andel ärenden om våld i nära relation där skyddsbedömning gjorts inom "
                     "24 timmar", "%", D("81.5"), 2025, {2027: D(90), 2028: D(95),
                                                          2029: D(95)}),
                ],
                [
                    ("Ta fram en handlingsplan mot våld i nära relation och hedersrelaterat "
                     "våld", "Socialchef", "Q2 2027", dt.date(2027, 6, 30)),
                ],
            ),
        ],
    ),
    (
        "Målområde 3: Attraktiv arbetsgivare",
        "Ljusmora kommun är en attraktiv arbetsgivare med engagerade medarbetare.",
        [
            (
                "Socialsekreterarna stannar och utvecklas i sitt uppdrag.",
                [
                    ("Personalomsättning bland socialsekreterare", "%", D(24), 2025,
                     {2027: D(18), 2028: D(15), 2029: D(12)}),
                    ("Sjukfrånvaro, förvaltningen totalt", "%", D("7.9"), 2025,
                     {2027: D("7.0"), 2028: D("6.5"), 2029: D("6.0")}),
                    ("Hållbart medarbetarengagemang (HME), index", "", D(76), 2024,
                     {2027: D(78), 2029: D(80)}),
                ],
                [
                    ("Introduktionsprogram med mentor för nyanställda socialsekreterare",
                     "HR-partner", "Q1 2027", dt.date(2027, 3, 31)),
                    ("Karriärväg för socialsekreterare med specialisttjänster", "Socialchef",
                     "Q4 2027", dt.date(2027, 12, 31)),
                ],
            ),
        ],
    ),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT: list[tuple[str, list[int | None]]] = [
    ("Nämnd och förvaltningsledning", [11_240, 11_700, 12_150, 12_400, 12_650]),
    ("Barn och familj", [85_510, 88_500, 91_700, 93_100, 94_100]),
    ("Vuxenenheten", [28_760, 29_900, 31_200, 31_800, 32_300]),
    ("Ekonomiskt bistånd", [46_310, 47_800, 46_500, 45_200, 44_100]),
    ("Arbetsmarknadsinsatser", [12_470, 12_900, 13_600, 13_900, 14_100]),
    ("Våld i nära relation och skyddat boende", [5_820, 6_300, 7_100, 7_300, 7_400]),
    ("Familjerätt", [3_140, 3_250, 3_380, 3_450, 3_520]),
]
KOMMUNBIDRAG = [190_100, 200_350, 205_630, 207_150, 208_170]
RESULT: list[tuple[str, list[int | None]]] = [
    ("Intäkter", [-24_190, -21_800, -20_600, -20_250, -20_000]),
    ("Personalkostnader", [109_620, 114_300, 119_800, 122_700, 125_400]),
    ("Köp av verksamhet", [52_480, 53_100, 54_300, 53_900, 53_600]),
    ("Utbetalt ekonomiskt bistånd", [36_910, 38_000, 36_800, 35_700, 34_800]),
    ("Övriga kostnader", [18_430, 16_750, 15_330, 15_100, 14_370]),
]


def _lines(cell: Any, lines: list[str], *, style: str | None = None, soft: bool = False) -> None:
    """Write ``lines`` into ``cell``: one paragraph each (an empty string an empty paragraph),
    or with ``soft`` one paragraph whose lines are separated by soft line breaks."""
    paragraphs = cell.paragraphs
    first = paragraphs[0]
    if style:
        first.style = style
    if soft:
        for i, line in enumerate(lines):
            run = first.add_run(line)
            run.font.size = Pt(8)
            if i < len(lines) - 1:
                run.add_break()
        return
    for i, line in enumerate(lines):
        paragraph = first if i == 0 else cell.add_paragraph(style=style)
        paragraph.paragraph_format.space_after = Pt(0)
        if line:
            paragraph.add_run(line).font.size = Pt(8)


def _cover(w: Writer) -> None:
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    w.expected.absent.append(HEADER)
    for _ in range(4):
        w.para("")
    w.cover("Ljusmora kommun", size=14)
    w.cover("Socialnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan med budget 2027–2029", size=26, bold=True)
    w.para("")
    w.cover("Antagen av socialnämnden 2026-11-25, § 141")
    w.cover("Diarienummer: SN 2026/318")
    w.para("")
    w.cover("Ordförande: Lena Forsberg (M)")
    w.cover("Socialchef: Anders Hedlund")
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Socialnämndens verksamhetsplan beskriver vad nämnden vill uppnå under 2027–2029 och "
        "hur arbetet ska bedrivas. Planen utgår från fullmäktiges mål och budget och från den "
        "kunskap som medarbetare, brukare och samverkansparter har bidragit med under hösten.",
        "Målen följs upp i delårsrapporten efter augusti och i verksamhetsberättelsen. "
        "Aktiviteterna redovisas till nämndens arbetsutskott varje tertial.",
    )
    w.chapter("Nämndens uppdrag")
    w.para(
        "Nämnden ansvarar för individ- och familjeomsorgen, ekonomiskt bistånd, "
        "arbetsmarknadsinsatser och familjerätt. Verksamheten har omkring 190 medarbetare och "
        "är organiserad i tre avdelningar:"
    )
    w.bullets(
        "Barn och familj, med mottagning, utredning och öppenvård,",
        "Vuxen och försörjning, med vuxenenheten, ekonomiskt bistånd och arbetsmarknad,",
        "Stöd och skydd, med familjerätt, våld i nära relation och socialjour.",
    )
    w.chapter("Omvärldsanalys")
    w.heading("Befolkning", 2)
    w.para(
        "Ljusmora har växt med drygt 300 invånare om året sedan 2022, främst genom inflyttning "
        "av barnfamiljer. Andelen invånare över 80 år ökar samtidigt, och allt fler äldre har "
        "kontakt med vuxenenheten för missbruk eller ekonomiska problem."
    )
    w.heading("Ny socialtjänstlag", 2)
    w.para(
        "Den nya socialtjänstlagen trädde i kraft den 1 juli 2025. Den ställer krav på "
        "förebyggande arbete och gör det möjligt att ge vissa insatser utan biståndsbeslut. "
        "Nämnden behöver anpassa rutiner, dokumentation och uppföljning under hela planperioden."
    )
    w.heading("Kompetensförsörjning", 2)
    w.para(
        "Var fjärde socialsekreterare inom barn och familj slutade under 2025. Kostnaderna för "
        "inhyrda konsulter var 4,2 miljoner kronor, och rekryteringsläget bedöms vara fortsatt "
        "svårt i hela länet."
    )
    w.heading("Arbetsmarknad och ekonomiskt bistånd", 2)
    w.para(
        "Arbetslösheten i kommunen var 7,4 procent i oktober 2026. Hushållen med långvarigt "
        "bistånd har minskat, men fler unga vuxna söker stöd för första gången."
    )


def _matrix(w: Writer) -> None:
    landscape = w.doc.add_section(WD_SECTION.NEW_PAGE)
    landscape.orientation = WD_ORIENT.LANDSCAPE
    landscape.page_width, landscape.page_height = Cm(29.7), Cm(21)
    landscape.left_margin = landscape.right_margin = Cm(1.5)
    w.chapter("Mål, indikatorer och aktiviteter")
    w.para(
        "Målmatrisen visar fullmäktiges mål per målområde och nämndens mål under varje. "
        "Nuläget anges med det år värdet avser. Brukarenkäten och medarbetarenkäten görs "
        "vartannat år och saknar därför målvärde för 2028."
    )
    header = ["Kommunfullmäktiges mål", "Nämndmål", "Indikatorer", "Nuläge", "Målvärden"]
    header.append("Aktiviteter")
    for number, (area, kf, goals) in enumerate(AREAS, start=1):
        w.heading(area, 2)
        w.structure(area)
        w.expected.goals.append(Goal(kf, "kf"))
        rows = [header] + [[kf if i == 0 else "", goal, "", "", "", ""] for i, (goal, _, _) in
                           enumerate(goals)]  # fmt: skip
        merges = [(1, 0, len(goals), 0)] if len(goals) > 1 else []
        table = w.table(rows, merges=merges, widths=[4, 4.4, 6, 2.2, 3, 7.1], size=8)
        for r, (goal, inds, acts) in enumerate(goals, start=1):
            w.expected.goals.append(Goal(goal, "namnd"))
            cells = table.rows[r].cells
            _lines(cells[2], [i[0] for i in inds], style="List Bullet" if number == 1 else None)
            nulage = [f"{sv(base, unit)} ({year})" for _, unit, base, year, _ in inds]
            _lines(cells[3], nulage)
            w.structure(*nulage)  # checked as each indicator's nuläge and its year
            targets: list[str] = []
            for name, unit, base, year, per_year in inds:
                if targets:
                    targets.append("")
                lines = [f"{y}: {cell_text(per_year[y], unit)}" for y in YEARS if y in per_year]
                targets += lines
                w.structure(*lines)  # checked as the indicator's targets
                w.expected.indicators.append(Indicator(goal, name, unit, year, base, per_year))
            _lines(cells[4], targets, soft=number == 2)
            lines = [f"{name} (Ansvarig: {who}, klart {when})" for name, who, when, _ in acts]
            _lines(cells[5], lines, style="List Bullet")
            w.structure(*lines)  # checked as the activities
            w.expected.activities += [
                Activity(name, who, day, group=goal) for name, who, _, day in acts
            ]
        w.para("")
    w.para("Källor: Kolada, verksamhetssystemet, brukarenkäten och medarbetarenkäten.")
    w.structure("Källor: Kolada, verksamhetssystemet, brukarenkäten och medarbetarenkäten.")
    portrait = w.doc.add_section(WD_SECTION.NEW_PAGE)
    portrait.orientation = WD_ORIENT.PORTRAIT
    portrait.page_width, portrait.page_height = Cm(21), Cm(29.7)
    portrait.left_margin = portrait.right_margin = Cm(2.2)


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.paras(
        "Kommunfullmäktige har beslutat om en ram på 205 630 tkr för 2027, 5 280 tkr mer än "
        "2026. Tillskottet avser löne- och prisökningar och skyddat boende. Kostnaden för "
        "ekonomiskt bistånd beräknas minska när fler unga vuxna kommer i arbete.",
        "Beloppen är nettokostnader i tkr. Kostnader anges som positiva tal och intäkter som "
        "negativa.",
    )
    title = "Driftbudget per verksamhet, tkr"
    w.para(("b", title))
    w.structure(title)
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]
    header.append("Plan 2029")
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa nettokostnad")
    net = [sum(a[i] or 0 for _, a in DRIFT) for i in range(len(KEYS))]
    ram = ["Kommunbidrag", *(sv(k) for k in KOMMUNBIDRAG)]
    diff = ["Avvikelse mot ram", *(sv(k - n) for k, n in zip(KOMMUNBIDRAG, net, strict=True))]
    # Judgement: the ram and the difference follow from KF's decision and the rows: a perfect
    # import keeps them as no row of the driftbudget.
    w.totals(*ram)
    w.totals(*diff)
    w.table([header, *body, ram, diff], widths=[5.4, 2.2, 2.2, 2.2, 2.2, 2.2])
    w.para("")
    title = "Resultatbudget, tkr"
    w.para(("b", title))
    w.structure(title)
    body = budget_rows(w, "resultat", KEYS, RESULT, "Nettokostnad")
    assert [int(x.replace(" ", "")) for x in body[-1][1:]] == net
    w.table([["Kostnadsslag", *header[1:]], *body], widths=[5.4, 2.2, 2.2, 2.2, 2.2, 2.2])
    w.para("")


def _control(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para(
        "Riskerna har bedömts efter sannolikhet (S) och konsekvens (K) på en skala från 1 till "
        "4. Risker med ett riskvärde på 8 eller mer får ett kontrollmoment i planen."
    )
    header = ["Process", "Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Ansvarig", "Frekvens"]
    rows = [
        ["Utbetalning av ekonomiskt bistånd", "Bistånd betalas ut på felaktiga uppgifter", "3",
         "3", "9", "Stickprov av utbetalningar mot underlag", "Enhetschef försörjningsstöd",
         "Kvartalsvis"],
        ["Anmälningar om barn som far illa", "Förhandsbedömning görs inte inom 14 dagar", "2",
         "4", "8", "Uppföljning av tid från anmälan till beslut", "Enhetschef barn och "
         "familj", "Varje månad"],
        ["Placeringar", "Placering görs utan att avtal finns", "2", "4", "8",
         "Genomgång av placeringar mot ramavtal", "Sektionschef IFO", "Två gånger per år"],
        ["Dokumentation", "Journalanteckningar förs inte in i tid", "3", "3", "9",
         "Granskning av tio akter per enhet", "Kvalitetsutvecklare", "Årligen"],
        ["Attest", "Fakturor attesteras av fel person", "2", "3", "6",
         "Kontroll av attestlista mot delegationsordning", "Controller", "Årligen"],
    ]  # fmt: skip
    w.table([header, *rows], widths=[2.6, 3.0, 0.6, 0.6, 1.7, 3.3, 2.6, 2.2], size=8)
    w.expected.controls += [Control(row[5], row[0]) for row in rows]


def _key_figures(w: Writer) -> None:
    title = "Nyckeltal"
    w.chapter(title)
    w.para("Nyckeltalen beskriver verksamhetens volymer och följs upp varje tertial.")
    header = ["Nyckeltal", "Utfall 2024", "Utfall 2025", "Budget 2027"]
    rows = [
        ["Hushåll med ekonomiskt bistånd, antal per månad", "412", "398", "370"],
        ["Utbetalt ekonomiskt bistånd, tkr", "35 860", "36 910", "36 800"],
        ["Vårddygn HVB barn och unga", "5 240", "4 980", "4 400"],
        ["Kostnad per vårddygn HVB, kr", "4 310", "4 560", "4 700"],
        ["Årsarbetare", "183,5", "189,0", "191,0"],
    ]
    w.table([header, *rows], keep_headers=True, widths=[7.5, 2.5, 2.5, 2.5])
    w.expected.key_figures += [
        KeyRow(title, r[0], dict(zip(header[1:], r[1:], strict=True))) for r in rows
    ]


def build_bt(path: Path) -> Expected:
    front = Front(
        namnd="Socialnämnden",
        kommun="Ljusmora kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med budget 2027–2029",
        ordforande="Lena Forsberg (M)",
        forvaltningschef="Anders Hedlund",
        diarienummer="SN 2026/318",
    )
    w = Writer("BT-socialnämnd-målmatris-flera-värden-per-cell", front)
    _cover(w)
    _chapters(w)
    _matrix(w)
    _budget(w)
    _control(w)
    _key_figures(w)
    return w.save(path)
