"""Corpus document L: a samhällsbyggnadsnämnd's plan with unnumbered Heading 1 chapters, each
goal a Heading 3 under a "Målområde: …" Heading 2 with a table "Indikator | Utfall 2024 |
Utfall 2025 | Mål 2027 | Mål 2028", activities in one table grouped by målområde in a merged
first column with "Klart senast" as "december 2027", "Q2 2027" or "2027", a resultaträkning
with "Budget" over the year in two header rows and a "(tkr)" row, an internkontroll plan with
"3×4=12" risk values, uppdrag från kommunfullmäktige and an appendix of nyckeltal with
Kolada-ID."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

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

Row = tuple[str, str, Val | None, Val | None, Val | None, Val | None]
"""An indicator: name, unit, utfall 2024, utfall 2025, mål 2027, mål 2028."""

GOALS: list[tuple[str, str, list[Row]]] = [
    (
        "Målområde: Hållbar samhällsbyggnad",
        "Det finns mark och planer för nya bostäder i alla kommundelar.",
        [
            ("Antal bostäder i antagna detaljplaner", "", D(180), D(240), "Minst 250", "Minst 250"),
            ("Andel detaljplaner antagna inom planerad tid", "%", D(55), D(62), "Minst 80 %", None),
        ],
    ),
    (
        "Målområde: Hållbar samhällsbyggnad",
        "Kommunens verksamheter minskar sina utsläpp av växthusgaser.",
        [
            ("Utsläpp från kommunens fordon, ton CO2", "", D(412), D(388), "Max 340", "Max 300"),
            ("Andel fossilfria fordon i kommunens flotta", "%", D(58), D(67), "Öka", "Öka"),
        ],
    ),
    (
        "Målområde: Attraktiv kommun att bo och verka i",
        "Företag upplever en snabb och rättssäker myndighetsutövning.",
        [
            ("Handläggningstid bygglov, veckor (median)", "", D(6), D(5), "Max 5", "Max 4"),
            ("Nöjd-Kund-Index bygglov", "", D(69), D(72), "Bibehålla", "Bibehålla"),
        ],
    ),
]

# Judgement: "december 2027" and "2027" end on the last day of that month or year, "Q2 2027"
# on the last day of the quarter.
ACTIVITIES: list[tuple[str, list[tuple[str, str, str, dt.date]]]] = [
    (
        "Hållbar samhällsbyggnad",
        [
            (
                "Ta fram en ny översiktsplan för Ådalen",
                "Planchef",
                "december 2027",
                dt.date(2027, 12, 31),
            ),
            ("Planprogram för stationsområdet", "Planarkitekt", "Q2 2027", dt.date(2027, 6, 30)),
            (
                "Laddplatser vid alla kommunala arbetsplatser",
                "Fordonssamordnare",
                "2027",
                dt.date(2027, 12, 31),
            ),
        ],
    ),
    (
        "Attraktiv kommun att bo och verka i",
        [
            (
                "Införa e-tjänst för alla bygglovsärenden",
                "Bygglovschef",
                "Q1 2027",
                dt.date(2027, 3, 31),
            ),
            (
                "Företagsträffar om bygglov två gånger per år",
                "Förvaltningschef",
                "2028",
                dt.date(2028, 12, 31),
            ),
        ],
    ),
]

RR: list[tuple[str, list[int]]] = [
    ("Taxor och avgifter", [-14_620, -15_100, -16_300]),
    ("Övriga intäkter", [-3_180, -2_900, -3_000]),
    ("Personalkostnader", [38_940, 41_200, 43_150]),
    ("Konsulter", [6_215, 3_500, 2_800]),
    ("Lokaler", [2_410, 2_480, 2_550]),
    ("Övriga kostnader", [4_905, 5_120, 5_300]),
]


def _cover(w: Writer) -> None:
    w.cover("Samhällsbyggnadsnämnden", size=14, bold=True)
    w.cover("Verksamhetsplan med budget 2027–2028", size=24, bold=True)
    w.cover("Ådalens kommun")
    w.cover("Dnr SBN 2026/1204")
    w.para("")
    w.cover("Ordförande: Jonas Ekström (M)")
    w.cover("Förvaltningschef: Helena Mörk")
    w.page_break()


def _intro(w: Writer) -> None:
    w.chapter("Nämndens ansvar")
    w.para(
        "Nämnden ansvarar för fysisk planering, bygglov, mät- och kartverksamhet samt "
        "kommunens fordon. Förvaltningen har 64 medarbetare."
    )
    w.chapter("Förutsättningar för planperioden")
    w.paras(
        "Intresset för att bygga i kommunen har ökat sedan den nya pendeltågstrafiken "
        "beslutades. Samtidigt har byggandet av flerbostadshus bromsat in när räntorna steg.",
        "Bygglovsavgifterna täcker i dag drygt hälften av kostnaden för bygglov. Nämnden "
        "föreslår en ny taxa från 2027.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Nämndens mål")
    w.para("Målen följs upp med indikatorerna i tabellen under varje mål.")
    area = ""
    for heading, goal, rows in GOALS:
        if heading != area:
            w.heading(heading, 2)
            w.structure(heading)
            area = heading
        w.heading(goal, 3)
        w.expected.goals.append(Goal(goal, "namnd"))
        header = ["Indikator", "Utfall 2024", "Utfall 2025", "Mål 2027", "Mål 2028"]
        body = [[n, *(cell_text(v, u) for v in (a, b, c, d))] for n, u, a, b, c, d in rows]
        w.table([header, *body], widths=[7.2, 2.3, 2.3, 2.3, 2.3])
        for name, unit, a, b, c, d in rows:
            # Two outcome years: both are utfall, the latest is the nuläge.
            w.expected.indicators.append(
                Indicator(
                    goal,
                    name,
                    unit,
                    2025,
                    b,
                    {y: v for y, v in ((2027, c), (2028, d)) if v is not None},
                    {2024: a, 2025: b} if a is not None and b is not None else {},
                )
            )
        w.para("")


def _activities(w: Writer) -> None:
    # A heading over a table alone is the table's title, no chapter of text.
    w.heading("Aktiviteter", 1)
    w.structure("Aktiviteter")
    rows = [["Målområde", "Aktivitet", "Ansvarig", "Klart senast"]]
    merges = []
    for group, acts in ACTIVITIES:
        first = len(rows)
        for i, (name, who, when, date) in enumerate(acts):
            rows.append([group if i == 0 else "", name, who, when])
            w.expected.activities.append(Activity(name, who, date, group=group))
        merges.append((first, 0, len(rows) - 1, 0))
        w.structure(group)
    w.table(rows, merges=merges, widths=[3.5, 7, 3.5, 2.6])
    w.para("")
    w.heading("Uppdrag från kommunfullmäktige", 2)
    w.structure("Uppdrag från kommunfullmäktige")
    # Judgement (as in J): each uppdrag is an activity with the table's status.
    uppdrag = [
        ["Utreda en gemensam bygglovsenhet med grannkommunerna", "Pågår", "Rapport i maj 2027."],
        ["Ta fram riktlinjer för solceller på tak i kulturmiljöer", "Klart", ""],
    ]
    w.table([["Uppdrag", "Status", "Kommentar"], *uppdrag], widths=[8, 2.5, 6])
    statuses = {"Pågår": "pagar", "Klart": "klart"}
    w.expected.activities += [Activity(u, status=statuses[s]) for u, s, _ in uppdrag]


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para("Nämndens ram för 2027 är 34,5 miljoner kronor.")
    keys = [("utfall", 2025), ("budget", 2026), ("budget", 2027)]
    rows = [
        ["Resultaträkning", "Utfall", "Budget", "Budget"],
        ["", "2025", "2026", "2027"],
        ["(tkr)", "", "", ""],
    ]
    for name, amounts in RR:
        rows.append([name, *(sv(a) for a in amounts)])
        w.expected.budget.append(
            BudgetRow("resultat", name, {k: D(a) for k, a in zip(keys, amounts, strict=True)})
        )
        if name == "Övriga intäkter":
            total = [sum(a[i] for _, a in RR[:2]) for i in range(3)]
            rows.append(["Summa intäkter", *(sv(t) for t in total)])
            w.totals(*rows[-1])
            rows.append(["", "", "", ""])
    costs = [sum(a[i] for _, a in RR[2:]) for i in range(3)]
    rows.append(["Summa kostnader", *(sv(t) for t in costs)])
    w.totals(*rows[-1])
    rows.append(["", "", "", ""])
    net = [sum(a[i] for _, a in RR) for i in range(3)]
    rows.append(["Nettokostnad", *(sv(t) for t in net)])
    w.totals(*rows[-1])
    w.structure("(tkr)")
    w.table(rows, header_rows=2, widths=[7, 3, 3, 3])
    w.para("")


def _control(w: Writer) -> None:
    # A heading over a table alone is the table's title, no chapter of text.
    w.heading("Internkontrollplan", 1)
    w.structure("Internkontrollplan")
    header = ["Risk", "Riskbedömning (S×K)", "Kontrollmoment", "Ansvarig", "Tidpunkt"]
    rows = [
        [
            "Bygglovsavgift tas inte ut",
            "3×4=12",
            "Avstämning av beviljade lov mot fakturor",
            "Bygglovschef",
            "Juni och december",
        ],
        [
            "Jäv vid handläggning",
            "2×4=8",
            "Genomgång av jävsdeklarationer",
            "Förvaltningschef",
            "Februari",
        ],
    ]
    w.table([header, *rows], widths=[4, 2.5, 5.5, 3, 2.5], size=8)
    w.expected.controls += [Control(row[2]) for row in rows]


def _appendix(w: Writer) -> None:
    title = "Bilaga Nyckeltal"
    w.heading(title, 1)
    w.structure(title)
    header = ["Nyckeltal", "Kolada-ID", "2023", "2024", "2025"]
    rows = [
        ["Nettokostnad fysisk och teknisk planering, kr/inv", "N15419", "712", "748", "790"],
        ["Antal påbörjade bostäder per 1 000 invånare", "N07927", "3,1", "2,4", "1,9"],
        ["Handläggningstid bygglov, dagar (median)", "U07451", "41", "37", "33"],
    ]
    w.table([header, *rows], keep_headers=True, widths=[7.4, 2.2, 2.2, 2.2, 2.2])
    w.expected.key_figures += [
        KeyRow(title, r[0], dict(zip(header[1:], r[1:], strict=True))) for r in rows
    ]


def build_l(path: Path) -> Expected:
    front = Front(
        namnd="Samhällsbyggnadsnämnden",
        kommun="Ådalens kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan med budget 2027–2028",
        ordforande="Jonas Ekström (M)",
        forvaltningschef="Helena Mörk",
        diarienummer="SBN 2026/1204",
    )
    w = Writer("L-samhällsbyggnad-grupperade-aktiviteter", front)
    _cover(w)
    _intro(w)
    _goals(w)
    _activities(w)
    _budget(w)
    _control(w)
    _appendix(w)
    return w.save(path)
