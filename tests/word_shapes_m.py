"""Corpus document M: a barn- och utbildningsnämnd's two-year plan with a page header, Heading 1
chapters with Heading 2 sub-headings, all goals in one big table in a landscape section
"Kommunfullmäktiges mål | Nämndens mål | Indikator | Utgångsvärde | Målvärde 2027 | Målvärde
2028" (the KF goal merged down its rows, the nämnd's goal repeated on each row, the baseline's
year in the cell: "71 % (2025)"), activities as typed numbered lines "1. … (Ansvarig: Rektor,
klart: 2027-06-30)" under a bold line per goal, a driftbudget in tkr with net costs as negative
amounts in parentheses, a "Förändring" column and Kommunbidrag/Resultat rows, a resultatbudget
with costs in parentheses, investments with "–" for no amount, and internkontroll with
separate S, K and Riskvärde columns."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm

from tests.word_shapes_docx import Writer, cell_text, sv
from tests.word_shapes_model import (
    Activity,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    Val,
)

HEADER = "Stenåkra kommun | Barn- och utbildningsnämnden | Verksamhetsplan 2027–2028"

Row = tuple[str, str, D, int, Val | None, Val | None]
"""An indicator: name, unit, utgångsvärde, its year, målvärde 2027, målvärde 2028."""

KF: list[tuple[str, list[tuple[str, list[Row]]]]] = [
    (
        "Barn och unga i Stenåkra får en utbildning som rustar dem för framtiden.",
        [
            (
                "Fler elever lämnar grundskolan med godkända betyg i alla ämnen.",
                [
                    ("Andel elever i åk 9 som nått kunskapskraven i alla ämnen", "%", D(71), 2025,
                     D(74), D(77)),
                    ("Andel elever i åk 9 som är behöriga till yrkesprogram", "%", D(86), 2025,
                     "≥ 88 %", "≥ 90 %"),
                    ("Genomsnittligt meritvärde i åk 9 (17 ämnen)", "", D("224.5"), 2025, D(228),
                     D(232)),
                ],
            ),
            (
                "Barnen i förskolan möter en språkutvecklande miljö från första dagen.",
                [
                    ("Andel legitimerade förskollärare av pedagogisk personal", "%", D(39), 2025,
                     D(42), D(45)),
                    ("Antal barn per barngrupp i förskolan, genomsnitt", "", D("16.2"), 2025,
                     "Högst 15", "Högst 15"),
                ],
            ),
        ],
    ),
    (
        "Alla som bor i Stenåkra ska känna sig trygga och delaktiga.",
        [
            (
                "Eleverna känner sig trygga och har arbetsro i skolan.",
                [
                    ("Andel elever i åk 5 som känner sig trygga i skolan", "%", D(89), 2025, D(92),
                     D(94)),
                    ("Andel elever i åk 8 som upplever arbetsro på lektionerna", "%", D(58), 2024,
                     None, D(65)),
                    ("Antal anmälningar om kränkande behandling", "", D(164), 2025, "Minska",
                     "Minska"),
                ],
            ),
        ],
    ),
    (
        "Stenåkra kommun är en attraktiv arbetsgivare med friska medarbetare.",
        [
            (
                "Medarbetarna i nämndens verksamheter har en hållbar arbetssituation.",
                [
                    ("Sjukfrånvaro bland nämndens medarbetare", "%", D("7.4"), 2025, D("6.8"),
                     D("6.5")),
                    ("Hållbart medarbetarengagemang (HME), totalindex", "", D(77), 2024, None,
                     D(80)),
                ],
            ),
            (
                "Andelen behöriga lärare ökar.",
                [
                    ("Andel lärare med legitimation och behörighet i minst ett ämne", "%",
                     D("76.5"), 2025, D(78), D(80)),
                ],
            ),
        ],
    ),
]  # fmt: skip

GOALS = [goal for _, goals in KF for goal, _ in goals]

ACTIVITIES: list[tuple[int, list[tuple[str, str, dt.date]]]] = [
    (
        0,
        [
            ("Införa gemensam modell för tidiga insatser i läsning i åk 1–3", "Rektor",
             dt.date(2027, 6, 30)),
            ("Följa upp betygsresultaten per ämne och skola varje termin", "Verksamhetschef "
             "grundskola", dt.date(2027, 12, 31)),
            ("Erbjuda sommarskola för elever i åk 6–9 som saknar betyg", "Rektor",
             dt.date(2027, 8, 15)),
        ],
    ),
    (
        1,
        [
            ("Språkombud på varje förskoleenhet", "Förskolechef", dt.date(2027, 3, 31)),
            ("Se över barngruppernas storlek inför hösten 2027", "Verksamhetschef förskola",
             dt.date(2027, 5, 31)),
        ],
    ),
    (
        2,
        [
            ("Trygghetsvandringar med elevråden på alla skolor", "Rektor", dt.date(2027, 10, 31)),
            ("Ny plan mot kränkande behandling för hela nämnden", "Elevhälsochef",
             dt.date(2027, 1, 31)),
        ],
    ),
    (
        3,
        [("Hälsofrämjande arbetsplatsträffar med företagshälsovården", "HR-partner",
          dt.date(2027, 11, 30))],
    ),
    (
        4,
        [("Lärare utan legitimation erbjuds VAL-studier på betald arbetstid", "Utbildningschef",
          dt.date(2028, 6, 30))],
    ),
]  # fmt: skip

DRIFT: list[tuple[str, list[int]]] = [
    ("Nämnd och förvaltningsledning", [-18_240, -18_900, -19_350, -19_800]),
    ("Förskola", [-152_310, -155_800, -154_200, -153_100]),
    ("Grundskola F–9", [-298_450, -309_100, -318_600, -326_400]),
    ("Anpassad grundskola", [-16_870, -17_400, -18_050, -18_500]),
    ("Fritidshem", [-34_120, -35_300, -35_900, -36_400]),
    ("Kulturskola", [-9_680, -9_950, -10_200, -10_450]),
    ("Elevhälsa", [-21_430, -22_600, -23_400, -24_000]),
]
KOMMUNBIDRAG = [553_900, 569_050, 579_700, 588_650]
RR: list[tuple[str, list[int]]] = [
    ("Statsbidrag", [41_320, 39_800, 38_500, 37_900]),
    ("Taxor och avgifter", [23_910, 24_600, 25_300, 25_900]),
    ("Övriga intäkter", [7_480, 6_900, 7_100, 7_200]),
    ("Personalkostnader", [-412_600, -424_300, -436_800, -446_900]),
    ("Lokalkostnader", [-96_300, -98_700, -100_900, -102_600]),
    ("Köp av verksamhet", [-68_900, -71_400, -73_200, -74_800]),
    ("Övriga kostnader", [-46_010, -45_950, -39_700, -35_350]),
]
KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028)]


def paren(value: int) -> str:
    """A tkr amount as this plan prints it: a negative one in parentheses."""
    return f"({sv(-value)})" if value < 0 else sv(value)


def _cover(w: Writer) -> None:
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    w.expected.absent.append(HEADER)
    w.cover("Stenåkra kommun", size=12)
    w.cover("Barn- och utbildningsnämnden", size=16, bold=True)
    w.cover("Verksamhetsplan 2027–2028", size=28, bold=True)
    w.cover("Beslutad i barn- och utbildningsnämnden 2026-11-26, § 98")
    w.cover("Dnr BUN 2026/412")
    w.para("")
    w.cover("Ordförande: Karin Lööf (S)")
    w.cover("Utbildningschef: Johan Wikström")
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Verksamhetsplanen visar hur barn- och utbildningsnämnden bidrar till fullmäktiges mål "
        "under 2027 och 2028. Den bygger på fullmäktiges budgetbeslut i juni och på de analyser "
        "som skolorna och förskolorna gjorde i sina kvalitetsrapporter under våren.",
        "Planen följs upp i delårsrapporten per augusti och i verksamhetsberättelsen.",
    )
    w.chapter("Nämndens ansvar och organisation")
    w.para(
        "Nämnden ansvarar för utbildningen från förskola till och med årskurs 9 och för "
        "kulturskolan. Omkring 3 100 barn och elever och 640 medarbetare finns i verksamheterna:"
    )
    w.bullets(
        "förskola på fjorton enheter,",
        "grundskola F–9 på sju skolor, med fritidshem,",
        "anpassad grundskola på Ekebacksskolan,",
        "kulturskola och central elevhälsa.",
    )
    w.chapter("Omvärldsanalys")
    w.heading("Barn och elever", 2)
    w.para(
        "Antalet födda i kommunen har minskat fyra år i rad. Förskolan väntas ha omkring 90 "
        "färre barn 2028 än i dag, medan årskullarna i högstadiet fortsätter att växa fram till "
        "2030."
    )
    w.heading("Kompetensförsörjning", 2)
    w.para(
        "Tre av fyra lärare är behöriga, vilket är lägre än i länet. Bristen är störst i "
        "matematik, teknik och moderna språk. Pensionsavgångarna i förskolan ökar från 2027."
    )
    w.heading("Ny lagstiftning", 2)
    w.para(
        "Den nya skollagens krav på lärarledd tid och den reviderade läroplanen för förskolan "
        "träder i kraft under perioden och kräver kompetensutveckling för all personal."
    )


def _goal_table(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Tabellen visar fullmäktiges mål, nämndens mål under varje och de indikatorer som "
        "målen följs upp med. Utgångsvärdet anges med det år det avser; elevenkäten i åk 8 och "
        "medarbetarenkäten görs vartannat år."
    )
    landscape = w.doc.add_section(WD_SECTION.NEW_PAGE)
    landscape.orientation = WD_ORIENT.LANDSCAPE
    landscape.page_width, landscape.page_height = Cm(29.7), Cm(21)
    header = ["Kommunfullmäktiges mål", "Nämndens mål", "Indikator", "Utgångsvärde"]
    header += ["Målvärde 2027", "Målvärde 2028"]
    rows = [header]
    merges = []
    for kf, goals in KF:
        first = len(rows)
        w.expected.goals.append(Goal(kf, "kf"))
        for goal, inds in goals:
            w.expected.goals.append(Goal(goal, "namnd"))
            for name, unit, base, year, t27, t28 in inds:
                baseline = f"{sv(base, unit)} ({year})"
                rows.append(
                    [
                        kf if len(rows) == first else "",
                        goal,  # repeated on each of its rows, as the export writes it
                        name,
                        baseline,
                        cell_text(t27, unit),
                        cell_text(t28, unit),
                    ]
                )
                w.structure(baseline)  # checked as the indicator's nuläge and its year
                targets = {y: t for y, t in ((2027, t27), (2028, t28)) if t is not None}
                w.expected.indicators.append(Indicator(goal, name, unit, year, base, targets))
        merges.append((first, 0, len(rows) - 1, 0))
    w.table(rows, merges=merges, widths=[4.5, 5, 7, 3, 2.6, 2.6], size=8)
    w.para("Källa: Skolverket, elevenkäten och medarbetarenkäten.")
    w.structure("Källa: Skolverket, elevenkäten och medarbetarenkäten.")
    portrait = w.doc.add_section(WD_SECTION.NEW_PAGE)
    portrait.orientation = WD_ORIENT.PORTRAIT
    portrait.page_width, portrait.page_height = Cm(21), Cm(29.7)


def _activities(w: Writer) -> None:
    w.heading("Aktiviteter 2027", 1)
    w.structure("Aktiviteter 2027")
    number = 0
    for goal_index, acts in ACTIVITIES:
        goal = GOALS[goal_index]
        w.para(("b", "Nämndens mål: "), ("bi", goal))
        w.structure(f"Nämndens mål: {goal}")  # the goal's second mention
        for name, who, when in acts:
            number += 1
            line = f"{number}. {name} (Ansvarig: {who}, klart: {when.isoformat()})"
            w.para(line)
            w.structure(line)  # checked as the activity
            w.expected.activities.append(Activity(name, who, when, group=goal))


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.paras(
        "Kommunbidraget för 2027 är 579,7 miljoner kronor, 10,7 miljoner mer än 2026. "
        "Ökningen går till grundskolan där elevantalet växer, medan förskolans budget minskar "
        "med färre barn.",
        "Alla belopp är i tkr. Kostnader visas som negativa tal inom parentes.",
    )
    title = "Driftbudget per verksamhet (tkr)"
    w.para(("b", title))
    w.structure(title)
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Förändring", "Plan 2028"]
    rows = [header]
    for name, amounts in DRIFT:
        change = paren(amounts[2] - amounts[1])
        rows.append([name, *(paren(a) for a in amounts[:3]), change, paren(amounts[3])])
        w.structure(change)  # budget 2027 minus budget 2026: computed, not kept
        w.expected.budget.append(
            BudgetRow("drift", name, {k: D(a) for k, a in zip(KEYS, amounts, strict=True)})
        )
    total = [sum(a[i] for _, a in DRIFT) for i in range(4)]
    result = [k + t for k, t in zip(KOMMUNBIDRAG, total, strict=True)]
    # Judgement: Kommunbidrag is the ram and Resultat what is left of it: both follow from the
    # rows and the ram, a perfect import keeps them as no row of the driftbudget.
    for label, values in (
        ("Summa nettokostnad", total),
        ("Kommunbidrag", KOMMUNBIDRAG),
        ("Resultat", result),
    ):
        cells = [label, *(paren(v) for v in values[:3])]
        cells += [paren(values[2] - values[1]), paren(values[3])]
        rows.append(cells)
        w.totals(*cells)
    w.table(rows, widths=[5.2, 2.3, 2.3, 2.3, 2.2, 2.3])
    w.para("")

    title = "Resultatbudget (tkr)"
    w.para(("b", title))
    w.structure(title)
    rows = [["", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]]
    for name, amounts in RR:
        rows.append([name, *(paren(a) for a in amounts)])
        w.expected.budget.append(
            BudgetRow("resultat", name, {k: D(a) for k, a in zip(KEYS, amounts, strict=True)})
        )
    net = [sum(a[i] for _, a in RR) for i in range(4)]
    assert net == total, (net, total)
    rows.append(["Nettokostnad", *(paren(v) for v in net)])
    w.totals(*rows[-1])
    w.table(rows, widths=[5.5, 2.8, 2.8, 2.8, 2.8])
    w.para("")

    title = "Investeringar (tkr)"
    w.para(("b", title))
    w.structure(title)
    projects: list[tuple[str, int | None, int | None]] = [
        ("Inventarier förskolor och skolor", 1_500, 1_500),
        ("Digitala lärverktyg", 2_400, 2_000),
        ("Ny utemiljö Solbackaskolan", 3_200, None),
        ("Ombyggnad av kök Ekebacksskolan", None, 4_800),
    ]
    rows = [["Projekt", "Budget 2027", "Plan 2028"]]
    for name, y27, y28 in projects:
        rows.append([name, "–" if y27 is None else sv(y27), "–" if y28 is None else sv(y28)])
        given = {k: D(v) for k, v in ((KEYS[2], y27), (KEYS[3], y28)) if v is not None}
        w.expected.budget.append(BudgetRow("investering", name, given))
    w.structure("–")
    sums = [sum(y27 or 0 for _, y27, _ in projects), sum(y28 or 0 for _, _, y28 in projects)]
    rows.append(["Summa investeringar", *(sv(s) for s in sums)])
    w.totals(*rows[-1])
    w.table(rows, widths=[8, 3, 3])
    w.para("")


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Riskerna bedöms efter sannolikhet (S) och konsekvens (K) på en skala 1–4. "
        "Riskvärdet är produkten av de två."
    )
    header = ["Process/rutin", "Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Ansvarig"]
    header.append("Frekvens")
    rows = [
        ["Skolskjuts", "Elever med rätt till skolskjuts får den inte", "2", "4", "8",
         "Stickprov av beviljade ansökningar mot turlistor", "Skolskjutssamordnare", "Två gånger "
         "per år"],
        ["Hantering av kränkande behandling", "Anmälningar utreds inte skyndsamt", "3", "4",
         "12", "Genomgång av anmälningar och utredningstider", "Elevhälsochef", "Varje tertial"],
        ["Inköp", "Inköp görs utanför avtal", "3", "2", "6",
         "Avtalstrohet i leverantörsreskontran", "Controller", "Årligen"],
        ["Barnomsorgsavgifter", "Avgifter debiteras med fel inkomstuppgift", "2", "3", "6",
         "Kontroll av inkomstuppgifter mot Skatteverket", "Handläggare barnomsorg",
         "Stickprov kvartalsvis"],
    ]  # fmt: skip
    w.table([header, *rows], widths=[2.6, 3, 0.8, 0.8, 1.4, 3.6, 2.4, 2], size=8)
    w.expected.controls += [Control(row[5], row[0]) for row in rows]


def build_m(path: Path) -> Expected:
    front = Front(
        namnd="Barn- och utbildningsnämnden",
        kommun="Stenåkra kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028",
        ordforande="Karin Lööf (S)",
        forvaltningschef="Johan Wikström",
        diarienummer="BUN 2026/412",
    )
    w = Writer("M-bun-stor-måltabell", front)
    _cover(w)
    _chapters(w)
    _goal_table(w)
    _activities(w)
    _budget(w)
    _control(w)
    return w.save(path)
