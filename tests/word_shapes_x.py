"""Corpus document X: a kommunalförbund's plan (a räddningstjänstförbund of three kommuner)
adopted by "Direktionen", not a nämnd; the förbund's name in the page header and a "Sida n"
footer; chapters as Heading 1 numbered without a dot ("1 Inledning"), the first of them in a
two-column section; all goals in ONE table where each goal is a shaded row "Mål 1 <goal>"
merged across the table, followed by its indicator rows "Indikator | Utfall 2024 | Utfall
2025 | Målvärde 2027 | Målvärde 2029" (targets such as "≤ 10 min", "minst 95 %", "Minska");
activities in a table "Aktivitet | Mål | Tidplan | Ansvarig" linked by the goal's number with
quarters and years as dates ("Q2 2027", "2028"); the members' contributions as a table
"Medlemskommun | Andel | Budget 2026 | …"; a resultatbudget by cost type ending in "Årets
resultat", a nettokostnad per verksamhet, investments by vehicle with the station in a column
of its own; key figures per station with the stations as columns ("Station Norr | Station
Söder | Station Väst | Förbundet"); and internkontroll whose risk is named levels
("Möjlig × Allvarlig") rather than figures.

Expected (what a perfect import gives): the front matter below (judgement: the nämnd is
"Direktionen", the body that adopts the plan, and the kommun field holds the förbund); six
chapters (without their number); four goals (the förbund's own, level "namnd") with ten
indicators: both utfall years as outcomes, the latest also the nuläge, targets 2027 and 2029;
eight activities with ansvarig, slutdatum (a quarter's or year's last day) and their goal;
five driftbudget rows and seven resultatbudget rows (Bokslut 2025, Budget 2026, Budget 2027,
Plan 2028, Plan 2029); six investments; the members' contributions and the stations' figures
as key-figure tables (judgement: a member's contribution is no verksamhet of the förbund, so
it is a key figure, not a budget row), three and five rows; and seven controls with their
process. The page header and footer are not in the plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

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

HEADER = "Räddningstjänstförbundet Mittbygden – Verksamhetsplan 2027–2029"
FOOTER = "Sida 2 av 14"

Ind = tuple[str, str, D | None, D, Val | None, Val | None]
"""An indicator: name, unit, utfall 2024, utfall 2025, målvärde 2027 and 2029."""

GOALS: list[tuple[str, list[Ind]]] = [
    ("Färre människor ska skadas eller omkomma i bränder i bostäder.",
     [("Bränder i bostäder per 1 000 invånare", "", D("0.92"), D("0.85"), "Minska", "Minska"),
      ("Andel hushåll som fått hembesök om brandskydd", "%", D(6), D(9), D(12), D(15)),
      ("Skadade i bostadsbränder, antal", "", D(7), D(5), "högst 4", "högst 3")]),
    ("Hjälpen ska vara snabbt på plats när olyckan har inträffat.",
     [("Insatstid till första enhet, median", "min", D("11.4"), D("11.1"), "≤ 10 min",
       "≤ 10 min"),
      ("Andel larm där första enhet är framme inom 20 minuter", "%", D(88), D(90),
       "minst 95 %", "minst 95 %"),
      ("Andel tid med full bemanning på deltidsstationerna", "%", D(91), D(93), D(97), D(98))]),
    ("Verksamheter med farlig verksamhet ska ha ett gott brandskydd.",
     [("Genomförda tillsyner enligt tillsynsplanen, andel", "%", D(74), D(82), D(100),
       D(100)),
      ("Andel tillsyner utan anmärkning", "%", D(58), D(61), D(70), D(75))]),
    ("Förbundet ska ha kompetenta medarbetare och en god arbetsmiljö.",
     [("Sjukfrånvaro heltidsanställda", "%", D("4.6"), D("4.2"), "högst 4 %", "högst 4 %"),
      ("Andel deltidsbrandmän som stannat minst tre år", "%", D(71), D(69), D(75), D(80))]),
]  # fmt: skip
GOAL_TEXTS = [goal for goal, _ in GOALS]

ACTIVITIES = [
    ("Riktade hembesök i flerbostadshus med många larm", 1, "Q3 2027",
     dt.date(2027, 9, 30), "Enhetschef förebyggande"),
    ("Utbilda fastighetsägare i systematiskt brandskyddsarbete", 1, "2027",
     dt.date(2027, 12, 31), "Brandinspektör"),
    ("Införa första insatsperson (FIP) i Kvarnå", 2, "Q2 2027", dt.date(2027, 6, 30),
     "Stationschef Väst"),
    ("Gemensam ledningscentral med grannförbundet", 2, "2028", dt.date(2028, 12, 31),
     "Räddningschef"),
    ("Ny modell för rekrytering av deltidsbrandmän", 2, "Q1 2027", dt.date(2027, 3, 31),
     "HR-samordnare"),
    ("Digital tillsynsprotokoll i fält", 3, "Q4 2027", dt.date(2027, 12, 31),
     "Enhetschef förebyggande"),
    ("Riskbaserad tillsynsplan för 2028–2029", 3, "Q4 2027", dt.date(2027, 12, 31),
     "Brandingenjör"),
    ("Friskvårdstimme och fysiska tester för alla i utryckningstjänst", 4, "Q2 2027",
     dt.date(2027, 6, 30), "Övningsansvarig"),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT: list[tuple[str, list[int | None]]] = [
    ("Ledning och administration", [9_840, 10_200, 10_550, 10_800, 11_050]),
    ("Räddningstjänst i beredskap", [52_300, 54_100, 56_400, 57_800, 59_200]),
    ("Förebyggande och tillsyn", [6_120, 6_400, 6_650, 6_800, 6_950]),
    ("Utbildning och övning", [3_980, 4_100, 4_300, 4_400, 4_500]),
    ("Ledningscentral", [5_460, 5_600, 5_800, 5_950, 6_100]),
]
_NET = [sum(a[i] or 0 for _, a in DRIFT) for i in range(len(KEYS))]
_SURPLUS = [1_240, 300, 400, 400, 400]
MEMBERS = [("Ahlby kommun", D("52.4")), ("Borgsjö kommun", D("31.1")), ("Kvarnå kommun", D("16.5"))]
_PARTS: list[tuple[str, list[int]]] = [
    ("Avgifter och ersättningar", [4_860, 4_700, 4_900, 5_000, 5_100]),
    ("Personalkostnader", [-55_900, -58_100, -60_600, -62_100, -63_700]),
    ("Lokalkostnader", [-7_400, -7_600, -7_800, -8_000, -8_150]),
    ("Avskrivningar", [-4_950, -5_300, -5_700, -5_900, -6_100]),
    ("Finansiella kostnader", [-1_090, -200, -250, -300, -350]),
]
# The verksamheter's net cost is the resultatbudget's before the members' contributions, which
# cover it and the budgeted surplus.
CONTRIBUTION = [n + s for n, s in zip(_NET, _SURPLUS, strict=True)]
RESULT: list[tuple[str, list[int | None]]] = [("Medlemsbidrag", list(CONTRIBUTION))]
RESULT += [(n, list(a)) for n, a in _PARTS[:4]]
RESULT.append(("Övriga kostnader", [-n - sum(a[i] for _, a in _PARTS) for i, n in enumerate(_NET)]))
RESULT.append((_PARTS[4][0], list(_PARTS[4][1])))

INV_YEARS = [("budget", 2027), ("plan", 2028), ("plan", 2029)]
INVESTMENTS = [
    ("Släckbil", "Söder", [5_200, 0, 0]),
    ("Höjdfordon", "Norr", [0, 9_800, 0]),
    ("Tankbil", "Väst", [0, 0, 4_100]),
    ("Lätt räddningsfordon", "Väst", [1_400, 0, 0]),
    ("Andningsskydd, utbyte", "Alla stationer", [900, 900, 0]),
    ("Övningsfält, utbyggnad", "Norr", [600, 1_500, 0]),
]

CONTROLS = [
    ("Löner", "Att ersättning för beredskap betalas enligt bemanningsschemat",
     "Möjlig × Kännbar", "Ekonom", "Kvartalsvis"),
    ("Löner", "Att övertid attesteras av närmaste chef", "Möjlig × Lindrig",
     "Stationschefer", "Två gånger per år"),
    ("Myndighetsutövning", "Att tillsynsbeslut är delegerade och diarieförda",
     "Mindre sannolik × Allvarlig", "Enhetschef förebyggande", "Årligen"),
    ("Myndighetsutövning", "Att tillstånd för brandfarlig vara följs upp innan de löper ut",
     "Möjlig × Allvarlig", "Brandingenjör", "Halvårsvis"),
    ("Fordon och utrustning", "Att fordon besiktigas och servas enligt plan",
     "Mindre sannolik × Allvarlig", "Fordonsansvarig", "Kvartalsvis"),
    ("Fordon och utrustning", "Att andningsskydd testas efter varje användning",
     "Möjlig × Allvarlig", "Övningsansvarig", "Månadsvis"),
    ("Upphandling", "Att direktupphandlingar dokumenteras", "Sannolik × Kännbar",
     "Förbundsekonom", "Tertialvis"),
]  # fmt: skip


def _chapter(w: Writer, number: int, name: str) -> None:
    w.expected.chapters.append(name)  # judgement: the chapter without its section number
    w.heading(f"{number} {name}", 1)


def _columns(section: Any, count: int) -> None:
    sect_pr = section._sectPr
    cols = sect_pr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sect_pr.append(cols)
    cols.set(qn("w:num"), str(count))
    cols.set(qn("w:space"), "567")


def _cover(w: Writer) -> None:
    w.cover("Räddningstjänstförbundet Mittbygden", size=16, bold=True)
    w.cover("Kommunalförbund för Ahlby, Borgsjö och Kvarnå kommuner")
    w.cover("Verksamhetsplan med budget 2027 och plan 2028–2029", size=22, bold=True)
    w.para("")
    w.cover("Fastställd av direktionen 2026-10-23, § 47")
    w.cover("Dnr RF 2026/74")
    w.cover("Direktionens ordförande: Ulf Persson (C)")
    w.cover("Räddningschef: Sara Lindqvist")
    # The intro is set in two columns: the cover's section ends here.
    first = w.doc.sections[0]
    first.header.paragraphs[0].text = HEADER
    first.footer.paragraphs[0].text = FOOTER
    w.expected.absent += [HEADER, FOOTER]
    w.doc.add_section(WD_SECTION.NEW_PAGE)


def _text(w: Writer) -> None:
    _chapter(w, 1, "Inledning")
    w.paras(
        "Räddningstjänstförbundet Mittbygden svarar för räddningstjänst och förebyggande "
        "arbete enligt lagen om skydd mot olyckor i sina tre medlemskommuner. Direktionen "
        "består av två ledamöter från varje medlemskommun.",
        "Planen utgår från förbundets handlingsprogram för 2024–2027 och från de ramar som "
        "medlemskommunerna har beslutat om. Den följs upp i delårsrapporten och i "
        "årsredovisningen.",
        "Förbundet har fem brandstationer, varav två med heltidsstyrka, och omkring 170 "
        "medarbetare, de flesta anställda i deltid.",
    )
    _columns(w.doc.sections[-1], 2)
    w.doc.add_section(WD_SECTION.NEW_PAGE)
    _columns(w.doc.sections[-1], 1)
    _chapter(w, 2, "Omvärld och risker")
    w.para(
        "Fler bostäder byggs nära industriområdena i Ahlby, och skogsbrandsäsongen har blivit "
        "längre. Det blir allt svårare att rekrytera deltidsbrandmän i de mindre orterna."
    )
    w.bullets(
        "Nya krav på kommunernas förmåga under höjd beredskap",
        "Fler solcellsanläggningar och batterilager",
        "Ökad trafik med farligt gods på väg 68",
    )


def _goals(w: Writer) -> None:
    _chapter(w, 3, "Mål och indikatorer")
    w.para(
        "Direktionen har fyra mål för planperioden. Tabellen visar utfallet de två senaste "
        "åren och målvärdena för 2027 och 2029."
    )
    header = ["Indikator", "Utfall 2024", "Utfall 2025", "Målvärde 2027", "Målvärde 2029"]
    rows = [header]
    merges = []
    for number, (goal, inds) in enumerate(GOALS, 1):
        merges.append((len(rows), 0, len(rows), 4))
        rows.append([f"Mål {number} {goal}", "", "", "", ""])
        w.expected.goals.append(Goal(goal, "namnd"))
        for name, unit, a, b, t1, t2 in inds:
            rows.append([name, *(cell_text(v, unit) for v in (a, b, t1, t2))])
            outcomes: dict[int, Val] = {2025: b}
            if a is not None:
                outcomes[2024] = a
            targets = {y: t for y, t in ((2027, t1), (2029, t2)) if t is not None}
            # As in J: both utfall years are outcomes, the latest is the nuläge.
            w.expected.indicators.append(Indicator(goal, name, unit, 2025, b, targets, outcomes))
    table = w.table(rows, merges=merges, widths=[8, 2, 2, 2.2, 2.2])
    for r0, *_ in merges:
        cell = table.cell(r0, 0)
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:fill"), "D9E2F3")
        cell._tc.get_or_add_tcPr().append(shading)
        cell.paragraphs[0].runs[0].bold = True

    _chapter(w, 4, "Aktiviteter")
    w.para("Aktiviteterna genomförs inom ramen och följs upp i delårsrapporten.")
    rows = [["Aktivitet", "Mål", "Tidplan", "Ansvarig"]]
    for name, goal_number, when, day, who in ACTIVITIES:
        rows.append([name, str(goal_number), when, who])
        w.structure(str(goal_number))
        # Judgement (as in K): "Q2 2027" ends on the quarter's last day, "2028" on the year's.
        w.expected.activities.append(Activity(name, who, day, group=GOAL_TEXTS[goal_number - 1]))
    w.table(rows, widths=[8, 1.2, 2, 4])


def _economy(w: Writer) -> None:
    _chapter(w, 5, "Ekonomi")
    w.para(
        "Förbundet finansieras av medlemsbidrag som fördelas efter invånarantal. Direktionen "
        "budgeterar ett överskott på 400 tkr per år för att stärka det egna kapitalet."
    )
    title = "Medlemsbidrag per medlemskommun, tkr"
    w.para(("b", title))
    w.structure(title)
    header = ["Medlemskommun", "Andel", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    rows = []
    for name, share in MEMBERS:
        amounts = [round(c * share / 100) for c in CONTRIBUTION[1:]]
        rows.append([name, sv(share, "%"), *(sv(a) for a in amounts)])
    # The rounding's remainder goes to the largest member, so the sums are the contribution.
    for column in range(4):
        rest = CONTRIBUTION[column + 1] - sum(int(r[column + 2].replace(" ", "")) for r in rows)
        rows[0][column + 2] = sv(int(rows[0][column + 2].replace(" ", "")) + rest)
    total = ["Summa medlemsbidrag", "100 %", *(sv(c) for c in CONTRIBUTION[1:])]
    w.totals(*total)
    w.table([header, *rows, total], keep_headers=True, widths=[4.4, 1.8, 2.2, 2.2, 2.2, 2.2])
    w.expected.key_figures += [
        KeyRow(title, r[0], dict(zip(header[1:], r[1:], strict=True))) for r in rows
    ]
    w.para("")

    title = "Resultatbudget, tkr"
    w.para(("b", title))
    w.structure(title)
    header = ["", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "resultat", KEYS, RESULT, "Årets resultat")
    assert [int(x.replace(" ", "")) for x in body[-1][1:]] == _SURPLUS
    w.table([header, *body], widths=[5.2, 2.2, 2.2, 2.2, 2.2, 2.2])
    w.para("")
    title = "Nettokostnad per verksamhet, tkr"
    w.para(("b", title))
    w.structure(title)
    header[0] = "Verksamhet"
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa")
    assert [int(x.replace(" ", "")) for x in body[-1][1:]] == _NET
    w.table([header, *body], widths=[5.2, 2.2, 2.2, 2.2, 2.2, 2.2])
    w.para("")

    title = "Investeringar, tkr"
    w.para(("b", title))
    w.structure(title)
    rows = [["Investering", "Station", "2027", "2028", "2029"]]
    for name, station, amounts in INVESTMENTS:
        rows.append([name, station, *(sv(a) if a else "" for a in amounts)])
        w.structure(station)
        given = {k: D(a) for k, a in zip(INV_YEARS, amounts, strict=True) if a}
        w.expected.budget.append(BudgetRow("investering", name, given))
    sums = [sum(a[i] for _, _, a in INVESTMENTS) for i in range(3)]
    rows.append(["Summa investeringar", "", *(sv(s) for s in sums)])
    w.totals(*rows[-1])
    w.table(rows, widths=[6, 3.4, 2.2, 2.2, 2.2])


def _key_figures(w: Writer) -> None:
    title = "Nyckeltal per station 2025"
    w.heading(title, 2)
    w.structure(title)
    header = ["Nyckeltal", "Station Norr", "Station Söder", "Station Väst", "Förbundet"]
    rows = [
        ["Larm, antal", "612", "388", "241", "1 241"],
        ["Bränder i byggnad, antal", "38", "27", "19", "84"],
        ["Insatstid till första enhet, median min", "8,2", "11,6", "14,9", "11,1"],
        ["Deltidsbrandmän i tjänst", "14", "22", "19", "55"],
        ["Hembesök om brandskydd, antal", "845", "512", "303", "1 660"],
    ]
    w.table([header, *rows], keep_headers=True, widths=[6.4, 2.4, 2.4, 2.4, 2.4])
    w.expected.key_figures += [
        KeyRow(title, r[0], dict(zip(header[1:], r[1:], strict=True))) for r in rows
    ]


def _control(w: Writer) -> None:
    _chapter(w, 6, "Intern kontroll")
    w.para(
        "Riskerna bedöms med förbundets skala: sannolikheten som Osannolik, Mindre sannolik, "
        "Möjlig eller Sannolik och konsekvensen som Försumbar, Lindrig, Kännbar eller Allvarlig."
    )
    header = ["Nr", "Process", "Kontrollmoment", "Riskbedömning", "Ansvar", "När"]
    rows = [header]
    for number, (process, moment, risk, who, when) in enumerate(CONTROLS, 1):
        rows.append([str(number), process, moment, risk, who, when])
        w.structure(str(number))
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[0.9, 2.8, 6, 3.2, 2.8, 2.4], size=8)


def build_x(path: Path) -> Expected:
    front = Front(
        namnd="Direktionen",
        kommun="Räddningstjänstförbundet Mittbygden",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med budget 2027 och plan 2028–2029",
        ordforande="Ulf Persson (C)",
        forvaltningschef="Sara Lindqvist",
        diarienummer="RF 2026/74",
    )
    w = Writer("X-kommunalförbund-direktionen", front)
    _cover(w)
    _text(w)
    _goals(w)
    _economy(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
