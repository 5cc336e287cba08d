"""Corpus document I: a kultur- och fritidsnämnd's plan: the title before the nämnd on the
cover and the kommun in the same line as the nämnd, goals as bold "Mål 1:" paragraphs with
their indicators as columns of a table whose rows are years ("2025 (utfall)", "2027 (mål)"),
activities as a bold name followed by a line "Ansvarig: …, klart senast …", and a driftbudget
where each verksamhet has three rows (Intäkter, Kostnader, Netto) under its name."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_docx import Writer, sv
from tests.word_shapes_model import Activity, BudgetRow, Expected, Front, Goal, Indicator

MINUS = "\u2212"


def _cover(w: Writer) -> None:
    w.cover("Mål och budget 2027–2029", size=26, bold=True)
    w.cover("Kultur- och fritidsnämnden i Sjövalla kommun", size=16)
    w.cover("Fastställd 19 november 2026")
    w.page_break()


def _text(w: Writer) -> None:
    w.chapter("Nämndens ansvar")
    w.paras(
        "Kultur- och fritidsnämnden driver fyra bibliotek, en simhall, två ishallar och "
        "fritidsgårdarna, och ger bidrag till föreningslivet. Nämnden har också hand om "
        "kommunens konstsamling och det offentliga rummets konst.",
        "Besöken på biblioteken har ökat efter pandemin men lånen av tryckta böcker minskar. "
        "Simhallen är sliten och stängs sommaren 2028 för renovering.",
    )
    w.chapter("Viktiga frågor under perioden")
    w.bullets(
        "Fler mötesplatser för unga på kvällar och helger",
        "Ett jämställt föreningsbidrag där flickors idrott får samma stöd som pojkars",
        "Samarbete med skolan om läsfrämjande insatser",
    )
    w.para(
        "Föreningarna vittnar om färre ledare. Nämnden vill därför pröva ett ledarstöd där "
        "kommunen står för utbildningen av nya ideella ledare."
    )


def _goal(
    w: Writer,
    number: int,
    goal: str,
    inds: list[tuple[str, str, D, D, D]],
    acts: list[tuple[str, str, str]],
) -> None:
    w.para(("b", f"Mål {number}: {goal}"))
    w.expected.goals.append(Goal(goal, "namnd"))
    years = ["2025 (utfall)", "2027 (mål)", "2029 (mål)"]
    rows = [["År", *(i[0] for i in inds)]]
    for n, label in enumerate(years):
        rows.append([label, *(sv((base, t27, t29)[n], unit) for _, unit, base, t27, t29 in inds)])
    w.table(rows, widths=[3.2, *([13.0 / len(inds)] * len(inds))])
    w.structure("År", *years)
    for name, unit, base, t27, t29 in inds:
        w.expected.indicators.append(
            Indicator(goal, name, unit, 2025, base, {2027: t27, 2029: t29})
        )
    w.para("")
    for name, who, when in acts:
        w.para(("b", name))
        w.para(f"Ansvarig: {who}, klart senast {when}")
        w.structure(f"Ansvarig: {who}, klart senast {when}")  # checked as the activity
        w.expected.activities.append(Activity(name, who, dt.date.fromisoformat(when)))


def _goals(w: Writer) -> None:
    w.chapter("Nämndens mål 2027–2029")
    w.para(
        "Målen beslutades av nämnden i september och utgår från kommunens vision om ett "
        "levande Sjövalla. Tabellerna visar utfallet 2025 och målet för 2027 och 2029."
    )
    _goal(
        w,
        1,
        "Fler barn och unga har en aktiv och meningsfull fritid.",
        [
            ("Andel unga 13–19 år som besöker fritidsgård", "%", D(14), D(18), D(20)),
            (
                "Deltagartillfällen i idrottsföreningar per invånare 7–20 år",
                "",
                D(31),
                D(33),
                D(35),
            ),
        ],
        [
            ("Öppna fritidsgården i Västby på lördagar", "Fritidschef", "2027-03-01"),
            ("Införa ledarstöd för ideella föreningar", "Föreningskonsulent", "2027-10-31"),
        ],
    )
    _goal(
        w,
        2,
        "Biblioteken är öppna mötesplatser för läsning och lärande.",
        [
            ("Besök per invånare på biblioteken", "", D("4.1"), D("4.5"), D("5.0")),
            ("Andel invånare som är nöjda med biblioteken", "%", D(79), D(82), D(85)),
            ("Antal arrangemang för barn", "", D(210), D(240), D(260)),
        ],
        [("Förlänga meröppet till alla fyra bibliotek", "Bibliotekschef", "2027-09-30")],
    )


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Budgeten för 2027 är i stort sett oförändrad. Hyran för den nya ishallen belastar "
        "budgeten från och med 2028."
    )
    w.para(("b", "Driftbudget, tkr"))
    w.structure("Driftbudget, tkr")
    header = ["", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    keys = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
    units = [
        (
            "Bibliotek",
            [-1_120, -1_050, -1_080, -1_080, -1_080],
            [22_340, 23_010, 23_650, 24_200, 24_700],
        ),
        (
            "Fritid och bad",
            [-6_870, -6_500, -6_700, -4_900, -6_900],
            [31_420, 32_100, 32_800, 38_900, 39_600],
        ),
        ("Kultur och konst", [-640, -600, -600, -600, -600], [8_210, 8_350, 8_500, 8_650, 8_800]),
        ("Föreningsbidrag", [0, 0, 0, 0, 0], [9_800, 10_100, 10_400, 10_700, 11_000]),
    ]
    rows = [header]
    for name, income, cost in units:
        net = [i + c for i, c in zip(income, cost, strict=True)]
        rows.append([name, "", "", "", "", ""])
        rows.append(["Intäkter", *(sv(v, minus=MINUS) for v in income)])
        rows.append(["Kostnader", *(sv(v, minus=MINUS) for v in cost)])
        rows.append(["Netto", *(sv(v, minus=MINUS) for v in net)])
        w.structure("Intäkter", "Kostnader", "Netto", *rows[-1][1:])
        w.expected.budget.append(
            BudgetRow("drift", name, {k: D(v) for k, v in zip(keys, net, strict=True)})
        )
    total = [sum(i[n] + c[n] for _, i, c in units) for n in range(5)]
    rows.append(["Nämnden netto", *(sv(v, minus=MINUS) for v in total)])
    w.totals(*rows[-1])
    w.table(rows, widths=[5, 2.3, 2.3, 2.3, 2.3, 2.3])


def build_i(path: Path) -> Expected:
    front = Front(
        namnd="Kultur- och fritidsnämnden",
        kommun="Sjövalla kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Mål och budget 2027–2029",
    )
    w = Writer("I-år-som-rader", front)
    _cover(w)
    _text(w)
    _goals(w)
    _budget(w)
    return w.save(path)
