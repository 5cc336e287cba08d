"""Corpus document DX: a large kommun's socialförvaltning's "Förvaltningsplan 2027", written
blind, in which socialnämndens goals are broken down into the förvaltning's åtaganden and
each avdelning's contribution. The cover names the kommun, the nämnd over the förvaltning, the
title, a subtitle, "Fastställd av socialdirektören …", "Dnr SOC 2026/1187" and "Socialdirektör:
Helena Strand"; there is no ordförande (the plan is the socialdirektör's decision). Chapters
are unnumbered Heading 1s. In "Nämndens mål och förvaltningens åtaganden" each nämndmål is a
Heading 2 "Nämndmål 1: …" with the nämnd's reason under it; each åtagande is a Heading 3
"Åtagande 1.1 Vi …" (no colon) with a line of explanation and a table "Indikator | Utfall
2025 | Målvärde 2027" ("Nytt mått", "Minst 95 %", "Högst 36 %", a unit in the name as
"(dagar)"). After the nämndmål's åtaganden comes a bold "Avdelningarnas bidrag till nämndmål
n" line over a matrix "Åtagande | Barn och unga | Vuxen | Försörjning | Funktionsstöd": one row
per åtagande by its number ("1.1"), the avdelningar as columns, each cell the avdelning's
activity with an italic "Klart: mars 2027" paragraph under it ("Q2 2027", "2027", or just
"Löpande"; one typed "(klart oktober 2027)" after the sentence), two activities in one cell,
and "–" where an avdelning does not contribute. The economy has a
driftbudget per avdelning (Bokslut 2025 | Budget 2026 | Budget 2027 | Förändring, a negative
"Förvaltningsgemensamt (statsbidrag)" row with "−", a Summa row) and a "per kostnadsslag"
table ending in Nettokostnad; the personnel chapter a "Tabell 3. Årsarbetare per avdelning"
with a Totalt row; the internkontroll "Process | Risk | Kontrollmoment | Ansvarig | Frekvens"
with one process merged down two rows; "Bilaga 1 Nyckeltal per avdelning" groups its rows
under shaded avdelning rows merged across, with a source line under it. A running header and
footer on every page.

Why real: large kommuners socialförvaltningar (Göteborg's, Malmö's and Uppsala's model)
write a förvaltningsplan in which the förvaltning answers the nämnd's goals with "åtaganden"
phrased "Vi …", and show in a matrix how each avdelning contributes; a matrix with the
avdelningar as columns is how a förvaltningsledning checks at a glance that every avdelning
has a part and no åtagande is left without one. The corpus has goal matrices with målområden
as columns (CG, BC) and activities linked by a goal's number (DO, CZ, AM), but no activities
in a matrix whose columns are their owners and whose rows link a lower goal level by number.

Expected (what a perfect import gives): the front matter (Socialnämnden, Hammarviks kommun,
2027, the socialdirektör as förvaltningschef, the Dnr); the seven Heading 1 chapters (the
appendix heading over its table and note alone is the table's title); four nämndmål (niva
namnd) and seven åtaganden (niva forvaltning) without their labels; sixteen indicators under
their åtagande with nuläge 2025 (none for "Nytt mått"), the 2027 target as printed, "%" where
the figures carry it; fifteen activities with the avdelning of their column as ansvarig, the
deadline (a month's last day, Q2 its end, a bare year 31 December, none for "Löpande") and
their åtagande as group; seven driftbudget rows and six rows by kostnadsslag; the staffing
table's seven rows (Totalt kept, as in CE and AN) and the appendix's eight rows in their
avdelning groups with the note; six controls with their process (the merged one twice).
Header cells, labels, the matrix's numbers and "–" cells, Förändring cells, totals rows, the
cover and the signature are structure; header and footer are absent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.word_shapes_docx import Writer, budget_rows, sv
from tests.word_shapes_dx_parts import (
    CONTROLS,
    COST_KEYS,
    COSTS,
    DEPTS,
    DRIFT,
    DRIFT_KEYS,
    GOALS,
    KEY_COLS,
    KEY_NOTE,
    KEY_TITLE,
    KEYS,
    STAFF,
    STAFF_COLS,
    STAFF_TITLE,
    Commitment,
)
from tests.word_shapes_model import (
    Activity,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    TableNote,
)

FRONT = Front(
    namnd="Socialnämnden",
    kommun="Hammarviks kommun",
    forsta_ar=2027,
    sista_ar=2027,
    titel="Förvaltningsplan 2027",
    forvaltningschef="Helena Strand",
    diarienummer="SOC 2026/1187",
)
HEADER = "Socialförvaltningen – Förvaltningsplan 2027"
FOOTER = "Hammarviks kommun | Dnr SOC 2026/1187"


def _shade(cell: Any, fill: str = "D9E2F3") -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _cover(w: Writer) -> None:
    w.cover("Hammarviks kommun", size=14, bold=True)
    w.cover("Socialnämnden", size=11)
    w.cover("Socialförvaltningen", size=16, bold=True)
    for _ in range(3):
        w.para("")
    w.cover("Förvaltningsplan 2027", size=28, bold=True)
    w.cover(
        "Så omsätter socialförvaltningen nämndens mål i åtaganden och avdelningarnas bidrag",
        size=13,
    )
    for _ in range(6):
        w.para("")
    for text in [
        "Fastställd av socialdirektören 2026-12-10",
        "Dnr SOC 2026/1187",
        "Socialdirektör: Helena Strand",
    ]:
        w.cover(text, size=9)
    w.page_break()
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER
    w.expected.absent += [HEADER, FOOTER]


def _prose(w: Writer) -> None:
    w.chapter("Socialdirektören har ordet")
    w.paras(
        "Socialförvaltningen möter varje år tusentals barn, vuxna och familjer i svåra "
        "situationer. Vårt uppdrag är att ge dem stöd som gör skillnad, i rätt tid och med "
        "rätt kvalitet, inom de ramar som socialnämnden har beslutat.",
        "År 2027 blir ett år då den nya socialtjänstlagen ska få genomslag i vardagen. Lagen "
        "betonar förebyggande arbete och insatser utan föregående behovsprövning. Samtidigt "
        "växer behoven snabbare än budgeten, och vi måste prioritera hårdare än tidigare.",
        "Den här planen visar hur förvaltningen tar sig an nämndens fyra mål. Varje avdelning "
        "har fått ett tydligt ansvar, och vi följer upp åtagandena i tertialrapporterna.",
    )
    w.para("")
    for text in ["Helena Strand", "Socialdirektör"]:
        w.para(("i", text))
        w.structure(text)

    w.chapter("Så hänger planen ihop")
    w.para(
        "Förvaltningsplanen är förvaltningens svar på socialnämndens verksamhetsplan. Den "
        "bygger på tre nivåer:"
    )
    w.bullets(
        "Nämndmål – det socialnämnden vill uppnå under mandatperioden.",
        "Åtaganden – det förvaltningen lovar att göra för att nå nämndmålet under 2027, med "
        "indikatorer som visar om vi lyckas.",
        "Avdelningarnas bidrag – de aktiviteter som varje avdelning genomför för att "
        "förvaltningen ska klara sina åtaganden.",
    )
    w.para(
        "Avdelningarna bryter i sin tur ner bidragen i enhetsplaner, som inte ingår i detta "
        "dokument."
    )

    w.chapter("Förvaltningens organisation och uppdrag")
    w.para(
        "Socialförvaltningen leds av socialdirektören och har fyra verksamhetsavdelningar och "
        "en administrativ avdelning:"
    )
    w.bullets(
        "Avdelningen för barn och unga – myndighetsutövning och öppenvård för barn, unga och "
        "familjer samt familjehemsvården.",
        "Vuxenavdelningen – missbruks- och beroendevård, socialpsykiatri och stöd till "
        "våldsutsatta.",
        "Avdelningen för försörjning – ekonomiskt bistånd, skuldrådgivning och "
        "bostadssociala insatser.",
        "Avdelningen för funktionsstöd – insatser enligt LSS och boendestöd.",
        "Administrativa avdelningen – ekonomi, HR, IT, kvalitet och nämndadministration.",
    )
    w.para(
        "I planens tabeller benämns avdelningarna kort: Barn och unga, Vuxen, Försörjning "
        "och Funktionsstöd."
    )


def _commitment(w: Writer, c: Commitment) -> None:
    w.heading(f"Åtagande {c.nr} {c.text}", 3)
    w.expected.goals.append(Goal(c.text, "forvaltning"))
    w.para(c.why)
    rows = [["Indikator", "Utfall 2025", "Målvärde 2027"]]
    for name, unit, base_cell, base, target_cell, target in c.indicators:
        rows.append([name, base_cell, target_cell])
        w.expected.indicators.append(
            Indicator(c.text, name, unit, 2025 if base is not None else None, base,
                      {2027: target})
        )  # fmt: skip
    w.table(rows, widths=[10.6, 3.0, 3.0])
    w.para("")


def _matrix(w: Writer, nr: str, commitments: list[Commitment]) -> None:
    label = f"Avdelningarnas bidrag till nämndmål {nr}"
    w.para(("b", label))
    w.structure(label)
    rows = [["Åtagande", *DEPTS]]
    for c in commitments:
        rows.append([c.nr] + [""] * len(DEPTS))
        w.structure(c.nr)
    table = w.table(rows, widths=[1.8, 3.7, 3.7, 3.7, 3.7])
    for r, c in enumerate(commitments, start=1):
        for col, dept in enumerate(DEPTS, start=1):
            cell = table.cell(r, col)
            items = c.contributions.get(dept, [])
            first = cell.paragraphs[0]
            if not items:
                first.add_run("–").font.size = Pt(9)
                w.structure("–")
                continue
            for i, (act, when, day) in enumerate(items):
                p = first if i == 0 else cell.add_paragraph()
                p.add_run(act).font.size = Pt(9)
                if c.nr == "2.1" and dept == "Vuxen":
                    # One writer typed the deadline into the sentence instead.
                    p.add_run(f" (klart {when})").font.size = Pt(9)
                else:
                    line = when if when == "Löpande" else f"Klart: {when}"
                    run = cell.add_paragraph().add_run(line)
                    run.italic = True
                    run.font.size = Pt(8)
                w.expected.activities.append(Activity(act, dept, day, group=c.text))
    w.para("")


def _goals(w: Writer) -> None:
    w.chapter("Nämndens mål och förvaltningens åtaganden")
    w.para(
        "Socialnämnden har beslutat om fyra nämndmål för 2027. Under varje nämndmål redovisas "
        "förvaltningens åtaganden med indikatorer och därefter avdelningarnas bidrag. Utfallen "
        "avser helåret 2025 om inget annat anges."
    )
    for nr, goal, why, commitments in GOALS:
        w.heading(f"Nämndmål {nr}: {goal}", 2)
        w.expected.goals.append(Goal(goal, "namnd"))
        w.para(("i", why))
        for c in commitments:
            _commitment(w, c)
        _matrix(w, nr, commitments)


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Socialnämndens budgetram för 2027 är 1 374,3 mnkr, en ökning med 37,7 mnkr jämfört "
        "med 2026. Ökningen avser främst löne- och prisuppräkning och fler brukare inom "
        "funktionsstöd. Förvaltningen ska samtidigt minska kostnaderna för externa placeringar "
        "med 8 mnkr."
    )
    title = "Tabell 1. Driftbudget per avdelning, tkr"
    w.para(("b", title))
    w.structure(title)
    head = ["Avdelning", "Bokslut 2025", "Budget 2026", "Budget 2027", "Förändring"]
    body = budget_rows(w, "drift", DRIFT_KEYS, DRIFT, "Summa socialförvaltningen", minus="−")
    for row in body:
        change = int(row[3].replace("−", "-").replace(" ", "")) - int(
            row[2].replace("−", "-").replace(" ", "")
        )
        row.append(sv(change, minus="−"))
        w.structure(row[-1])
    w.table([head, *body], widths=[5.6, 2.6, 2.6, 2.6, 2.6])
    w.para(("i", "Förändring avser budget 2027 jämfört med budget 2026."))
    w.structure("Förändring avser budget 2027 jämfört med budget 2026.")
    w.para("")
    title = "Tabell 2. Budget per kostnadsslag, tkr"
    w.para(("b", title))
    w.structure(title)
    body = budget_rows(w, "resultat", COST_KEYS, COSTS, "Nettokostnad", minus="−")
    w.table([["Kostnadsslag", "Budget 2026", "Budget 2027"], *body], widths=[7.0, 3.0, 3.0])
    w.para(
        "Köpt verksamhet består till största delen av placeringar av barn och vuxna på HVB "
        "och i konsulentstödda familjehem."
    )


def _staff(w: Writer) -> None:
    w.chapter("Personal och kompetens")
    w.para(
        "Förvaltningen har drygt 1 100 årsarbetare. Rekryteringsläget för erfarna "
        "socialsekreterare är fortsatt svårt, och förvaltningen satsar därför på introduktion, "
        "handledning och karriärvägar. Ökningen inom funktionsstöd beror på två nya "
        "gruppbostäder som öppnar under 2027."
    )
    w.para(("b", STAFF_TITLE))
    w.structure(STAFF_TITLE)
    w.table(
        [["Avdelning", *STAFF_COLS], *([n, *v] for n, v in STAFF)],
        keep_headers=True,
        widths=[7.0, 2.6, 2.6, 2.6],
    )
    for name, values in STAFF:
        w.expected.key_figures.append(
            KeyRow(STAFF_TITLE, name, dict(zip(STAFF_COLS, values, strict=True)))
        )


def _controls(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Internkontrollplanen bygger på förvaltningens riskanalys från september 2026. "
        "Resultatet redovisas för socialnämnden i februari 2028."
    )
    rows = [["Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    merges = []
    process = ""
    for proc, risk, moment, who, when in CONTROLS:
        if not proc:
            merges.append((len(rows) - 1, 0, len(rows), 0))
        process = proc or process
        rows.append([proc, risk, moment, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, merges=merges, widths=[3.0, 4.0, 4.6, 2.8, 2.2])


def _key_figures(w: Writer) -> None:
    # A heading over one table and its note alone makes no chapter: it is the table's title.
    w.page_break()
    w.heading(KEY_TITLE, 1)
    w.structure(KEY_TITLE)
    rows = [["Nyckeltal", *KEY_COLS]]
    groups = []
    for group, lines in KEYS:
        groups.append(len(rows))
        rows.append([group, "", "", ""])
        w.structure(group)
        for name, values in lines:
            rows.append([name, *values])
            w.expected.key_figures.append(
                KeyRow(KEY_TITLE, name, dict(zip(KEY_COLS, values, strict=True)), group)
            )
    table = w.table(
        rows,
        keep_headers=True,
        merges=[(r, 0, r, 3) for r in groups],
        widths=[9.4, 2.4, 2.4, 2.4],
    )
    for r in groups:
        cell = table.cell(r, 0)
        _shade(cell)
        cell.paragraphs[0].runs[0].bold = True
    note = w.para(("i", KEY_NOTE), size=8)
    note.paragraph_format.space_before = Pt(2)
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_NOTE))


def build_dx(path: Path) -> Expected:
    w = Writer("DX-socialförvaltning-åtaganden", FRONT)
    _cover(w)
    _prose(w)
    _goals(w)
    _economy(w)
    _staff(w)
    _controls(w)
    _key_figures(w)
    return w.save(path)


__all__ = ["build_dx"]
