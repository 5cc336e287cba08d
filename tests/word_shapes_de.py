"""Corpus document DE: a medborgarnämnd's plan in the shape of a published social-services
plan, typed by hand in Word's Normal style but for the chapter headings: cover lines
"Nämndsordförande: … (c)" and "Förvaltningschef: …", the nämnd and title typed again as body
lines at the top of each page (no real header, one in the middle of a sentence), a typed
table of contents with tab-aligned page numbers and italic sub-entries, planned changes as
bullet lists under section labels ending in ":", målområden as bold capital lines with a dash
subtitle and the KF's text under them, goal tables typed without merged cells ("Nämndsmål 1:
| goal | | …", "Nämndsmål :" without a number, one goal upright), indicators prefixed by their
verksamhet, biennial measures with empty years and text targets repeated over every year;
personnel key figures with a "Förändring i %" column and a pension table right under them,
a cost-per-inhabitant table whose second part starts with a "Total kostnad, Kkr" row and has
"*"/"**" marks explained under it; the driftbudget with past years per row and the KF's
frame only in the NETTOKOSTNAD row; investments with "Projektblad nr"; internkontroll.

Expected (what a perfect import gives): the front matter from the cover lines (kommun from
the cover's first line, dnr from its last); four narrative chapters; six nämndsmål (without
their labels) with 21 indicators named as printed (verksamhet prefix kept), nuläge 2025 and
targets 2026-2029 (no entry for a blank year; text targets as text); the bullets of planned
changes kept as chapter text (a list in a prose chapter is no activity table); seven drift
rows by (bokslut 2024), (bokslut 2025), (budget 2026), NETTOKOSTNAD a totals row; three
investments with their projektblad; the personnel, pension and cost key figures as printed
(the second part of the cost table under the group "Total kostnad, Kkr", names without their
stars) with the two notes; four controls with their process. The typed running header lines,
the TOC, "Mål och uppföljning" and the economy headings and all header cells are structure;
the TOC lines with their page numbers must be absent."""

from __future__ import annotations

from pathlib import Path

from docx.shared import Cm, Pt

from tests import word_shapes_de_parts as p
from tests.word_shapes_docx import Writer, budget_rows, cell_text, sv
from tests.word_shapes_model import (
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    TableNote,
)

NAMND = "Medborgarnämnden"
TITLE = "Verksamhetsplan 2027-2029"
TOC = [
    (1, "Planeringsförutsättningar och omvärldsanalys", 1),
    (1, "Förändring, utveckling och trender", 2),
    (1, "Mål och uppföljning", 4),
    (2, "Trygghet", 4),
    (2, "Egen försörjning", 5),
    (2, "Delaktighet", 5),
    (2, "Kompetens", 6),
    (2, "Hållbarhet", 7),
    (1, "Verksamhetsbeskrivning", 8),
    (2, "Organisationsbeskrivning", 9),
    (2, "Personalnyckeltal", 10),
    (2, "Omsättningstal och nyckeltal", 10),
    (1, "Ekonomi – driftbudget 2027 samt -plan 2028-2029", 11),
    (1, "Investeringsbudget 2027 samt -plan 2028-2031", 11),
    (1, "Intern kontroll 2027", 12),
]
ECONOMY = "Ekonomi – driftbudget 2027 samt -plan 2028-2029"
INVEST = "Investeringsbudget 2027 samt -plan 2028-2031"


def _new_page(w: Writer) -> None:
    """A page break and the nämnd and title typed again at the top, as the template has it."""
    w.page_break()
    w.para(NAMND, size=9)
    w.para(TITLE, size=9)


def _cover(w: Writer) -> None:
    w.cover("Lövsjö kommun", size=14)
    for _ in range(4):
        w.para("")
    w.cover(NAMND, size=20, bold=True)
    w.cover(TITLE, size=20, bold=True)
    for _ in range(6):
        w.para("")
    w.cover("Nämndsordförande: Karin Holmqvist (c)")
    w.cover("Förvaltningschef: Anders Bäckström")
    w.cover("Dnr MBN 2026/214")
    w.page_break()
    w.cover("Innehållsförteckning\tSidnr", bold=True)
    for level, text, page in TOC:
        line = w.para(("i" if level == 2 else "", f"{text}\t{page}"))
        line.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        line.paragraph_format.tab_stops.add_tab_stop(Cm(16.5))
        w.structure(f"{text}\t{page}", f"{text} {page}")
        w.expected.absent.append(f"{text} {page}")
    _new_page(w)


def _trends(w: Writer) -> None:
    w.chapter("Planeringsförutsättningar och omvärldsanalys")
    w.paras(
        "Medborgarförvaltningens verksamhet påverkas hela tiden av förändringar i omvärlden "
        "och av beslut inom kommunen.",
        "Antalet hushåll som behöver försörjningsstöd har ökat två år i rad, samtidigt som "
        "Arbetsförmedlingen har färre kontor i länet. Omkring 60 % av dem som lämnar "
        "etableringen har ännu inte en egen försörjning. Förvaltningen räknar därför med "
        "fortsatt högt tryck på ekonomiskt bistånd under planperioden och vill samordna "
        "insatserna med andra aktörer så att de ger mest nytta för den enskilde.",
        "Bristen på bostäder påverkar alla delar av verksamheten. Det är svårt att hitta "
        "lägenheter för personer som har utsatts för våld i nära relationer och för dem som "
        "av olika skäl inte kan få ett eget hyreskontrakt.",
        "Insatser ska i första hand ges på hemmaplan, och förebyggande och tidiga insatser "
        "går före placeringar.",
    )
    _new_page(w)
    w.para(
        "Förvaltningen har haft hög personalomsättning bland både chefer och handläggare. "
        "Under planperioden ska vi bli en arbetsgivare som kan rekrytera, utveckla och "
        "behålla medarbetare, och det förutsätter ordning och reda och att var och en ser "
        "hur det egna arbetet bidrar till helheten."
    )
    w.chapter("Förändring, utveckling och trender")
    for n, (section, bullets) in enumerate(p.SECTIONS):
        w.para(f"{section}:")
        for m, (text, _action) in enumerate(bullets):
            if n == 1 and m == 2:
                _new_page(w)  # the list goes on over the page
            w.bullets(text)  # chapter text: a list of planned changes is no activity table
    _new_page(w)


def _goal_table(w: Writer, label: str, goal: str, italic: bool, rows: list[p.IndRow]) -> None:
    years = p.TARGET_YEARS
    head = [
        [label, goal, "", "", "", ""],
        ["Mätmetod/Indikator", "Nuläge:", "Målnivåer:", "", "", ""],
        ["", str(p.NULAGE_YEAR), *(str(y) for y in years)],
    ]
    body = [
        [name, cell_text(now, unit), *(cell_text(t, unit) for t in targets)]
        for name, unit, now, targets in rows
    ]
    table = w.table([*head, *body], header_rows=3, widths=[6.6, 2.1, 2.1, 2.1, 2.1, 2.1])
    w.expected.structure.discard(goal)
    run = table.cell(0, 1).paragraphs[0].runs[0]
    run.bold, run.italic = False, italic or None
    w.expected.goals.append(Goal(goal, "namnd"))
    for name, unit, now, targets in rows:
        w.expected.indicators.append(
            Indicator(
                goal,
                name,
                unit,
                p.NULAGE_YEAR if now is not None else None,
                now,
                {y: t for y, t in zip(years, targets, strict=True) if t is not None},
            )
        )


def _goals(w: Writer) -> None:
    w.heading("Mål och uppföljning", 1)
    w.structure("Mål och uppföljning")
    for n, (area, texts, goals) in enumerate(p.AREAS):
        if n in (2, 4):
            _new_page(w)
        w.para(("b", area))
        w.paras(*texts)
        for label, goal, italic, rows in goals:
            _goal_table(w, label, goal, italic, rows)
            w.para("")
    _new_page(w)


def _units(w: Writer) -> None:
    w.chapter("Verksamhetsbeskrivning")
    for label, texts in p.UNITS:
        w.para(("b", label))
        w.paras(*texts)
    w.para(
        "Jobbcenter tar emot nya sökande av försörjningsstöd inom sju arbetsdagar och "
        "arbetar för att hitta"
    )
    _new_page(w)
    w.para(
        "individuella lösningar utifrån deltagarens förmåga och egna mål, med studier eller "
        "arbete som nästa steg."
    )
    w.heading("Organisationsbeskrivning", 2)
    w.para("Förvaltningens organisationsschema finns i bilaga 1.")
    _new_page(w)


def _key_figures(w: Writer) -> None:
    w.heading("Personalnyckeltal", 2)
    w.table([p.PERSONNEL_HEAD, *p.PERSONNEL], keep_headers=True, widths=[6.4, 2.4, 2.4, 2.4, 3])
    for row in p.PERSONNEL:
        values = dict(zip(p.PERSONNEL_HEAD[1:], row[1:], strict=True))
        w.expected.key_figures.append(KeyRow("Personalnyckeltal", row[0], values))
    w.table([p.PENSION_HEAD, p.PENSION], keep_headers=True)
    values = dict(zip(p.PENSION_HEAD[1:], p.PENSION[1:], strict=True))
    w.expected.key_figures.append(KeyRow("", "Antal", values))

    heading = "Omsättningstal och nyckeltal"
    w.heading(heading, 2)
    rows = [p.COST_HEAD, *p.COST_PER_INHABITANT, [p.TOTAL_GROUP, *[""] * 6], *p.TOTAL_COST]
    w.table(rows, keep_headers=True, widths=[5.6, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9], size=8)
    for row in p.COST_PER_INHABITANT:
        values = dict(zip(p.COST_HEAD[1:], row[1:], strict=True))
        w.expected.key_figures.append(KeyRow(heading, row[0], values))
    for row in p.TOTAL_COST:
        values = dict(zip(p.COST_HEAD[1:], row[1:], strict=True))
        name = row[0].rstrip(" *")
        w.expected.key_figures.append(KeyRow(heading, name, values, group=p.TOTAL_GROUP))
    w.para("")
    for note in p.COST_NOTES:
        w.para(note, size=9)
        w.expected.notes.append(TableNote(heading, note.lstrip("* ")))
    _new_page(w)


def _budget(w: Writer) -> None:
    w.heading(ECONOMY, 1)
    w.structure(ECONOMY)
    keys = [("bokslut", 2024), ("bokslut", 2025), ("budget", 2026)]
    rows = budget_rows(w, "drift", keys, p.DRIFT, "NETTOKOSTNAD")
    head = [
        ["DRIFTVERKSAMHET", "Bokslut", "Bokslut", "Budget", "Budget", "Budget", "Budget"],
        ["Nettobelopp i kkr utan decimal", "2024", "2025", "2026 Kf 251126", "2027", "2028",
         "2029"],
    ]  # fmt: skip
    body = [*([*r, "", "", ""] for r in rows[:-1]), [*rows[-1], *(sv(v) for v in p.FRAME)]]
    table = w.table([*head, *body], header_rows=2, widths=[5.4, 1.8, 1.8, 2.4, 1.8, 1.8, 1.8])
    for cell in table.rows[1].cells[:1]:
        cell.paragraphs[0].runs[0].italic = True
        cell.paragraphs[0].runs[0].bold = False

    w.heading(INVEST, 1)
    w.structure(INVEST)
    w.para("(vid många projekt, gruppera projekten i grupper i tabellen nedan)")
    w.structure("(vid många projekt, gruppera projekten i grupper i tabellen nedan)")
    keys_i = [("budget", 2027), ("plan", 2028), ("plan", 2029), ("plan", 2030), ("plan", 2031)]
    named = [(n, a) for n, _, a in p.PROJECTS]
    inv = budget_rows(w, "investering", keys_i, named, "SUMMA INVESTERINGAR")
    count = len(p.PROJECTS)
    w.expected.budget[-count:] = [
        BudgetRow("investering", r.name, r.amounts, p.PROJECTS[n][1])
        for n, r in enumerate(w.expected.budget[-count:])
    ]
    head = [
        ["Projektnamn/Projektgruppering", "", "Budget", "Plan", "Plan", "Plan", "Plan"],
        ["Belopp i kkr utan decimal", "Projektblad nr", "2027", "2028", "2029", "2030", "2031"],
    ]
    body = [[r[0], p.PROJECTS[n][1], *r[1:]] for n, r in enumerate(inv[:-1])]
    table = w.table(
        [*head, *body, [inv[-1][0], "", *inv[-1][1:]]],
        header_rows=2,
        widths=[5.4, 2.4, 1.8, 1.8, 1.8, 1.8, 1.8],
    )
    for r in range(1, 2 + count):
        for cell in table.rows[r].cells[:2]:
            for run in cell.paragraphs[0].runs:
                run.italic = True
                run.bold = False
    _new_page(w)


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll 2027")
    w.para(
        "Nämnden har beslutat om följande kontroller för 2027. Resultatet rapporteras till "
        "nämnden i samband med verksamhetsberättelsen."
    )
    rows = [["Process/rutin", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    for process, moment, who, when in p.CONTROLS:
        rows.append([process, moment, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.2, 7.4, 3.6, 2.6])


def build_de(path: Path) -> Expected:
    front = Front(
        namnd=NAMND,
        kommun="Lövsjö kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel=TITLE,
        ordforande="Karin Holmqvist (c)",
        forvaltningschef="Anders Bäckström",
        diarienummer="MBN 2026/214",
    )
    w = Writer("DE-medborgarnämnd-maskinskrivna-måltabeller", front)
    w.doc.styles["Normal"].font.size = Pt(11)
    _cover(w)
    _trends(w)
    _goals(w)
    _units(w)
    _key_figures(w)
    _budget(w)
    _control(w)
    return w.save(path)
