"""Corpus document AS: a gymnasienämnd's verksamhetsberättelse 2026 whose assessments are
coloured symbols: the chapter "Måluppfyllelse" opens with a legend "● Uppfyllt ● Delvis
uppfyllt ● Ej uppfyllt" (each ● in its colour: green 00B050, yellow FFC000, red FF0000), an
overview table "Nr | Nämndsmål | Bedömning" holds a coloured ● per goal, and each goal is a
Heading 2 "Mål n: …" over an indicator table "Indikator | Utfall 2024 | Utfall 2025 | Utfall
2026 | Mål 2026 | Bedömning" (again a coloured ●), paragraphs "Analys: …" and "Åtgärder: …" and
an activity table "Aktivitet | Status | Kommentar" ("Genomförd", "Pågår", "Ej påbörjad",
"Avbruten"). The cover names the ordförande under an "Ordförande" line, the förvaltningschef
is known only from the signature under the förord, and the economy is a driftredovisning in
tkr with "Summa", a "Nettokostnadsutveckling" key-figure table and a personalredovisning
"År | Antal anställda | Sjukfrånvaro %" with the years as rows."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from tests.word_shapes_docx import Writer, cell_text, sv
from tests.word_shapes_model import (
    Activity,
    ActivityStatus,
    Assessment,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    Val,
)

DOT = "●"
COLOURS = {"uppfyllt": "00B050", "delvis": "FFC000", "ej_uppfyllt": "FF0000"}
"""The legend's colour of each grade: a reader maps a ●'s colour through the legend."""
STATUSES = {
    "Genomförd": "klar",
    "Pågår": "pagar",
    "Ej påbörjad": "ej_paborjad",
    "Avbruten": "avbruten",
}
YEARS = (2024, 2025, 2026)

Ind = tuple[str, str, tuple[Val | None, Val | None, Val | None], Val, str]
"""An indicator: name, unit, utfall 2024–2026 (None: not yet known, printed "–"), mål 2026,
and its assessment's grade ("" for no symbol)."""
Act = tuple[str, str, str]
"""An activity: name, status, kommentar."""

GOALS: list[tuple[str, str, list[Ind], str, str, list[Act]]] = [
    (
        "Fler elever tar examen inom tre år.",
        "delvis",
        [
            ("Elever med examen inom tre år", "%", (D("71.4"), D("72.9"), D("74.1")), D(78),
             "delvis"),
            ("Elever på introduktionsprogram som går vidare till nationellt program", "%",
             (D(28), D(31), D(36)), "Minst 35 %", "uppfyllt"),
        ],
        "Analys: Andelen med examen ökar för tredje året i rad, men ökningen är för långsam för "
        "att nå målet. Skillnaden mellan programmen är stor: på de högskoleförberedande "
        "programmen tar nio av tio examen, på flera yrkesprogram färre än sex av tio.",
        "Åtgärder: Mentorernas frånvarouppföljning utvidgas till årskurs 2 och 3, och "
        "studiestödet i matematik flyttas in på schemat för yrkesprogrammen.",
        [
            ("Mentorsmodell med veckovis uppföljning av frånvaro", "Genomförd",
             "Gäller alla program i årskurs 1."),
            ("Studiestöd i matematik på alla program", "Pågår",
             "Två skolor av tre har kommit i gång."),
        ],
    ),
    (
        "Eleverna är nöjda med sin utbildning och känner sig trygga.",
        "uppfyllt",
        [
            ("Elever som är nöjda med utbildningen som helhet", "%", (D(79), D(81), D(84)),
             D(82), "uppfyllt"),
            ("Elever som känner sig trygga i skolan", "%", (D(90), D(91), D(93)), D(92),
             "uppfyllt"),
        ],
        "Analys: Elevenkäten visar de bästa resultaten sedan enkäten infördes. Eleverna lyfter "
        "fram bemötandet från lärarna och att elevråden fått ett verkligt inflytande.",
        "Åtgärder: Inga särskilda åtgärder. Arbetssättet med elevrådens budget behålls.",
        [("Egen budget för elevrådet på varje skola", "Genomförd", "")],
    ),
    (
        "Fler elever går vidare till arbete eller studier efter gymnasiet.",
        "delvis",
        [
            ("Unga som arbetar eller studerar ett år efter examen", "%", (D(68), D(70), None),
             D(72), ""),
            ("Elever på yrkesprogram med minst 15 veckors APL", "%", (D(88), D(92), D(95)),
             D(100), "delvis"),
        ],
        "Analys: Uppgiften om etablering för 2026 kommer från SCB först i mars och bedömningen "
        "bygger därför på APL-måttet och på skolornas egen uppföljning. Bristen på APL-platser "
        "inom vård och omsorg kvarstår.",
        "Åtgärder: Förvaltningen tecknar avtal med regionen om fler APL-platser och startar en "
        "egen uppföljning av tidigare elever.",
        [
            ("Fler APL-platser inom vård och omsorg", "Pågår", "Avtal med regionen i mars 2027."),
            ("Enkät till elever ett år efter examen", "Ej påbörjad",
             "Skjuts till 2027 i väntan på nytt enkätverktyg."),
        ],
    ),
    (
        "Skolans lokaler används effektivt.",
        "ej_uppfyllt",
        [
            ("Lokalkostnad per elev, kr", "", (D(21_350), D(22_100), D(23_480)), "Max 22 000",
             "ej_uppfyllt"),
            ("Nyttjandegrad av lektionssalar", "%", (D(61), D(63), D(60)), D(70), "ej_uppfyllt"),
        ],
        "Analys: Hyran för Norra gymnasiet höjdes efter ombyggnaden samtidigt som elevantalet "
        "på de estetiska programmen minskade. Flera salar står tomma på eftermiddagarna.",
        "Åtgärder: En lokalutredning redovisas för nämnden i april 2027. Alla salar bokas i "
        "samma system från januari.",
        [
            ("Samlokalisering av de estetiska programmen", "Avbruten",
             "Avbröts när hyresvärden sade nej till ombyggnad."),
            ("Gemensamt bokningssystem för alla salar", "Pågår", ""),
        ],
    ),
    (
        "Nämnden har en ekonomi i balans.",
        "ej_uppfyllt",
        [
            ("Budgetavvikelse, tkr", "", (D(1_240), D(-860), D(-3_715)), D(0), "ej_uppfyllt"),
            ("Nettokostnad per elev, kr", "", (D(126_800), D(130_400), D(135_100)),
             "Max 133 000", "ej_uppfyllt"),
        ],
        "Analys: Underskottet beror främst på fler elever på yrkesprogram och introduktions"
        "program och på högre interkommunala ersättningar än budgeterat.",
        "Åtgärder: Programutbudet ses över inför antagningen 2028 och budgeten följs upp per "
        "program varje månad.",
        [("Månatlig budgetuppföljning per program", "Genomförd", "Infördes i maj.")],
    ),
]  # fmt: skip

DRIFT: list[tuple[str, int, int]] = [
    ("Nämnd och förvaltningsledning", 8_900, 8_640),
    ("Högskoleförberedande program", 98_400, 98_120),
    ("Yrkesprogram", 112_600, 114_870),
    ("Introduktionsprogram", 31_200, 32_640),
    ("Anpassad gymnasieskola", 18_500, 18_210),
    ("Interkommunal ersättning", 46_300, 47_650),
    ("Elevhälsa", 14_100, 13_760),
    ("Skolskjuts och inackordering", 6_000, 5_825),
]


def _dot(run: Any, grade: str) -> None:
    run.font.color.rgb = RGBColor.from_string(COLOURS[grade])
    run.font.size = Pt(14)


def _cover(w: Writer) -> None:
    w.cover("Ekdala kommun", size=12)
    w.para()
    w.cover("Verksamhetsberättelse 2026", size=28, bold=True)
    w.cover("Gymnasienämnden", size=18)
    w.para()
    w.cover("Ordförande", bold=True)
    w.cover("Jonas Berglund (M)")
    w.cover("Diarienummer: GYN 2027/14", size=9)
    w.page_break()


def _foreword(w: Writer) -> None:
    w.chapter("Förord")
    w.paras(
        "År 2026 var det första året med den nya programstrukturen och med tre gymnasieskolor "
        "under samma ledning. Fler elever än någonsin sökte till Ekdalas gymnasieskolor, och "
        "eleverna ger sin utbildning och sin trygghet ett högre betyg än tidigare år.",
        "Samtidigt går nämnden med underskott. Fler elever på de dyrare programmen och högre "
        "ersättningar till andra kommuner har gjort att kostnaderna ökat mer än budgeten. Det "
        "arbetet fortsätter under 2027.",
        "Tack till alla medarbetare som gjort ett fint arbete under året.",
    )
    w.para("Ekdala i februari 2027")
    w.para("_______________________")
    w.para("Helena Sandberg")
    w.para(("i", "Förvaltningschef, utbildningsförvaltningen"))
    w.structure(
        "Ekdala i februari 2027",
        "_______________________",
        "Helena Sandberg",
        "Förvaltningschef, utbildningsförvaltningen",
    )
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Viktiga händelser 2026")
    w.bullets(
        "Norra gymnasiet flyttade tillbaka till sina ombyggda lokaler i augusti.",
        "Gymnasiesärskolan bytte namn till anpassad gymnasieskola den 1 juli.",
        "Ett nytt samverkansavtal med grannkommunerna om det gemensamma programutbudet började "
        "gälla.",
        "Skolinspektionen granskade introduktionsprogrammen utan att rikta kritik.",
    )
    w.chapter("Omvärld och förutsättningar")
    w.paras(
        "Antalet 16–19-åringar i kommunen ökade med 3,1 procent under året och väntas öka "
        "ytterligare fram till 2030. Söktrycket till yrkesprogrammen har ökat, särskilt till "
        "el- och energiprogrammet och vård- och omsorgsprogrammet.",
        "Lärarbristen är störst i yrkesämnen och i svenska som andraspråk. Nämnden konkurrerar "
        "med regionens större kommuner om samma lärare, och lönerna för yrkeslärare har ökat "
        "mer än för andra grupper.",
        "Från höstterminen 2028 blir gymnasieskolan ämnesbetygsbaserad. Förberedelserna har "
        "börjat, men ger inga kostnader förrän 2027.",
    )


def _goals(w: Writer) -> None:
    x = w.expected
    w.chapter("Måluppfyllelse")
    legend = w.para()
    for grade, label in (
        ("uppfyllt", " Uppfyllt   "),
        ("delvis", " Delvis uppfyllt   "),
        ("ej_uppfyllt", " Ej uppfyllt"),
    ):
        _dot(legend.add_run(DOT), grade)
        legend.add_run(label)
    w.structure(f"{DOT} Uppfyllt {DOT} Delvis uppfyllt {DOT} Ej uppfyllt")
    w.para(
        "Nämnden bedömer varje mål utifrån indikatorerna och förvaltningens analys. Av fem mål "
        "är ett uppfyllt, två delvis uppfyllda och två inte uppfyllda."
    )
    rows = [["Nr", "Nämndsmål", "Bedömning"]]
    for number, (goal, grade, *_) in enumerate(GOALS, 1):
        rows.append([str(number), goal, DOT])
        w.structure(str(number))  # the goal's number
        x.goals.append(Goal(goal))
        x.assessments.append(Assessment(goal, grade))
    # Judgement: a ● is its colour's grade through the legend; every ● is read as an
    # assessment (the goals') or belongs to the indicator beside it, so none is text.
    w.structure(DOT)
    table = w.table(rows, widths=[1.2, 12.3, 3])
    for r, (_, grade, *_) in enumerate(GOALS, 1):
        cell = table.cell(r, 2).paragraphs[0]
        _dot(cell.runs[0], grade)
        cell.alignment = WD_ALIGN_PARAGRAPH.CENTER
    w.para("")

    for number, (goal, _, inds, analysis, measures, acts) in enumerate(GOALS, 1):
        heading = f"Mål {number}: {goal}"
        w.heading(heading, 2)
        w.structure(heading)  # the goal's second mention, with its label
        header = ["Indikator", *(f"Utfall {y}" for y in YEARS), "Mål 2026", "Bedömning"]
        body = [header]
        for name, unit, outcomes, target, grade in inds:
            body.append(
                [
                    name,
                    *("–" if v is None else cell_text(v, unit) for v in outcomes),
                    cell_text(target, unit),
                    DOT if grade else "",
                ]
            )
            done = {y: v for y, v in zip(YEARS, outcomes, strict=True) if v is not None}
            x.indicators.append(Indicator(goal, name, unit, targets={2026: target}, outcomes=done))
        w.structure("–")  # not yet known: no outcome
        table = w.table(body, widths=[5.8, 1.9, 1.9, 1.9, 1.9, 2.6])
        for r, (*_, grade) in enumerate(inds, 1):
            if grade:
                cell = table.cell(r, 5).paragraphs[0]
                _dot(cell.runs[0], grade)
                cell.alignment = WD_ALIGN_PARAGRAPH.CENTER
        w.para(("b", "Analys: "), analysis.removeprefix("Analys: "))
        w.para(("b", "Åtgärder: "), measures.removeprefix("Åtgärder: "))
        rows = [["Aktivitet", "Status", "Kommentar"]]
        for name, status, comment in acts:
            rows.append([name, status, comment])
            # Judgement: the table under a goal holds that goal's activities.
            x.activities.append(Activity(name, group=goal))
            x.statuses.append(ActivityStatus(name, STATUSES[status]))
        w.table(rows, widths=[7.5, 2.6, 6.5])
        w.para("")


def _economy(w: Writer) -> None:
    x = w.expected
    w.chapter("Ekonomi")
    w.para(
        "Nämnden redovisar ett underskott på 3,7 miljoner kronor mot budget. Yrkesprogrammen och "
        "introduktionsprogrammen hade fler elever än budgeterat, och fler elever valde att gå "
        "i en annan kommun. Elevhälsan och förvaltningsledningen hade vakanser under hösten."
    )
    title = "Driftredovisning 2026 (tkr)"
    w.para(("b", title))
    w.structure(title)
    rows = [["Verksamhet", "Budget 2026", "Utfall 2026", "Avvikelse"]]
    for name, budget, outcome in DRIFT:
        deviation = sv(budget - outcome)
        rows.append([name, sv(budget), sv(outcome), deviation])
        w.structure(deviation)  # budget minus utfall: computed, not kept
        amounts = {("budget", 2026): D(budget), ("utfall", 2026): D(outcome)}
        x.budget.append(BudgetRow("drift", name, amounts))
    budgets = sum(b for _, b, _ in DRIFT)
    outcomes = sum(o for _, _, o in DRIFT)
    total = ["Summa", sv(budgets), sv(outcomes), sv(budgets - outcomes)]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[7, 3, 3, 3])
    w.para(("i", "Negativ avvikelse innebär att utfallet är högre än budget."))
    w.para("")

    title = "Nettokostnadsutveckling"
    w.para(("b", title))
    w.structure(title)
    header = ["Nyckeltal", "2024", "2025", "2026"]
    key_rows = [
        ["Nettokostnad, tkr", "318 540", "329 870", sv(outcomes)],
        ["Förändring mot föregående år, %", "3,1 %", "3,6 %", "3,0 %"],
        ["Elever i gymnasieskolan, antal", "2 512", "2 530", "2 515"],
        ["Nettokostnad per elev, kr", "126 800", "130 400", "135 100"],
    ]
    w.table([header, *key_rows], keep_headers=True, widths=[7, 3, 3, 3])
    x.key_figures += [
        KeyRow(title, r[0], dict(zip(header[1:], r[1:], strict=True))) for r in key_rows
    ]


def _staff(w: Writer) -> None:
    w.chapter("Personal")
    w.para(
        "Antalet anställda ökade med fem, främst lärare på yrkesprogrammen. Sjukfrånvaron "
        "minskade efter två år av ökning, men är fortfarande högst bland elevassistenterna."
    )
    title = "Personalredovisning"
    w.para(("b", title))
    w.structure(title)
    header = ["År", "Antal anställda", "Sjukfrånvaro %"]
    rows = [["2024", "268", "5,9"], ["2025", "274", "6,3"], ["2026", "279", "5,6"]]
    w.table([header, *rows], keep_headers=True, widths=[3, 4, 4])
    # Judgement (as U's): a plan's key-figure table has a row per measure and a column per
    # year, so each measure is a row and each printed year a column.
    w.expected.key_figures += [
        KeyRow(title, measure, {row[0]: row[column] for row in rows})
        for column, measure in enumerate(header[1:], 1)
    ]


def _control(w: Writer) -> None:
    w.chapter("Uppföljning av intern kontroll")
    w.para("Alla kontroller i planen för intern kontroll 2026 är genomförda.")
    rows = [
        ["Kontrollmoment", "Resultat", "Åtgärd"],
        [
            "Stickprov på tio fakturor för interkommunal ersättning mot elevregistret",
            "En faktura avsåg en elev som flyttat tillbaka till kommunen.",
            "Rutinen för avstämning med folkbokföringen har skärpts.",
        ],
        [
            "Kontroll av att betyg registreras inom fastställd tid",
            "Inga avvikelser.",
            "",
        ],
        [
            "Uppföljning av att anmälningar om kränkande behandling utreds",
            "Två utredningar avslutades senare än rutinen anger.",
            "Rektorerna påminns om rutinen.",
        ],
    ]
    w.table(rows, widths=[6, 5.5, 5])
    w.expected.controls += [Control(r[0]) for r in rows[1:]]
    w.chapter("Framtid")
    w.para(
        "Elevantalet fortsätter att öka fram till 2030. Nämnden behöver under 2027 besluta om "
        "programutbudet, om lokalerna för de estetiska programmen och om hur underskottet ska "
        "hanteras."
    )


def build_as(path: Path) -> Expected:
    front = Front(
        namnd="Gymnasienämnden",
        kommun="Ekdala kommun",
        forsta_ar=2026,
        sista_ar=2026,
        titel="Verksamhetsberättelse 2026",
        ordforande="Jonas Berglund (M)",
        forvaltningschef="Helena Sandberg",
        diarienummer="GYN 2027/14",
    )
    w = Writer("AS-gymnasienämnd-färgade-symboler", front)
    _cover(w)
    _foreword(w)
    _chapters(w)
    _goals(w)
    _economy(w)
    _staff(w)
    _control(w)
    return w.save(path)
