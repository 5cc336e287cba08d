"""Corpus document K: a tekniska nämnd's delårsrapport januari–augusti 2026: unnumbered Heading 1
chapters, goals under "Målområde: …" Heading 2s assessed in a table with colours written as
words ("Grön – uppfyllt"), indicator tables with "Utfall aug 2026", activities grouped by
målområde in a merged first column with "Klart senast" as "december 2026", "Q2 2027" or "2027"
and a Status column, a driftredovisning in tkr with a two-row header, a unit row, hyphen minus
and "Total", and an appendix of nyckeltal with a Kolada-ID column."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_docx import Writer, cell_text, sv
from tests.word_shapes_model import (
    Activity,
    ActivityStatus,
    Assessment,
    BudgetRow,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    Val,
)

LEVELS = {
    "Grön – uppfyllt": "uppfyllt",
    "Gul – delvis": "delvis",
    "Röd – ej uppfyllt": "ej_uppfyllt",
}
STATUSES = {"Klar": "klar", "Pågår": "pagar", "Ej påbörjad": "ej_paborjad"}

Row = tuple[str, str, Val | None, Val | None, Val | None]
"""An indicator: name, unit, utfall 2025, utfall aug 2026, mål 2026."""

GOALS: list[tuple[str, list[tuple[str, str, str, list[Row]]]]] = [
    (
        "Målområde: Hållbar samhällsbyggnad",
        [
            (
                "Kommunens fastigheter använder mindre energi.",
                "Grön – uppfyllt",
                "Solceller på tre skolor och nya styrsystem har sänkt förbrukningen mer än "
                "planerat.",
                [
                    ("Energianvändning i egna lokaler, kWh/kvm", "", D(128), D("119.5"), D(124)),
                    ("Andel förnybar el i egna anläggningar", "%", D(96), D(100), D(100)),
                ],
            ),
            (
                "Gator och cykelvägar är säkra och framkomliga året runt.",
                "Gul – delvis",
                "Vinterväghållningen fungerade väl, men två av fem planerade cykelvägar är "
                "försenade av överklaganden.",
                [
                    ("Nya meter cykelväg", "", D(1850), D(640), "Minst 2 000"),
                    ("Andel invånare nöjda med gång- och cykelvägar", "%", D(58), None, "Öka"),
                ],
            ),
        ],
    ),
    (
        "Målområde: Service och bemötande",
        [
            (
                "Invånare och företag får snabba och tydliga svar.",
                "Röd – ej uppfyllt",
                "Vakanser i kundtjänsten har gett längre väntetider under våren. Rekrytering "
                "pågår.",
                [
                    (
                        "Andel felanmälningar åtgärdade inom fem arbetsdagar",
                        "%",
                        D(82),
                        D(71),
                        "Minst 85 %",
                    ),
                    ("Svarstid på e-post, dagar (median)", "", D(2), D(4), "Max 2"),
                ],
            ),
        ],
    ),
]

# Judgement: "december 2026" and "2027" end on the last day of that month or year, "Q2 2027"
# on the last day of the quarter.
ACTIVITIES: list[tuple[str, list[tuple[str, str, str, dt.date, str]]]] = [
    (
        "Hållbar samhällsbyggnad",
        [
            (
                "Byta till LED i all gatubelysning i tätorten",
                "Gatuchef",
                "december 2026",
                dt.date(2026, 12, 31),
                "Pågår",
            ),
            (
                "Solceller på Ekbackens förskola",
                "Fastighetschef",
                "Q2 2027",
                dt.date(2027, 6, 30),
                "Ej påbörjad",
            ),
            (
                "Ny plan för dagvatten i centrala Sjöby",
                "VA-chef",
                "2027",
                dt.date(2027, 12, 31),
                "Pågår",
            ),
        ],
    ),
    (
        "Service och bemötande",
        [
            (
                "Felanmälan i app för gata och park",
                "Kundtjänstchef",
                "juni 2026",
                dt.date(2026, 6, 30),
                "Klar",
            ),
            (
                "Gemensam telefontid för bygglov och teknisk service",
                "Förvaltningschef",
                "Q4 2026",
                dt.date(2026, 12, 31),
                "Pågår",
            ),
        ],
    ),
]

DRIFT: list[tuple[str, int, int, int]] = [
    ("Nämnd och förvaltningsledning", 6_200, 4_012, 6_100),
    ("Gator och vägar", 38_450, 27_981, 40_250),
    ("Parker och grönområden", 11_300, 7_088, 11_000),
    ("Fastighetsförvaltning", -2_150, -2_904, -3_400),
    ("Kost och lokalvård", 14_800, 9_655, 14_600),
    ("Vatten och avlopp", 0, 1_217, 0),
]


def _cover(w: Writer) -> None:
    w.cover("Sjöby kommun", size=12)
    w.cover("Tekniska nämnden", size=14, bold=True)
    w.cover("Delårsrapport januari–augusti 2026", size=24, bold=True)
    w.cover("Behandlad av tekniska nämnden 2026-09-24")
    w.cover("Dnr TN 2026/97")
    w.page_break()


def _intro(w: Writer) -> None:
    w.chapter("Sammanfattning")
    w.paras(
        "Nämnden prognostiserar ett överskott på 0,5 miljoner kronor för helåret. "
        "Vinterkostnaderna blev högre än budgeterat, men fastighetsförvaltningen har fått "
        "större hyresintäkter när två nya förskolor tagits i bruk.",
        "Två av tre mål bedöms nås helt eller delvis. Målet om snabba svar nås inte i år.",
    )
    w.chapter("Viktiga händelser under perioden")
    w.bullets(
        "Den nya återvinningscentralen i Norra Sjöby öppnade i april.",
        "Ett skyfall i juni gav översvämningar i tre kvarter och skador på en gångtunnel.",
        "Upphandlingen av ny vinterväghållning är klar och avtalet gäller från november.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Måluppfyllelse")
    w.para(
        "Bedömningen visas med färg: grön när målet bedöms uppfyllt för helåret, gul när det "
        "nås delvis och röd när det inte nås."
    )
    for area, goals in GOALS:
        w.heading(area, 2)
        w.structure(area)
        rows = [["Nämndens mål", "Bedömning", "Kommentar"]]
        for goal, level, comment, _ in goals:
            rows.append([goal, level, comment])
            w.expected.goals.append(Goal(goal))
            w.expected.assessments.append(Assessment(goal, LEVELS[level]))
        w.table(rows, widths=[6, 3, 8])
        for goal, _, _, inds in goals:
            w.para(("b", "Indikatorer: "), goal)
            w.structure(f"Indikatorer: {goal}", goal)  # the goal's second mention
            header = ["Indikator", "Utfall 2025", "Utfall aug 2026", "Mål 2026"]
            body = [
                [n, cell_text(a, u), cell_text(b, u), cell_text(t, u)] for n, u, a, b, t in inds
            ]
            w.table([header, *body], widths=[8, 2.8, 2.8, 2.8])
            for name, unit, a, b, t in inds:
                # Judgement: "Utfall aug 2026" is the year's outcome so far: the 2026 utfall.
                outcomes = {y: v for y, v in ((2025, a), (2026, b)) if v is not None}
                targets = {2026: t} if t is not None else {}
                w.expected.indicators.append(
                    Indicator(goal, name, unit, targets=targets, outcomes=outcomes)
                )
            w.para("")


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para("Status för nämndens aktiviteter den 31 augusti.")
    rows = [["Målområde", "Aktivitet", "Ansvarig", "Klart senast", "Status"]]
    merges = []
    for group, acts in ACTIVITIES:
        first = len(rows)
        for i, (name, who, when, date, status) in enumerate(acts):
            rows.append([group if i == 0 else "", name, who, when, status])
            w.expected.activities.append(Activity(name, who, date, group=group))
            w.expected.statuses.append(ActivityStatus(name, STATUSES[status]))
        merges.append((first, 0, len(rows) - 1, 0))
        w.structure(group)
    w.table(rows, merges=merges, widths=[3.2, 6.3, 3, 2.4, 2.2])


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Driftredovisningen visar utfallet till och med augusti och prognosen för helåret. "
        "Negativa belopp är nettointäkter."
    )
    w.para(("b", "Driftredovisning per verksamhet"))
    w.structure("Driftredovisning per verksamhet")
    rows = [
        ["Verksamhet", "Budget", "Utfall", "Prognos", "Avvikelse"],
        ["", "2026", "jan–aug 2026", "2026", "mot budget"],
        ["(tkr)", "", "", "", ""],
    ]
    for name, budget, outcome, forecast in DRIFT:
        deviation = sv(budget - forecast)
        rows.append([name, sv(budget), sv(outcome), sv(forecast), deviation])
        w.structure(deviation)  # budget minus prognos: computed, not kept
        # Judgement: the period's utfall (jan–aug) is the follow-up's 2026 utfall.
        w.expected.budget.append(
            BudgetRow(
                "drift",
                name,
                {
                    ("budget", 2026): D(budget),
                    ("utfall", 2026): D(outcome),
                    ("prognos", 2026): D(forecast),
                },
            )
        )
    totals = [sum(b for _, b, _, _ in DRIFT), sum(o for _, _, o, _ in DRIFT)]
    totals.append(sum(f for _, _, _, f in DRIFT))
    rows.append(["", "", "", "", ""])
    total_row = ["Total", *(sv(t) for t in totals), sv(totals[0] - totals[2])]
    rows.append(total_row)
    w.totals(*total_row)
    w.structure("(tkr)")
    w.table(rows, header_rows=2, widths=[5.5, 2.6, 2.8, 2.6, 2.6])
    w.para("")


def _appendix(w: Writer) -> None:
    title = "Bilaga 1 Nyckeltal"
    w.heading(title, 1)
    w.structure(title)
    header = ["Nyckeltal", "Kolada-ID", "2024", "2025", "Jan–aug 2026"]
    rows = [
        ["Nettokostnad gator och vägar, kr/inv", "N07403", "1 412", "1 488", "1 031"],
        ["Kostnad för skolmåltider, kr/portion", "U07801", "34,10", "35,80", "37,20"],
        ["Energianvändning i kommunens lokaler, kWh/kvm", "N15419", "131", "128", "119,5"],
        ["Andel miljöbilar i kommunens organisation, %", "N00410", "62,0", "71,4", "78,9"],
    ]
    w.table([header, *rows], keep_headers=True, widths=[7, 2.2, 2.4, 2.4, 2.6])
    w.expected.key_figures += [
        KeyRow(title, r[0], dict(zip(header[1:], r[1:], strict=True))) for r in rows
    ]


def build_k(path: Path) -> Expected:
    front = Front(
        namnd="Tekniska nämnden",
        kommun="Sjöby kommun",
        forsta_ar=2026,
        sista_ar=2026,
        titel="Delårsrapport januari–augusti 2026",
        diarienummer="TN 2026/97",
    )
    w = Writer("K-delårsrapport-färger", front)
    _cover(w)
    _intro(w)
    _goals(w)
    _activities(w)
    _budget(w)
    _appendix(w)
    return w.save(path)
