"""Corpus document DS: a vård- och omsorgsnämnd's delårsrapport per 31 augusti 2026 (a
follow-up of the year's plan), written blind in conventions the corpus did not have:

- the goals' assessment only as a year-end forecast in one summary table at the head of the
  goal chapter, "Nr | Nämndsmål | Prognos helår 2026 (Uppfylls | Delvis | Uppfylls inte) |
  Kommentar", each goal marked by an "X" (one lower-case "x") in one of the three columns and
  one goal left unmarked with "Målet bedöms i årsredovisningen" in its comment. Summary tables
  of crosses are how many kommuners delårsrapporter give the prognosis for goal fulfilment
  (the delårsrapport must forecast the year, KL 11 kap. and RKR R17); a goal measured only by
  the autumn's brukarundersökning is routinely left unassessed in August.
- each goal as a Heading 3 typed "1.1 …" under a målområde Heading 2, its analysis in prose
  and an indicator table "Indikator | Utfall 2024 | Utfall 2025 | Senaste mätning 2026 |
  Målvärde 2026" whose 2026 cell carries the period it was measured in ("89 % (juli)", "13
  (mars)", "104 (jan–aug)", "8,4 % (jan–jul)") or says it is not measured yet ("Mäts i okt",
  "Redovisas i årsredovisningen"): registers (palliativregistret, sjukfrånvaro from the
  payroll system, kontinuitetsmätning) are read at different times, and secretaries say when.
- activities in one table "Aktivitet | Mål | Ansvarig | Planerat klart | Kommentar" grouped by
  shaded merged rows "Genomförda", "Pågående", "Ej påbörjade", "Avbrutna": the status is the
  group, not a column, linked to the goals by the number in "Mål". Sorting the activity
  follow-up by status is common when the nämnd wants to see what is done and what is late.
- a driftredovisning "Verksamhet | Budget 2026 | Utfall jan–aug 2026 | Budgetavvikelse prognos
  helår" in tkr giving the forecast only as the deviation ("+350", "−5 600"), as many
  delårsrapporter do, and a resultaträkning "Tkr | Bokslut 2025 | Budget 2026 | Utfall jan–aug
  2026 | Prognos 2026" with intäkter positive and kostnader negative, Summa rows, Nettokostnad,
  Kommunbidrag and Resultat.
- volume key figures against their budget and forecast ("Budget 2026 | Utfall jan–aug 2026 |
  Prognos 2026 | Utfall 2025"), personnel figures "Jan–aug 2025 | Jan–aug 2026 | Förändring"
  with a note, and the internal control's follow-up "Kontrollmoment | Process/rutin |
  Genomfört | Resultat och åtgärd" with the process in the second column.
- a cover naming the förvaltningschef as "Vård- och omsorgschef", a page header and footer.

Expected (what a careful secretary enters): the front matter (one year, 2026; the vård- och
omsorgschef is the förvaltningschef); the prose chapters; seven goals without their numbers,
six with the forecast as their assessment (the unmarked one has none); fifteen indicators with
utfall 2024 and 2025, the measured 2026 value as utfall 2026 (the period so far) and the 2026
target; twelve activities with ansvarig, slutdatum and their goal, each with the status of its
group; six driftbudget rows by (budget, 2026), (utfall, 2026) and (prognos, 2026), the
forecast being the budget less the printed deviation (a surplus is positive); six
resultaträkning rows by bokslut 2025, budget, utfall and prognos 2026; the volume and
personnel key figures as printed, the personnel note; five controls with their process. The
målområde headings, goal numbers, crosses, group rows, "Mäts i okt"-cells, "Genomfört"
cells, table headers and the Summa, Nettokostnad, Kommunbidrag and Resultat rows are
structure; the page header and footer are not in the plan."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.word_shapes_docx import Writer, cell_text, sv
from tests.word_shapes_ds_parts import (
    ACTIVITIES,
    AREAS,
    CONTROLS,
    COSTS,
    DRIFT,
    INCOME,
    KOMMUNBIDRAG,
    STAFF,
    STAFF_NOTE,
    VOLUMES,
    Ind,
)
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

MINUS = "\u2212"
HEADER = "Norrbacka kommun · Vård- och omsorgsförvaltningen · Delår 2 2026"
FOOTER = "VON 2026/214 · Sidan"
GRADES = ("uppfyllt", "delvis", "ej_uppfyllt")


def _m(amount: int, plus: bool = False) -> str:
    return ("+" if plus and amount > 0 else "") + sv(amount, minus=MINUS)


def _shade(row: Any) -> None:
    for cell in row.cells:
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "D9E2F3")
        cell._tc.get_or_add_tcPr().append(shd)


def _cover(w: Writer) -> None:
    section = w.doc.sections[0]
    section.different_first_page_header_footer = False
    for part, text in ((section.header, HEADER), (section.footer, FOOTER)):
        paragraph = part.paragraphs[0]
        paragraph.text = text
        paragraph.runs[0].font.size = Pt(8)
    w.expected.absent += [HEADER, FOOTER]
    w.cover("Norrbacka kommun", size=12, bold=True)
    w.para()
    w.cover("Delårsrapport per 31 augusti 2026", size=26, bold=True)
    w.cover("Vård- och omsorgsnämnden", size=16)
    w.para()
    w.cover("Dnr VON 2026/214", size=10)
    w.cover("Ordförande: Anneli Wiklund (S)", size=10)
    w.cover("Vård- och omsorgschef: Peter Lindqvist", size=10)
    w.cover("Beslutad av vård- och omsorgsnämnden 2026-09-23, § 96", size=10)
    w.page_break()


def _intro(w: Writer) -> None:
    w.chapter("Sammanfattning")
    w.paras(
        "Vård- och omsorgsnämnden prognostiserar ett underskott på 7,4 miljoner kronor för "
        "2026. Underskottet finns främst inom hemtjänsten, där antalet beviljade timmar är "
        "sex procent fler än budgeterat, och inom hälso- och sjukvården, som fortfarande hyr "
        "in sjuksköterskor under semesterperioden.",
        "Av nämndens sju mål bedöms två bli uppfyllda, tre delvis uppfyllda och ett inte "
        "uppfyllt vid årets slut. Ett mål kan inte bedömas förrän brukarundersökningen är "
        "klar. Fyra av tolv aktiviteter är genomförda och en har avbrutits.",
    )
    w.chapter("Viktiga händelser under perioden")
    w.para(
        "Perioden har präglats av fortsatt ökade behov i hemtjänsten och av arbetet med att "
        "minska inhyrningen av sjuksköterskor."
    )
    w.bullets(
        "Tio nya platser öppnade på Ekbackens särskilda boende den 1 mars.",
        "Servicebostaden på Björkvägen togs i bruk i april.",
        "Nämnden antog en handlingsplan för heltid som norm i maj.",
        "Sommaren klarades med färre inhyrda sjuksköterskor än 2025.",
    )


def _summary(w: Writer) -> None:
    caption = "Tabell 1. Samlad bedömning av nämndens mål – prognos helår 2026"
    w.para(("b", caption))
    w.structure(caption)
    rows = [
        ["Nr", "Nämndsmål", "Prognos helår 2026", "", "", "Kommentar"],
        ["", "", "Uppfylls", "Delvis", "Uppfylls inte", ""],
    ]
    for _, goals in AREAS:
        for number, goal, grade, comment, _, _ in goals:
            marks = ["", "", ""]
            if grade:
                marks[GRADES.index(grade)] = "x" if number == "2.2" else "X"
            rows.append([number, goal, *marks, comment])
            w.structure(number, *marks)
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)]
    table = w.table(rows, header_rows=2, merges=merges, widths=[1.0, 6.6, 1.6, 1.4, 1.6, 4.4])
    for row in table.rows[2:]:
        for cell in row.cells[2:5]:
            cell.paragraphs[0].alignment = 1


def _goal(w: Writer, number: str, goal: str, grade: str, inds: list[Ind], prose: list[str]) -> None:
    x = w.expected
    w.heading(f"{number} {goal}", 3)
    x.goals.append(Goal(goal))
    if grade:
        x.assessments.append(Assessment(goal, grade))
    w.paras(*prose)
    rows = [["Indikator", "Utfall 2024", "Utfall 2025", "Senaste mätning 2026", "Målvärde 2026"]]
    for name, unit, y24, y25, y26, shown, target in inds:
        rows.append([name, cell_text(y24, unit), cell_text(y25, unit), shown,
                     cell_text(target, unit)])  # fmt: skip
        if y26 is None:
            w.structure(shown)  # not measured yet: no outcome to enter
        outcomes = {2024: y24, 2025: y25, 2026: y26}
        done = {y: v for y, v in outcomes.items() if v is not None}
        x.indicators.append(Indicator(goal, name, unit, targets={2026: target}, outcomes=done))
    w.table(rows, widths=[6.8, 2.0, 2.0, 3.0, 2.4])


def _goals(w: Writer) -> None:
    w.chapter("Måluppfyllelse")
    w.paras(
        "Nämndens mål utgår från kommunfullmäktiges tre målområden. I tabellen nedan "
        "redovisas nämndens prognos för måluppfyllelsen vid årets slut. Under varje mål "
        "följer en analys och de indikatorer som följs upp.",
    )
    _summary(w)
    for area, goals in AREAS:
        w.heading(area, 2)
        w.structure(area)
        for number, goal, grade, _, inds, prose in goals:
            _goal(w, number, goal, grade, inds, prose)


def _activities(w: Writer) -> None:
    x = w.expected
    w.chapter("Nämndens aktiviteter")
    w.para(
        "Nämnden beslutade om tolv aktiviteter i verksamhetsplanen för 2026. Tabellen visar "
        "läget per den 31 augusti, sorterat efter hur långt aktiviteterna har kommit."
    )
    goals = {n: g for _, specs in AREAS for n, g, *_ in specs}
    rows = [["Aktivitet", "Mål", "Ansvarig", "Planerat klart", "Kommentar"]]
    group_rows = []
    for group, status, acts in ACTIVITIES:
        group_rows.append(len(rows))
        rows.append([group, "", "", "", ""])
        w.structure(group)
        for name, number, who, when, date, comment in acts:
            rows.append([name, number, who, when, comment])
            w.structure(number)
            x.activities.append(Activity(name, who, date, group=goals[number]))
            x.statuses.append(ActivityStatus(name, status))
    merges = [(r, 0, r, 4) for r in group_rows]
    table = w.table(rows, merges=merges, widths=[6.0, 1.0, 3.6, 2.4, 4.0])
    for r in group_rows:
        _shade(table.rows[r])
        table.rows[r].cells[0].paragraphs[0].runs[0].bold = True


def _drift(w: Writer) -> None:
    w.chapter("Ekonomiskt resultat och prognos")
    w.paras(
        "Nämndens prognos för helåret är ett underskott på 7,4 miljoner kronor mot budget. "
        "Hemtjänsten visar det största underskottet, 5,6 miljoner kronor, eftersom fler "
        "timmar beviljas än budgeterat. Inom hälso- och sjukvården beror underskottet på "
        "inhyrda sjuksköterskor under sommaren.",
        "Särskilt boende visar ett överskott när statsbidraget för äldreomsorg blev högre än "
        "beräknat.",
    )
    caption = "Tabell 2. Driftredovisning per verksamhet, tkr"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Verksamhet", "Budget 2026", "Utfall jan–aug 2026", "Budgetavvikelse prognos helår"]
    rows = [header]
    for name, budget, outcome, deviation in DRIFT:
        rows.append([name, _m(budget), _m(outcome), _m(deviation, plus=True)])
        amounts = {
            ("budget", 2026): D(budget),
            ("utfall", 2026): D(outcome),
            ("prognos", 2026): D(budget - deviation),
        }
        w.expected.budget.append(BudgetRow("drift", name, amounts))
    total = [
        "Summa",
        _m(sum(r[1] for r in DRIFT)),
        _m(sum(r[2] for r in DRIFT)),
        _m(sum(r[3] for r in DRIFT), plus=True),
    ]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[6.4, 2.8, 3.2, 4.2])
    w.para(("i", "Positiv avvikelse = överskott, negativ avvikelse = underskott."), size=9)
    _result(w)


def _result(w: Writer) -> None:
    caption = "Tabell 3. Resultaträkning, tkr"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Tkr", "Bokslut 2025", "Budget 2026", "Utfall jan–aug 2026", "Prognos 2026"]]
    keys = [("bokslut", 2025), ("budget", 2026), ("utfall", 2026), ("prognos", 2026)]
    nets = [0, 0, 0, 0]
    for lines, label in ((INCOME, "Summa intäkter"), (COSTS, "Summa kostnader")):
        sums = [0, 0, 0, 0]
        for name, amounts in lines:
            rows.append([name, *(_m(a) for a in amounts)])
            given = {k: D(a) for k, a in zip(keys, amounts, strict=True)}
            w.expected.budget.append(BudgetRow("resultat", name, given))
            sums = [s + a for s, a in zip(sums, amounts, strict=True)]
        rows.append([label, *(_m(s) for s in sums)])
        w.totals(label, *(_m(s) for s in sums))
        nets = [n + s for n, s in zip(nets, sums, strict=True)]
    result = [k + n for k, n in zip(KOMMUNBIDRAG, nets, strict=True)]
    # Judgement (as in CE and M): Nettokostnad is the rows' sum, Kommunbidrag the ram and
    # Resultat their difference: no rows of the budget.
    for label, figures in (("Nettokostnad", nets), ("Kommunbidrag", list(KOMMUNBIDRAG)),
                           ("Resultat", result)):  # fmt: skip
        rows.append([label, *(_m(f) for f in figures)])
        w.totals(label, *(_m(f) for f in figures))
        w.expected.not_rows += [("drift", label), ("resultat", label)]
    w.table(rows, widths=[5.4, 2.8, 2.8, 3.0, 2.8])


def _key_table(w: Writer, title: str, header: list[str], rows: list[list[str]]) -> None:
    w.para(("b", title))
    w.structure(title)
    w.table([header, *rows], keep_headers=True, widths=[6.4, *[2.6] * (len(header) - 1)])
    w.expected.key_figures += [
        KeyRow(title, r[0], dict(zip(header[1:], r[1:], strict=True))) for r in rows
    ]


def _figures(w: Writer) -> None:
    w.chapter("Verksamhetens volymer")
    w.para(
        "Antalet beviljade hemtjänsttimmar har ökat med sju procent jämfört med 2025 och "
        "ligger över budget. Beläggningen i särskilt boende har sjunkit något sedan de nya "
        "platserna på Ekbacken öppnade."
    )
    _key_table(w, "Tabell 4. Verksamhetsmått", *VOLUMES)
    w.chapter("Personal")
    w.para(
        "Sjukfrånvaron fortsätter att minska, och andelen timavlönade har gått ned sedan fler "
        "medarbetare erbjudits heltid."
    )
    title = "Tabell 5. Personalnyckeltal"
    _key_table(w, title, *STAFF)
    w.para(("i", STAFF_NOTE), size=9)
    w.expected.notes.append(TableNote(title, STAFF_NOTE))


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Nämndens internkontrollplan för 2026 innehåller fem kontrollmoment. Tre har "
        "genomförts, ett pågår och ett genomförs under hösten enligt plan."
    )
    rows = [["Kontrollmoment", "Process/rutin", "Genomfört", "Resultat och åtgärd"]]
    for moment, process, done, result in CONTROLS:
        rows.append([moment, process, done, result])
        w.structure(done)  # Judgement: whether it was done is the follow-up's, not the plan's
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[5.4, 3.6, 1.8, 5.8])
    w.chapter("Framåtblick")
    w.para(
        "Förvaltningen redovisar i oktober åtgärder för att minska underskottet i "
        "hemtjänsten, bland annat en översyn av planeringen och av hur biståndsbesluten "
        "formuleras. Budgeten för 2027 behöver ta hänsyn till att antalet invånare över 80 år "
        "ökar med drygt fyra procent per år."
    )


def build_ds(path: Path) -> Expected:
    front = Front(
        namnd="Vård- och omsorgsnämnden",
        kommun="Norrbacka kommun",
        forsta_ar=2026,
        sista_ar=2026,
        titel="Delårsrapport per 31 augusti 2026",
        ordforande="Anneli Wiklund (S)",
        forvaltningschef="Peter Lindqvist",
        diarienummer="VON 2026/214",
    )
    w = Writer("DS-vård-omsorg-delår-prognoskryss", front)
    _cover(w)
    _intro(w)
    _goals(w)
    _activities(w)
    _drift(w)
    _figures(w)
    _control(w)
    return w.save(path)
