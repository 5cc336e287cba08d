"""Corpus document D: a barn- och utbildningsnämnd's verksamhetsberättelse for 2026 – a
follow-up, not a plan: each goal assessed "Uppfyllt" / "Delvis uppfyllt" / "Ej uppfyllt",
indicators with outcomes over three years beside the year's target, activities with their
status, and the budget's utfall against budget (amounts with no-break spaces)."""

from __future__ import annotations

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

NBSP = "\u00a0"
LEVELS = {"Uppfyllt": "uppfyllt", "Delvis uppfyllt": "delvis", "Ej uppfyllt": "ej_uppfyllt"}
STATUSES = {"Klar": "klar", "Pågår": "pagar", "Ej påbörjad": "ej_paborjad", "Avbruten": "avbruten"}

Row = tuple[str, str, tuple[Val, Val, Val], Val]
"""An indicator: name, unit, outcomes 2024–2026, target 2026."""

GOALS: list[tuple[str, str, str, list[Row]]] = [
    (
        "Alla elever ges förutsättningar att nå kunskapskraven.",
        "Delvis uppfyllt",
        "Behörigheten till gymnasiet sjönk något, men meritvärdet fortsatte att öka.",
        [
            (
                "Elever i åk 9 som är behöriga till gymnasiet",
                "%",
                (D("84.1"), D("85.6"), D("83.9")),
                D(88),
            ),
            ("Genomsnittligt meritvärde i åk 9", "", (D("221.5"), D("224.0"), D("226.3")), D(230)),
        ],
    ),
    (
        "Barn och elever känner sig trygga i förskola och skola.",
        "Uppfyllt",
        "Elevenkäten visar den högsta tryggheten sedan mätningarna började.",
        [
            ("Elever i åk 5 som känner sig trygga i skolan", "%", (D(91), D(92), D(94)), D(92)),
            ("Anmälningar om kränkande behandling, antal", "", (D(148), D(131), D(117)), "Minska"),
        ],
    ),
    (
        "Förskolan erbjuder plats på önskat datum.",
        "Ej uppfyllt",
        "Inflyttningen till Södra Granlunda gick snabbare än prognosen och förskolan där "
        "öppnade först i november.",
        [("Barn som fått plats på önskat datum", "%", (D(78), D(74), D(69)), D(95))],
    ),
    (
        "Andelen behöriga lärare ökar.",
        "Delvis uppfyllt",
        "Andelen ökade, men inte i den takt som planerades.",
        [
            (
                "Lärare med legitimation och behörighet i ämnet",
                "%",
                (D("71.2"), D("72.8"), D("73.5")),
                D(75),
            )
        ],
    ),
    (
        "Verksamheten bedrivs inom budgetramen.",
        "Ej uppfyllt",
        "Nämnden redovisar ett underskott som främst beror på kostnader för skolskjuts.",
        [("Budgetavvikelse, tkr", "", (D(-2310), D(1150), D(-6480)), D(0))],
    ),
]


def build_d(path: Path) -> Expected:
    front = Front(
        namnd="Barn- och utbildningsnämnden",
        kommun="Granlunda kommun",
        forsta_ar=2026,
        sista_ar=2026,
        titel="Verksamhetsberättelse 2026",
        ordforande="Sofia Ek (L)",
        forvaltningschef="Mats Öberg",
        diarienummer="BUN 2027/12",
    )
    w = Writer("D-verksamhetsberättelse", front)
    x = w.expected
    w.cover("Granlunda kommun", size=14)
    w.cover("Barn- och utbildningsnämnden", size=14)
    w.cover("Verksamhetsberättelse 2026", size=26, bold=True)
    w.cover("Nämndsordförande: Sofia Ek (L)")
    w.cover("Förvaltningschef: Mats Öberg")
    w.cover("Dnr BUN 2027/12")
    w.page_break()

    w.heading("Sammanfattning", 1)
    w.paras(
        "År 2026 präglades av fortsatt elevökning i centralorten och av arbetet med att "
        "öppna förskolan i Södra Granlunda. Resultaten i grundskolan är stabila och tryggheten "
        "har ökat.",
        "Nämnden redovisar ett underskott på 6,5 miljoner kronor. Underskottet beror främst på "
        "högre kostnader för skolskjuts och tilläggsbelopp för elever i behov av stöd.",
    )
    w.heading("Viktiga händelser under året", 1)
    w.bullets(
        "Förskolan Lärkan med åtta avdelningar öppnade i november.",
        "Alla skolor införde mobilfria skoldagar från höstterminen.",
        "Ett nytt avtal om skolskjuts trädde i kraft i augusti.",
    )
    w.chapter("Verksamhetens förutsättningar")
    w.para(
        "Antalet barn och elever ökade med 2,4 procent. Lärarbristen är störst i matematik, "
        "svenska som andraspråk och i förskolan."
    )

    w.heading("Måluppfyllelse", 1)
    w.structure("Måluppfyllelse")
    w.para("Nämndens bedömning av varje mål, med en kort motivering.")
    rows = [["Nämndsmål", "Bedömning", "Kommentar"]]
    for goal, level, comment, _ in GOALS:
        rows.append([goal, level, comment])
        x.goals.append(Goal(goal))
        x.assessments.append(Assessment(goal, LEVELS[level]))
    w.table(rows, widths=[6.5, 3, 7.5])

    w.heading("Indikatorer", 1)
    w.structure("Indikatorer")
    years = (2024, 2025, 2026)
    for goal, _, _, indicators in GOALS:
        w.heading(goal, 2)
        w.structure(goal)  # the goal's second mention: its heading over its indicators
        header = ["Indikator", *(f"Utfall {y}" for y in years), "Mål 2026"]
        table_rows = [header]
        for name, unit, outcomes, target in indicators:
            table_rows.append(
                [name, *(cell_text(v, unit) for v in outcomes), cell_text(target, unit)]
            )
            x.indicators.append(
                Indicator(
                    goal,
                    name,
                    unit,
                    targets={2026: target},
                    outcomes=dict(zip(years, outcomes, strict=True)),
                )
            )
        w.table(table_rows, widths=[7, 2.4, 2.4, 2.4, 2.4])

    w.heading("Aktiviteter", 1)
    w.structure("Aktiviteter")
    activities = [
        (
            "Språkutvecklande arbetssätt i förskolan",
            "Förskolechef",
            "Klar",
            "Alla förskolor har deltagit.",
        ),
        ("Läxhjälp på alla skolor", "Rektorer", "Klar", ""),
        ("Ny resursfördelningsmodell", "Ekonomichef", "Pågår", "Beslut väntas i mars 2027."),
        ("Mobilfri skoldag", "Skolchef", "Klar", "Infört från höstterminen."),
        ("Fritidshem med fokus på rörelse", "Rektorer", "Pågår", ""),
        (
            "Gemensam elevhälsoplan",
            "Elevhälsochef",
            "Ej påbörjad",
            "Skjuts till 2027 på grund av vakanser.",
        ),
        ("Förstärkt introduktion för nyanlända elever", "Skolchef", "Pågår", ""),
        (
            "Utomhuspedagogik i årskurs 1–3",
            "Rektor Skogsbrynet",
            "Avbruten",
            "Avbröts när projektmedlen drogs in.",
        ),
    ]
    w.table(
        [["Aktivitet", "Ansvarig", "Status", "Kommentar"], *map(list, activities)],
        widths=[6, 3, 2.5, 5.5],
    )
    for name, who, status, _ in activities:
        x.activities.append(Activity(name, who))
        x.statuses.append(ActivityStatus(name, STATUSES[status]))

    w.heading("Ekonomi", 1)
    w.structure("Ekonomi")
    w.para("Driftredovisning per verksamhet, tkr.")
    drift = [
        ("Nämnd och förvaltning", 12_400, 12_180),
        ("Förskola", 182_300, 184_950),
        ("Grundskola och fritidshem", 341_600, 344_310),
        ("Grundsärskola", 14_200, 13_720),
        ("Skolskjuts", 18_900, 22_460),
        ("Kulturskola", 9_800, 9_790),
    ]
    rows = [["Verksamhet", "Budget 2026", "Utfall 2026", "Avvikelse"]]
    for name, budget, outcome in drift:
        deviation = sv(budget - outcome, sep=NBSP)
        rows.append([name, sv(budget, sep=NBSP), sv(outcome, sep=NBSP), deviation])
        w.structure(deviation)  # budget minus utfall: computed, not kept
        x.budget.append(
            BudgetRow("drift", name, {("budget", 2026): D(budget), ("utfall", 2026): D(outcome)})
        )
    total_budget = sum(b for _, b, _ in drift)
    total_outcome = sum(o for _, _, o in drift)
    totals = [
        "Totalt",
        sv(total_budget, sep=NBSP),
        sv(total_outcome, sep=NBSP),
        sv(total_budget - total_outcome, sep=NBSP),
    ]
    w.totals(*totals)
    w.table([*rows, totals], widths=[6, 3, 3, 3])

    w.heading("Nyckeltal", 1)
    header = ["Nyckeltal", "2024", "2025", "2026"]
    key_rows = [
        ["Barn i förskolan", f"1{NBSP}204", f"1{NBSP}236", f"1{NBSP}281"],
        ["Elever i grundskolan", f"3{NBSP}410", f"3{NBSP}472", f"3{NBSP}530"],
        ["Kostnad per elev i grundskolan, kr", f"118{NBSP}600", f"121{NBSP}900", f"125{NBSP}400"],
        ["Barn per årsarbetare i förskolan", "5,3", "5,4", "5,6"],
        ["Elever per lärare i grundskolan", "12,1", "12,3", "12,4"],
    ]
    w.table([header, *key_rows], keep_headers=True, widths=[8, 3, 3, 3])
    x.key_figures += [
        KeyRow("Nyckeltal", row[0], dict(zip(header[1:], row[1:], strict=True))) for row in key_rows
    ]
    w.heading("Framtid", 1)
    w.para(
        "Elevökningen fortsätter. Nämnden behöver under 2027 besluta om en ny skola i norra "
        "delen av centralorten och om hur skolskjutsen ska organiseras."
    )
    return w.save(path)
