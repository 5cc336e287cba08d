"""Corpus document AR: a räddningsnämnd's one-year plan whose goals are broken down in one
"målnedbrytning" table in a landscape section: "KF-mål | Nämndmål | Indikator | Målvärde 2027 |
Aktivitet | Ansvar | Tid" with the KF goal and the nämnd's goal merged down their rows, each
row carrying an indicator, an activity or both (the other cells empty), some Aktivitet cells
holding two activities as two bullet paragraphs, targets such as "≥ 90 %", "Minst 4 av 5", "0
st" and "Högst 21 dagar", and Tid as "Löpande", "2027", "T1 2027" or "Senast 30 juni 2027". The
indicators' nuläge is given only in a small table "Utgångsvärden 2025" (Indikator | 2025) after
the big one, in another order and with "–" for one not yet measured. A driftbudget in tkr has a
bold row per verksamhet over "Intäkter", "Kostnader" and "Nettokostnad" sub-rows, and
internkontroll is a table "Process | Risk | Riskvärde | Kontrollmoment | Ansvarig | Frekvens".

Expected (what a perfect import gives): the front matter from the cover (Ordförande,
Förvaltningschef, Dnr); six chapters; three KF goals and four nämnd goals with ten indicators,
each with the nuläge 2025 that the later table gives (none for "–") and its target for 2027
("Minst 4 av 5" is 4 compared as minst, the scale is the indicator's, as in AO; "0 st" is 0);
twelve activities, one per bullet of a two-activity cell, each with the row's ansvar, its
nämnd goal as group and the last day of its period as slutdatum (T1 2027-04-30, T2 08-31, a
year its last day, none for "Löpande", as in Z and AE); six driftbudget rows with the
nettokostnad per verksamhet (intäkter and kostnader are not net amounts, as in I); five
controls with their process. Header cells, the nuläge table's cells (checked as the
indicators' nuläge), sub-row labels and totals are structure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm, Pt

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

Ind = tuple[str, str, D | None, Val]
"""An indicator: name, unit, nuläge 2025 (None: "–"), målvärde 2027 as the plan holds it."""
Row = tuple[Ind | None, list[str], str, str, dt.date | None]
"""A row of the målnedbrytning: indicator, activities, ansvar, tid as printed, slutdatum."""

PLAN: list[tuple[str, list[tuple[str, list[Row]]]]] = [
    (
        "Älvby är en trygg och säker kommun att leva och verka i.",
        [
            (
                "Invånarna får snabb och effektiv hjälp när olyckan är framme.",
                [
                    (("Andel larm där första resurs är på plats inom 20 minuter", "%", D(87),
                      "≥ 90 %"),
                     ["Gemensam ledning och larmplanering med grannkommunerna i räddningsregionen"],
                     "Räddningschef", "T1 2027", dt.date(2027, 4, 30)),
                    (("Anspänningstid för heltidsstyrkan, medelvärde i sekunder", "", D(94),
                      "Högst 90"), [], "", "", None),
                    (None,
                     ["Utbilda alla deltidsbrandmän i första insats vid hjärtstopp",
                      "Ta fram en ny insatsplan för Storvägen genom tätorten"],
                     "Ställföreträdande räddningschef", "2027", dt.date(2027, 12, 31)),
                ],
            ),
            (
                "Färre bränder och olyckor genom förebyggande arbete i hem och verksamheter.",
                [
                    (("Antal omkomna i bränder", "st", D(1), D(0)),
                     ["Hembesök med brandskyddsinformation i områden med många bostadsbränder"],
                     "Enhetschef förebyggande", "Löpande", None),
                    (("Andel tillsyner enligt tillsynsplanen som genomförts", "%", D(82),
                      "≥ 95 %"),
                     ["Ny tillsynsplan efter Myndigheten för samhällsskydd och beredskaps "
                      "föreskrifter om kommunal tillsyn"],
                     "Enhetschef förebyggande", "Senast 30 juni 2027", dt.date(2027, 6, 30)),
                    (("Handläggningstid för tillstånd till brandfarlig vara, median", "dagar",
                      D(26), "Högst 21 dagar"),
                     ["E-tjänst för ansökan om tillstånd till hantering av brandfarlig vara",
                      "Gemensam checklista för handläggning av tillstånd"],
                     "Brandingenjör", "T2 2027", dt.date(2027, 8, 31)),
                ],
            ),
        ],
    ),
    (
        "Invånare och företag är nöjda med kommunens service och bemötande.",
        [
            (
                "Räddningstjänsten är tillgänglig och ger råd som går att använda.",
                [
                    (("Nöjd kund-index vid tillsyn, medelbetyg", "", D("4.1"), "Minst 4"),
                     [], "", "", None),
                    (("Andel invånare som vet hur de ska agera vid ett VMA", "%", None,
                      "≥ 60 %"),
                     ["Informationskampanj om Viktigt meddelande till allmänheten och "
                      "hemberedskap"],
                     "Kommunikatör", "T1 2027", dt.date(2027, 4, 30)),
                    (None, ["Öppet hus på alla brandstationer under Brandskyddsveckan"],
                     "Stationschefer", "2027", dt.date(2027, 12, 31)),
                ],
            ),
        ],
    ),
    (
        "Älvby kommun är en attraktiv arbetsgivare.",
        [
            (
                "Räddningstjänsten har den bemanning och kompetens som uppdraget kräver.",
                [
                    (("Andel deltidsbrandmannatjänster som är tillsatta", "%", D(81), "≥ 90 %"),
                     ["Rekryteringskampanj för deltidsbrandmän tillsammans med lokala "
                      "arbetsgivare",
                      "Se över ersättningen för deltidsbrandmännens beredskap"],
                     "HR-strateg", "Senast 30 juni 2027", dt.date(2027, 6, 30)),
                    (("Antal arbetsskador med sjukfrånvaro", "st", D(3), D(0)), [], "", "",
                     None),
                    (("Sjukfrånvaro, andel av ordinarie arbetstid", "%", D("5.2"),
                      "Högst 4,5 %"),
                     ["Fystester och schemalagd träning för all utryckningspersonal"],
                     "Räddningschef", "Löpande", None),
                ],
            ),
        ],
    ),
]  # fmt: skip

PRINTED_TARGET = {"Minst 4": "Minst 4 av 5"}
"""Targets printed otherwise than the plan holds them."""

BASELINE_ORDER = [4, 5, 6, 7, 0, 1, 2, 3, 8, 9]
"""The order of the indicators in "Utgångsvärden 2025": by source, not by goal."""

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027)]
DRIFT: list[tuple[str, list[int], list[int]]] = [
    ("Nämnd och ledning", [0, 0, 0], [-6_840, -7_120, -7_390]),
    ("Räddningsinsats heltid", [1_210, 1_150, 1_200], [-38_470, -39_900, -41_300]),
    ("Deltidsstationer", [380, 400, 400], [-17_930, -18_600, -19_650]),
    ("Förebyggande verksamhet", [3_460, 3_600, 3_850], [-8_210, -8_500, -8_900]),
    ("Sotning och brandskyddskontroll", [6_120, 6_300, 6_550], [-6_050, -6_300, -6_550]),
    ("Larm och ledning", [2_940, 3_000, 3_100], [-9_870, -10_200, -10_650]),
]

CONTROLS = [
    ("Tillstånd brandfarlig vara", "Tillstånd ges utan fullständig ansökan", "6",
     "Stickprov av tio beviljade tillstånd", "Enhetschef förebyggande", "Två gånger per år"),
    ("Beredskap deltid", "Bemanningen understiger avtalad styrka", "12",
     "Genomgång av bemanningsrapporter per station", "Stationschefer", "Månadsvis"),
    ("Fakturering av automatiska brandlarm", "Onödiga larm faktureras inte",
     "8", "Avstämning av larmlogg mot fakturor", "Controller", "Kvartalsvis"),
    ("Inköp", "Inköp görs utanför avtal", "6", "Avtalstrohet i leverantörsreskontran",
     "Controller", "Årligen"),
    ("Fordon och utrustning", "Besiktning och service missas", "9",
     "Kontroll av servicelogg mot fordonsregistret", "Fordonsansvarig", "Tertialvis"),
]  # fmt: skip


def _cover(w: Writer) -> None:
    w.cover("Älvby kommun", size=12)
    w.para("")
    w.cover("Räddningsnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan med budget 2027", size=28, bold=True)
    w.cover("Antagen av räddningsnämnden 2026-11-18, § 74")
    w.cover("Dnr RN 2026/57")
    w.para("")
    w.para("")
    w.cover("Ordförande: Anders Holm (M)")
    w.cover("Förvaltningschef: Lena Sjöberg")
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Räddningsnämnden ansvarar för kommunens räddningstjänst enligt lagen om skydd mot "
        "olyckor och för tillstånd och tillsyn enligt lagen om brandfarliga och explosiva "
        "varor. Planen visar hur nämnden bryter ner fullmäktiges mål till egna mål, hur de "
        "mäts och vad förvaltningen gör under 2027 för att nå dem.",
        "Planen följs upp i delårsrapporten per den 31 augusti och i verksamhetsberättelsen.",
    )
    w.chapter("Nämndens uppdrag")
    w.para(
        "Räddningstjänsten har en heltidsstation i Älvby och fyra deltidsstationer i "
        "kransorterna. Omkring 45 heltidsanställda och 70 deltidsbrandmän arbetar i "
        "utryckningsverksamheten. Sotning och brandskyddskontroll utförs av en entreprenör på "
        "nämndens uppdrag och finansieras av taxor."
    )
    w.chapter("Omvärldsanalys")
    w.para(
        "Kraven på kommunernas förmåga att hantera både vardagsolyckor och kriser har ökat. "
        "Den nya föreskriften om handlingsprogram och de skärpta kraven på ledning gör att "
        "räddningstjänsterna i länet behöver samarbeta mer än i dag. Samtidigt blir det svårare "
        "att rekrytera deltidsbrandmän när färre arbetar på orten där de bor."
    )
    w.para("Det här påverkar nämnden mest under planperioden:")
    w.bullets(
        "systemet för ledning av kommunal räddningstjänst, där Älvby ska ingå i en gemensam "
        "ledningsfunktion senast 2027,",
        "ett förändrat säkerhetsläge med krav på civilt försvar och höjd beredskap,",
        "fler automatiska brandlarm i nya flerbostadshus och verksamhetslokaler,",
        "svårigheter att bemanna deltidsstationerna dagtid,",
        "ett varmare klimat med fler skogsbränder och skyfall.",
    )
    w.para(
        "Antalet räddningsinsatser var 612 under 2025, vilket är något fler än året innan. "
        "Bränder i bostad minskade, medan trafikolyckorna ökade på de större vägarna."
    )


def _activity_cell(cell: Any, activities: list[str]) -> None:
    """One activity as the cell's text; two as two bullet paragraphs."""
    if len(activities) < 2:
        return
    for number, text in enumerate(activities):
        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
        paragraph.style = "List Bullet"
        run = paragraph.add_run(text)
        run.font.size = Pt(8)


def _goal_table(w: Writer) -> None:
    w.chapter("Mål, indikatorer och aktiviteter")
    w.paras(
        "Tabellen visar hur fullmäktiges mål bryts ner i nämndens mål och vilka indikatorer "
        "och aktiviteter som hör till varje nämndmål. En del indikatorer följs upp utan en "
        "särskild aktivitet och en del aktiviteter saknar en egen indikator.",
        "Utgångsvärdena för indikatorerna redovisas i en egen tabell efter målnedbrytningen.",
    )
    landscape = w.doc.add_section(WD_SECTION.NEW_PAGE)
    landscape.orientation = WD_ORIENT.LANDSCAPE
    landscape.page_width, landscape.page_height = Cm(29.7), Cm(21)
    w.para(("b", "Målnedbrytning 2027"))
    w.structure("Målnedbrytning 2027")
    header = ["KF-mål", "Nämndmål", "Indikator", "Målvärde 2027", "Aktivitet", "Ansvar", "Tid"]
    rows = [header]
    merges = []
    cells: list[tuple[int, list[str]]] = []
    indicators: list[tuple[str, Ind]] = []
    for kf, goals in PLAN:
        kf_first = len(rows)
        w.expected.goals.append(Goal(kf, "kf"))
        for goal, goal_rows in goals:
            goal_first = len(rows)
            w.expected.goals.append(Goal(goal, "namnd"))
            for ind, acts, who, when, date in goal_rows:
                name, unit, target = "", "", ""
                if ind is not None:
                    name, unit, _, value = ind
                    target = PRINTED_TARGET.get(str(value), cell_text(value, unit))
                    indicators.append((goal, ind))
                cells.append((len(rows), acts))
                rows.append(
                    [
                        kf if len(rows) == kf_first else "",
                        goal if len(rows) == goal_first else "",
                        name,
                        target,
                        acts[0] if len(acts) == 1 else "",
                        who,
                        when,
                    ]
                )
                if date is None and when:
                    w.structure(when)  # "Löpande": no slutdatum
                for act in acts:
                    w.expected.activities.append(Activity(act, who, date, group=goal))
            if len(rows) - 1 > goal_first:
                merges.append((goal_first, 1, len(rows) - 1, 1))
        merges.append((kf_first, 0, len(rows) - 1, 0))
    table = w.table(rows, merges=merges, widths=[3.6, 4.2, 5.2, 2.4, 6.2, 2.8, 2.2], size=8)
    for r, acts in cells:
        _activity_cell(table.cell(r, 4), acts)
    w.structure("Minst 4 av 5")  # checked as the target 4 (minst)

    portrait = w.doc.add_section(WD_SECTION.NEW_PAGE)
    portrait.orientation = WD_ORIENT.PORTRAIT
    portrait.page_width, portrait.page_height = Cm(21), Cm(29.7)
    w.para(("b", "Utgångsvärden 2025"))
    w.structure("Utgångsvärden 2025")
    base_rows = [["Indikator", "2025"]]
    for index in BASELINE_ORDER:
        name, unit, base, _ = indicators[index][1]
        shown = "–" if base is None else sv(base, unit)
        base_rows.append([name, shown])
        w.structure(shown)  # checked as the indicator's nuläge
    w.table(base_rows, widths=[11, 3])
    w.para(
        "Utgångsvärdena är utfallet för helåret 2025. Andelen invånare som vet hur de ska "
        "agera vid ett VMA mäts första gången i medborgarenkäten 2027."
    )
    for goal, (name, unit, base, value) in indicators:
        w.expected.indicators.append(
            Indicator(goal, name, unit, 2025 if base is not None else None, base, {2027: value})
        )


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.paras(
        "Fullmäktige har gett nämnden en ram på 79 340 tkr för 2027, 3 170 tkr mer än 2026. "
        "Ökningen täcker löneökningar och den gemensamma ledningsfunktionen.",
        "Sotning och brandskyddskontroll finansieras helt av taxor och redovisas med ett "
        "nollresultat.",
    )
    w.para(("b", "Driftbudget 2027 (tkr)"))
    w.structure("Driftbudget 2027 (tkr)")
    rows = [["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027"]]
    shaded = []
    for name, income, cost in DRIFT:
        net = [i + c for i, c in zip(income, cost, strict=True)]
        shaded.append(len(rows))
        rows.append([name, "", "", ""])
        rows.append(["Intäkter", *(sv(v) for v in income)])
        rows.append(["Kostnader", *(sv(v) for v in cost)])
        rows.append(["Nettokostnad", *(sv(v) for v in net)])
        w.structure("Intäkter", "Kostnader", "Nettokostnad", *rows[-3][1:], *rows[-2][1:])
        w.expected.budget.append(
            BudgetRow("drift", name, {k: D(v) for k, v in zip(KEYS, net, strict=True)})
        )
    total = [sum(i[n] + c[n] for _, i, c in DRIFT) for n in range(3)]
    rows.append(["Summa nettokostnad", *(sv(v) for v in total)])
    w.totals(*rows[-1])
    table = w.table(rows, widths=[7, 3, 3, 3])
    for r in (*shaded, len(rows) - 1):
        for run in table.rows[r].cells[0].paragraphs[0].runs:
            run.bold = True


def _control(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para(
        "Riskvärdet är sannolikhet gånger konsekvens på en skala 1–4. Kontroller med ett "
        "riskvärde på 8 eller högre rapporteras till nämnden i delårsrapporten."
    )
    header = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Frekvens"]
    w.table([header, *(list(c) for c in CONTROLS)], widths=[3, 3.6, 1.6, 4, 2.6, 2])
    w.expected.controls += [Control(c[3], c[0]) for c in CONTROLS]


def build_ar(path: Path) -> Expected:
    front = Front(
        namnd="Räddningsnämnden",
        kommun="Älvby kommun",
        forsta_ar=2027,
        sista_ar=2027,
        titel="Verksamhetsplan med budget 2027",
        ordforande="Anders Holm (M)",
        forvaltningschef="Lena Sjöberg",
        diarienummer="RN 2026/57",
    )
    w = Writer("AR-räddningsnämnd-målnedbrytning", front)
    _cover(w)
    _chapters(w)
    _goal_table(w)
    _budget(w)
    _control(w)
    return w.save(path)
