"""Corpus document B: a socialnämnd's plan written without heading styles (numbered lines,
short bold lines, a line in capitals), with budget tables in the kommun's own words: a
driftbudget split by a page break with a row split across both parts, a resultaträkning by
cost type with minus signs, investments whose total is wrong, and key figures with a
footnote line under the table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_docx import Ind, Writer, budget_rows, sv
from tests.word_shapes_model import Activity, BudgetRow, Expected, Front, Goal, KeyRow, TableNote

YEARS = (2027, 2028, 2029)


def _numbered(w: Writer, text: str, *, chapter: bool = False, part: bool = False) -> None:
    """A heading typed as a numbered line: bold and larger for a chapter, plain below; the
    heading of one of the plan's parts (goals, budget) is structure."""
    if part:
        w.structure(text)
    if chapter:
        w.expected.chapters.append(text)
        w.para(("b", text), size=14)
    else:
        w.para(text)


def _goal_table(w: Writer, label: str, goal: str, indicators: Sequence[Ind]) -> None:
    """A goal table with two header rows: the goal merged across, then "Indikator |
    Nuläge 2025 | Mål 2027 | …"."""
    header = ["Indikator", "Nuläge 2025", *(f"Mål {y}" for y in YEARS)]
    first = [f"{label} {goal}", "", "", "", ""]
    w.table(
        [first, header, *(i.cells(YEARS) for i in indicators)],
        header_rows=2,
        merges=[(0, 0, 0, 4)],
        widths=[8, 2.2, 2, 2, 2],
    )
    w.expected.structure.discard(first[0])
    w.expected.goals.append(Goal(goal, "namnd"))
    w.expected.indicators += [i.expected(goal, 2025) for i in indicators]


def build_b(path: Path) -> Expected:
    front = Front(
        namnd="Socialnämnden",
        kommun="Lindåsa kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med budget 2027 och plan 2028–2029",
        ordforande="Per-Olof Strand (M)",
        forvaltningschef="Lena Holm",
        diarienummer="SN 2026/0388",
    )
    w = Writer("B-utan-rubrikformat", front)
    x = w.expected
    w.cover("LINDÅSA KOMMUN", size=12, bold=True)
    w.cover("Socialnämnden", size=16)
    w.cover("Verksamhetsplan med budget 2027 och plan 2028–2029", size=22, bold=True)
    w.cover("Nämndsordförande: Per-Olof Strand (M)")
    w.cover("Förvaltningschef: Lena Holm")
    w.cover("Dnr SN 2026/0388")
    w.page_break()

    _numbered(w, "1 Inledning", chapter=True)
    w.paras(
        "Socialnämnden ansvarar för individ- och familjeomsorgen: stöd till barn och familjer, "
        "missbruks- och beroendevård, ekonomiskt bistånd och arbetsmarknadsinsatser. Planen "
        "visar hur nämnden prioriterar inom den ram som fullmäktige har beslutat.",
        "Planen har tagits fram av förvaltningens ledningsgrupp tillsammans med nämndens "
        "arbetsutskott under september och oktober. Den följs upp i delårsrapporten och i "
        "verksamhetsberättelsen.",
    )
    _numbered(w, "2 Omvärldsanalys", chapter=True)
    _numbered(w, "2.1 Befolkning och försörjning")
    w.paras(
        "Arbetslösheten i Lindåsa ligger över rikets genomsnitt, särskilt bland unga vuxna "
        "och bland dem som saknar gymnasieutbildning. Fler hushåll än tidigare har behov av "
        "försörjningsstöd under lång tid.",
        "Samtidigt ökar antalet äldre, och fler barn växer upp i familjer med låga inkomster. "
        "Det ställer krav på att socialtjänsten arbetar förebyggande och i samverkan med "
        "skolan och regionen.",
    )
    _numbered(w, "2.2 Lagstiftning")
    w.para(
        "Den nya socialtjänstlagen som träder i kraft under planperioden betonar förebyggande "
        "arbete och insatser utan biståndsbedömning. Förvaltningen förbereder sig genom att"
    )
    w.bullets(
        "se över delegationsordningen,",
        "utbilda handläggare i den nya lagens krav på kunskapsbaserat arbete,",
        "ta fram rutiner för tidiga insatser utan utredning.",
    )

    _numbered(w, "3 Mål och uppföljning", part=True)
    _numbered(w, "3.1 Målområden")
    w.para(
        "Fullmäktiges målområden är Trygghet, Arbete och Hållbar organisation. Nämnden har "
        "ett mål inom varje område."
    )
    _numbered(w, "3.2 Mål", part=True)
    _goal_table(
        w,
        "Nämndsmål 1:",
        "Fler invånare går från försörjningsstöd till arbete eller studier.",
        [
            Ind(
                "Andel hushåll med långvarigt försörjningsstöd",
                "%",
                D(38),
                {2027: D(35), 2028: D(32), 2029: D(30)},
            ),
            Ind(
                "Deltagare i arbetsmarknadsinsatser som går till arbete eller studier, antal",
                "",
                D(112),
                {2027: D(130), 2028: D(140), 2029: D(150)},
            ),
            Ind(
                "Väntetid till första besök hos handläggare, dagar",
                "",
                D(9),
                {2027: D(7), 2028: D(7), 2029: D(5)},
            ),
        ],
    )
    _goal_table(
        w,
        "Nämndsmål 2:",
        "Barn och unga som behöver stöd får det tidigt och nära hemmet.",
        [
            Ind(
                "Barn 0–12 år som inte återaktualiseras ett år efter avslutad insats",
                "%",
                D(81),
                {2027: D(83), 2028: D(85), 2029: D(87)},
            ),
            Ind(
                "Placeringar på HVB, barn och unga, årsgenomsnitt",
                "",
                D(14),
                {2027: D(12), 2028: D(11), 2029: D(10)},
            ),
            Ind(
                "Utredningar som är klara inom fyra månader",
                "%",
                D("72.5"),
                {2027: D(80), 2028: D(85), 2029: D(90)},
            ),
        ],
    )
    _goal_table(
        w,
        "Nämndsmål 3:",
        "Socialtjänsten är en attraktiv arbetsplats där medarbetare stannar.",
        [
            Ind(
                "Personalomsättning bland socialsekreterare",
                "%",
                D(24),
                {2027: D(20), 2028: D(17), 2029: D(15)},
            ),
            Ind(
                "Medarbetare som rekommenderar sin arbetsplats",
                "%",
                None,
                {2027: "Öka", 2028: "Öka", 2029: D(70)},
            ),
            Ind("Sjukfrånvaro", "%", D("8.1"), {2027: D("7.5"), 2028: D(7), 2029: D("6.5")}),
        ],
    )
    _numbered(w, "3.3 Aktiviteter", part=True)
    activities = [
        (
            "Jobbspår inom vård och omsorg tillsammans med vuxenutbildningen",
            "Enhetschef arbetsmarknad",
            dt.date(2027, 8, 31),
        ),
        ("Familjebehandlare på två skolor", "Enhetschef barn och familj", dt.date(2027, 6, 30)),
        ("Gemensam mottagning för barn och vuxna", "Sektionschef", dt.date(2027, 12, 31)),
        ("Digital ansökan om ekonomiskt bistånd", "Enhetschef försörjning", dt.date(2027, 3, 31)),
        ("Introduktionsprogram för nya socialsekreterare", "HR-strateg", dt.date(2028, 1, 31)),
        (
            "Egen familjehemsrekrytering i samverkan med grannkommunerna",
            "Enhetschef barn och familj",
            dt.date(2028, 9, 30),
        ),
    ]
    w.table(
        [["Aktivitet", "Ansvarig", "Klart senast"]]
        + [[name, who, when.isoformat()] for name, who, when in activities],
        widths=[9, 5, 2.5],
    )
    x.activities += [Activity(name, ansvarig=who, slutdatum=when) for name, who, when in activities]

    _numbered(w, "4 Verksamhetsbeskrivning", chapter=True)
    w.para(
        "Förvaltningen är organiserad i tre sektioner med gemensam stab. Varje sektion leds "
        "av en sektionschef som ingår i förvaltningens ledningsgrupp."
    )
    for unit, text in (
        (
            "Barn och familj",
            "Sektionen utreder anmälningar om barn som far illa, ansvarar för familjehemsvården "
            "och driver familjebehandlingen. Familjerätten hör också hit.",
        ),
        (
            "Vuxen och beroende",
            "Sektionen arbetar med missbruk och beroende, våld i nära relationer och stöd till "
            "personer som saknar bostad. Öppenvården erbjuder både individuell behandling och "
            "gruppverksamhet.",
        ),
        (
            "Arbete och försörjning",
            "Här handläggs ekonomiskt bistånd och här finns kommunens arbetsmarknadsenhet med "
            "praktikplatser, studie- och yrkesvägledning och kommunala visstidsanställningar.",
        ),
    ):
        w.para(("b", unit))
        w.para(text)

    _numbered(w, "5 Ekonomi", part=True)
    _numbered(w, "5.1 Driftbudget", part=True)
    w.para(
        "Ramen för 2027 är 248,9 miljoner kronor. Den största osäkerheten är kostnaden för "
        "placeringar av barn och unga."
    )
    keys = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
    head = [
        ["DRIFTVERKSAMHET", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
        ["Nettobelopp i kkr utan decimal", "2025", "2026", "2027", "2028", "2029"],
    ]
    drift = [
        ("Socialnämnd", [1_402, 1_450, 1_480, 1_500, 1_520]),
        ("Förvaltningsledning och stab", [14_388, 15_020, 15_310, 15_600, 15_900]),
        ("Barn och familj", [71_845, 69_500, 72_300, 73_100, 73_900]),
        ("Familjehemsvård", [22_610, 23_400, 24_050, 24_600, 25_100]),
        ("Vuxen och beroende", [30_977, 31_650, 32_400, 33_000, 33_600]),
        ("Ekonomiskt bistånd", [41_250, 42_900, 44_100, 45_000, 45_800]),
        ("Arbetsmarknadsenhet", [18_403, 19_100, 19_600, 20_000, 20_400]),
        ("Integration", [9_966, 8_800, 8_200, 7_900, 7_700]),
        ("Skyddat boende", [3_112, 3_300, 3_460, 3_550, 3_650]),
        ("Flyktingmottagning", [24_870, 22_400, 21_000, 20_500, 20_000]),
    ]
    rows = budget_rows(w, "drift", keys, drift, "NETTOKOSTNAD")
    split = rows[5]  # Ekonomiskt bistånd: cut where the page ends
    first = [*head, *rows[:5], [split[0], split[1], split[2], "", "", ""]]
    w.table(first, header_rows=2, widths=[6.5, 2, 2, 2, 2, 2])
    w.page_break()
    second = [["", "", "", *split[3:]], *rows[6:]]
    w.table(second, header_rows=0, widths=[6.5, 2, 2, 2, 2, 2])

    _numbered(w, "5.2 Resultaträkning", part=True)
    keys_r = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
    income = [
        ("Verksamhetens intäkter", [18_214, 16_900, 17_300, 17_300, 17_300]),
        ("Statsbidrag och ersättningar", [27_506, 24_100, 22_800, 21_900, 21_100]),
    ]
    costs = [
        ("Personalkostnader", [-118_340, -121_500, -125_900, -129_000, -132_100]),
        ("Lokalkostnader", [-12_877, -13_200, -13_640, -14_000, -14_300]),
        ("Köp av verksamhet", [-98_612, -95_400, -98_100, -99_500, -101_000]),
        ("Försörjningsstöd", [-36_904, -38_100, -39_200, -40_000, -40_700]),
        ("Övriga kostnader", [-17_810, -10_500, -5_160, -4_450, -3_870]),
    ]
    minus = "\u2212"
    lines = budget_rows(w, "resultat", keys_r, income, "Summa intäkter", minus=minus)
    lines += budget_rows(w, "resultat", keys_r, costs, "Summa kostnader", minus=minus)
    net = [sum(a[n] for _, a in (*income, *costs) if a[n] is not None) for n in range(5)]
    net_row = ["Nettokostnad", *(sv(v, minus=minus) for v in net)]
    w.totals(*net_row)
    w.table(
        [
            [
                "Resultaträkning, tkr",
                "Bokslut 2025",
                "Budget 2026",
                "Budget 2027",
                "Plan 2028",
                "Plan 2029",
            ],
            ["Intäkter", "", "", "", "", ""],
            *lines[:3],
            ["Kostnader", "", "", "", "", ""],
            *lines[3:],
            net_row,
        ],
        widths=[6, 2.2, 2.2, 2.2, 2.2, 2.2],
    )

    _numbered(w, "5.3 Investeringar", part=True)
    keys_i = [("budget", 2027), ("plan", 2028), ("plan", 2029), ("plan", 2030), ("plan", 2031)]
    projects: list[tuple[str, str, list[int | None]]] = [
        ("Inventarier", "SN 001", [850, 600, 600, 600, 600]),
        ("Verksamhetssystem, ny modul för e-tjänster", "SN 002", [1_200, 400, None, None, None]),
        ("Anpassning av lokaler för öppenvården", "SN 003", [2_300, None, None, None, None]),
        ("Bilar för hemtjänstens nattpatrull", "SN 004", [None, 740, None, 760, None]),
        ("Larm och passersystem, stödboendet", "SN 005", [420, None, None, None, None]),
    ]
    inv = budget_rows(
        w, "investering", keys_i, [(n, a) for n, _, a in projects], "Totalt", wrong={1: 100}
    )
    x.budget[-len(projects) :] = [
        BudgetRow("investering", r.name, r.amounts, projects[n][1])
        for n, r in enumerate(x.budget[-len(projects) :])
    ]
    w.table(
        [
            [
                "Projektnamn/Projektgruppering",
                "Projektblad nr",
                "Budget 2027",
                "Plan 2028",
                "Plan 2029",
                "Plan 2030",
                "Plan 2031",
            ],
            *([row[0], projects[n][1], *row[1:]] for n, row in enumerate(inv[:-1])),
            [inv[-1][0], "", *inv[-1][1:]],
        ],
        widths=[6, 2, 1.8, 1.8, 1.8, 1.8, 1.8],
    )

    _numbered(w, "5.4 Volymer och nyckeltal")
    key_header = ["Nyckeltal", "Bokslut 2024", "Bokslut 2025", "Budget 2026", "Budget 2027"]
    key_rows = [
        ["Hushåll med försörjningsstöd, antal per månad", "612", "648", "640", "630"],
        ["– varav hushåll med barn", "241", "255", "250", "245"],
        ["Vårddygn på HVB, barn och unga", "5 110", "4 780", "4 400", "4 000"],
        ["Kostnad per vårddygn HVB, kr", "4 120", "4 390", "4 450", "4 520"],
        ["Kostnad flyktingmottagande, tkr *", "26 340", "24 870", "22 400", "21 000"],
        ["Kostnad skyddat boende, tkr **", "2 870", "3 112", "3 300", "3 460"],
        ["Familjehem, antal", "58", "63", "66", "70"],
    ]
    w.table([key_header, *key_rows], keep_headers=True, widths=[8, 2.2, 2.2, 2.2, 2.2])
    x.key_figures += [
        KeyRow("Volymer och nyckeltal", row[0], dict(zip(key_header[1:], row[1:], strict=True)))
        for row in key_rows
    ]
    notes = [
        "* Bruttokostnad minus statsbidrag och interna intäkter för mottagandet av nyanlända "
        "under etableringstiden.",
        "** Inklusive kostnader för skyddat boende vid våld i nära relationer.",
    ]
    for note in notes:
        w.para(note)
        x.notes.append(TableNote("Volymer och nyckeltal", note))

    w.para("PERSONAL OCH ARBETSMILJÖ")
    x.chapters.append("PERSONAL OCH ARBETSMILJÖ")
    w.paras(
        "Förvaltningen har 214 årsarbetare. Bristen på erfarna socialsekreterare är fortsatt "
        "den största utmaningen, och inhyrda konsulter kostade 6,2 miljoner kronor under 2025.",
        "Under planperioden prioriteras introduktion, handledning och en tydlig karriärväg "
        "för socialsekreterare. Målet är att inga konsulter ska behövas från 2028.",
    )
    return w.save(path)
