"""Corpus document AM: a gemensam nämnd's plan (one nämnd serving two kommuner, hosted by
one of them) with two goal levels: each "Effektmål" is a Heading 2 with a paragraph of what it
means, followed by a table "Prestationsmål | Mått | Utgångsvärde 2025 | Målvärde 2027 |
Målvärde 2028" where each prestationsmål is merged down over its mått; the activities in a
table "Aktivitet | Prestationsmål | Ansvarig | Klart" linked by the prestationsmål's typed
number ("1.2") and dated "Senast juni 2027"; a driftbudget per verksamhet; the cost split
between the two kommuner as a key-figure table with the kommuner as columns; and investments
with project numbers.

Expected (what a perfect import gives): the front matter (the värdkommun is the kommun);
five chapters; three effektmål and six prestationsmål (all nämnd level, the prestationsmål
without their typed number), ten mått as indicators of their prestationsmål with nuläge 2025
and targets 2027 and 2028; six activities with ansvarig, the last day of the month as
slutdatum and their prestationsmål as group; four driftbudget rows; three key-figure rows;
two investment rows with project numbers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_docx import Writer, budget_rows, sv
from tests.word_shapes_model import Activity, BudgetRow, Expected, Front, Goal, Indicator, KeyRow

Matt = tuple[str, str, D, D, D]
"""A mått: name, unit, utgångsvärde 2025, målvärde 2027 and 2028."""
EFFECT: list[tuple[str, str, list[tuple[str, list[Matt]]]]] = [
    ("Medarbetarna i båda kommunerna får rätt lön i rätt tid.",
     "Lönehanteringen ska vara korrekt och förutsägbar för medarbetare och chefer i Norrvik "
     "och Åsby.",
     [("Lönerna betalas ut utan fel.",
       [("Andel löneutbetalningar utan rättelse", "%", D("98.6"), D("99.5"), D("99.5")),
        ("Antal manuella omräkningar per månad", "", D(42), D(20), D(15))]),
      ("Cheferna rapporterar i tid.",
       [("Andel avvikelser rapporterade före brytdatum", "%", D(88), D(95), D(97))])]),
    ("Invånarna möter en tillgänglig kontaktväg in i kommunen.",
     "Kontaktcenter svarar för båda kommunerna i telefon, chatt och e-post.",
     [("Fler frågor besvaras direkt vid första kontakten.",
       [("Andel ärenden lösta vid första kontakten", "%", D(64), D(72), D(75)),
        ("Genomsnittlig väntetid i telefon, minuter", "", D("4.5"), D(3), D(3))]),
      ("Fler kontakter sker digitalt.",
       [("Andel kontakter via chatt och e-tjänst", "%", D(27), D(40), D(45))])]),
    ("Kommunernas IT-miljö är säker och stabil.",
     "Nämnden driver den gemensamma IT-miljön och ansvarar för informationssäkerheten.",
     [("Driftstörningarna minskar.",
       [("Tillgänglighet i verksamhetskritiska system", "%", D("99.2"), D("99.7"), D("99.8")),
        ("Antal allvarliga driftstörningar per år", "", D(9), D(4), D(3))]),
      ("Medarbetarna kan informationssäkerhet.",
       [("Andel medarbetare som gått utbildning i informationssäkerhet", "%", D(46), D(80),
         D(90)),
        ("Andel klickade länkar i phishingtest", "%", D(14), D(8), D(5))])]),
]  # fmt: skip

ACTS = [
    ("Införa automatisk kontroll av lönefiler före utbetalning", "1.1", "Lönechef",
     "Senast mars 2027", dt.date(2027, 3, 31)),
    ("Utbilda alla chefer i Åsby i det nya självservicesystemet", "1.2", "Systemförvaltare lön",
     "Senast juni 2027", dt.date(2027, 6, 30)),
    ("Öppna chatt för båda kommunernas webbplatser", "2.2", "Chef kontaktcenter",
     "Senast september 2027", dt.date(2027, 9, 30)),
    ("Bygga ut kunskapsbanken med svar om bygglov och skola", "2.1", "Chef kontaktcenter",
     "Senast december 2027", dt.date(2027, 12, 31)),
    ("Ersätta serverhallen i Åsby med drift i Norrviks datorhall", "3.1", "IT-chef",
     "Senast oktober 2027", dt.date(2027, 10, 31)),
    ("Genomföra phishingtest fyra gånger per år", "3.2", "Informationssäkerhetssamordnare",
     "Senast december 2027", dt.date(2027, 12, 31)),
]  # fmt: skip

KEYS = [("budget", 2026), ("budget", 2027), ("plan", 2028)]
DRIFT = [
    ("Nämnd och ledning", (-1850, -1900, -1950)),
    ("Lönecenter", (-14200, -14800, -15100)),
    ("Kontaktcenter", (-9600, -10400, -10700)),
    ("IT-drift och informationssäkerhet", (-22300, -23800, -24400)),
]

SPLIT_HEADER = ["Fördelning 2027", "Norrviks kommun", "Åsby kommun"]
SPLIT_ROWS = [
    ["Antal anställda (grund för lön)", "2 840", "1 310"],
    ["Antal invånare (grund för kontaktcenter)", "31 200", "14 650"],
    ["Andel av nämndens kostnader", "66 %", "34 %"],
]

INVEST = [
    ("77012", "Ny datorhall, etapp 2", (4500, 2000)),
    ("77015", "Nätverk skolor", (1200, 1200)),
]


def _goals(w: Writer) -> None:
    w.chapter("Mål för nämnden", 1)
    w.para(
        "Nämndens mål är beslutade av de båda kommunfullmäktige. Effektmålen beskriver vad "
        "nämnden ska åstadkomma för medarbetare och invånare; prestationsmålen under varje "
        "effektmål är det nämnden själv levererar och mäter."
    )
    header = ["Prestationsmål", "Mått", "Utgångsvärde 2025", "Målvärde 2027", "Målvärde 2028"]
    for e, (effect, about, prest) in enumerate(EFFECT, 1):
        w.heading(f"Effektmål {e}: {effect}", 2)
        w.expected.goals.append(Goal(effect, "namnd"))
        w.para(about)
        rows = [header]
        merges = []
        for p, (goal, matt) in enumerate(prest, 1):
            w.expected.goals.append(Goal(goal, "namnd"))
            start = len(rows)
            for m, (name, unit, base, t27, t28) in enumerate(matt):
                label = f"{e}.{p} {goal}" if m == 0 else ""
                rows.append([label, name, sv(base, unit), sv(t27, unit), sv(t28, unit)])
                w.expected.indicators.append(
                    Indicator(goal, name, unit, 2025, base, {2027: t27, 2028: t28})
                )
            if len(matt) > 1:
                merges.append((start, 0, len(rows) - 1, 0))
        w.table(rows, merges=merges, widths=[4.6, 5.4, 2.2, 2.2, 2.2])


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter 2027", 1)
    w.para("Aktiviteterna är kopplade till prestationsmålen genom målets nummer.")
    numbers = {
        f"{e}.{p}": goal
        for e, (_, _, prest) in enumerate(EFFECT, 1)
        for p, (goal, _) in enumerate(prest, 1)
    }
    rows = [["Aktivitet", "Prestationsmål", "Ansvarig", "Klart"]]
    for name, number, who, when, day in ACTS:
        rows.append([name, number, who, when])
        w.structure(number, when)
        w.expected.activities.append(Activity(name, who, day, group=numbers[number]))
    w.table(rows, widths=[7.6, 2.4, 4.0, 3.0])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi", 1)
    w.para(
        "Nämndens kostnader fördelas mellan kommunerna efter antal anställda för lön och IT "
        "och efter antal invånare för kontaktcenter. Norrviks kommun är värdkommun och "
        "nämndens budget ingår i Norrviks budget."
    )
    w.heading("Driftbudget (tkr)", 3)
    w.structure("Driftbudget (tkr)")
    header = ["Verksamhet", "Budget 2026", "Budget 2027", "Plan 2028"]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Nämnden totalt", minus="−")
    w.table([header, *body], widths=[6.4, 3.0, 3.0, 3.0])

    w.heading("Fördelning mellan kommunerna", 3)
    w.structure("Fördelning mellan kommunerna")
    w.table([SPLIT_HEADER, *SPLIT_ROWS], keep_headers=True, widths=[7.0, 3.4, 3.4])
    w.expected.key_figures += [
        KeyRow("Fördelning mellan kommunerna", row[0],
               dict(zip(SPLIT_HEADER[1:], row[1:], strict=True)))
        for row in SPLIT_ROWS
    ]  # fmt: skip

    w.heading("Investeringar (tkr)", 3)
    w.structure("Investeringar (tkr)")
    rows = [["Projekt", "Benämning", "Budget 2027", "Plan 2028"]]
    for number, name, (a27, a28) in INVEST:
        rows.append([number, name, sv(a27), sv(a28)])
        w.expected.budget.append(
            BudgetRow(
                "investering",
                name,
                {("budget", 2027): D(a27), ("plan", 2028): D(a28)},
                projektnummer=number,
            )
        )
    total = ["Summa", "", sv(sum(i[2][0] for i in INVEST)), sv(sum(i[2][1] for i in INVEST))]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[2.2, 7.0, 3.0, 3.0])


def build_am(path: Path) -> Expected:
    front = Front(
        namnd="Gemensamma servicenämnden",
        kommun="Norrviks kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan med budget 2027–2028",
        ordforande="Karin Ek (S)",
        forvaltningschef="Olof Nyström",
        diarienummer="GSN 2026/77",
    )
    w = Writer("AM-gemensam-nämnd-effekt-prestationsmål", front)
    w.cover("Gemensamma servicenämnden för Norrviks och Åsby kommuner", size=18, bold=True)
    w.cover("Verksamhetsplan med budget 2027–2028", size=24, bold=True)
    w.cover("Värdkommun: Norrviks kommun", size=11)
    w.cover("Ordförande: Karin Ek (S), vice ordförande: Stig Alm (M), Åsby", size=10)
    w.cover("Servicechef: Olof Nyström", size=10)
    w.cover("Dnr GSN 2026/77", size=10)
    w.page_break()
    w.chapter("Om nämnden", 1)
    w.para(
        "Gemensamma servicenämnden inrättades 2023 av Norrviks och Åsby kommuner. Nämnden "
        "sköter lön, kontaktcenter och IT för båda kommunerna. Norrvik har fyra ledamöter "
        "och Åsby tre; ordföranden kommer från värdkommunen."
    )
    w.chapter("Samverkansavtalet", 1)
    w.para(
        "Samverkansavtalet reglerar hur kostnaderna fördelas och hur kommunerna följer upp "
        "nämnden. Nämnden rapporterar till båda kommunstyrelserna i delårsrapporten och "
        "årsredovisningen."
    )
    _goals(w)
    _activities(w)
    _economy(w)
    return w.save(path)
