"""Corpus document DA: a gymnasienämnd's plan in which every indicator is broken down by
programme: the goals are Heading 2 "Mål 1 – …" under a chapter of goals, each over a table
"Indikator | Nuläge 2025 | Mål 2027 | Mål 2028 | Mål 2029" whose row with the indicator's name
holds the school's total and is followed by rows per programme ("Ekonomiprogrammet",
"Introduktionsprogrammen" …) indented in their cells (one by typed spaces), with their own
figures and some without targets (blank cells, one "–"); the activities a table per programme
with the programme in a cell merged down over its activities; the driftbudget a table per
programme with "Elevplatser" and "Kr per elevplats" before the tkr columns and a totals row;
the key figures applicants per programme ("Förstahandssökande 2025/26"); internkontroll a
plain table; a page header and footer.

Expected (what a perfect import gives): the front matter from the cover; the chapters; six
nämndsmål (without "Mål n –") with their indicators: the total row as the indicator by its
own name and each programme row as an indicator of its own named "<indicator> –
<programme>" under the same goal, nuläge 2025 and targets 2027–2029 as printed (a blank or
"–" target is no entry); eleven activities grouped by their programme with ansvarig and
slutdatum; nine driftbudget rows per programme by (budget, 2027) and (plan, 2028) (the
per-programme "Elevplatser" and "Kr per elevplats" stay with the budget as a table in its
chapter, as CZ's pupil columns do, and the note under it is text there); the applicants table
as key figures; four controls with
their process. The header rows, the budget's totals row and the cover labels are
structure; the page header and footer are absent."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

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
    KeyRow,
    Val,
)

NULAGE_YEAR = 2025
YEARS = (2027, 2028, 2029)
HEADER = ["Indikator", "Nuläge 2025", "Mål 2027", "Mål 2028", "Mål 2029"]
PAGE_HEADER = "Västerfors kommun · Gymnasienämnden · Verksamhetsplan 2027–2029"
PAGE_FOOTER = "Dnr GN 2026/214 – fastställd av gymnasienämnden 2026-11-24"

P = tuple[str, Val | None, tuple[Val | None, Val | None, Val | None]]
"""A programme row: programme, nuläge, targets 2027–2029 (None: blank cell; "–": no target)."""

Row = tuple[str, str, Val | None, tuple[Val | None, ...], list[P]]
"""An indicator: name, unit, nuläge, targets 2027–2029, its programme rows."""

GOALS: list[tuple[str, str, list[Row]]] = [
    ("Fler elever tar examen och är väl förberedda för arbete eller fortsatta studier.",
     "Målet utgår från kommunfullmäktiges mål om att alla unga ska ha en utbildning som leder "
     "till arbete. Skillnaderna mellan programmen är stora och följs därför upp per program.",
     [("Andel elever med examen inom tre år", "%", D(72), (D(74), D(75), D(80)),
       [("Ekonomiprogrammet", D(86), (D(87), D(88), D(90))),
        ("Samhällsvetenskapsprogrammet", D(79), (D(81), D(82), D(85))),
        ("Teknikprogrammet", D(74), (D(76), D(78), D(80))),
        ("El- och energiprogrammet", D(61), (D(65), D(68), D(72))),
        ("Vård- och omsorgsprogrammet", D(58), (D(62), D(65), D(70))),
        ("Introduktionsprogrammen", D(9), (None, None, None))]),
      ("Andel elever med examen inom fyra år", "%", D(78), (D(80), D(82), D(85)), []),
      ("Genomsnittlig betygspoäng för elever med examen", "", D("13.6"),
       (D("13.8"), D("14.0"), D("14.2")),
       [("Ekonomiprogrammet", D("15.1"), (D("15.2"), D("15.3"), D("15.5"))),
        ("Teknikprogrammet", D("14.2"), (D("14.4"), D("14.5"), D("14.6"))),
        ("El- och energiprogrammet", D("12.4"), ("–", "–", "–"))])]),
    ("Fler elever på introduktionsprogrammen går vidare till ett nationellt program.",
     "Introduktionsprogrammen har i dag omkring 140 elever. Nämnden vill att vägen till ett "
     "nationellt program blir kortare.",
     [("Andel elever som går över till nationellt program inom ett år", "%", D(31),
       (D(35), D(38), D(40)),
       [("Språkintroduktion", D(22), (D(25), D(28), D(30))),
        ("Individuellt alternativ", D(18), (None, None, None)),
        ("Programinriktat val", D(64), (D(68), D(70), D(72)))]),
      ("Antal elever på introduktionsprogrammen per studie- och yrkesvägledare", "",
       D(118), (D(100), D(90), D(90)), [])]),
    ("Eleverna känner sig trygga och har studiero.",
     "Trygghet och studiero mäts i skolenkäten varje vår. Resultaten redovisas per program "
     "för att insatser ska kunna riktas dit de behövs.",
     [("Andel elever som känner sig trygga i skolan", "%", D(88), (D(90), D(92), D(95)),
       [("Ekonomiprogrammet", D(93), (None, None, None)),
        ("El- och energiprogrammet", D(84), (D(88), D(90), D(92))),
        ("Vård- och omsorgsprogrammet", D(86), (D(89), D(91), D(93)))]),
      ("Andel elever som uppger att de har studiero på lektionerna", "%", D(67),
       (D(70), D(73), D(75)), [])]),
    ("Närvaron ökar och färre elever avbryter sina studier.",
     "Frånvaron har ökat sedan 2022. Den som har hög frånvaro löper större risk att avbryta "
     "sin utbildning.",
     [("Andel elever med mer än 15 % frånvaro", "%", D("17.4"),
       (D(15), D(13), D(12)),
       [("Teknikprogrammet", D("12.9"), (D(12), D(11), D(10))),
        ("El- och energiprogrammet", D("21.3"), (D(18), D(16), D(14))),
        ("Introduktionsprogrammen", D("34.8"), (D(30), None, None))]),
      ("Antal elever som avbryter sina studier under läsåret", "", D(47),
       (D(40), D(35), D(30)), [])]),
    ("Skolan har behöriga lärare och en god arbetsmiljö.",
     "Lärarförsörjningen är svårast inom yrkesprogrammen, där många lärare går i pension de "
     "närmaste åren.",
     [("Andel lärare med lärarlegitimation och behörighet i ämnet", "%", D("81.5"),
       (D(83), D(85), D(87)),
       [("Högskoleförberedande program", D("92.3"), (D(93), D(94), D(95))),
        ("Yrkesprogram", D("68.7"), (D(72), D(75), D(78)))]),
      ("Sjukfrånvaro bland medarbetarna", "%", D("5.9"), (D("5.5"), D("5.2"), D(5)), [])]),
    ("Fler elever gör arbetsplatsförlagt lärande av god kvalitet.",
     "",
     [("Andel elever på yrkesprogram som genomför minst 15 veckor APL", "%", D(83),
       (D(88), D(92), D(95)),
       [("El- och energiprogrammet", D(91), (D(93), D(95), D(95))),
        ("Vård- och omsorgsprogrammet", D(76), (D(85), D(90), D(95)))]),
      ("Antal arbetsplatser med avtal om APL", "", D(164), (D(175), D(185), D(195)), [])]),
]  # fmt: skip

ACTIVITIES: list[tuple[str, list[tuple[str, str, str, dt.date | None]]]] = [
    ("Hela skolan", [
        ("Införa en gemensam rutin för frånvarouppföljning med kontakt med hemmet samma dag",
         "Rektorerna", "2027-01-31", dt.date(2027, 1, 31)),
        ("Ta fram en plan för kompetensförsörjning av lärare på yrkesprogrammen",
         "Gymnasiechef", "2027-06-30", dt.date(2027, 6, 30)),
        ("Genomföra skolenkäten i alla årskurser och redovisa resultatet per program",
         "Kvalitetsstrateg", "Löpande", None)]),
    ("Ekonomiprogrammet", [
        ("Starta samarbete med näringslivet om UF-företag i årskurs 2", "Rektor EK/SA",
         "2027-08-31", dt.date(2027, 8, 31))]),
    ("El- och energiprogrammet", [
        ("Utöka antalet APL-platser genom avtal med tre nya installationsföretag",
         "APL-samordnare", "2027-05-31", dt.date(2027, 5, 31)),
        ("Byta ut utrustningen i elsalen i B-huset", "Rektor yrkesprogram", "2028-06-30",
         dt.date(2028, 6, 30)),
        ("Erbjuda extra studietid i matematik och svenska två eftermiddagar i veckan",
         "Rektor yrkesprogram", "2027-12-31", dt.date(2027, 12, 31))]),
    ("Vård- och omsorgsprogrammet", [
        ("Införa handledarutbildning för APL-handledare inom äldreomsorgen",
         "APL-samordnare", "2027-10-31", dt.date(2027, 10, 31)),
        ("Pröva ett lärlingsspår i samarbete med socialförvaltningen", "Rektor yrkesprogram",
         "2028-08-31", dt.date(2028, 8, 31))]),
    ("Introduktionsprogrammen", [
        ("Inrätta en studieverkstad för elever som läser in grundskolebetyg",
         "Rektor IM", "2027-03-31", dt.date(2027, 3, 31)),
        ("Varje elev får en individuell studieplan med uppföljning varannan månad",
         "Studie- och yrkesvägledare", "Löpande", None)]),
]  # fmt: skip

# (programme, elevplatser, kr per elevplats, budget 2027 tkr, plan 2028 tkr)
BUDGET: list[tuple[str, int | None, int | None, int, int]] = [
    ("Ekonomiprogrammet", 186, 92_400, 17_186, 17_620),
    ("Samhällsvetenskapsprogrammet", 204, 91_300, 18_625, 19_090),
    ("Teknikprogrammet", 142, 104_800, 14_882, 15_250),
    ("El- och energiprogrammet", 96, 148_600, 14_266, 14_620),
    ("Vård- och omsorgsprogrammet", 88, 121_900, 10_727, 11_000),
    ("Introduktionsprogrammen", 139, 156_200, 21_712, 22_260),
    ("Elevhälsa", None, None, 9_840, 10_080),
    ("Skolskjuts och inackorderingstillägg", None, None, 4_310, 4_420),
    ("Nämnd och ledning", None, None, 6_215, 6_370),
]

BUDGET_NOTE = "Kr per elevplats avser programpeng per helår exklusive lokalkostnader."

APPLICANTS_TITLE = "Förstahandssökande per program"
APPLICANTS_HEADER = ["Program", "Platser 2025/26", "Förstahandssökande 2025/26",
                     "Förstahandssökande 2026/27", "Sökande per plats 2026/27"]  # fmt: skip
APPLICANTS = [
    ["Ekonomiprogrammet", "64", "81", "77", "1,20"],
    ["Samhällsvetenskapsprogrammet", "70", "88", "93", "1,33"],
    ["Teknikprogrammet", "48", "52", "49", "1,02"],
    ["El- och energiprogrammet", "32", "27", "34", "1,06"],
    ["Vård- och omsorgsprogrammet", "32", "19", "22", "0,69"],
    ["Summa nationella program", "246", "267", "275", "1,12"],
]

CONTROLS = [
    ("Elevregistrering", "Att elevantalet i elevregistret stämmer mot underlaget för "
     "interkommunal ersättning", "Skoladministratör", "Två gånger per år"),
    ("Frånvarorapportering", "Att frånvaro registreras samma dag och att CSN-rapportering "
     "görs inom föreskriven tid", "Rektorerna", "Varje månad"),
    ("Inköp", "Att läromedel och utrustning köps från upphandlade leverantörer",
     "Ekonom", "Stickprov två gånger per år"),
    ("APL-avtal", "Att det finns ett skriftligt avtal för varje elev som gör APL",
     "APL-samordnare", "En gång per termin"),
]  # fmt: skip


def _cover(w: Writer) -> None:
    for text, size, bold in [("VÄSTERFORS KOMMUN", 14, True), ("Gymnasienämnden", 12, False),
                             ("Verksamhetsplan 2027–2029", 24, True)]:  # fmt: skip
        w.cover(text, size=size, bold=bold)
    w.doc.add_paragraph()
    for text in ["Fastställd av gymnasienämnden 2026-11-24, § 87", "Dnr GN 2026/214",
                 "Ordförande: Karin Sjöberg (S)", "Utbildningschef: Henrik Malmqvist"]:  # fmt: skip
        w.cover(text)
    w.page_break()


def _header_footer(w: Writer) -> None:
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = PAGE_HEADER
    section.footer.paragraphs[0].text = PAGE_FOOTER
    w.expected.absent += [PAGE_HEADER, PAGE_FOOTER]


def _intro(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Gymnasienämnden ansvarar för Västerfors gymnasium med fem nationella program och "
        "introduktionsprogrammen, för elevhälsan och för skolskjuts och inackorderingstillägg "
        "till gymnasieelever. Verksamhetsplanen visar hur nämnden under 2027–2029 arbetar "
        "mot kommunfullmäktiges mål och med vilka medel.",
        "Planen följs upp i delårsrapporten per augusti och i verksamhetsberättelsen. "
        "Indikatorerna redovisas både för skolan som helhet och per program, eftersom "
        "resultaten skiljer sig mycket åt mellan programmen.",
    )
    w.chapter("Omvärld och förutsättningar")
    w.paras(
        "Antalet 16-åringar i kommunen ökar fram till 2029 och väntas då vara omkring 430, "
        "att jämföra med 384 i dag. Samtidigt väljer fler elever gymnasieskolor i "
        "grannkommunerna, vilket ger högre kostnader för interkommunal ersättning.",
        "Söktrycket till yrkesprogrammen är fortsatt lågt, särskilt till vård- och "
        "omsorgsprogrammet. Arbetsgivarna i regionen efterfrågar samtidigt undersköterskor och "
        "elektriker, och nämnden vill därför göra programmen mer kända bland eleverna i "
        "årskurs 9.",
    )


def _indicator_table(w: Writer, goal: str, rows: list[Row]) -> None:
    cells: list[list[str]] = [list(HEADER)]
    indented: list[int] = []
    spaced: int | None = None
    for name, unit, nulage, targets, programmes in rows:
        cells.append([name, cell_text(nulage, unit), *(cell_text(t, unit) for t in targets)])
        w.expected.indicators.append(_ind(goal, name, unit, nulage, targets))
        for programme, p_nulage, p_targets in programmes:
            text = programme
            if programme == "Introduktionsprogrammen" and spaced is None:
                text, spaced = "    " + programme, len(cells)  # indented by typed spaces
            else:
                indented.append(len(cells))
            cells.append(
                [text, cell_text(p_nulage, unit), *(cell_text(t, unit) for t in p_targets)]
            )
            w.expected.indicators.append(
                _ind(goal, f"{name} – {programme}", unit, p_nulage, p_targets)
            )
    table = w.table(cells, widths=[7.4, 2.2, 2.2, 2.2, 2.2])
    for r in indented:
        paragraph = table.rows[r].cells[0].paragraphs[0]
        paragraph.paragraph_format.left_indent = Cm(0.5)
        for run in paragraph.runs:
            run.italic = True
    for r in range(1, len(cells)):
        if r not in indented and r != spaced:
            for run in table.rows[r].cells[0].paragraphs[0].runs:
                run.bold = True


def _ind(
    goal: str, name: str, unit: str, nulage: Val | None, targets: tuple[Val | None, ...]
) -> Indicator:
    return Indicator(
        goal=goal,
        name=name,
        unit=unit,
        nulage_ar=NULAGE_YEAR if nulage is not None else None,
        nulage=nulage,
        targets={y: t for y, t in zip(YEARS, targets, strict=True) if t not in (None, "–")},
    )


def _goals(w: Writer) -> None:
    w.chapter("Nämndens mål och indikatorer")
    w.paras(
        "Nämnden har sex mål för perioden. Under varje mål anges indikatorerna med nuläge "
        "och målnivåer. Den fetstilta raden avser skolan totalt och raderna under den "
        "respektive program. Där målnivå saknas följs programmet upp utan eget mål."
    )
    for n, (goal, prose, rows) in enumerate(GOALS, 1):
        w.heading(f"Mål {n} – {goal.rstrip('.')}", 2)
        w.expected.goals.append(Goal(goal.rstrip("."), "namnd"))
        if prose:
            w.para(prose)
        _indicator_table(w, goal.rstrip("."), rows)
        w.doc.add_paragraph()


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para(
        "Aktiviteterna nedan är ordnade efter program. Aktiviteter som gäller hela skolan står "
        "först."
    )
    rows = [["Program", "Aktivitet", "Ansvarig", "Klart"]]
    merges = []
    for programme, acts in ACTIVITIES:
        first = len(rows)
        for i, (name, who, when, day) in enumerate(acts):
            rows.append([programme if i == 0 else "", name, who, when])
            w.expected.activities.append(Activity(name, who, day, group=programme))
        if len(acts) > 1:
            merges.append((first, 0, len(rows) - 1, 0))
    w.table(rows, merges=merges, widths=[3.6, 7.6, 3.2, 2.2])
    w.structure(*(p for p, _ in ACTIVITIES))  # the group cells: the activities' group


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.paras(
        "Nämndens budgetram för 2027 är 117 763 tkr, en ökning med 3,1 % jämfört med 2026. "
        "Ökningen täcker löne- och hyreshöjningar samt fler elever på introduktionsprogrammen.",
        "Budgeten fördelas till programmen efter antalet elevplatser och en programpeng per "
        "elevplats. Elevhälsa, skolskjuts och ledning budgeteras för sig.",
    )
    w.heading("Budget per program", 2)
    w.structure("Budget per program")
    header = ["Program/verksamhet", "Elevplatser", "Kr per elevplats", "Budget 2027, tkr",
              "Plan 2028, tkr"]  # fmt: skip
    rows = [header]
    keys = [("budget", 2027), ("plan", 2028)]
    for name, places, per_place, b27, p28 in BUDGET:
        rows.append([
            name,
            "" if places is None else sv(places),
            "" if per_place is None else sv(per_place),
            sv(b27),
            sv(p28),
        ])  # fmt: skip
        w.expected.budget.append(BudgetRow("drift", name, {keys[0]: D(b27), keys[1]: D(p28)}))
    total_places = sum(p for _, p, _, _, _ in BUDGET if p is not None)
    total = ["Summa", sv(total_places), "", sv(sum(r[3] for r in BUDGET)),
             sv(sum(r[4] for r in BUDGET))]  # fmt: skip
    rows.append(total)
    w.totals(*total)
    table = w.table(rows, widths=[5.6, 2.4, 2.8, 2.8, 2.8])
    for run in table.rows[-1].cells[0].paragraphs[0].runs:
        run.bold = True
    w.para(("i", BUDGET_NOTE))  # the budget's note: text in its chapter, as the columns are


def _key_figures(w: Writer) -> None:
    w.chapter("Nyckeltal")
    w.para(
        "Tabellen visar antalet förstahandssökande till de nationella programmen enligt "
        "gymnasieantagningens preliminära antagning."
    )
    w.para(("b", APPLICANTS_TITLE))
    w.structure(APPLICANTS_TITLE)
    w.table([APPLICANTS_HEADER, *APPLICANTS], keep_headers=True, widths=[5, 2.6, 3, 3, 2.6])
    for row in APPLICANTS:
        w.expected.key_figures.append(
            KeyRow(APPLICANTS_TITLE, row[0], dict(zip(APPLICANTS_HEADER[1:], row[1:], strict=True)))
        )


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para("Nämnden har antagit följande internkontrollplan för 2027.")
    rows = [["Process/rutin", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    for process, moment, who, when in CONTROLS:
        rows.append([process, moment, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.4, 7.4, 3.2, 2.8])


def build_da(path: Path) -> Expected:
    front = Front(
        namnd="Gymnasienämnden",
        kommun="Västerfors kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Karin Sjöberg (S)",
        forvaltningschef="Henrik Malmqvist",
        diarienummer="GN 2026/214",
    )
    w = Writer("DA-gymnasium-per-program", front)
    _header_footer(w)
    _cover(w)
    _intro(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
