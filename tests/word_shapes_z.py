"""Corpus document Z: a byggnadsnämnd's plan whose headings are numbered by Word (a multilevel
list linked to Heading 1–3 through ``w:numPr`` in the styles: "4.1.2" is shown, never in the
text); the cover with abbreviated labels ("Ordf.", "Diarienr:", "Beslut: BN 2026-12-03 §
187"); KF's goal areas as Heading 2 and the nämnd's goals as Heading 3 under "Mål och
indikatorer", each followed by its indicators as a tab-aligned list (a bold line "Indikator
<tab> Nuläge 2025 <tab> Mål 2027 <tab> Mål 2029" and a line per indicator, no table);
activities in a table whose "Mål" column gives the goal's heading number as Word shows it
("4.2.1") and whose "Tidplan" is a tertial ("T2 2027"); a resultaträkning in tkr with costs in
parentheses "(21 400)" ending in "Netto", a driftbudget per verksamhet with net costs written
"-4 100" (one verksamhet with a surplus) ending in "Netto", investments with a project number
and a "Totalt" column; and internkontroll as one small two-column "kontrollkort" per control
(Process, Kontrollmoment, Risk, Riskvärde "3 × 3 = 9", Ansvarig, Frekvens).

Expected (what a perfect import gives): the front matter below; seven chapters (their
numbers are Word's, not text); five nämndsmål (the Heading 2 goal areas are KF's, structure)
with ten indicators: nuläge 2025, targets 2027 and 2029 (a "–" is none); eight activities with
ansvarig, slutdatum (judgement: a tertial ends on its last day, T1 2027-04-30, T2 08-31, T3
12-31) and their goal found by the heading number; six driftbudget rows, seven resultat rows
(costs negative) and four investments by year (the Totalt column is structure); six controls
with their process. The tab-aligned indicator lines are checked as indicators."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Cm

from tests.word_shapes_docx import Writer, budget_rows, sv
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
from tests.word_shapes_xml import element

Ind = tuple[str, str, D, Val | None, Val | None]
"""An indicator: name, unit, nuläge 2025, mål 2027 and mål 2029."""

AREAS: list[tuple[str, list[tuple[str, list[Ind]]]]] = [
    ("Attraktiv livsmiljö", [
        ("Det ska vara enkelt att bygga och bo i Stensjö.",
         [("Handläggningstid för bygglov, median antal dagar", "", D(38), D(30), D(25)),
          ("Nöjd kund-index bygglov (SBA)", "", D(68), D(72), D(75))]),
        ("Den byggda miljön ska vara trygg och tillgänglig.",
         [("Genomförda tillsynsbesök av ovårdade tomter, antal", "", D(42), D(60), D(60)),
          ("Andel hissar och portar med godkänd OVK", "%", D(83), D(90), D(95))]),
    ]),
    ("Effektiv och rättssäker myndighetsutövning", [
        ("Besluten ska vara rättssäkra och hålla vid överprövning.",
         [("Andel överklagade beslut som står sig", "%", D(91), "≥ 95 %", "≥ 95 %"),
          ("Kompletta ansökningar vid första inlämning, andel", "%", D(47), D(60),
           D(70))]),
        ("Kart- och mätverksamheten ska hålla hög kvalitet och korta leveranstider.",
         [("Leveranstid nybyggnadskarta, dagar", "", D(21), "Högst 14", "Högst 10"),
          ("Andel fastigheter med uppdaterad primärkarta", "%", D(76), D(85), D(95))]),
    ]),
    ("Hållbar organisation", [
        ("Förvaltningen ska behålla och utveckla sina medarbetare.",
         [("Personalomsättning, andel", "%", D("14.3"), D(10), D(8)),
          ("Medarbetare med individuell kompetensplan, andel", "%", D(58), D(100), "–")]),
    ]),
]  # fmt: skip

GOALS = [goal for _, goals in AREAS for goal, _ in goals]
GOAL_NUMBERS = {"4.1.1": 0, "4.1.2": 1, "4.2.1": 2, "4.2.2": 3, "4.3.1": 4}

ACTIVITIES = [
    ("Införa e-tjänst med automatisk kontroll av att ansökan är komplett", "4.2.2",
     "Bygglovschef", "T2 2027", dt.date(2027, 8, 31)),
    ("Förhandsmöten för företag som vill bygga", "4.1.1", "Bygglovschef", "T1 2027",
     dt.date(2027, 4, 30)),
    ("Tillsynskampanj om ovårdade tomter i tätorterna", "4.1.2", "Byggnadsinspektör",
     "T3 2027", dt.date(2027, 12, 31)),
    ("Ta fram en plan för OVK-tillsyn av flerbostadshus", "4.1.2", "Byggnadsinspektör",
     "T2 2027", dt.date(2027, 8, 31)),
    ("Intern granskning av beslut innan de skickas ut", "4.2.1", "Jurist",
     "T1 2027", dt.date(2027, 4, 30)),
    ("Flygfotografering och uppdatering av primärkartan", "4.2.2", "Kart- och GIS-chef",
     "T3 2028", dt.date(2028, 12, 31)),
    ("Nya rutiner för beställning av nybyggnadskarta", "4.2.2", "Kart- och GIS-chef",
     "T2 2027", dt.date(2027, 8, 31)),
    ("Kompetensplan för varje medarbetare", "4.3.1", "Samhällsbyggnadschef", "T1 2027",
     dt.date(2027, 4, 30)),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
RESULT: list[tuple[str, list[int | None]]] = [
    ("Taxor och avgifter", [13_860, 14_200, 14_900, 15_300, 15_700]),
    ("Bidrag", [1_240, 1_100, 900, 900, 900]),
    ("Personalkostnader", [-20_450, -21_400, -22_300, -22_900, -23_500]),
    ("Lokalkostnader", [-2_810, -2_900, -3_000, -3_050, -3_100]),
    ("Köp av tjänster", [-3_920, -3_700, -3_900, -4_000, -4_100]),
    ("Övriga kostnader", [-2_260, -2_100, -2_150, -2_200, -2_250]),
    ("Kapitalkostnader", [-590, -650, -900, -1_150, -1_150]),
]
NET = [sum(a[i] or 0 for _, a in RESULT) for i in range(len(KEYS))]
_DRIFT_PARTS: list[tuple[str, list[int]]] = [
    ("Nämnd och ledning", [-1_980, -2_050, -2_100, -2_150, -2_200]),
    ("Bygglov", [420, 350, 300, 250, 250]),
    ("Tillsyn och OVK", [-2_870, -3_000, -3_200, -3_300, -3_400]),
    ("Kart och mät", [-4_160, -4_100, -4_300, -4_600, -4_700]),
    ("GIS och geodata", [-3_350, -3_300, -3_500, -3_700, -3_750]),
]
DRIFT: list[tuple[str, list[int | None]]] = [(n, list(a)) for n, a in _DRIFT_PARTS]
DRIFT.append(
    ("Bostadsanpassning", [n - sum(a[i] for _, a in _DRIFT_PARTS) for i, n in enumerate(NET)])
)

INV_KEYS = [("budget", 2027), ("plan", 2028), ("plan", 2029)]
INVESTMENTS = [
    ("BN 01", "GNSS-mätutrustning", [650, 0, 300]),
    ("BN 02", "Drönare för flygfotografering", [280, 0, 0]),
    ("BN 03", "E-tjänsteplattform bygglov", [900, 400, 0]),
    ("BN 04", "Skanning av bygglovsarkivet", [1_200, 1_200, 600]),
]

CONTROLS = [
    ("Bygglovshantering", "Att beslut om bygglov fattas inom tio veckor",
     "Lagstadgad tidsfrist överskrids och avgiften sätts ned", "3 × 3 = 9",
     "Bygglovschef", "Varje tertial"),
    ("Bygglovshantering", "Att beslut fattade på delegation anmäls till nämnden",
     "Beslut saknar laga kraft", "2 × 4 = 8", "Nämndsekreterare", "Två gånger per år"),
    ("Debitering", "Att avgift tas ut enligt gällande taxa",
     "Felaktig avgift och lägre intäkter", "3 × 2 = 6", "Ekonom", "Stickprov kvartalsvis"),
    ("Tillsyn", "Att ärenden om olovligt byggande avslutas med beslut",
     "Ärenden blir liggande och preskriberas", "3 × 3 = 9", "Byggnadsinspektör",
     "Årligen i oktober"),
    ("Kart och mät", "Att mätinstrument kalibreras enligt plan",
     "Fel i nybyggnadskartor", "2 × 3 = 6", "Mätningsingenjör", "Årligen"),
    ("Informationssäkerhet", "Att behörigheter i ärendesystemet är aktuella",
     "Avslutade medarbetare har kvar åtkomst", "2 × 3 = 6", "Systemförvaltare",
     "Två gånger per år"),
]  # fmt: skip


def _numbered_headings(doc: Any) -> None:
    """A multilevel list "1", "1.1", "1.1.1" linked to Heading 1–3: Word numbers them."""
    numbering = doc.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:pStyle w:val="Heading{i + 1}"/>'
        f'<w:lvlText w:val="{".".join(f"%{n}" for n in range(1, i + 2))}"/>'
        '<w:lvlJc w:val="left"/><w:pPr>'
        f'<w:ind w:left="{432 + 144 * i}" w:hanging="{432 + 144 * i}"/></w:pPr></w:lvl>'
        for i in range(3)
    )
    abstract = element(
        f'<w:abstractNum w:abstractNumId="77"><w:multiLevelType w:val="multilevel"/>'
        f"{levels}</w:abstractNum>"
    )
    numbering.insert(0, abstract)
    numbering.append(element('<w:num w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    for level in range(3):
        style = doc.styles[f"Heading {level + 1}"].element
        ppr = style.get_or_add_pPr()
        num_pr = element(f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="77"/></w:numPr>')
        before = {qn(f"w:{t}") for t in ("pStyle", "keepNext", "keepLines", "pageBreakBefore")}
        at = sum(1 for child in ppr if child.tag in before)
        ppr.insert(at, num_pr)


def _cover(w: Writer) -> None:
    w.cover("STENSJÖ KOMMUN", size=12)
    w.cover("BYGGNADSNÄMNDEN", size=20, bold=True)
    w.cover("Verksamhetsplan med budget 2027 och plan 2028–2029", size=20)
    w.para("")
    w.cover("Beslut: BN 2026-12-03 § 187")
    w.cover("Diarienr: BN 2026-000512")
    w.cover("Ordf. Johan Bergkvist (KD)")
    w.cover("Samhällsbyggnadschef: Camilla Öhrn")
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.para(
        "Byggnadsnämnden är kommunens myndighet för bygglov, tillsyn enligt plan- och bygglagen, "
        "kart- och mätverksamhet och bostadsanpassning. Den här planen beskriver vad nämnden vill "
        "uppnå 2027 och hur pengarna fördelas."
    )
    w.chapter("Nämndens ansvar och organisation")
    w.para(
        "Verksamheten bedrivs av samhällsbyggnadsförvaltningens avdelning för bygg och "
        "geodata med 34 medarbetare. Nämnden har nio ledamöter och ett arbetsutskott."
    )
    w.chapter("Omvärldsanalys")
    w.heading("Byggtakten", 2)
    w.para(
        "Antalet bygglovsansökningar minskade med 12 procent under 2025 när räntorna steg, men "
        "förfrågningarna om förhandsbesked har ökat igen under 2026."
    )
    w.heading("Digitalisering", 2)
    w.para(
        "Från 2027 ska detaljplaner och grundkartor levereras digitalt till Lantmäteriet enligt "
        "nationella specifikationer. Det kräver investeringar i både system och kompetens."
    )


def _indicator_lines(w: Writer, goal: str, inds: list[Ind]) -> None:
    def tabbed(cells: list[str], bold: bool) -> None:
        paragraph = w.doc.add_paragraph()
        stops = paragraph.paragraph_format.tab_stops
        for cm in (12.4, 14.5, 16.5):
            stops.add_tab_stop(Cm(cm), WD_TAB_ALIGNMENT.RIGHT)
        paragraph.add_run("\t".join(cells)).bold = bold or None
        w.structure("\t".join(cells))  # checked as the indicators

    tabbed(["Indikator", "Nuläge 2025", "Mål 2027", "Mål 2029"], True)
    for name, unit, base, t1, t2 in inds:
        cells = [sv(v, unit) if isinstance(v, D) else (v or "") for v in (base, t1, t2)]
        tabbed([name, *cells], False)
        targets = {y: t for y, t in ((2027, t1), (2029, t2)) if t not in (None, "–")}
        w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, targets))


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Fullmäktiges mål är indelade i tre målområden. Under varje målområde följer nämndens "
        "mål och de indikatorer som visar om målet nås."
    )
    for area, goals in AREAS:
        w.heading(area, 2)
        w.structure(area)
        for goal, inds in goals:
            w.heading(goal, 3)
            w.expected.goals.append(Goal(goal, "namnd"))
            _indicator_lines(w, goal, inds)


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para(
        "Aktiviteterna är kopplade till nämndens mål med målets nummer i kapitel 4. Tidplanen "
        "anges per tertial."
    )
    rows = [["Aktivitet", "Mål", "Ansvarig", "Tidplan"]]
    for name, goal, who, when, day in ACTIVITIES:
        rows.append([name, goal, who, when])
        w.structure(goal, when)
        w.expected.activities.append(Activity(name, who, day, group=GOALS[GOAL_NUMBERS[goal]]))
    w.table(rows, widths=[8.6, 1.4, 3.8, 2])


def _paren(amount: int | None) -> str:
    if amount is None:
        return ""
    return f"({sv(-amount)})" if amount < 0 else sv(amount)


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Nämndens nettoram för 2027 är 15 550 tkr. Taxan för bygglov räknas upp med 3 procent "
        "från 1 januari 2027."
    )
    header = ["tkr", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    w.heading("Resultaträkning", 2)
    w.structure("Resultaträkning")
    rows = [header]
    for name, amounts in RESULT:
        rows.append([name, *(_paren(a) for a in amounts)])
        given = {k: D(a) for k, a in zip(KEYS, amounts, strict=True) if a is not None}
        w.expected.budget.append(BudgetRow("resultat", name, given))
    total = ["Netto", *(_paren(n) for n in NET)]
    w.totals(*total)
    rows.append(total)
    w.table(rows, widths=[5, 2.2, 2.2, 2.2, 2.2, 2.2])

    w.heading("Driftbudget per verksamhet", 2)
    w.structure("Driftbudget per verksamhet")
    header = ["Verksamhet", *header[1:]]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Netto")
    assert [int(x.replace(" ", "")) for x in body[-1][1:]] == NET
    w.table([header, *body], widths=[5, 2.2, 2.2, 2.2, 2.2, 2.2])

    w.heading("Investeringar", 2)
    w.structure("Investeringar")
    rows = [["Projektnr", "Projekt", "2027", "2028", "2029", "Totalt"]]
    for number, name, yearly in INVESTMENTS:
        total_cell = sv(sum(yearly))
        rows.append([number, name, *(sv(a) if a else "–" for a in yearly), total_cell])
        w.structure(number, total_cell, "–")
        given = {k: D(a) for k, a in zip(INV_KEYS, yearly, strict=True) if a}
        w.expected.budget.append(BudgetRow("investering", name, given, projektnummer=number))
    sums = [sum(a[i] for _, _, a in INVESTMENTS) for i in range(3)]
    rows.append(["", "Summa", *(sv(s) for s in sums), sv(sum(sums))])
    w.totals(*rows[-1])
    w.table(rows, widths=[1.8, 6, 2, 2, 2, 2])


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Internkontrollplanen 2027 bygger på förvaltningens riskanalys. Varje kontroll beskrivs "
        "i ett kontrollkort. Resultatet redovisas för nämnden i februari 2028."
    )
    labels = ["Process", "Kontrollmoment", "Risk", "Riskvärde (S × K)", "Ansvarig", "Frekvens"]
    for number, (process, moment, risk, value, who, often) in enumerate(CONTROLS, 1):
        title = f"Kontroll {number}"
        w.para(("b", title))
        w.structure(title, *labels, value)
        rows = [
            list(pair)
            for pair in zip(labels, (process, moment, risk, value, who, often), strict=True)
        ]
        table = w.table(rows, header_rows=0, widths=[4, 12])
        for row in table.rows:
            row.cells[0].paragraphs[0].runs[0].bold = True
        w.expected.controls.append(Control(moment, process))


def build_z(path: Path) -> Expected:
    front = Front(
        namnd="Byggnadsnämnden",
        kommun="Stensjö kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med budget 2027 och plan 2028–2029",
        ordforande="Johan Bergkvist (KD)",
        forvaltningschef="Camilla Öhrn",
        diarienummer="BN 2026-000512",
    )
    w = Writer("Z-byggnadsnämnd-numrerade-rubrikformat", front)
    _numbered_headings(w.doc)
    _cover(w)
    _chapters(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _control(w)
    return w.save(path)
