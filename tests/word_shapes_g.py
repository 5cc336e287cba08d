"""Corpus document G: a barn- och utbildningsnämnd's plan: a cover dated "19 november 2026",
"Kapitel n –" chapters in Heading 1, kommunfullmäktiges mål in a table with the nämnd's goals
and their indicators under each (vertically merged cells, "Målvärde 2027"), "Strategiskt mål:"
paragraphs each followed by an indicator table "Indikator | Utgångsvärde (år) | Målvärde 2027
| Målvärde 2029 | Källa" with targets such as "≥ 85 %" and "Ökning", an activity table
"Aktivitet | Koppling till mål | Tidplan | Ansvar", a resultaträkning in tkr with negatives
in parentheses and a "Netto" line, investments with "Total utgift | Ack. t.o.m. 2026" in a
landscape section, and an appendix "Bilaga 2 Nyckeltal"."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm

from tests.word_shapes_docx import Writer, sv
from tests.word_shapes_model import (
    Activity,
    BudgetRow,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    Val,
)

GOALS = {
    1: "Alla barn och elever når kunskapskraven utifrån sina förutsättningar.",
    2: "Eleverna känner sig trygga och har studiero i skolan.",
    3: "Förskolan ger alla barn en god start i livet genom lek och lärande.",
    4: "Nämnden är en attraktiv arbetsgivare med behöriga lärare i alla ämnen.",
}


def _paren(value: int) -> str:
    """A tkr amount as this plan prints it: a negative one in parentheses."""
    return f"({sv(-value)})" if value < 0 else sv(value)


def _cover(w: Writer) -> None:
    w.cover("Norrfjärdens kommun", size=14)
    w.cover("Barn- och utbildningsnämnden", size=18)
    w.cover("Verksamhetsplan och budget 2027 med plan för 2028–2029", size=24, bold=True)
    w.cover("Antagen av barn- och utbildningsnämnden den 19 november 2026")
    w.cover("Diarienummer: BUN 2026/388")
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Kapitel 1 – Inledning")
    w.paras(
        "Barn- och utbildningsnämnden ansvarar för förskola, grundskola, grundsärskola, "
        "fritidshem och kulturskola. Drygt 4 300 barn och elever går i nämndens verksamheter "
        "och omkring 720 medarbetare arbetar där.",
        "Planen beskriver hur nämnden omsätter fullmäktiges mål till egna mål, hur målen mäts "
        "och vilka aktiviteter som genomförs under året. Den innehåller också budgeten för "
        "driften och investeringarna.",
    )
    w.chapter("Kapitel 2 – Förutsättningar och omvärld")
    w.paras(
        "Barnkullarna minskar. Antalet barn i förskoleålder väntas sjunka med omkring 150 "
        "fram till 2029, medan antalet elever i högstadiet ökar något. Det innebär att "
        "förskoleplatser behöver avvecklas i de centrala delarna och att Kvarnbackaskolan "
        "behöver byggas ut.",
        "Andelen behöriga lärare är lägre än i riket, särskilt i matematik, moderna språk och "
        "slöjd. Nämnden fortsätter att erbjuda lärare utan examen att läsa in behörighet "
        "med bibehållen lön.",
    )


def _kf_table(w: Writer) -> None:
    w.chapter("Kapitel 3 – Mål")
    w.para(
        "Fullmäktige har beslutat om tre mål för mandatperioden. Tabellen visar vilka "
        "nämndsmål som hör till varje mål och hur de mäts."
    )
    kf = [
        "Norrfjärden har en skola i toppklass.",
        "I Norrfjärden ska alla känna sig trygga.",
        "Kommunen är en attraktiv arbetsgivare.",
    ]
    data: list[tuple[int, int, list[tuple[str, str, Val]]]] = [
        (
            0,
            1,
            [
                ("Andel elever i åk 9 som är behöriga till gymnasiets yrkesprogram", "%", D(88)),
                ("Genomsnittligt meritvärde i åk 9", "", D(230)),
            ],
        ),
        (
            0,
            3,
            [("Andel barn i förskolan med plats inom önskat datum", "%", D(98))],
        ),
        (
            1,
            2,
            [
                ("Andel elever i åk 5 som känner sig trygga i skolan", "%", D(92)),
                ("Andel elever i åk 8 som upplever studiero på lektionerna", "", "Ökning"),
            ],
        ),
        (
            2,
            4,
            [
                ("Andel lärare med lärarlegitimation och behörighet", "%", D(80)),
                ("Hållbart medarbetarengagemang (HME), totalindex", "", D(80)),
            ],
        ),
    ]
    header = ["Kommunfullmäktiges mål", "Nämndens mål", "Indikator", "Målvärde 2027"]
    rows = [header]
    merges = []
    last_kf = -1
    kf_start = 1
    for kf_index, goal, inds in data:
        start = len(rows)
        if kf_index != last_kf:
            if last_kf >= 0 and start - 1 > kf_start:
                merges.append((kf_start, 0, start - 1, 0))
            kf_start = start
            w.expected.goals.append(Goal(kf[kf_index], "kf"))
        for n, (name, unit, target) in enumerate(inds):
            first_kf = kf[kf_index] if kf_index != last_kf and n == 0 else ""
            label = f"Nämndsmål {goal}: {GOALS[goal]}" if n == 0 else ""
            shown = sv(target, unit) if isinstance(target, D) else target
            rows.append([first_kf, label, name, shown])
            w.expected.indicators.append(Indicator(GOALS[goal], name, unit, targets={2027: target}))
        if len(inds) > 1:
            merges.append((start, 1, len(rows) - 1, 1))
        w.expected.goals.append(Goal(GOALS[goal], "namnd"))
        last_kf = kf_index
    if len(rows) - 1 > kf_start:
        merges.append((kf_start, 0, len(rows) - 1, 0))
    w.table(rows, merges=merges, widths=[4, 4.5, 6, 2.2])
    w.para("")


def _strategic(w: Writer) -> None:
    w.chapter("Kapitel 4 – Strategiska mål för kulturskola och fritidshem")
    w.para(
        "Utöver fullmäktiges mål har nämnden två strategiska mål för de frivilliga "
        "verksamheterna. Utgångsvärdet anges med det år det avser."
    )
    header = ["Indikator", "Utgångsvärde (år)", "Målvärde 2027", "Målvärde 2029", "Källa"]
    goals: list[tuple[str, list[tuple[str, str, D, int, Val, Val, str]]]] = [
        (
            "Fler barn och unga deltar i kulturskolans verksamhet.",
            [
                (
                    "Andel elever i åk 1–9 som deltar i kulturskolan",
                    "%",
                    D(21),
                    2025,
                    "≥ 25 %",
                    "≥ 30 %",
                    "Egen statistik",
                ),
                (
                    "Antal elever i kö till kulturskolan",
                    "",
                    D(146),
                    2025,
                    "< 100",
                    "< 50",
                    "Egen statistik",
                ),
                (
                    "Nöjdhet med kulturskolan, skala 1–5",
                    "",
                    D("3.8"),
                    2024,
                    "minst 4,0",
                    "minst 4,2",
                    "Enkät",
                ),
            ],
        ),
        (
            "Fritidshemmet kompletterar skolan och ger eleverna en meningsfull fritid.",
            [
                (
                    "Andel vårdnadshavare som är nöjda med fritidshemmet",
                    "%",
                    D(78),
                    2025,
                    D(82),
                    D(85),
                    "Skolenkäten",
                ),
                (
                    "Antal inskrivna elever per årsarbetare i fritidshem",
                    "",
                    D("21.4"),
                    2025,
                    "Minskning",
                    D(18),
                    "Kolada",
                ),
            ],
        ),
    ]
    for goal, inds in goals:
        w.para(("b", "Strategiskt mål: "), goal)
        w.expected.goals.append(Goal(goal))
        rows = [header]
        for name, unit, base, year, t27, t29, source in inds:
            rows.append(
                [
                    name,
                    f"{sv(base, unit)} ({year})",
                    sv(t27, unit) if isinstance(t27, D) else t27,
                    sv(t29, unit) if isinstance(t29, D) else t29,
                    source,
                ]
            )
            w.expected.indicators.append(
                Indicator(goal, name, unit, year, base, {2027: t27, 2029: t29})
            )
        # "21 % (2025)" is the nuläge and its year: checked as the indicator's figures.
        w.structure(*(r[1] for r in rows[1:]))
        w.table(rows, widths=[6.5, 2.6, 2.4, 2.4, 2.4])
        w.para("")


def _activities(w: Writer) -> None:
    w.heading("Aktiviteter 2027", 2)
    w.structure("Aktiviteter 2027")
    acts = [
        ("Införa gemensamma bedömningsstöd i matematik åk 1–6", 1, "2027-06-30", "Rektorer F–6"),
        ("Läsa och analysera trygghetsenkäten på varje skola", 2, "2027-03-31", "Elevhälsochef"),
        ("Utreda samordnad antagning till förskolan", 3, "Hösten 2027", "Förskolechef"),
        ("Erbjuda lärarassistenter på alla högstadieskolor", 4, "2027-08-15", "HR-chef"),
        ("Ta fram en plan för rastaktiviteter", 2, "2027-12-31", "Rektorer 7–9"),
    ]
    header = ["Aktivitet", "Koppling till mål", "Tidplan", "Ansvar"]
    w.table(
        [header, *([a, f"Nämndsmål {g}", when, who] for a, g, when, who in acts)],
        widths=[7.5, 3, 3, 3.5],
    )
    w.structure(*(f"Nämndsmål {g}" for _, g, _, _ in acts))  # the link, checked as group
    for a, g, when, who in acts:
        day = dt.date.fromisoformat(when) if when[0].isdigit() else None
        w.expected.activities.append(Activity(a, who, day, group=GOALS[g]))
    w.para("")


def _economy(w: Writer) -> None:
    w.chapter("Kapitel 5 – Ekonomi")
    w.para(
        "Nämndens ram för 2027 är 612 430 tkr. Minskade barnkullar i förskolan frigör "
        "resurser som används för att stärka grundskolan."
    )
    w.para(("b", "Driftbudget per verksamhet, tkr"))
    w.structure("Driftbudget per verksamhet, tkr")
    keys = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
    units = [
        ("Förskola", [168_420, 171_300, 169_850, 168_200, 166_900]),
        ("Grundskola", [318_760, 329_400, 342_180, 350_600, 357_300]),
        ("Grundsärskola", [18_930, 19_450, 20_100, 20_600, 21_100]),
        ("Fritidshem", [39_210, 40_120, 41_060, 41_800, 42_500]),
        ("Kulturskola", [11_480, 11_900, 12_240, 12_500, 12_800]),
        ("Nämnd och central administration", [26_370, 27_010, 27_000, 27_500, 28_000]),
    ]
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    rows = [header]
    for name, amounts in units:
        rows.append([name, *(_paren(a) for a in amounts)])
        w.expected.budget.append(
            BudgetRow("drift", name, {k: D(a) for k, a in zip(keys, amounts, strict=True)})
        )
    total = ["Summa", *(_paren(sum(a[i] for _, a in units)) for i in range(5))]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[5.5, 2.3, 2.3, 2.3, 2.3, 2.3])
    w.para("")
    w.para(("b", "Resultatbudget, tkr"))
    w.structure("Resultatbudget, tkr")
    lines = [
        ("Intäkter", [-71_840, -66_200, -64_950, -64_000, -63_500]),
        ("Personalkostnader", [421_300, 434_700, 446_200, 455_100, 462_400]),
        ("Lokalkostnader", [96_210, 98_400, 99_800, 101_300, 102_800]),
        ("Övriga kostnader", [131_780, 126_180, 122_880, 120_800, 120_000]),
        ("Kapitalkostnader", [5_720, 6_100, 8_500, 8_000, 6_900]),
    ]
    rr = [header[:1] + header[1:]]
    rr[0][0] = ""
    for name, amounts in lines:
        rr.append([name, *(_paren(a) for a in amounts)])
        w.structure(*(c for c in rr[-1][1:] if c.startswith("(")))  # checked as amounts
        w.expected.budget.append(
            BudgetRow("resultat", name, {k: D(a) for k, a in zip(keys, amounts, strict=True)})
        )
    net = [sum(a[i] for _, a in lines) for i in range(5)]
    assert net == [sum(a[i] for _, a in units) for i in range(5)], net
    rr.append(["Netto", *(_paren(v) for v in net)])
    w.totals(*rr[-1])
    w.table(rr, widths=[5.5, 2.3, 2.3, 2.3, 2.3, 2.3])


def _investments(w: Writer) -> None:
    section = w.doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    w.heading("Investeringar", 2)
    w.structure("Investeringar")
    w.para("Belopp i tkr. Ackumulerat avser utgifter till och med 2026.")
    header = ["Projekt", "Total utgift", "Ack. t.o.m. 2026", "2027", "2028", "2029"]
    projects = [
        ("Tillbyggnad Kvarnbackaskolan", 84_000, 6_500, [32_000, 38_000, 7_500]),
        ("Ny förskola Östra Strand", 61_500, 1_200, [4_300, 28_000, 28_000]),
        ("Inventarier och lärmiljöer", 9_000, 0, [3_000, 3_000, 3_000]),
        ("Digitala verktyg för elever", 7_200, 2_400, [1_600, 1_600, 1_600]),
    ]
    rows = [header]
    keys = [("budget", 2027), ("plan", 2028), ("plan", 2029)]
    for name, total, done, years in projects:
        rows.append([name, sv(total), sv(done), *(sv(y) for y in years)])
        w.expected.budget.append(
            BudgetRow("investering", name, {k: D(a) for k, a in zip(keys, years, strict=True)})
        )
    sums = ["Summa investeringar"]
    sums += [sv(sum(p[1] for p in projects)), sv(sum(p[2] for p in projects))]
    sums += [sv(sum(p[3][i] for p in projects)) for i in range(3)]
    rows.append(sums)
    w.totals(*sums)
    w.table(rows, widths=[8, 3, 3, 3, 3, 3])
    section = w.doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)


def _appendix(w: Writer) -> None:
    w.heading("Bilaga 2 Nyckeltal", 1)
    w.structure("Bilaga 2 Nyckeltal")
    header = ["Nyckeltal", "2023", "2024", "2025", "Riket 2025"]
    rows = [
        ["Kostnad per elev i grundskolan, kr", "118 400", "123 900", "129 300", "124 800"],
        ["Antal barn per årsarbetare i förskolan", "5,3", "5,1", "5,0", "5,1"],
        ["Andel legitimerade förskollärare, %", "38", "41", "43", "45"],
        ["Elever per lärare i grundskolan", "12,4", "12,1", "12,0", "11,8"],
    ]
    w.table([header, *rows], keep_headers=True, widths=[7, 2.2, 2.2, 2.2, 2.4])
    w.expected.key_figures += [
        KeyRow("Bilaga 2 Nyckeltal", r[0], dict(zip(header[1:], r[1:], strict=True))) for r in rows
    ]
    w.para("Källa: Kolada och Skolverket.")
    w.structure("Källa: Kolada och Skolverket.")


def build_g(path: Path) -> Expected:
    front = Front(
        namnd="Barn- och utbildningsnämnden",
        kommun="Norrfjärdens kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan och budget 2027 med plan för 2028–2029",
        diarienummer="BUN 2026/388",
    )
    w = Writer("G-kf-mål-i-tabell", front)
    _cover(w)
    _chapters(w)
    _kf_table(w)
    _strategic(w)
    _activities(w)
    _economy(w)
    _investments(w)
    _appendix(w)
    return w.save(path)
