"""Corpus document BQ: a vård- och omsorgsnämnd's plan 2027–2029 whose content is partly in
embedded objects, as plans assembled from several hands arrive. The goal chain (vision →
målområden → nämndmål "1.1 …") is a SmartArt graphic: the document holds only a
``a:graphicData`` of the diagram kind whose ``dgm:relIds`` point (r:dm/r:lo/r:qs/r:cs) to
word/diagrams/data1.xml, where the nodes' text lives, with its layout, style and colour parts,
and the rendered shapes in word/diagrams/drawing1.xml (named by the data model's
``dsp:dataModelExt``). The indicator tables name the goals only by number in merged "Nämndmål
1.1" rows; the activity table links them by number too. The driftbudget is an embedded Excel
worksheet (``w:object`` with a VML preview picture and an ``o:OLEObject`` "Excel.Sheet.12"
pointing to word/embeddings/Microsoft_Excel_Worksheet.xlsx), with no Word table. A key-figure
series of the omvärldsanalys is only a column chart (word/charts/chart1.xml with the years and
figures in its ``c:cat``/``c:val`` caches, data labels shown, its own workbook embedded).

Expected (what a careful reader enters, seeing the SmartArt's text, the worksheet and the
chart's labelled figures): the front matter from the cover lines; six chapters; the six
nämndmål of the SmartArt without their numbers (the vision is prose, the målområden areas);
eleven indicators under the goal their number names, nuläge 2025 and targets 2027–2029 (blank
where the survey is not made, "≥ 95 %" as printed); eight activities with ansvarig, slutdatum
("juni 2027" → 2027-06-30, "Q2 2028" → 2028-06-30, "Löpande" none) and their goal; the
worksheet's eight driftbudget rows (its total row is no row); the chart's two series as
key-figure rows with a column per year under the chart's caption, and its "Källa:" line as the
table's note; four controls with their process. Cover lines, header cells, the "Nämndmål n.n"
rows, goal numbers, captions and alt texts are structure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from tests.word_shapes_docx import Writer, budget_rows, cell_text, sv
from tests.word_shapes_model import (
    Activity,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    TableNote,
    Val,
)
from tests.word_shapes_objects import (
    Node,
    column_chart,
    embedded_worksheet,
    smartart,
    table_picture,
    workbook,
)

NAMND = "Vård- och omsorgsnämnden"
KOMMUN = "Östanby kommun"
TITLE = "Verksamhetsplan med budget 2027–2029"
YEARS = (2027, 2028, 2029)
VISION = "Vision 2030: I Östanby lever alla ett tryggt, självständigt och värdigt liv"

Ind = tuple[str, str, Val, list[Val | None]]
"""An indicator: name, unit, utfall 2025, targets 2027, 2028 and 2029 (None: blank)."""

AREAS: list[tuple[str, list[tuple[str, list[Ind]]]]] = [
    ("Trygg och värdig omsorg", [
        ("Den enskilde har inflytande över hur stödet utformas och ges",
         [("Andel brukare i hemtjänsten som kan påverka vilka tider de får hjälp", "%",
           D(58), [D(62), D(65), D(68)]),
          ("Andel brukare i särskilt boende med aktuell genomförandeplan", "%", D(84),
           ["≥ 95 %", "≥ 95 %", "≥ 95 %"])]),
        ("Omsorgen är säker och förebygger fall, undernäring och trycksår",
         [("Fallskador som lett till sjukhusvård per 1 000 brukare", "", D(41),
           [D(38), D(35), D(32)]),
          ("Andel brukare i särskilt boende med riskbedömning i Senior alert", "%",
           D("76.5"), [D(85), D(90), D(95)])]),
    ]),
    ("Hälsa och delaktighet", [
        ("Fler äldre kan bo kvar hemma med stöd som är anpassat efter behoven",
         [("Andel invånare 80 år och äldre som bor i ordinärt boende", "%", D("90.2"),
           [D("90.5"), D(91), D(91)]),
          ("Väntetid från ansökan till erbjudet särskilt boende, dagar", "", D(74),
           [D(60), D(50), D(45)])]),
        ("Personer med funktionsnedsättning har en meningsfull sysselsättning",
         [("Antal deltagare i daglig verksamhet med praktik på en extern arbetsplats", "",
           D(9), [D(12), D(15), D(18)]),
          ("Andel deltagare i daglig verksamhet som trivs", "%", D(88), [None, D(90), None])]),
    ]),
    ("Attraktiv arbetsgivare och hållbar ekonomi", [
        ("Medarbetarna har rätt kompetens och vill stanna kvar",
         [("Sjukfrånvaro bland tillsvidareanställda", "%", D("8.7"),
           [D(8), D("7.5"), D(7)]),
          ("Hållbart medarbetarengagemang (HME), index", "", D(76), [D(78), None, D(80)])]),
        ("Verksamheten bedrivs inom tilldelad budgetram",
         [("Budgetavvikelse i procent av nettokostnaden", "%", D("-1.2"),
           [D(0), D(0), D(0)])]),
    ]),
]  # fmt: skip

ACTIVITIES = [
    ("Digital tidsplanering där brukaren själv kan se och påverka sina besökstider", "1.1",
     "Enhetschef hemtjänst", "2027-09-30", dt.date(2027, 9, 30)),
    ("Genomgång av samtliga genomförandeplaner i särskilt boende", "1.1",
     "Verksamhetschef särskilt boende", "juni 2027", dt.date(2027, 6, 30)),
    ("Utbildning i fallprevention för all personal i hemtjänsten", "1.2",
     "MAS", "december 2027", dt.date(2027, 12, 31)),
    ("Nattlig tillsyn med kamera för brukare som önskar det", "2.1",
     "Enhetschef nattpatrull", "Q2 2028", dt.date(2028, 6, 30)),
    ("Ett hemgångsteam som stöttar de första veckorna efter sjukhusvistelse", "2.1",
     "Verksamhetschef hemsjukvård", "2028-03-31", dt.date(2028, 3, 31)),
    ("Överenskommelser med lokala företag om praktikplatser för daglig verksamhet", "2.2",
     "Enhetschef daglig verksamhet", "december 2028", dt.date(2028, 12, 31)),
    ("Undersköterskeutbildning på arbetstid för outbildade vikarier", "3.1",
     "HR-strateg", "Q4 2027", dt.date(2027, 12, 31)),
    ("Månatlig uppföljning av ekonomi och bemanning per enhet", "3.2",
     "Controller", "Löpande", None),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT: list[tuple[str, list[int | None]]] = [
    ("Nämnd och förvaltningsledning", [9_840, 10_120, 10_450, 10_600, 10_760]),
    ("Hemtjänst", [98_310, 101_700, 106_240, 110_900, 115_300]),
    ("Särskilt boende", [142_560, 147_900, 153_480, 161_200, 166_800]),
    ("Hemsjukvård och rehabilitering", [38_420, 40_100, 41_870, 43_200, 44_600]),
    ("Korttidsvård", [14_230, 14_800, 15_260, 15_600, 15_950]),
    ("Insatser enligt LSS", [61_780, 64_300, 66_920, 68_700, 70_500]),
    ("Socialpsykiatri", [17_450, 18_050, 18_690, 19_100, 19_500]),
    ("Bostadsanpassning", [3_910, 4_200, 4_300, 4_300, 4_300]),
]
DRIFT_HEADER = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028",
                "Plan 2029"]  # fmt: skip

CHART_YEARS = ("2021", "2022", "2023", "2024", "2025")
CHART = [
    ("Invånare 80 år och äldre", [1_812, 1_876, 1_945, 2_031, 2_118]),
    ("Personer med hemtjänst", [612, 628, 655, 671, 694]),
]
CAPTION = "Diagram 1. Invånare 80 år och äldre och personer med hemtjänst 2021–2025"

CONTROLS = [
    ("Avgifter inom äldreomsorgen", "Felaktigt beräknad avgift", "9",
     "Kontroll av att avgiftsbesluten bygger på aktuella inkomstuppgifter",
     "Avgiftshandläggare", "Stickprov 15 beslut per halvår"),
    ("Läkemedelshantering", "Brukare får fel läkemedel eller fel dos", "12",
     "Granskning av avvikelser och signeringslistor", "MAS", "Kvartalsvis"),
    ("Verkställighet av LSS-beslut", "Beslut verkställs inte inom tre månader", "8",
     "Uppföljning av ej verkställda beslut", "Verksamhetschef LSS", "Kvartalsvis"),
    ("Behörigheter i verksamhetssystemet", "Obehöriga tar del av journaler", "6",
     "Loggkontroll av åtkomst till journaler", "Systemförvaltare", "Stickprov varje månad"),
]  # fmt: skip

SMARTART_ALT = "SmartArt-grafik: från vision till nämndmål"


def _nodes() -> tuple[list[Node], list[tuple[str, str]]]:
    """The nodes of the målkedja laid out left to right, and the (parent, child) links."""
    nodes: list[Node] = []
    links: list[tuple[str, str]] = []
    row_h, gap = 600_000, 90_000
    count = sum(len(goals) for _, goals in AREAS)
    height = count * (row_h + gap) - gap
    nodes.append(("{B0000000-0000-4000-8000-000000000001}", [VISION], 0,
                  (0, height // 2 - 700_000, 1_500_000, 1_400_000)))  # fmt: skip
    row = 0
    for a, (area, goals) in enumerate(AREAS, 1):
        area_id = f"{{B0000000-0000-4000-8000-0000000001{a:02d}}}"
        top = row * (row_h + gap)
        span = len(goals) * (row_h + gap) - gap
        nodes.append((area_id, [f"Målområde {a}", area], 1,
                      (1_780_000, top + span // 2 - 380_000, 1_700_000, 760_000)))  # fmt: skip
        links.append((nodes[0][0], area_id))
        for g, (goal, _) in enumerate(goals, 1):
            goal_id = f"{{B0000000-0000-4000-8000-00000002{a:02d}{g:02d}}}"
            at = (3_760_000, row * (row_h + gap), 2_216_000, row_h)
            nodes.append((goal_id, [f"{a}.{g} {goal}"], 2, at))
            links.append((area_id, goal_id))
            row += 1
    return nodes, links


def _chart(w: Writer) -> None:
    title = "Fler äldre – fler med hemtjänst"
    column_chart(w.doc, title, CHART_YEARS, CHART, (5_400_000, 2_880_000))


def _embedded_sheet(w: Writer, body: list[list[str]]) -> None:
    """The driftbudget as an embedded Excel worksheet: the workbook, and its preview picture."""
    title = "Driftbudget 2027–2029, nettokostnad tkr"
    values: list[list[Any]] = [[name, *amounts] for name, amounts in DRIFT]
    total = ["Summa nettokostnad", *(sum(a[c] or 0 for _, a in DRIFT) for c in range(5))]
    book = workbook(title, DRIFT_HEADER, [*values, total], "# ##0")
    picture = table_picture([DRIFT_HEADER, *body])
    embedded_worksheet(w.doc, book, picture, (474, 158), 1025)


# --- the document ----------------------------------------------------------------------------


def _cover(w: Writer) -> None:
    w.cover(KOMMUN, size=14, bold=True)
    w.cover(NAMND, size=18)
    w.cover(TITLE, size=26, bold=True)
    w.cover("Dnr VON 2026/204")
    w.cover("Ordförande: Eva Lindqvist (KD)")
    w.cover("Förvaltningschef: Mats Ekholm")
    w.cover("Fastställd av vård- och omsorgsnämnden 2026-11-25, § 131")
    w.page_break()


def _prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.para(
        "Vård- och omsorgsnämnden ansvarar för äldreomsorg, hemsjukvård, stöd enligt LSS och "
        "socialpsykiatri. Verksamhetsplanen visar vad nämnden vill uppnå under 2027–2029, hur "
        "det följs upp och hur ramen fördelas mellan verksamheterna."
    )
    w.para(
        "Planen har tagits fram av förvaltningens ledningsgrupp tillsammans med nämndens "
        "arbetsutskott. Budgeten har beretts av förvaltningens controller."
    )
    w.chapter("Omvärldsanalys")
    w.para(
        "Antalet invånare som är 80 år eller äldre ökar snabbare än befolkningen i övrigt. "
        "Fler bor kvar hemma längre och har större behov av hemtjänst och hemsjukvård när de "
        "väl söker stöd. Diagrammet visar utvecklingen de senaste fem åren."
    )
    _chart(w)
    w.para(("i", CAPTION))
    source = "Källa: SCB och förvaltningens verksamhetssystem."
    w.para(("i", source), size=9)
    w.structure(CAPTION)
    w.expected.key_figures += [
        KeyRow(CAPTION, name, {y: sv(v) for y, v in zip(CHART_YEARS, figures, strict=True)})
        for name, figures in CHART
    ]
    w.expected.notes.append(TableNote(CAPTION, source))
    w.para("Andra förhållanden som påverkar nämndens verksamhet under planperioden:")
    w.bullets(
        "Den nya socialtjänstlagen ställer större krav på förebyggande och lättillgängliga "
        "insatser utan biståndsbeslut.",
        "Det är svårt att rekrytera sjuksköterskor och fysioterapeuter, särskilt till kvällar "
        "och helger.",
        "Kostnaderna för läkemedel, livsmedel och hjälpmedel har ökat mer än uppräkningen av "
        "ramen.",
        "Välfärdsteknik som digital tillsyn och läkemedelsrobotar kan ge mer självständighet "
        "för brukarna och frigöra tid för personalen.",
    )


def _goal_of(number: str) -> str:
    a, g = (int(x) for x in number.split("."))
    return AREAS[a - 1][1][g - 1][0]


def _goals(w: Writer) -> None:
    w.chapter("Vision, målområden och nämndmål")
    w.para(
        "Fullmäktiges vision och målområden gäller för hela kommunen. Under varje målområde "
        "har nämnden beslutat om egna nämndmål, som följs upp med indikatorerna nedan."
    )
    nodes, links = _nodes()
    smartart(w.doc, nodes, links, (5_976_000, 4_050_000), SMARTART_ALT)
    w.structure(SMARTART_ALT)
    w.expected.goals += [Goal(goal, "namnd") for _, goals in AREAS for goal, _ in goals]
    w.para(
        "Trivselenkäten i daglig verksamhet och medarbetarenkäten genomförs vartannat år. "
        "Utfallet avser 2025 om inget annat anges."
    )
    header = ["Indikator", "Utfall 2025", *(f"Mål {y}" for y in YEARS)]
    for a, (area, goals) in enumerate(AREAS, 1):
        w.heading(f"Målområde {a} – {area}", 2)
        w.structure(f"Målområde {a} – {area}")
        rows, merges = [header], []
        for g, (goal, inds) in enumerate(goals, 1):
            merges.append((len(rows), 0, len(rows), len(header) - 1))
            rows.append([f"Nämndmål {a}.{g}", "", "", "", ""])
            w.structure(f"Nämndmål {a}.{g}")
            for name, unit, base, targets in inds:
                rows.append([name, cell_text(base, unit), *(cell_text(t, unit) for t in targets)])
                given = {y: t for y, t in zip(YEARS, targets, strict=True) if t is not None}
                w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, given))
        w.table(rows, merges=merges, widths=[8.0, 2.2, 2.2, 2.2, 2.2])


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para("Aktiviteterna är kopplade till nämndmålen genom målets nummer.")
    rows = [["Aktivitet", "Nämndmål", "Ansvarig", "Klart senast"]]
    for name, goal, who, when, day in ACTIVITIES:
        rows.append([name, goal, who, when])
        w.structure(goal, when)
        w.expected.activities.append(Activity(name, who, day, group=_goal_of(goal)))
    w.table(rows, widths=[8.0, 1.8, 4.0, 2.8])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Kommunfullmäktiges ram för 2027 är 417 210 tkr, 16 040 tkr mer än 2026. Ökningen "
        "avser främst volymökning i hemtjänsten och ett nytt särskilt boende med 30 platser "
        "som öppnar i mars 2027."
    )
    w.para(("b", "Tabell 1. Driftbudget per verksamhet (tkr)"))
    w.structure("Tabell 1. Driftbudget per verksamhet (tkr)")
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa nettokostnad")
    assert body[-1][3] == "417 210", "the driftbudget 2027 is the ram"
    _embedded_sheet(w, body)
    w.para(("i", "Dubbelklicka på tabellen för att öppna underlaget i Excel."), size=8)
    w.structure("Dubbelklicka på tabellen för att öppna underlaget i Excel.")


def _control(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para(
        "Riskerna har bedömts av förvaltningens ledningsgrupp. Riskvärdet är sannolikhet "
        "gånger konsekvens på en skala från 1 till 4."
    )
    rows = [["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    for process, risk, value, moment, who, how in CONTROLS:
        rows.append([process, risk, value, moment, who, how])
        w.structure(value)
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.0, 3.2, 1.6, 4.2, 2.4, 2.4])


def build_bq(path: Path) -> Expected:
    front = Front(
        namnd=NAMND,
        kommun=KOMMUN,
        forsta_ar=2027,
        sista_ar=2029,
        titel=TITLE,
        ordforande="Eva Lindqvist (KD)",
        forvaltningschef="Mats Ekholm",
        diarienummer="VON 2026/204",
    )
    w = Writer("BQ-vård-omsorg-inbäddade-objekt", front)
    _cover(w)
    _prose(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _control(w)
    return w.save(path)
