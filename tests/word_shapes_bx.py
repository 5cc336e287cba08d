"""Corpus document BX: a tekniska nämnd's "Verksamhetsplan med budget 2026–2028" (adopted in
November 2025) whose budget is written in blocks: one "Driftbudget, tkr" table where each
verksamhet is a bold name row with empty cells followed by the same three rows "Intäkter",
"Kostnader" and "Nettokostnad" (intäkter positive, kostnader and nettokostnad negative with
"−", a verksamhet broken out in 2025 without a Bokslut 2024), then a "Taxefinansierad
verksamhet" part in the same blocks for VA and avfall whose nettokostnad is 0 in every column
(the fees balance the costs); an investment budget in a landscape section grouped by bold
projektgrupp rows carrying the group's sums, with projects typed with their number ("91034
Ombyggnad av Storgatan, etapp 2") and the columns "Beslutad total utgift | Utfall t.o.m. 2025 |
Ombudgetering från 2025 | Budget 2026 | Plan 2027 | Plan 2028" (blank cells where a project has
no amount); a "Taxor och avgifter" table of fees with an "Enhet" column ("kr/m³", "kr/år",
"kr/tömning") that is a price list, not a budget; and around it the cover, prose chapters,
goals as bold "Nämndsmål n:" lines over indicator tables under målområde headings, an activity
table linked by "Mål n" and dated "december 2026"/"Q2 2026"/ISO, verksamhetsmått and
internkontroll with S | K | RV.

Expected (what a perfect import gives): the front matter (the "Teknisk chef" as
förvaltningschef); the Heading 1 chapters; five nämndsmål (nämnd level, without their label;
the målområden are KF's, structure) with twelve indicators (nuläge 2024, targets 2026–2028, a
blank cell no target, "Minst 99 %"/"Högst 350" as compared targets); nine activities with
ansvarig, slutdatum (the last day of the month or quarter) and their goal as group; eight
driftbudget rows, one per verksamhet, each the block's Nettokostnad as printed (negative; the
taxefinansierade VA and avfall 0) in its column kinds (judgement: a block's Intäkter and
Kostnader are the parts of its net, not lines of a resultaträkning by kostnadsslag; their
labels and the net figures are structure, the figures of the parts are not); ten investments
with project numbers and their yearly amounts Budget 2026, Plan 2027 and Plan 2028 (judgement:
Beslutad total utgift and Utfall t.o.m. 2025 are no year of the plan, and the ombudgetering is
a request KF decides separately, as the text says, so it is not added to 2026; all three are
structure, as the group rows' sums and the totals are); six verksamhetsmått and five fees as
key-figure rows (the fees with their Enhet as the row's unit); six controls with their process.
The page header is not in the plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm

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
)

MINUS = "\u2212"
YEARS = (2026, 2027, 2028)
HEADER_TEXT = "Stenbacka kommun · Tekniska nämnden · VP 2026–2028"

Ind = tuple[str, str, D, tuple[D | str | None, ...]]
"""An indicator: name, unit, nuläge 2024, targets 2026–2028."""
AREAS: list[tuple[str, list[tuple[str, list[Ind]]]]] = [
    ("Trygg och tillgänglig livsmiljö", [
        ("Gator, gång- och cykelvägar ska vara trygga och framkomliga året runt.",
         [("Andel invånare som är nöjda med gator och vägar", "%", D(54), (D(57), None, D(60))),
          ("Antal felanmälningar om potthål", "", D(412),
           ("Högst 350", "Högst 320", "Högst 300")),
          ("Andel gång- och cykelvägar som snöröjs inom åtta timmar efter snöfall", "%", D(82),
           (D(90), D(92), D(95)))]),
        ("Parker och lekplatser ska vara trygga, gröna och välkomnande.",
         [("Andel lekplatser utan anmärkning vid den årliga besiktningen", "%", D(76),
           (D(85), D(90), D(95))),
          ("Nöjd-index parker och grönområden", "", D(62), (D(64), None, D(66)))]),
    ]),
    ("Hållbar miljö och klimat", [
        ("Dricksvattnet ska vara säkert och förlusterna i ledningsnätet ska minska.",
         [("Andel dricksvattenprover utan anmärkning", "%", D("98.6"),
           ("Minst 99 %", "Minst 99 %", "Minst 99 %")),
          ("Läckage i ledningsnätet, andel av producerad mängd", "%", D(21),
           (D(19), D(18), D(17))),
          ("Förnyelsetakt för VA-ledningar, procent per år", "", D("0.6"),
           (D("0.8"), D("0.9"), D("1.0")))]),
        ("Mer av hushållens avfall ska återanvändas och materialåtervinnas.",
         [("Insamlat hushållsavfall, kg per invånare", "", D(438), (D(425), D(415), D(405))),
          ("Andel matavfall som sorteras ut och samlas in separat", "%", D(44),
           (D(55), D(60), D(65)))]),
    ]),
    ("Effektiv och attraktiv organisation", [
        ("Medarbetarna ska ha en god och hälsosam arbetsmiljö.",
         [("Sjukfrånvaro, andel av ordinarie arbetstid", "%", D("7.4"),
           (D("6.8"), D("6.3"), D("6.0"))),
          ("Hållbart medarbetarengagemang (HME), totalindex", "", D(78), (D(80), None, D(82)))]),
    ]),
]  # fmt: skip
GOALS = [goal for _, goals in AREAS for goal, _ in goals]

ACTIVITIES = [
    ("Inventera och byta belysning längs gång- och cykelvägarna i Norrby", 1, "Gatuchef",
     "december 2026", dt.date(2026, 12, 31)),
    ("Ta fram en ny beläggningsplan för 2027–2031", 1, "Gatuingenjör", "Q2 2026",
     dt.date(2026, 6, 30)),
    ("Införa digital besiktning och felrapportering för lekplatser", 2, "Parkchef",
     "2026-05-31", dt.date(2026, 5, 31)),
    ("Plantera 300 träd i bostadsområden med lite grönska", 2, "Parkchef", "Q4 2027",
     dt.date(2027, 12, 31)),
    ("Läcksökning med akustiska loggrar på huvudledningarna", 3, "VA-chef", "september 2026",
     dt.date(2026, 9, 30)),
    ("Ta fram en plan för reservvatten tillsammans med grannkommunerna", 3, "VA-chef",
     "Q1 2027", dt.date(2027, 3, 31)),
    ("Införa insamling av matavfall i alla flerbostadshus", 4, "Avfallschef", "juni 2027",
     dt.date(2027, 6, 30)),
    ("Öppna en återbruksbod på återvinningscentralen", 4, "Avfallschef", "2026-10-31",
     dt.date(2026, 10, 31)),
    ("Pröva schemalagd återhämtning för medarbetarna i kost och lokalvård", 5,
     "Enhetschef kost och lokalvård", "december 2026", dt.date(2026, 12, 31)),
]  # fmt: skip

DRIFT_KEYS = [("bokslut", 2024), ("budget", 2025), ("budget", 2026), ("plan", 2027), ("plan", 2028)]
DRIFT_HEADER = ["Tkr", "Bokslut 2024", "Budget 2025", "Budget 2026", "Plan 2027", "Plan 2028"]
Block = tuple[str, list[int | None], list[int | None]]
"""A verksamhet's block: name, intäkter and kostnader per column (None: not printed)."""
TAX_FINANCED: list[Block] = [
    ("Nämnd och förvaltningsledning", [310, 250, 260, 260, 260],
     [-8_940, -9_210, -9_480, -9_700, -9_900]),
    ("Gator och vägar", [4_820, 4_500, 4_650, 4_700, 4_750],
     [-42_360, -40_900, -42_800, -43_900, -45_100]),
    ("Vinterväghållning", [None, 0, 0, 0, 0], [None, -11_500, -12_200, -12_400, -12_600]),
    ("Parker och lekplatser", [1_240, 1_100, 1_150, 1_150, 1_150],
     [-15_870, -16_300, -16_950, -17_300, -17_700]),
    ("Fastighetsförvaltning", [96_400, 99_800, 103_200, 106_900, 110_100],
     [-97_150, -100_900, -104_600, -108_000, -111_300]),
    ("Kost och lokalvård", [61_300, 63_900, 66_100, 68_000, 69_900],
     [-62_050, -64_400, -66_900, -68_800, -70_700]),
]  # fmt: skip
FEE_FINANCED_INCOME: list[tuple[str, list[int]]] = [
    ("Vatten och avlopp", [78_600, 82_400, 88_300, 94_100, 99_800]),
    ("Avfall", [41_200, 43_000, 45_100, 46_900, 48_600]),
]

INV_KEYS = [("budget", 2026), ("plan", 2027), ("plan", 2028)]
Project = tuple[str, str, int | None, int | None, int | None, list[int | None]]
"""A project: number, name, beslutad total utgift, utfall t.o.m. 2025, ombudgetering från
2025, and Budget 2026, Plan 2027, Plan 2028."""
INVESTMENTS: list[tuple[str, list[Project]]] = [
    ("Gator och trafik", [
        ("91020", "Beläggningsprogram", None, None, None, [6_000, 6_000, 6_500]),
        ("91034", "Ombyggnad av Storgatan, etapp 2", 24_000, 3_150, 1_850, [12_000, 7_000, None]),
        ("91041", "Gång- och cykelväg Kyrkvägen–stationen", 8_500, None, None,
         [None, 4_000, 4_500]),
    ]),
    ("Park och natur", [
        ("92011", "Ny lekplats i Östra parken", 3_200, 450, 350, [2_400, None, None]),
        ("92015", "Upprustning av badplatser", None, None, None, [800, 800, 800]),
    ]),
    ("Vatten och avlopp", [
        ("95002", "Ledningsförnyelse vatten och spillvatten", None, None, None,
         [18_000, 19_000, 20_000]),
        ("95017", "Nytt vattenverk vid Lillsjön", 142_000, 21_600, 6_400,
         [38_000, 45_000, 31_000]),
        ("95023", "Överföringsledning till Norrviken", 27_500, 2_100, None, [9_500, 15_900, None]),
    ]),
    ("Avfall", [
        ("96004", "Återvinningscentralen, ny entré och våg", 6_800, 5_200, 900, [700, None, None]),
        ("96009", "Kärl och underjordsbehållare för matavfall", None, None, None,
         [1_500, 1_200, None]),
    ]),
]  # fmt: skip

FEES_HEADER = ["Taxa eller avgift", "Enhet", "2025", "2026", "Förändring"]
FEES = [
    ["VA, brukningsavgift per kubikmeter", "kr/m³", "31,80", "34,35", "8,0 %"],
    ["VA, fast avgift för villa", "kr/år", "4 960", "5 360", "8,1 %"],
    ["Avfall, grundavgift för villa", "kr/år", "1 120", "1 175", "4,9 %"],
    ["Avfall, kärl 190 liter med tömning varannan vecka", "kr/år", "1 540", "1 610", "4,5 %"],
    ["Slamtömning av trekammarbrunn", "kr/tömning", "1 290", "1 350", "4,7 %"],
]

KEY_HEADER = ["Verksamhetsmått", "Utfall 2023", "Utfall 2024", "Prognos 2025", "Budget 2026"]
KEY_ROWS = [
    ["Kommunala gator och vägar, km", "186", "188", "189", "191"],
    ["Gång- och cykelvägar, km", "74", "77", "79", "83"],
    ["Skött parkmark, hektar", "132", "132", "134", "134"],
    ["Anslutna fastigheter till kommunalt VA, antal", "7 840", "7 910", "8 020", "8 150"],
    ["Levererat dricksvatten, tusen m³", "2 310", "2 285", "2 300", "2 320"],
    ["Serverade måltider per skoldag", "4 650", "4 720", "4 800", "4 860"],
]

CONTROLS = [
    ("Fakturering av VA-avgifter", "Mätarställningar läses av fel och kunder faktureras fel",
     "3", "3", "Stickprov på 25 mätaravläsningar mot fakturan", "VA-ekonom", "Kvartalsvis"),
    ("Upphandling och inköp", "Inköp görs utanför ramavtal", "3", "3",
     "Granskning av leverantörsfakturor över 100 tkr mot avtalsdatabasen", "Controller",
     "Tertialvis"),
    ("Entreprenader", "Ändrings- och tilläggsarbeten beställs utan skriftlig order", "2", "4",
     "Avstämning av ÄTA-arbeten mot skriftliga beställningar i tre projekt", "Projektchef",
     "Halvårsvis"),
    ("Vinterväghållning", "Entreprenören fakturerar fler utryckningar än som utförts", "2", "3",
     "Jämförelse av fakturerade utryckningar med väderdata och GPS-loggar", "Gatuchef",
     "Månadsvis november–mars"),
    ("Lekplatser", "Brister åtgärdas inte och barn skadas", "2", "4",
     "Uppföljning av att anmärkningar från besiktningen är åtgärdade", "Parkchef", "Årligen"),
    ("Måltider", "Allergener hanteras fel i köken", "2", "4",
     "Egenkontroll av specialkost i fem tillagningskök", "Kostchef", "Halvårsvis"),
]  # fmt: skip


def _bold_rows(table: Any, rows: list[int]) -> None:
    for r in rows:
        for cell in table.rows[r].cells:
            for run in cell.paragraphs[0].runs:
                run.bold = True


def _cover(w: Writer) -> None:
    w.doc.sections[0].header.paragraphs[0].text = HEADER_TEXT
    w.expected.absent.append(HEADER_TEXT)
    w.cover("Stenbacka kommun", size=14)
    w.para("")
    w.cover("Tekniska nämnden", size=20, bold=True)
    w.cover("Verksamhetsplan med budget 2026–2028", size=24, bold=True)
    w.para("")
    w.cover("Antagen av tekniska nämnden 2025-11-20, § 118")
    w.cover("Dnr TN 2025/187")
    w.cover("Ordförande: Per-Olof Nyberg (M)")
    w.cover("Teknisk chef: Annika Sjöberg")
    w.page_break()


def _text(w: Writer) -> None:
    w.chapter("Inledning")
    w.para(
        "Tekniska nämnden ansvarar för en stor del av det som får Stenbacka att fungera varje "
        "dag: gatorna och vinterväghållningen, parkerna, kommunens fastigheter, måltiderna i "
        "skolor och äldreboenden, dricksvattnet, avloppet och avfallet."
    )
    w.para(
        "Planen gäller 2026–2028 och visar nämndens mål, de aktiviteter förvaltningen ska "
        "genomföra och hur pengarna fördelas. Budgeten för 2026 är beslutad; 2027 och 2028 "
        "är plan och ses över inför nästa års verksamhetsplan."
    )
    w.chapter("Nämndens uppdrag och organisation")
    w.para(
        "Den skattefinansierade verksamheten får kommunbidrag från kommunfullmäktige. Vatten "
        "och avlopp samt avfall finansieras helt med taxor och får inte gå med överskott över "
        "tid. Fastighetsförvaltningen och kost och lokalvård tar betalt av andra förvaltningar "
        "genom internhyror och interna priser."
    )
    w.bullets(
        "Gatu- och parkavdelningen",
        "Fastighetsavdelningen",
        "Kost- och lokalvårdsavdelningen",
        "VA-avdelningen",
        "Avfallsavdelningen",
    )
    w.chapter("Omvärldsanalys")
    w.heading("Befolkning och bebyggelse", 2)
    w.para(
        "Stenbacka växer med omkring 250 invånare om året, mest i Norrby och längs vägen mot "
        "stationen. Nya bostadsområden betyder fler kilometer gata, fler VA-anslutningar och "
        "fler kärl att tömma, medan intäkterna kommer först när husen är inflyttade."
    )
    w.heading("Klimat och väder", 2)
    w.para(
        "Kraftigare regn ställer krav på dagvattnet och på hur gator och parker utformas. "
        "Milda vintrar med många omslag kring nollan kostar mer i halkbekämpning än kalla "
        "vintrar med mycket snö."
    )
    w.heading("Kostnader och kompetens", 2)
    w.para(
        "Entreprenadpriserna har stigit snabbare än kommunens uppräkning av ramarna. Det är "
        "svårt att rekrytera VA-ingenjörer och drifttekniker, och flera medarbetare går i "
        "pension under perioden."
    )
    w.bullets(
        "Nya föreskrifter om dricksvatten kräver mer provtagning från 2026",
        "Kravet på separat insamling av matavfall gäller alla hushåll",
        "Elpris och räntor påverkar kapitalkostnaderna i VA-kollektivet",
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Nämndens mål utgår från kommunfullmäktiges tre målområden. Under varje nämndsmål "
        "visas indikatorerna med nuläge 2024 och målvärden för planperioden. Tom ruta betyder "
        "att indikatorn inte mäts det året."
    )
    number = 0
    for area, goals in AREAS:
        w.heading(area, 2)
        w.structure(area)  # KF's målområde
        for goal, inds in goals:
            number += 1
            w.para(("b", f"Nämndsmål {number}: "), ("b", goal))
            w.expected.goals.append(Goal(goal, "namnd"))
            rows = [["Indikator", "Nuläge 2024", *(f"Mål {y}" for y in YEARS)]]
            for name, unit, base, targets in inds:
                rows.append([name, cell_text(base, unit), *(cell_text(t, unit) for t in targets)])
                given = {y: t for y, t in zip(YEARS, targets, strict=True) if t is not None}
                w.expected.indicators.append(Indicator(goal, name, unit, 2024, base, given))
            w.table(rows, widths=[8.0, 2.2, 2.0, 2.0, 2.0])
            w.para("")


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para("Aktiviteterna nedan är förvaltningens viktigaste åtaganden för att nå målen.")
    rows = [["Aktivitet", "Mål", "Ansvarig", "Klart"]]
    for name, goal, who, when, day in ACTIVITIES:
        rows.append([name, f"Mål {goal}", who, when])
        w.structure(f"Mål {goal}")
        w.expected.activities.append(Activity(name, who, day, group=GOALS[goal - 1]))
    w.table(rows, widths=[8.6, 1.6, 3.8, 2.4])


def _blocks(w: Writer, blocks: list[Block]) -> tuple[list[list[str]], list[int], list[int]]:
    """The rows of ``blocks`` (bold name, Intäkter, Kostnader, Nettokostnad), the indexes of
    the name rows and the nets' column sums."""
    rows: list[list[str]] = []
    names: list[int] = []
    sums = [0] * len(DRIFT_KEYS)
    for name, income, cost in blocks:
        net = [None if i is None or c is None else i + c for i, c in zip(income, cost, strict=True)]
        names.append(len(rows))
        rows.append([name] + [""] * len(DRIFT_KEYS))
        for label, figures in (("Intäkter", income), ("Kostnader", cost), ("Nettokostnad", net)):
            rows.append([label, *("" if f is None else sv(f, minus=MINUS) for f in figures)])
        w.structure("Intäkter", "Kostnader", "Nettokostnad", *rows[-1][1:])
        given = {k: D(v) for k, v in zip(DRIFT_KEYS, net, strict=True) if v is not None}
        w.expected.budget.append(BudgetRow("drift", name, given))
        sums = [s + (v or 0) for s, v in zip(sums, net, strict=True)]
    return rows, names, sums


def _drift(w: Writer) -> None:
    w.chapter("Ekonomi")
    rows, names, sums = _blocks(w, TAX_FINANCED)
    w.para(
        "Kommunbidraget för 2026 är 77,6 miljoner kronor, en ökning med 5,3 procent jämfört "
        "med 2025. Ökningen går främst till vinterväghållningen och till kapitalkostnaderna "
        "för Storgatan. Fastighetsförvaltningen och kost och lokalvård budgeteras med ett "
        "litet underskott som ska arbetas bort till 2028."
    )
    assert -sums[2] == 77_570 and round(D(sums[2]) / D(sums[1]), 3) == D("1.053")
    w.heading("Driftbudget", 2)
    w.structure("Driftbudget")
    w.para(("b", "Driftbudget skattefinansierad verksamhet, tkr"))
    w.structure("Driftbudget skattefinansierad verksamhet, tkr")
    total = ["Summa nettokostnad", *(sv(s, minus=MINUS) if s else "" for s in sums)]
    w.totals(*total)
    table = w.table([DRIFT_HEADER, *rows, total], widths=[5.2, 2.3, 2.3, 2.3, 2.3, 2.3])
    _bold_rows(table, [1 + r for r in names] + [len(rows) + 1])
    w.para(("i", "Negativa belopp är kostnader. Vinterväghållningen redovisades under gator "
                 "och vägar till och med 2024."))  # fmt: skip

    w.heading("Taxefinansierad verksamhet", 2)
    w.structure("Taxefinansierad verksamhet")
    w.para(
        "Vatten och avlopp samt avfall budgeteras så att taxorna täcker kostnaderna. Ett "
        "överskott ett enskilt år förs till en resultatfond och ett underskott täcks ur "
        "fonden, så nettokostnaden för kommunen är noll."
    )
    blocks: list[Block] = [(n, [*i], [-v for v in i]) for n, i in FEE_FINANCED_INCOME]
    rows, names, sums = _blocks(w, blocks)
    total = ["Summa nettokostnad taxefinansierad verksamhet", *(sv(s) for s in sums)]
    w.totals(*total)
    table = w.table([DRIFT_HEADER, *rows, total], widths=[5.2, 2.3, 2.3, 2.3, 2.3, 2.3])
    _bold_rows(table, [1 + r for r in names] + [len(rows) + 1])


def _fees_and_measures(w: Writer) -> None:
    w.heading("Taxor och avgifter", 2)
    w.structure("Taxor och avgifter", "Enhet")
    w.para(
        "Taxan för vatten och avlopp höjs med drygt 8 procent 2026 för att finansiera det nya "
        "vattenverket. Avfallstaxan räknas upp med knappt 5 procent. Beloppen är inklusive moms."
    )
    w.table([FEES_HEADER, *FEES], keep_headers=True, widths=[7.2, 2.4, 1.8, 1.8, 2.6])
    w.expected.key_figures += [
        KeyRow(
            "Taxor och avgifter", r[0], dict(zip(FEES_HEADER[2:], r[2:], strict=True)), unit=r[1]
        )
        for r in FEES
    ]
    w.heading("Verksamhetsmått", 2)
    w.structure("Verksamhetsmått")
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[7.4, 2.2, 2.2, 2.2, 2.2])
    w.expected.key_figures += [
        KeyRow("Verksamhetsmått", r[0], dict(zip(KEY_HEADER[1:], r[1:], strict=True)))
        for r in KEY_ROWS
    ]


def _investments(w: Writer) -> None:
    landscape = w.doc.add_section(WD_SECTION.NEW_PAGE)
    landscape.orientation = WD_ORIENT.LANDSCAPE
    landscape.page_width, landscape.page_height = Cm(29.7), Cm(21)
    w.heading("Investeringsbudget 2026–2028", 2)
    w.structure("Investeringsbudget 2026–2028")
    w.para(
        "Investeringarna redovisas per projektgrupp i tkr. Ombudgeteringen är nämndens begäran "
        "att föra över medel som inte använts 2025; kommunfullmäktige beslutar om den i april "
        "2026 och beloppen ingår inte i kolumnen Budget 2026."
    )
    header = ["Projektgrupp / projekt", "Beslutad total utgift", "Utfall t.o.m. 2025",
              "Ombudgetering från 2025", "Budget 2026", "Plan 2027", "Plan 2028"]  # fmt: skip
    rows = [header]
    groups = []
    everything = [0] * 6
    for group, projects in INVESTMENTS:
        body = []
        sums = [0] * 6
        for number, name, total, done, moved, years in projects:
            figures = [total, done, moved, *years]
            body.append([f"{number} {name}", *("" if f is None else sv(f) for f in figures)])
            w.structure(*(sv(f) for f in (total, done, moved) if f is not None))
            given = {k: D(a) for k, a in zip(INV_KEYS, years, strict=True) if a is not None}
            w.expected.budget.append(BudgetRow("investering", name, given, projektnummer=number))
            sums = [s + (f or 0) for s, f in zip(sums, figures, strict=True)]
        groups.append(len(rows))
        rows.append([group, *(sv(s) if s else "" for s in sums)])
        w.totals(*rows[-1])
        rows += body
        everything = [e + s for e, s in zip(everything, sums, strict=True)]
    rows.append(["Summa investeringar", *(sv(s) for s in everything)])
    w.totals(*rows[-1])
    table = w.table(rows, widths=[8.0, 2.8, 2.8, 3.6, 2.4, 2.4, 2.4])
    _bold_rows(table, [*groups, len(rows) - 1])


def _control(w: Writer) -> None:
    w.chapter("Internkontroll 2026")
    w.para(
        "Riskerna bedöms efter sannolikhet (S) och konsekvens (K) på en skala 1–4. Riskvärdet "
        "(RV) är produkten. Risker med värde 8 eller högre får alltid ett kontrollmoment."
    )
    rows = [["Process", "Risk", "S", "K", "RV", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    for process, risk, s, k, moment, who, often in CONTROLS:
        rows.append([process, risk, s, k, str(int(s) * int(k)), moment, who, often])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.4, 5.2, 0.8, 0.8, 1.0, 6.6, 2.8, 3.0])


def build_bx(path: Path) -> Expected:
    front = Front(
        namnd="Tekniska nämnden",
        kommun="Stenbacka kommun",
        forsta_ar=2026,
        sista_ar=2028,
        titel="Verksamhetsplan med budget 2026–2028",
        ordforande="Per-Olof Nyberg (M)",
        forvaltningschef="Annika Sjöberg",
        diarienummer="TN 2025/187",
    )
    w = Writer("BX-teknisk-nämnd-budget-i-block", front)
    _cover(w)
    _text(w)
    _goals(w)
    _activities(w)
    _drift(w)
    _fees_and_measures(w)
    _investments(w)
    _control(w)
    return w.save(path)
