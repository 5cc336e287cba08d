"""Corpus document CN: a socialnämnd's plan whose hierarchies are shown by indentation alone.
The driftbudget lists verksamhetsområden whose rows carry the sum of the rows indented under
them (the first cell's paragraph indented by w:ind left, no codes, no bold): "Individ- och
familjeomsorg" over "Barn och unga", "Vuxna" and "Ekonomiskt bistånd", with "Barn och unga"
itself the sum of two further indented rows (three levels), areas without sub-rows beside
them and "Summa socialnämnden" at the bottom; the key-figure table indents "varav HVB" and
"varav familjehem" under "Antal placerade barn" (and a "varav" under a "varav"); the
activities are listed in one column indented under the goal they serve.

Expected (what a perfect import gives): the front matter; six chapters; four nämnd goals with
ten indicators (nuläge 2025, targets 2027 and 2028); eight activities with ansvarig, slutdatum
("december 2027" the month's last day, "Q2 2028" the quarter's) and their goal as group; the
driftbudget's leaves (the rows with nothing indented under them, at whatever level) as nine
drift rows. Chosen here: a careful reader enters the leaves and checks the sums, so the rows
carrying sums of indented rows and the grand total are structure (and no rows of their own);
every figure adds up. The key-figure table keeps all nine rows, each "varav" row under the
row it is part of as its group; the internkontroll has three controls."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.shared import Cm

from tests.word_shapes_docx import Ind, Writer, goal_table, sv
from tests.word_shapes_model import Activity, BudgetRow, Control, Expected, Front, KeyRow

GOALS: list[tuple[str, list[Ind]]] = [
    ("Barn och unga som behöver stöd får det tidigt och nära hemmet.", [
        Ind("Andel barnavårdsutredningar klara inom 120 dagar", "%", D(78),
            {2027: D(90), 2028: D(95)}),
        Ind("Andel placerade barn som placeras i familjehem", "%", D(73),
            {2027: D(80), 2028: D(82)}),
        Ind("Antal barn och unga i öppenvård som inte behöver placeras", "", D(112),
            {2027: D(130), 2028: D(140)}),
    ]),
    ("Fler vuxna i försörjningsstöd når egen försörjning.", [
        Ind("Andel hushåll med långvarigt ekonomiskt bistånd", "%", D("35.6"),
            {2027: D(30), 2028: D(28)}),
        Ind("Antal personer som gått från bistånd till arbete eller studier", "", D(86),
            {2027: D(110), 2028: D(120)}),
    ]),
    ("Personer med funktionsnedsättning har inflytande över sitt stöd.", [
        Ind("Andel brukare i daglig verksamhet som får bestämma om saker som är viktiga",
            "%", D(81), {2027: D(88), 2028: D(90)}),
        Ind("Andel genomförandeplaner som brukaren varit med och tagit fram", "%", D(67),
            {2027: D(85), 2028: D(90)}),
        Ind("Väntetid till bostad med särskild service, dagar", "", D(164),
            {2027: D(120), 2028: D(90)}),
    ]),
    ("Verksamheten håller budget och har stabil bemanning.", [
        Ind("Budgetavvikelse i procent av nettokostnaden", "%", D("-2.4"),
            {2027: D(0), 2028: D(0)}),
        Ind("Personalomsättning bland socialsekreterare", "%", D(24),
            {2027: D(15), 2028: D(12)}),
    ]),
]  # fmt: skip

# goal index → [(activity, ansvarig, klart as printed, slutdatum)]
ACTS: list[tuple[int, list[tuple[str, str, str, dt.date]]]] = [
    (0, [
        ("Starta familjebehandling i hemmet kvällstid", "Enhetschef öppenvård",
         "december 2027", dt.date(2027, 12, 31)),
        ("Rekrytera tolv nya familjehem genom egen kampanj", "Familjehemssekreterare",
         "Q2 2028", dt.date(2028, 6, 30)),
        ("Införa en samlad mottagning för orosanmälningar", "Enhetschef barn och unga",
         "juni 2027", dt.date(2027, 6, 30)),
    ]),
    (1, [
        ("Samverka med arbetsmarknadsenheten om individuella planer", "Enhetschef vuxna",
         "december 2027", dt.date(2027, 12, 31)),
        ("Erbjuda budget- och skuldrådgivning vid första besöket", "Budget- och skuldrådgivare",
         "mars 2027", dt.date(2027, 3, 31)),
    ]),
    (2, [
        ("Införa brukarråd i alla dagliga verksamheter", "Verksamhetschef funktionsstöd",
         "Q4 2027", dt.date(2027, 12, 31)),
        ("Öppna en ny gruppbostad på Lärkvägen", "Verksamhetschef funktionsstöd",
         "september 2028", dt.date(2028, 9, 30)),
    ]),
    (3, [
        ("Införa introduktionsår med handledning för nya socialsekreterare",
         "Socialchef", "februari 2027", dt.date(2027, 2, 28)),
    ]),
]  # fmt: skip

KEYS = [("budget", 2026), ("budget", 2027), ("plan", 2028)]
Node = tuple[str, tuple[int, int, int] | None, list[Any]]
"""A budget line: name, its amounts (None: the sum of its sub-lines) and its sub-lines."""
DRIFT: list[Node] = [
    ("Nämnd och förvaltningsledning", (-6200, -6400, -6550), []),
    ("Individ- och familjeomsorg", None, [
        ("Barn och unga", None, [
            ("Placeringar", (-48300, -47100, -46500), []),
            ("Öppenvård barn och familj", (-21400, -23600, -24200), []),
        ]),
        ("Vuxna", (-31900, -32800, -33500), []),
        ("Ekonomiskt bistånd", (-38500, -37200, -36800), []),
    ]),
    ("Funktionsstöd", None, [
        ("Boende enligt LSS", (-92100, -95400, -98000), []),
        ("Daglig verksamhet", (-27800, -28900, -29600), []),
        ("Personlig assistans", (-19600, -20100, -20700), []),
    ]),
    ("Mottagning och integration", (-3100, -2900, -2800), []),
]  # fmt: skip

KEY_HEADER = ["Nyckeltal", "Utfall 2023", "Utfall 2024", "Utfall 2025"]
# (indent level, name, values)
KEY_ROWS: list[tuple[int, str, tuple[str, str, str]]] = [
    (0, "Antal placerade barn och unga 0–20 år, 31 dec", ("64", "58", "55")),
    (1, "varav HVB", ("14", "11", "9")),
    (1, "varav familjehem", ("44", "41", "40")),
    (1, "varav stödboende", ("6", "6", "6")),
    (0, "Hushåll med ekonomiskt bistånd, snitt per månad", ("412", "398", "405")),
    (1, "varav långvarigt bistånd", ("151", "139", "144")),
    (0, "Personer med insats enligt LSS", ("268", "274", "281")),
    (1, "varav bostad med särskild service", ("96", "98", "101")),
    (2, "varav gruppbostad", ("71", "72", "74")),
]

CONTROLS = [
    ("Utredning barn och unga", "Stickprov på att utredningar avslutas inom fyra månader",
     "Enhetschef barn och unga", "Två gånger per år"),
    ("Ekonomiskt bistånd", "Kontroll av att utbetalningar över 20 000 kr attesterats av två",
     "Enhetschef vuxna", "Varje kvartal"),
    ("Placeringar", "Avstämning av placeringskostnader mot avtal med HVB",
     "Controller", "Varje månad"),
]  # fmt: skip


def _indent(table: Any, row: int, level: int) -> None:
    table.cell(row, 0).paragraphs[0].paragraph_format.left_indent = Cm(0.5 * level)


def _sum(node: Node) -> tuple[int, int, int]:
    _, amounts, subs = node
    if amounts is not None:
        return amounts
    parts = [_sum(s) for s in subs]
    return (sum(p[0] for p in parts), sum(p[1] for p in parts), sum(p[2] for p in parts))


def _drift_rows(w: Writer, nodes: list[Node], level: int, out: list[tuple[int, list[str]]]) -> None:
    for node in nodes:
        name, _, subs = node
        figures = _sum(node)
        cells = [name, *(sv(a, minus="−") for a in figures)]
        out.append((level, cells))
        if subs:
            w.structure(*cells)
            w.expected.not_rows.append(("drift", name))
            _drift_rows(w, subs, level + 1, out)
        else:
            w.expected.budget.append(
                BudgetRow("drift", name, {k: D(a) for k, a in zip(KEYS, figures, strict=True)})
            )


def _goals(w: Writer) -> None:
    w.chapter("Nämndens mål", 1)
    w.para(
        "Socialnämnden har brutit ned kommunfullmäktiges mål till fyra nämndsmål. Varje mål "
        "följs upp med indikatorer; nuläget är utfallet för 2025 och målnivåerna gäller för "
        "respektive år i planperioden."
    )
    for n, (goal, inds) in enumerate(GOALS, 1):
        goal_table(w, f"Nämndsmål {n}:", goal, inds, 2025, [2027, 2028])
        w.para("")


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter 2027–2028", 1)
    w.para(
        "Aktiviteterna står under det nämndsmål de ska bidra till. Förvaltningen redovisar "
        "hur arbetet går i delårsrapporten och i verksamhetsberättelsen."
    )
    rows = [["Nämndsmål och aktiviteter", "Ansvarig", "Klart"]]
    levels = [0]
    for g, acts in ACTS:
        goal = GOALS[g][0]
        rows.append([goal, "", ""])
        levels.append(0)
        for name, who, when, day in acts:
            rows.append([name, who, when])
            levels.append(1)
            w.structure(when)
            w.expected.activities.append(Activity(name, who, day, group=goal))
    table = w.table(rows, widths=[9.6, 4.4, 2.6])
    for r, level in enumerate(levels):
        if level:
            _indent(table, r, level)


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi", 1)
    w.para(
        "Kommunfullmäktige har gett nämnden en ram på 294,4 mnkr för 2027, en ökning med "
        "1,9 procent. Kostnaderna för placeringar av barn ska minska när fler får stöd i "
        "öppenvård och i familjehem, medan funktionsstödet växer när den nya gruppbostaden "
        "öppnar. Beloppen är nettokostnader i tusentals kronor."
    )
    w.heading("Driftbudget per verksamhetsområde, tkr", 3)
    w.structure("Driftbudget per verksamhetsområde, tkr")
    body: list[tuple[int, list[str]]] = []
    _drift_rows(w, DRIFT, 0, body)
    parts = [_sum(n) for n in DRIFT]
    total = ["Summa socialnämnden", *(sv(sum(p[i] for p in parts), minus="−") for i in range(3))]
    w.totals(*total)
    w.expected.not_rows.append(("drift", "Summa socialnämnden"))
    header = ["Verksamhet", "Budget 2026", "Budget 2027", "Plan 2028"]
    rows = [header, *(cells for _, cells in body), total]
    table = w.table(rows, widths=[8.0, 2.8, 2.8, 2.8])
    for r, (level, _) in enumerate(body, 1):
        _indent(table, r, level)


def _key_figures(w: Writer) -> None:
    w.chapter("Nyckeltal", 1)
    w.para("Tabellen visar hur verksamheten har utvecklats de senaste tre åren.")
    caption = "Nyckeltal för socialnämndens verksamhet"
    w.heading(caption, 3)
    w.structure(caption)
    rows = [KEY_HEADER]
    parents: list[str] = []
    for level, name, values in KEY_ROWS:
        rows.append([name, *values])
        parents = [*parents[:level], name]
        # vplan's key-figure rows have two levels: a varav inside a varav is entered under
        # the top row, as a careful reader typing it in must
        group = parents[0] if level else ""
        w.expected.key_figures.append(
            KeyRow(caption, name, dict(zip(KEY_HEADER[1:], values, strict=True)), group=group)
        )
    table = w.table(rows, keep_headers=True, widths=[8.4, 2.6, 2.6, 2.6])
    for r, (level, _, _) in enumerate(KEY_ROWS, 1):
        _indent(table, r, level)


def _control(w: Writer) -> None:
    w.chapter("Internkontroll", 1)
    w.para(
        "Internkontrollplanen bygger på förvaltningens riskanalys. Kontrollerna rapporteras "
        "till nämnden i augusti och i februari."
    )
    rows = [["Process", "Kontrollmoment", "Ansvarig", "Frekvens"], *map(list, CONTROLS)]
    w.table(rows, widths=[3.6, 7.0, 3.4, 2.6])
    for process, moment, _, _ in CONTROLS:
        w.expected.controls.append(Control(moment, process))


def build_cn(path: Path) -> Expected:
    front = Front(
        namnd="Socialnämnden",
        kommun="Ljusnedals kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan med budget 2027–2028",
        ordforande="Annika Lövgren (C)",
        forvaltningschef="Jonas Berglund",
        diarienummer="SN 2026/214",
    )
    w = Writer("CN-socialnämnd-indragen-hierarki", front)
    w.cover("Ljusnedals kommun", size=14)
    w.cover("Socialnämnden", size=20, bold=True)
    w.cover("Verksamhetsplan med budget 2027–2028", size=24, bold=True)
    w.cover("Ordförande: Annika Lövgren (C)", size=10)
    w.cover("Socialchef: Jonas Berglund", size=10)
    w.cover("Dnr SN 2026/214", size=10)
    w.page_break()
    w.chapter("Inledning", 1)
    w.para(
        "Socialnämnden ansvarar för individ- och familjeomsorg, stöd till personer med "
        "funktionsnedsättning och mottagande av nyanlända. Planen beskriver vad nämnden vill "
        "uppnå de kommande två åren, hur det ska mätas och vilka pengar som finns."
    )
    w.chapter("Omvärldsanalys", 1)
    w.para(
        "Den nya socialtjänstlagen gäller från juli 2025 och kräver att stödet blir mer "
        "förebyggande och lättare att nå. I Ljusnedal har antalet orosanmälningar för barn "
        "ökat med en femtedel på tre år, samtidigt som färre barn placeras på institution. "
        "Arbetslösheten ligger över rikets snitt och många hushåll har haft bistånd länge."
    )
    w.para(
        "Behovet av bostäder med särskild service växer när fler unga vuxna med "
        "funktionsnedsättning flyttar hemifrån. Det är svårt att rekrytera erfarna "
        "socialsekreterare, och nämnden konkurrerar om dem med grannkommunerna."
    )
    _goals(w)
    _activities(w)
    _economy(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
