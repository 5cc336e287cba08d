"""Corpus document CS: a barn- och utbildningsnämnd's verksamhetsberättelse 2026 (a follow-up,
not a plan), written blind: a cover page, prose chapters, the nämnd's goals as Heading 2
"Nämndmål n – …" under "Måluppfyllelse", each followed by an indicator table whose header has
two levels (the first header row "Indikator | 2025 | 2026", "Indikator" merged down and each
year merged over the second row's "Mål | Utfall") and whose last row, merged across the table
and shaded, is "Måluppfyllelse: Delvis uppfyllt" (bold label, plain grade), with a short
analysis in prose under the table; targets are figures, "Minst 92 %", "Högst 100", "Öka",
"Minska" or "–" (none), one outcome is printed "91%" without a space; one activity table
"Aktivitet | Mål | Ansvarig | Klart senast | Status 2026-12-31 | Kommentar" whose Mål column
names the goal by its number ("Genomförd", "Pågår", "Ej påbörjad", "Utgår"; one date
"december 2026"; some comments empty); a driftredovisning "Verksamhet | Budget 2026 | Utfall
2026 | Avvikelse | Utfall 2025" in tkr with a "Summa" row; an investment follow-up "Projekt |
Budget | Utfall | Kvar att använda" under a caption naming the year; personnel key figures
2024–2026 with a source note; the internal control's follow-up "Process | Kontrollmoment |
Resultat"; a page footer.

Expected (what a careful secretary enters): the front matter from the cover (one year, 2026);
nine chapters; six goals without their labels, each with its assessment from the merged last
row; seventeen indicators with targets and outcomes for 2025 and 2026 ("–" none, text targets
as printed) and no nuläge; eleven activities with ansvarig, slutdatum ("december 2026" is
2026-12-31) and the goal their number names as group, and their statuses in the follow-up
("Utgår" is avbruten); ten driftbudget rows by (budget, 2026), (utfall, 2026) and (utfall,
2025); five investments by their 2026 budget; six personnel key-figure rows as printed and the
table's note; four controls with their process. Goal labels, header cells, the Måluppfyllelse
rows, the Mål numbers of the activity table, deviations, "Kvar att använda" and totals are
structure; the page footer is not in the plan."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.word_shapes_cs_data import ACTIVITIES, CONTROLS, DRIFT, GOALS, INVEST
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

FOOTER = "Västerhalla kommun – Barn- och utbildningsnämnden – Verksamhetsberättelse 2026"
GRADES = {
    "Uppfyllt": ("uppfyllt", "C6EFCE"),
    "Delvis uppfyllt": ("delvis", "FFEB9C"),
    "Ej uppfyllt": ("ej_uppfyllt", "FFC7CE"),
}
STATUSES = {
    "Genomförd": "klar",
    "Pågår": "pagar",
    "Ej påbörjad": "ej_paborjad",
    # Judgement: "Utgår" (dropped, replaced by a national rule) is a cancelled activity.
    "Utgår": "avbruten",
}
YEARS = (2025, 2026)


def _shade(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _cover(w: Writer) -> None:
    footer = w.doc.sections[0].footer.paragraphs[0]
    footer.text = FOOTER
    footer.runs[0].font.size = Pt(8)
    w.expected.absent.append(FOOTER)
    w.cover("Västerhalla kommun", size=12, bold=True)
    w.cover("Barn- och utbildningsnämnden", size=14)
    w.para()
    w.cover("Verksamhetsberättelse 2026", size=26, bold=True)
    w.para()
    w.cover("Ordförande: Anna-Karin Sjöberg (M)", size=10)
    w.cover("Förvaltningschef: Mikael Berglund", size=10)
    w.cover("Diarienummer: BUN 2027/19", size=10)
    w.cover("Beslutad av barn- och utbildningsnämnden 2027-02-23, § 12", size=10)
    w.page_break()


def _intro(w: Writer) -> None:
    w.chapter("Sammanfattning")
    w.paras(
        "Barn- och utbildningsnämnden redovisar för 2026 ett underskott på 8,4 miljoner kronor "
        "mot budget. Underskottet beror på fler barn i förskolan än budgeterat och på ökade "
        "kostnader för elever i den anpassade grundskolan.",
        "Av nämndens sex mål är ett uppfyllt, fyra delvis uppfyllda och ett inte uppfyllt. "
        "Fem av elva aktiviteter är genomförda, fyra pågår, en har inte påbörjats och en utgår.",
    )
    w.chapter("Viktiga händelser 2026")
    w.bullets(
        "Förskolan Ekbacken med åtta avdelningar öppnade i augusti.",
        "Kulturskolan startade undervisning i Bäckby.",
        "Skolinspektionen granskade undervisningen i matematik på två skolor.",
        "Nämnden antog en ny plan mot kränkande behandling för hela grundskolan.",
    )
    w.chapter("Förutsättningar och omvärld")
    w.paras(
        "Antalet barn i förskoleåldern ökade med 3,7 procent under året, främst i centralorten, "
        "medan elevantalet i grundskolan var i stort sett oförändrat. Antalet elever i "
        "gymnasieskolan ökar och väntas fortsätta öka fram till 2030.",
        "Det är fortsatt svårt att rekrytera legitimerade förskollärare och speciallärare. "
        "Nämnden har under året samarbetat med högskolan om verksamhetsförlagd utbildning för "
        "att fler studenter ska söka sig till kommunen.",
    )


def _verdict_row(table: Any, row: int, verdict: str) -> None:
    """The merged last row: a bold label and the grade in plain text, shaded by grade."""
    cell = table.cell(row, 0)
    paragraph = cell.paragraphs[0]
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    label = paragraph.add_run("Måluppfyllelse: ")
    label.bold = True
    label.font.size = Pt(9)
    paragraph.add_run(verdict).font.size = Pt(9)
    _shade(cell, GRADES[verdict][1])


def _goals(w: Writer) -> None:
    x = w.expected
    w.chapter("Måluppfyllelse")
    w.para(
        "Här redovisas nämndens mål med indikatorer. För varje indikator anges målvärdet och "
        "utfallet för 2025 och 2026. Måluppfyllelsen bedöms av förvaltningens ledningsgrupp "
        "och redovisas i tabellens sista rad."
    )
    for number, (goal, verdict, inds, analysis) in enumerate(GOALS, 1):
        heading = f"Nämndmål {number} – {goal}"
        w.heading(heading, 2)
        w.structure(heading)  # the goal is checked as an item, without its label
        x.goals.append(Goal(goal))
        x.assessments.append(Assessment(goal, GRADES[verdict][0]))
        rows = [["Indikator", "2025", "", "2026", ""], ["", "Mål", "Utfall", "Mål", "Utfall"]]
        for name, unit, first, second in inds:
            cells = [
                "–" if v is None else cell_text(v, unit) for pair in (first, second) for v in pair
            ]
            if name.startswith("Elever i åk 5"):
                cells[1] = cells[1].replace(" %", "%")  # as typed: "91%"
            rows.append([name, *cells])
            targets = {
                y: t for y, (t, _) in zip(YEARS, (first, second), strict=True) if t is not None
            }
            outcomes = {
                y: o for y, (_, o) in zip(YEARS, (first, second), strict=True) if o is not None
            }
            x.indicators.append(Indicator(goal, name, unit, targets=targets, outcomes=outcomes))
        w.structure("–")  # no target, not measured
        last = len(rows)
        rows.append([f"Måluppfyllelse: {verdict}", "", "", "", ""])
        w.structure(f"Måluppfyllelse: {verdict}")  # checked as the assessment
        table = w.table(
            rows,
            header_rows=2,
            merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (last, 0, last, 4)],
            widths=[7.6, 2.0, 2.0, 2.0, 2.0],
        )
        _verdict_row(table, last, verdict)
        w.para()
        w.paras(*analysis)


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para(
        "Tabellen visar status den 31 december 2026 för aktiviteterna i verksamhetsplanen. "
        "Kolumnen Mål anger vilket nämndmål aktiviteten ska bidra till."
    )
    header = ["Aktivitet", "Mål", "Ansvarig", "Klart senast", "Status 2026-12-31", "Kommentar"]
    rows = [header]
    for name, goal_no, who, when, date, status, comment in ACTIVITIES:
        rows.append([name, str(goal_no), who, when, status, comment])
        w.structure(str(goal_no))  # the goal's number: checked as the activity's group
        goal = GOALS[goal_no - 1][0]
        w.expected.activities.append(Activity(name, who, date, group=goal))
        w.expected.statuses.append(ActivityStatus(name, STATUSES[status]))
    w.table(rows, widths=[5.0, 1.0, 2.8, 2.1, 2.2, 3.6])


def _economy(w: Writer) -> None:
    x = w.expected
    w.chapter("Ekonomi")
    w.para(
        "Nämnden redovisar ett underskott på 8,4 miljoner kronor. Förskolan hade i genomsnitt "
        "74 fler barn än budgeterat och kostnaderna för skolskjuts och assistans i den "
        "anpassade grundskolan ökade. Gymnasieskolan redovisar ett överskott eftersom "
        "interkommunala ersättningar blev lägre än beräknat."
    )
    caption = "Driftredovisning 2026, tkr"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Verksamhet", "Budget 2026", "Utfall 2026", "Avvikelse", "Utfall 2025"]]
    for name, budget, outcome, last_year in DRIFT:
        deviation = sv(budget - outcome)
        rows.append([name, sv(budget), sv(outcome), deviation, sv(last_year)])
        w.structure(deviation)  # budget minus utfall: computed, not kept
        amounts = {
            ("budget", 2026): D(budget),
            ("utfall", 2026): D(outcome),
            ("utfall", 2025): D(last_year),
        }
        x.budget.append(BudgetRow("drift", name, amounts))
    sums = [
        sum(b for _, b, _, _ in DRIFT),
        sum(o for _, _, o, _ in DRIFT),
        sum(p for _, _, _, p in DRIFT),
    ]
    total = ["Summa", sv(sums[0]), sv(sums[1]), sv(sums[0] - sums[1]), sv(sums[2])]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[5.6, 2.5, 2.5, 2.5, 2.5])
    w.para(("i", "Negativ avvikelse innebär underskott mot budget."), size=9)
    w.para(
        "Investeringarna blev 4,1 miljoner kronor lägre än budget. Upprustningen av skolgården "
        "vid Norrskolan och köket på Centralskolan blev försenade och de återstående medlen "
        "föreslås föras över till 2027."
    )
    caption = "Investeringar 2026, tkr"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Projekt", "Budget", "Utfall", "Kvar att använda"]]
    for name, budget, outcome in INVEST:
        left = sv(budget - outcome)
        rows.append([name, sv(budget), sv(outcome), left])
        w.structure(left)  # budget minus utfall: computed, not kept
        # Judgement: a plan's investment holds its budget per year (the caption's 2026); the
        # utfall belongs to the follow-up and is not checked.
        x.budget.append(BudgetRow("investering", name, {("budget", 2026): D(budget)}))
    budgets = sum(b for _, b, _ in INVEST)
    outcomes = sum(o for _, _, o in INVEST)
    total = ["Summa", sv(budgets), sv(outcomes), sv(budgets - outcomes)]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[7.0, 2.6, 2.6, 3.0])


def _personnel(w: Writer) -> None:
    w.chapter("Personal")
    w.para(
        "Antalet anställda ökade när förskolan Ekbacken öppnade. Sjukfrånvaron minskade för "
        "tredje året i rad och personalomsättningen är den lägsta sedan 2018."
    )
    title = "Personalnyckeltal"
    w.para(("b", title))
    w.structure(title)
    header = ["Nyckeltal", "2024", "2025", "2026"]
    rows = [
        ["Antal tillsvidareanställda", "1 164", "1 182", "1 197"],
        ["Antal årsarbetare", "1 087,5", "1 101,2", "1 109,8"],
        ["Andel legitimerade lärare, %", "78,4", "79,1", "80,6"],
        ["Sjukfrånvaro, %", "7,2", "6,9", "6,4"],
        ["varav dag 1–14, %", "2,9", "3,1", "2,8"],
        ["Personalomsättning, %", "11,3", "10,6", "9,8"],
    ]
    w.table([header, *rows], keep_headers=True, widths=[8.0, 2.6, 2.6, 2.6])
    w.expected.key_figures += [
        KeyRow(title, r[0], dict(zip(header[1:], r[1:], strict=True))) for r in rows
    ]
    note = "Källa: personalsystemet. Sjukfrånvaron anges i procent av ordinarie arbetstid."
    w.para(("i", note), size=9)
    w.expected.notes.append(TableNote(title, note))


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Alla fyra kontroller i internkontrollplanen 2026 har genomförts. Resultatet "
        "redovisades för nämnden i december."
    )
    rows = [["Process", "Kontrollmoment", "Resultat"]]
    for process, moment, result in CONTROLS:
        rows.append([process, moment, result])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.2, 6.8, 6.6])
    w.chapter("Inför 2027")
    w.para(
        "Barnantalet i förskolan väntas fortsätta öka under 2027 och förvaltningen utreder en "
        "ny förskola i Bäckby. Nämnden tar i mars ställning till en plan för att minska "
        "underskottet i den anpassade grundskolan."
    )


def build_cs(path: Path) -> Expected:
    front = Front(
        namnd="Barn- och utbildningsnämnden",
        kommun="Västerhalla kommun",
        forsta_ar=2026,
        sista_ar=2026,
        titel="Verksamhetsberättelse 2026",
        ordforande="Anna-Karin Sjöberg (M)",
        forvaltningschef="Mikael Berglund",
        diarienummer="BUN 2027/19",
    )
    w = Writer("CS-barn-utbildning-verksamhetsberättelse", front)
    _cover(w)
    _intro(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _personnel(w)
    _control(w)
    return w.save(path)
