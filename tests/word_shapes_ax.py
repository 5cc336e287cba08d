"""Corpus document AX: a fritidsnämnd's plan typed by hand in Word, one row per goal in the goal
tables "Nämndsmål | Indikator | Nuläge 2025 | Målriktning | Målvärde 2027 | Målvärde 2028" with
the goal's indicators stacked in one cell by soft line breaks and their figures stacked the same
way, line by line, in the cells beside it; some rows have the two target columns merged into
one cell written "2027: 85 %, 2028: 90 %" per line; the Målriktning column holds arrows
("↑", "↓", "→") and some targets are comparisons ("> 80 %", "< 5", "≥ 4,0"); the activities in
a table "Aktivitet | Ansvar | Klart" where some rows hold two activities (and two ansvar, and
sometimes two dates) separated by a soft line break; a driftbudget in tkr with negative net
costs and a totals row, a small table of nyckeltal and an internkontroll table.

Expected (what a perfect import gives): the front matter from the cover; six chapters; five
nämndsmål (nämnd level), twelve indicators each with its own line's nuläge 2025, unit "%" where
written and targets 2027 and 2028 ("> 80 %" kept as written); eleven activities, each of a
shared row with its own line's ansvar and the row's date when the row gives one date (none for
"Löpande"); seven driftbudget rows with budget 2026, budget 2027 and plan 2028; three key-figure
rows; four controls with their process. Header cells, arrows, dates as typed and totals are
structure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.shared import Pt

from tests.word_shapes_docx import Writer, budget_rows, cell_text
from tests.word_shapes_model import Activity, Control, Expected, Front, Goal, Indicator, KeyRow, Val

Line = tuple[str, str, D, str, Val, Val]
"""An indicator line: name, unit, nuläge 2025, arrow, målvärde 2027, målvärde 2028."""

# (målområde, [(goal, merged target cell, [indicator lines])])
AREAS: list[tuple[str, str, list[tuple[str, bool, list[Line]]]]] = [
    ("Målområde 1: En aktiv fritid för alla",
     "Fler invånare i alla åldrar ska röra sig och delta i föreningsliv och fritidsaktiviteter. "
     "Nämnden prioriterar grupper som i dag deltar mindre än andra.",
     [("Fler barn och unga har en aktiv fritid.", False,
       [("Andel barn 7–20 år som deltar i föreningsaktivitet", "%", D(64), "↑", D(70), D(72)),
        ("Antal deltagartillfällen i LOK-stödsberättigad verksamhet, tusental", "",
         D(1250), "↑", D(1400), D(1450)),
        ("Nöjdhet med fritidsutbudet bland unga, skala 1–5", "", D("3.9"), "↑",
         "≥ 4,0", D("4.2"))]),
      ("Flickor och unga med funktionsnedsättning deltar i samma utsträckning som andra.", True,
       [("Andel flickor av deltagarna i föreningsaktiviteter", "%", D(41), "↑", D(45), D(48)),
        ("Antal aktiviteter med anpassad verksamhet per vecka", "", D(18), "↑", D(24), D(28))])]),
    ("Målområde 2: Trygga och tillgängliga anläggningar",
     "Anläggningarna ska vara öppna, trygga och i gott skick. Underhållsskulden i simhallen och "
     "ishallen är den största ekonomiska risken under planperioden.",
     [("Anläggningarna används mer och av fler.", True,
       [("Beläggningsgrad i idrottshallar, vardagar 17–21", "%", D(78), "↑", D(85), D(90)),
        ("Antal besök i Hallsjö simhall, tusental", "", D(212), "→", D(215), D(215))]),
      ("Besökarna känner sig trygga i nämndens anläggningar och på fritidsgårdarna.", False,
       [("Andel besökare som känner sig trygga på fritidsgården", "%", D(76), "↑",
         "> 80 %", "> 85 %"),
        ("Antal rapporterade incidenter på fritidsgårdarna per termin", "", D(9), "↓",
         "< 5", "< 5"),
        ("Andel anläggningar med godkänd tillgänglighetsinventering", "%", D(55), "↑",
         D(70), D(85))])]),
    ("Målområde 3: En hållbar organisation",
     "Nämndens verksamhet ska bedrivas inom budget och med medarbetare som trivs.",
     [("Nämnden har en ekonomi i balans och friska medarbetare.", False,
       [("Sjukfrånvaro bland förvaltningens medarbetare", "%", D("6.8"), "↓",
         D("5.5"), D(5)),
        ("Budgetavvikelse vid årets slut", "%", D("-1.2"), "→", D(0), D(0))])]),
]  # fmt: skip

# Rows of the activity table: (activities, ansvar, Klart as typed, slutdatum per activity)
ACTS: list[tuple[list[str], list[str], list[str], list[dt.date | None]]] = [
    (["Ta fram en ny modell för föreningsbidrag med tillägg för flickors deltagande"],
     ["Föreningskonsulent"], ["juni 2027"], [dt.date(2027, 6, 30)]),
    (["Starta prova-på-verksamhet på sportlovet i samarbete med föreningarna",
      "Erbjuda gratis simskola för barn i förskoleklass"],
     ["Fritidsenhetschef", "Badchef"], ["Q1 2027"], [dt.date(2027, 3, 31)] * 2),
    (["Införa digital bokning av idrottshallar och gymnastiksalar"],
     ["Bokningsansvarig"], ["2027-09-30"], [dt.date(2027, 9, 30)]),
    (["Genomföra trygghetsvandringar vid fritidsgårdarna",
      "Utbilda personalen på fritidsgårdarna i våldsprevention"],
     ["Fritidsgårdschef", "Fritidsgårdschef"], ["oktober 2027", "december 2027"],
     [dt.date(2027, 10, 31), dt.date(2027, 12, 31)]),
    (["Inventera tillgängligheten i samtliga anläggningar"],
     ["Anläggningschef"], ["december 2027"], [dt.date(2027, 12, 31)]),
    (["Upphandla ny kylanläggning för ishallen",
      "Ta fram en underhållsplan för simhallen 2028–2035"],
     ["Anläggningschef", "Fastighetsstrateg"], ["Q2 2027", "Q4 2027"],
     [dt.date(2027, 6, 30), dt.date(2027, 12, 31)]),
    (["Öppna ett utegym och en spontanidrottsplats i Norrby"],
     ["Fritidsenhetschef"], ["2028"], [dt.date(2028, 12, 31)]),
    (["Följa upp sjukfrånvaron månadsvis på arbetsplatsträffar"],
     ["Fritidschef"], ["Löpande"], [None]),
]  # fmt: skip

KEYS = [("budget", 2026), ("budget", 2027), ("plan", 2028)]
DRIFT = [
    ("Nämnd och förvaltningsledning", (-3150, -3240, -3300)),
    ("Föreningsbidrag", (-9800, -10450, -10600)),
    ("Idrottshallar och idrottsplatser", (-21400, -22100, -22650)),
    ("Simhall", (-14900, -15600, -16200)),
    ("Ishall", (-6200, -6750, -6900)),
    ("Fritidsgårdar", (-11300, -11800, -12050)),
    ("Anpassad fritid", (-2350, -2700, -2800)),
]

KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Antal föreningar med kommunalt stöd", "96", "101", "104"],
    ["Nettokostnad fritid per invånare, kr", "2 310", "2 395", "2 480"],
    ["Besök på fritidsgårdarna, tusental", "38,4", "41,0", "43,7"],
]

CONTROLS = [
    ("Föreningsbidrag", "Bidrag betalas ut på felaktiga uppgifter",
     "Stickprov på fem föreningars medlemsregister", "Föreningskonsulent", "Årligen"),
    ("Bokning och debitering", "Bokade tider debiteras inte",
     "Avstämning av bokningssystemet mot fakturerat", "Bokningsansvarig", "Kvartalsvis"),
    ("Badsäkerhet", "Drunkningstillbud i simhallen",
     "Kontroll att livräddarnas utbildning är giltig", "Badchef", "Halvårsvis"),
    ("Inköp", "Inköp görs utanför avtal",
     "Granskning av tjugo fakturor utan avtalsnummer", "Controller", "Två gånger per år"),
]  # fmt: skip


def _stack(cell: Any, lines: list[str], *, size: int = 9) -> None:
    """Write ``lines`` in one paragraph of ``cell``, separated by soft line breaks."""
    paragraph = cell.paragraphs[0]
    for n, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.font.size = Pt(size)
        if n < len(lines) - 1:
            run.add_break()


def _target(value: Val, unit: str) -> str:
    return cell_text(value, unit)


def _goals(w: Writer) -> None:
    w.chapter("Nämndens mål 2027–2028")
    w.para(
        "Målen utgår från kommunfullmäktiges tre målområden. Varje nämndsmål följs upp med "
        "indikatorer; nuläget är utfallet för 2025. Pilen visar åt vilket håll värdet ska gå."
    )
    header = ["Nämndsmål", "Indikator", "Nuläge 2025", "Målriktning", "Målvärde 2027",
              "Målvärde 2028"]  # fmt: skip
    for area, about, goals in AREAS:
        w.heading(area, 2)
        w.structure(area)
        w.para(about)
        rows: list[list[str]] = [header]
        merges = []
        for goal, _, _ in goals:
            rows.append([goal, "", "", "", "", ""])
        for r, (_, merged, _) in enumerate(goals, 1):
            if merged:
                merges.append((r, 4, r, 5))
        table = w.table(rows, merges=merges, widths=[3.6, 5.8, 1.7, 2.1, 1.8, 1.8])
        for r, (goal, merged, lines) in enumerate(goals, 1):
            w.expected.goals.append(Goal(goal, "namnd"))
            cells = table.rows[r].cells
            _stack(cells[1], [x[0] for x in lines])
            _stack(cells[2], [cell_text(x[2], x[1]) for x in lines])
            _stack(cells[3], [x[3] for x in lines])
            w.structure(*(x[3] for x in lines))
            if merged:
                both = [f"2027: {_target(x[4], x[1])}, 2028: {_target(x[5], x[1])}" for x in lines]
                _stack(cells[4], both)
            else:
                _stack(cells[4], [_target(x[4], x[1]) for x in lines])
                _stack(cells[5], [_target(x[5], x[1]) for x in lines])
            for name, unit, now, _, t27, t28 in lines:
                w.expected.indicators.append(
                    Indicator(goal, name, unit, 2025, now, {2027: t27, 2028: t28})
                )


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para(
        "Aktiviteterna nedan genomförs under planperioden. Förvaltningen redovisar hur de går "
        "i delårsrapporten och i verksamhetsberättelsen."
    )
    rows = [["Aktivitet", "Ansvar", "Klart"]] + [["", "", ""] for _ in ACTS]
    table = w.table(rows, widths=[9.6, 4.0, 3.0])
    for r, (names, who, when, days) in enumerate(ACTS, 1):
        cells = table.rows[r].cells
        _stack(cells[0], names)
        _stack(cells[1], who)
        _stack(cells[2], when)
        w.structure(*when)
        for name, person, day in zip(names, who, days, strict=True):
            w.expected.activities.append(Activity(name, person, day))


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Nämndens ram för 2027 är 72,6 miljoner kronor, en ökning med 3,7 miljoner jämfört med "
        "2026. Ökningen avser främst höjda kapitalkostnader för den nya kylanläggningen i "
        "ishallen och det utökade föreningsbidraget. Energikostnaderna i simhallen är osäkra."
    )
    caption = "Driftbudget per verksamhet (tkr)"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Verksamhet", "Budget 2026", "Budget 2027", "Plan 2028"]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa fritidsnämnden")
    w.table([header, *body], widths=[7.0, 3.0, 3.0, 3.0])
    w.para(
        "Intäkter från entréer, uthyrning och bokningar är nettoredovisade per verksamhet. "
        "Taxorna för 2027 höjs med 3 procent enligt beslut i kommunfullmäktige."
    )

    caption = "Nyckeltal fritid"
    w.para(("b", caption))
    w.structure(caption)
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[8.0, 2.4, 2.4, 2.4])
    w.expected.key_figures += [
        KeyRow(caption, row[0], dict(zip(KEY_HEADER[1:], row[1:], strict=True))) for row in KEY_ROWS
    ]


def _control(w: Writer) -> None:
    w.chapter("Internkontrollplan 2027")
    w.para(
        "Riskerna har bedömts av förvaltningens ledningsgrupp. Kontrollerna rapporteras till "
        "nämnden i augusti och februari."
    )
    rows = [["Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    for process, risk, moment, who, often in CONTROLS:
        rows.append([process, risk, moment, who, often])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.0, 3.8, 4.6, 2.8, 2.4])


def build_ax(path: Path) -> Expected:
    front = Front(
        namnd="Fritidsnämnden",
        kommun="Hallsjö kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028",
        ordforande="Lena Sjöberg (C)",
        forvaltningschef="Mikael Åkesson",
        diarienummer="FRN 2026/212",
    )
    w = Writer("AX-fritidsnämnd-staplade-indikatorrader", front)
    w.cover("Hallsjö kommun", size=14)
    w.cover("Fritidsnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan 2027–2028", size=26, bold=True)
    w.cover("Beslutad av fritidsnämnden 2026-11-19, § 87", size=10)
    w.cover("Ordförande: Lena Sjöberg (C)", size=10)
    w.cover("Fritidschef: Mikael Åkesson", size=10)
    w.cover("Dnr FRN 2026/212", size=10)
    w.page_break()
    w.chapter("Inledning")
    w.para(
        "Fritidsnämnden ansvarar för kommunens idrotts- och fritidsanläggningar, stödet till "
        "föreningslivet, fritidsgårdarna och den anpassade fritidsverksamheten. Planen visar "
        "vad nämnden vill uppnå under 2027 och 2028 och hur pengarna används."
    )
    w.para(
        "Planen bygger på kommunfullmäktiges budget och de målområden fullmäktige har beslutat. "
        "Förvaltningen har tagit fram planen tillsammans med föreningsrådet och ungdomsrådet."
    )
    w.chapter("Omvärldsanalys")
    w.para(
        "Andelen unga som är med i en förening har minskat sedan pandemin och har inte återhämtat "
        "sig bland flickor 13–16 år. Samtidigt växer efterfrågan på spontanidrott och träning "
        "utan krav på medlemskap. Befolkningen i Norrby ökar snabbt när de nya bostadsområdena "
        "blir klara, och där saknas i dag både hall och utegym."
    )
    w.para(
        "Kostnaderna för energi och kylmedel har stigit kraftigt. Ishallens kylanläggning är "
        "från 1994 och måste bytas för att uppfylla nya krav på köldmedier."
    )
    _goals(w)
    _activities(w)
    _economy(w)
    _control(w)
    return w.save(path)
