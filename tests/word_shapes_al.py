"""Corpus document AL: a bygg- och miljönämnd's plan with goals as bold "Mål n." paragraphs
over indicator tables "Indikator | Utfall 2025 | Mål 2027 | Mål 2028" whose figure cells carry
footnote numbers in a superscript run after the figure ("85 %" then "1") explained by lines
under the table that start with the same superscript number; the
activities in one Gantt-like table "Aktivitet | Ansvarig | Q1 … Q4 2027" with the quarters the
work runs marked "X"; key figures per quarter ("Kv 1 2026 | Kv 2 2026 | Kv 3 2026 | Helår
2025"); and a resultaträkning by tillsyn and bygglov.

Expected (what a perfect import gives): the front matter; five chapters; four nämndsmål with
two indicators each, nuläge 2025 (the outcome column) and targets for 2027 and 2028 (the
figures without their footnote number); six activities with ansvarig, the end of the last
marked quarter as slutdatum and their goal (by the "Mål" column); four key-figure rows with
the quarters as columns; four resultaträkning rows. The footnote lines under the indicator
tables annotate indicator tables, not key-figure tables (not checked)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from tests.word_shapes_docx import Writer, budget_rows, sv
from tests.word_shapes_model import Activity, Expected, Front, Goal, Indicator, KeyRow

# goal, [(indicator, unit, nuläge, mål 2027, mål 2028, footnote on cell index or None)]
Ind = tuple[str, str, D, D, D, int | None]
GOALS: list[tuple[str, list[Ind]]] = [
    ("Handläggningen av bygglov är snabb och rättssäker.",
     [("Andel bygglov beslutade inom tio veckor", "%", D(85), D(95), D(98), 1),
      ("Genomsnittlig handläggningstid för bygglov, dagar", "", D(38), D(30), D(28), None)]),
    ("Tillsynen skyddar människors hälsa och miljön.",
     [("Andel planerade tillsynsbesök som genomförts", "%", D(72), D(90), D(95), None),
      ("Antal inventerade enskilda avlopp", "", D(140), D(250), D(250), 2)]),
    ("Kunderna är nöjda med nämndens service.",
     [("Nöjd-Kund-Index bygglov", "", D(66), D(72), D(75), None),
      ("Nöjd-Kund-Index miljö- och hälsoskydd", "", D(71), D(75), D(77), None)]),
    ("Nämnden bidrar till en hållbar bebyggelse.",
     [("Andel nya byggnader med trästomme", "%", D(18), D(25), D(30), None),
      ("Antal beslut om strandskyddsdispens som överprövats", "", D(4), D(2), D(2), 3)]),
]  # fmt: skip
NOTES = {
    1: "Mätt på kompletta ansökningar.",
    2: "Avser Lillån och Bäckaområdet.",
    3: "Beslut som ändrats av länsstyrelsen.",
}

QUARTERS = [
    (1, dt.date(2027, 3, 31)),
    (2, dt.date(2027, 6, 30)),
    (3, dt.date(2027, 9, 30)),
    (4, dt.date(2027, 12, 31)),
]
# activity, ansvarig, goal number, the quarters marked
ACTS: list[tuple[str, str, int, tuple[int, ...]]] = [
    ("Införa digital bygglovsansökan med automatisk kontroll av kompletthet",
     "Bygglovschef", 1, (1, 2)),
    ("Rekrytera ytterligare en bygglovshandläggare", "Förvaltningschef", 1, (1,)),
    ("Tillsynskampanj för enskilda avlopp kring Lillån", "Miljöchef", 2, (2, 3)),
    ("Införa riskbaserad tillsynsplan för livsmedel", "Livsmedelsinspektör", 2, (1, 2, 3, 4)),
    ("Förbättra information om bygglov på webben", "Kommunikatör", 3, (3, 4)),
    ("Ta fram vägledning om strandskydd för sökande", "Planarkitekt", 4, (2, 3, 4)),
]  # fmt: skip

KEY_HEADER = ["Nyckeltal", "Kv 1 2026", "Kv 2 2026", "Kv 3 2026", "Helår 2025"]
KEY_ROWS = [
    ["Inkomna bygglovsansökningar", "64", "112", "87", "318"],
    ["Beviljade bygglov", "51", "96", "80", "271"],
    ["Genomförda tillsynsbesök miljö", "48", "71", "39", "214"],
    ["Klagomålsärenden", "22", "35", "41", "126"],
]

KEYS = [("budget", 2026), ("budget", 2027), ("plan", 2028)]
RESULT = [
    ("Intäkter bygglov", (6800, 7200, 7400)),
    ("Intäkter tillsyn", (4100, 4300, 4400)),
    ("Personalkostnader", (-19800, -20600, -21200)),
    ("Övriga kostnader", (-3900, -4100, -4200)),
]


def _goals(w: Writer) -> None:
    w.chapter("Nämndens mål")
    w.para(
        "Nämnden har fyra mål. Varje mål följs upp med två indikatorer. Siffrorna med en "
        "upphöjd siffra förklaras under tabellen."
    )
    header = ["Indikator", "Utfall 2025", "Mål 2027", "Mål 2028"]
    for n, (goal, inds) in enumerate(GOALS, 1):
        w.para(("b", f"Mål {n}. "), goal)
        w.expected.goals.append(Goal(goal, "namnd"))
        rows = [header]
        notes: list[tuple[int, int]] = []
        for r, (name, unit, base, t27, t28, note) in enumerate(inds, 1):
            rows.append([name, sv(base, unit), sv(t27, unit), sv(t28, unit)])
            if note is not None:
                notes.append((r, note))
            w.expected.indicators.append(
                Indicator(goal, name, unit, 2025, base, {2027: t27, 2028: t28})
            )
        table = w.table(rows, widths=[8.0, 2.8, 2.8, 2.8])
        for r, note in notes:
            # The note's number is a superscript run after the figure: "85 %" then "1".
            run = table.cell(r, 1).paragraphs[0].add_run(str(note))
            run.font.superscript = True
            run.font.size = Pt(9)
        for _, note in notes:
            line = w.para(NOTES[note], size=8)
            mark = line.runs[0]._r
            sup = line.add_run(str(note))
            sup.font.superscript = True
            sup.font.size = Pt(8)
            mark.addprevious(sup._r)


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter 2027")
    w.para("Tabellen visar under vilka kvartal 2027 aktiviteterna genomförs.")
    header = ["Aktivitet", "Ansvarig", "Mål", "Q1", "Q2", "Q3", "Q4"]
    rows = [header]
    for name, who, goal_no, marked in ACTS:
        rows.append([name, who, str(goal_no), *("X" if q in marked else "" for q, _ in QUARTERS)])
        w.structure(str(goal_no), "X")
        end = dict(QUARTERS)[max(marked)]
        w.expected.activities.append(Activity(name, who, end, group=GOALS[goal_no - 1][0]))
    table = w.table(rows, widths=[7.2, 3.4, 1.2, 1.2, 1.2, 1.2, 1.2])
    for row in table.rows[1:]:
        for cell in row.cells[2:]:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Nämndens nettokostnad 2027 är 13,2 miljoner kronor. Taxorna för bygglov och tillsyn "
        "räknas upp med prisindex för kommunal verksamhet."
    )
    caption = "Tabell 1. Resultaträkning (tkr)"
    w.para(("i", caption))
    w.structure(caption)
    header = ["", "Budget 2026", "Budget 2027", "Plan 2028"]
    body = budget_rows(w, "resultat", KEYS, RESULT, "Nettokostnad")
    w.table([header, *body], widths=[6.4, 3.0, 3.0, 3.0])

    w.chapter("Verksamhetsmått per kvartal")
    w.para("Måtten redovisas till nämnden varje kvartal.")
    caption = "Tabell 2. Ärenden och besök per kvartal"
    w.para(("i", caption))
    w.structure(caption)
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[6.4, 2.4, 2.4, 2.4, 2.4])
    w.expected.key_figures += [
        KeyRow(caption, row[0], dict(zip(KEY_HEADER[1:], row[1:], strict=True))) for row in KEY_ROWS
    ]


def build_al(path: Path) -> Expected:
    front = Front(
        namnd="Bygg- och miljönämnden",
        kommun="Håltorps kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028",
        ordforande="Mats Lindqvist (C)",
        forvaltningschef="Eva Berg",
        diarienummer="BMN 2026-0457",
    )
    w = Writer("AL-bygg-miljö-gantt-kvartal", front)
    w.cover("Håltorps kommun", size=14)
    w.cover("Bygg- och miljönämnden", size=18, bold=True)
    w.cover("Verksamhetsplan 2027–2028", size=26, bold=True)
    w.cover("Dnr BMN 2026-0457", size=10)
    w.cover("Ordförande Mats Lindqvist (C)", size=10)
    w.cover("Förvaltningschef Eva Berg", size=10)
    w.page_break()
    w.chapter("Nämndens uppdrag")
    w.para(
        "Bygg- och miljönämnden prövar ansökningar om bygglov, strandskyddsdispens och "
        "miljöfarlig verksamhet och utövar tillsyn enligt plan- och bygglagen, miljöbalken "
        "och livsmedelslagstiftningen."
    )
    _goals(w)
    _activities(w)
    _economy(w)
    return w.save(path)
