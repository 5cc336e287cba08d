"""Corpus document DK: a barn- och utbildningsnämnd's verksamhetsberättelse 2026 (a follow-up,
not a plan), written blind. Under the chapter "Måluppfyllelse" each målområde is a Heading 2
and each nämndmål a Heading 3 (the goal's sentence, no label), followed by a line "Bedömning:
Målet är delvis uppfyllt" (bold label; "uppfyllt", "inte uppfyllt", "Kan inte bedömas"), a
bold label "Analys" (once "Analys och åtgärder") over one or two paragraphs, then an indicator
table "Indikator | Utfall 2024 | Utfall 2025 | Utfall 2026 | Målvärde 2026 | Bedömning" whose
Bedömning cell is a "●" in green, yellow or red font colour (in one table the cells are shaded
instead, the ● black); a legend line with the three coloured ● is printed under the first
table only. Two indicators of a goal that cannot be assessed have "–" for 2026 and an empty
Bedömning cell. Then an activity follow-up "Aktivitet | Status | Kommentar" with a merged row
per målområde ("Genomförd", "Delvis genomförd", "Ej genomförd", "Pågår"; one comment empty),
an economic result "Verksamhet | Budget 2026 | Utfall 2026 | Avvikelse" in tkr with a totals
row, two key-figure tables (pupils by year; costs per pupil with a column "Enhet" and a note
under it), an "Internkontroll – uppföljning" table "Kontrollmoment | Resultat | Åtgärd", and a
page header.

Expected (what a careful secretary enters): the front matter from the cover (one year, 2026);
nine chapters (the målområden are the goals' areas, not chapters); six goals with their
assessments ("Kan inte bedömas" is ej_bedomd); eighteen indicators with outcomes for 2024–2026
("–" none) and the 2026 target as printed, no nuläge; twelve activities under their målområde
with their statuses in the follow-up ("Delvis genomförd" is pagar, "Ej genomförd" whose
comment says the work has not started is ej_paborjad, the one whose comment says "Skjuts upp"
senarelagd; the status words are structure, checked as the statuses); ten driftbudget rows
by (budget, 2026) and (utfall, 2026); eleven key-figure rows as printed (the cost rows with
their unit) and the note under the cost table; four controls. Header cells, the Bedömning
lines, the ● cells, the legend, the analysis labels, deviations, the totals row and the cover's
labels are structure; the page header is not in the plan."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from tests.word_shapes_dk_parts import ACTIVITIES, AREAS, CONTROLS, COSTS, DRIFT, PUPILS
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
    TableNote,
)

HEADER = "Grävlinge kommun | Barn- och utbildningsnämnden | Verksamhetsberättelse 2026"
DOT = "●"
FONT = {"grön": "00B050", "gul": "FFC000", "röd": "FF0000"}
FILL = {"grön": "92D050", "gul": "FFE699", "röd": "FF7C80"}
GRADES = {
    "Målet är uppfyllt": "uppfyllt",
    "Målet är delvis uppfyllt": "delvis",
    "Målet är inte uppfyllt": "ej_uppfyllt",
    "Kan inte bedömas": "ej_bedomd",
}
STATUSES = {
    "Genomförd": "klar",
    "Pågår": "pagar",
    # Judgement: partly done at the year's end, the work goes on: in progress.
    "Delvis genomförd": "pagar",
    # Judgement: "Ej genomförd" whose comment says the work has not started is not started.
    "Ej genomförd": "ej_paborjad",
}
POSTPONED = {"Översyn av resursfördelningsmodellen för grundskolan"}
"""Judgement: an "Ej genomförd" whose comment says "Skjuts upp" is postponed (senarelagd, as
in AU and BW), whatever the word."""
YEARS = (2024, 2025, 2026)
SHADED_GOAL = 4
"""The goal (counted from 0) whose table shades its Bedömning cells instead of colouring the ●."""


def _shade(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _cover(w: Writer) -> None:
    header = w.doc.sections[0].header.paragraphs[0]
    header.text = HEADER
    header.runs[0].font.size = Pt(8)
    w.expected.absent.append(HEADER)
    w.cover("Grävlinge kommun", size=14, bold=True)
    w.para()
    w.cover("Verksamhetsberättelse 2026", size=28, bold=True)
    w.cover("Barn- och utbildningsnämnden", size=16)
    w.para()
    w.para()
    w.cover("Ordförande: Maria Öhman (C)", size=10)
    w.cover("Förvaltningschef: Henrik Dahlgren", size=10)
    w.cover("Dnr BUN 2027/0042", size=10)
    w.cover("Fastställd av barn- och utbildningsnämnden 2027-02-18, § 14", size=10)
    w.page_break()


def _intro(w: Writer) -> None:
    w.chapter("Sammanfattning")
    w.paras(
        "År 2026 präglades av fler barn i förskolan, förbättrade resultat i årskurs 9 och en "
        "oroande utveckling av elevernas upplevda trygghet. Nämnden redovisar ett underskott "
        "på 6,6 miljoner kronor mot budget, vilket motsvarar en procent av nettobudgeten.",
        "Av nämndens sex mål är ett uppfyllt, tre delvis uppfyllda och ett inte uppfyllt. Ett "
        "mål kan inte bedömas eftersom underlag saknas. Fyra av tolv aktiviteter är "
        "genomförda.",
    )
    w.chapter("Nämndens uppdrag och organisation")
    w.para(
        "Barn- och utbildningsnämnden ansvarar för förskola, pedagogisk omsorg, förskoleklass, "
        "grundskola, anpassad grundskola, fritidshem, gymnasieskola och kommunal "
        "vuxenutbildning. Förvaltningen har omkring 1 050 medarbetare fördelade på 14 förskolor, "
        "9 grundskolor och Grävlinge gymnasium."
    )
    w.chapter("Årets viktigaste händelser")
    w.bullets(
        "Förskolan Lärkängen med sex avdelningar invigdes i januari.",
        "Skolinspektionens regelbundna tillsyn av fyra grundskolor avslutades utan förelägganden.",
        "Elevhälsans nya journalsystem togs i bruk i oktober.",
        "Nämnden beslutade att samla den kommunala vuxenutbildningen i Lärcentrum från 2027.",
    )


def _legend(w: Writer) -> None:
    """The legend under the first indicator table: each ● in its colour."""
    paragraph = w.doc.add_paragraph()
    parts = [("grön", "Målvärdet är uppnått"), ("gul", "Delvis uppnått"), ("röd", "Ej uppnått")]
    for colour, label in parts:
        dot = paragraph.add_run(DOT)
        dot.font.color.rgb = RGBColor.from_string(FONT[colour])
        dot.font.size = Pt(9)
        paragraph.add_run(f" {label}    ").font.size = Pt(9)
    w.structure(" ".join(f"{DOT} {label}" for _, label in parts))


def _goal(w: Writer, number: int, data: tuple[Any, ...], first: bool) -> None:
    goal, verdict, label, analysis, inds = data
    x = w.expected
    w.heading(goal, 3)
    x.goals.append(Goal(goal))
    x.assessments.append(Assessment(goal, GRADES[verdict]))
    line = w.para(("b", "Bedömning: "), verdict)
    w.structure(f"Bedömning: {verdict}")  # checked as the assessment
    line.paragraph_format.space_after = Pt(6)
    w.para(("b", label))
    w.structure(label)
    w.paras(*analysis)
    header = ["Indikator", "Utfall 2024", "Utfall 2025", "Utfall 2026", "Målvärde 2026"]
    rows = [[*header, "Bedömning"]]
    for name, unit, outcomes, target, _ in inds:
        cells = ["–" if v is None else cell_text(v, unit) for v in outcomes]
        rows.append([name, *cells, cell_text(target, unit), ""])
        got = {y: v for y, v in zip(YEARS, outcomes, strict=True) if v is not None}
        x.indicators.append(Indicator(goal, name, unit, targets={2026: target}, outcomes=got))
    w.structure("–")  # not measured
    table = w.table(rows, widths=[6.6, 1.9, 1.9, 1.9, 2.2, 2.1])
    for r, (*_, colour) in enumerate(inds, 1):
        if not colour:
            continue
        cell = table.cell(r, 5)
        run = cell.paragraphs[0].add_run(DOT)
        run.font.size = Pt(11)
        if number == SHADED_GOAL:
            _shade(cell, FILL[colour])
        else:
            run.font.color.rgb = RGBColor.from_string(FONT[colour])
    w.structure(DOT)  # the indicator's own assessment: the table's colour, not text
    if first:
        _legend(w)


def _goals(w: Writer) -> None:
    w.chapter("Måluppfyllelse")
    w.para(
        "Nämndens mål är indelade i tre målområden. För varje mål redovisas nämndens "
        "bedömning, en analys och utfallet för målets indikatorer de tre senaste åren. "
        "Indikatorernas utfall jämförs med målvärdet för 2026."
    )
    number = 0
    for area, goals in AREAS:
        w.heading(area, 2)
        for data in goals:
            _goal(w, number, data, number == 0)
            number += 1


def _activities(w: Writer) -> None:
    w.chapter("Uppföljning av aktiviteter")
    w.para(
        "I verksamhetsplanen 2026 beslutade nämnden om tolv aktiviteter. Tabellen visar "
        "status vid årets slut."
    )
    rows = [["Aktivitet", "Status", "Kommentar"]]
    merges = []
    for area, acts in ACTIVITIES:
        merges.append((len(rows), 0, len(rows), 2))
        rows.append([area, "", ""])
        for name, status, comment in acts:
            rows.append([name, status, comment])
            # Judgement: the merged row over them is the målområde they serve.
            w.expected.activities.append(Activity(name, group=area))
            grade = "senarelagd" if name in POSTPONED else STATUSES[status]
            w.expected.statuses.append(ActivityStatus(name, grade))
            w.structure(status)  # checked as the follow-up's status
    table = w.table(rows, merges=merges, widths=[7.0, 2.8, 6.8])
    for r, *_ in merges:
        table.cell(r, 0).paragraphs[0].runs[0].bold = True
        _shade(table.cell(r, 0), "DEEAF6")


def _economy(w: Writer) -> None:
    x = w.expected
    w.chapter("Ekonomiskt resultat")
    w.para(
        "Nämnden redovisar ett underskott på 6,6 miljoner kronor. Den anpassade grundskolan "
        "hade fler elever med omfattande behov av stöd och skolskjuts än budgeterat, och "
        "förskolan hade i genomsnitt 22 fler barn än budgeterat. Gymnasieskolan och "
        "vuxenutbildningen redovisar överskott eftersom köpta platser i andra kommuner blev "
        "färre än beräknat."
    )
    caption = "Tabell 1. Ekonomiskt resultat 2026, tkr"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Verksamhet", "Budget 2026", "Utfall 2026", "Avvikelse"]]
    for name, budget, outcome in DRIFT:
        deviation = sv(budget - outcome)
        rows.append([name, sv(budget), sv(outcome), deviation])
        w.structure(deviation)  # budget minus utfall: computed, not kept
        amounts = {("budget", 2026): D(budget), ("utfall", 2026): D(outcome)}
        x.budget.append(BudgetRow("drift", name, amounts))
    budgets = sum(b for _, b, _ in DRIFT)
    outcomes = sum(o for _, _, o in DRIFT)
    total = ["Summa nämnden", sv(budgets), sv(outcomes), sv(budgets - outcomes)]
    rows.append(total)
    w.totals(*total)
    table = w.table(rows, widths=[7.0, 3.0, 3.0, 3.0])
    for cell in table.rows[-1].cells:
        cell.paragraphs[0].runs[0].bold = True
    w.para(("i", "Negativ avvikelse innebär att kostnaderna är högre än budget."), size=9)


def _key_figures(w: Writer) -> None:
    x = w.expected
    w.chapter("Nyckeltal")
    w.para(
        "Antalet barn i förskolan fortsätter att öka medan antalet barn i pedagogisk omsorg "
        "minskar. Kostnaden per elev ökade i alla skolformer, mest i den anpassade grundskolan."
    )
    title = "Antal barn och elever den 15 oktober"
    w.para(("b", title))
    w.structure(title)
    header = ["Verksamhet", "2024", "2025", "2026"]
    w.table([header, *PUPILS], keep_headers=True, widths=[8.0, 2.6, 2.6, 2.6])
    x.key_figures += [
        KeyRow(title, r[0], dict(zip(header[1:], r[1:], strict=True))) for r in PUPILS
    ]
    w.para()
    title = "Kostnad per barn och elev"
    w.para(("b", title))
    w.structure(title)
    header = ["Nyckeltal", "Enhet", "2024", "2025", "2026"]
    w.table([header, *COSTS], keep_headers=True, label_columns=2, widths=[7.0, 1.6, 2.4, 2.4, 2.4])
    x.key_figures += [
        KeyRow(title, r[0], dict(zip(header[2:], r[2:], strict=True)), unit=r[1]) for r in COSTS
    ]
    note = (
        "Bruttokostnad per inskrivet barn respektive elev. Uppgifterna för 2026 är egna "
        "beräkningar; jämförbara värden publiceras i Kolada i juni 2027."
    )
    w.para(("i", note), size=9)
    x.notes.append(TableNote(title, note))


def _control(w: Writer) -> None:
    w.chapter("Internkontroll – uppföljning")
    w.para(
        "Internkontrollplanen för 2026 omfattade fyra kontrollmoment. Samtliga har "
        "genomförts och resultatet redovisades för nämnden i december."
    )
    rows = [["Kontrollmoment", "Resultat", "Åtgärd"]]
    for moment, result, action in CONTROLS:
        rows.append([moment, result, action])
        w.expected.controls.append(Control(moment))
    w.table(rows, widths=[5.6, 5.6, 5.4])
    w.chapter("Framtid och utmaningar")
    w.paras(
        "Barnantalet i förskolan väntas öka med ytterligare 60 barn till 2028, och två nya "
        "förskolor behövs i den norra kommundelen. Samtidigt minskar antalet elever i de "
        "mindre skolorna på landsbygden, vilket ställer krav på en översyn av skolstrukturen.",
        "Den viktigaste frågan för 2027 är att vända utvecklingen av elevernas trygghet. "
        "Nämnden kommer också att prioritera en ekonomi i balans i den anpassade grundskolan.",
    )


def build_dk(path: Path) -> Expected:
    front = Front(
        namnd="Barn- och utbildningsnämnden",
        kommun="Grävlinge kommun",
        forsta_ar=2026,
        sista_ar=2026,
        titel="Verksamhetsberättelse 2026",
        ordforande="Maria Öhman (C)",
        forvaltningschef="Henrik Dahlgren",
        diarienummer="BUN 2027/0042",
    )
    w = Writer("DK-barn-utbildning-färgbedömning", front)
    _cover(w)
    _intro(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
