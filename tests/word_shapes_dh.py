"""Corpus document DH: a samhällsbyggnadsnämnd's "Nämndplan 2027–2029" organised by
priorities instead of goal tables. Chapters are Heading 1 numbered by hand ("1 Inledning",
"2 Nämndens prioriteringar"); under a hand-numbered Heading 2 per målområde ("2.1 Ett växande
Ljusnebo") each priority is a Heading 3 "Prioritering 1: …" (one typed "Prioritering 4 – …"),
the nämnd's goal, with a short paragraph, then a bold line "Så vet vi att vi lyckas" over
bullets that are indicator sentences with their figures written in ("Andelen bygglov som
beslutas inom tio veckor ökar från 81 % (2025) till 95 % 2027", "Antal nya bostäder i
detaljplan: minst 400 per år (2025: 310)"), and a bold line "Det här gör vi" over activity
bullets, most ending "(Plan- och byggenheten, klart 2027)"; priority 4 has no indicators. The
budget is a table "Verksamhet | Kostnader | Intäkter | Nettokostnad" for Budget 2027 with a
"Nämnden totalt" row, the investments a bullet list "Name: 6 500 tkr 2027 och 4 000 tkr 2028",
"Fakta om nämnden" a table of figures 2023–2025 with a source line, internkontroll a table.
The page footer names the kommun and the diarienummer.

Expected (what a perfect import gives): the front matter from the cover lines; five chapters
without their numbers; six nämndsmål (the priorities without "Prioritering n:") with sixteen
indicators: the name is the sentence's subject (before "ökar/minskar från", "ska vara" or the
colon), nuläge and its year from "från X (year)" or "(year: X)", targets by year as written,
"per år"/"varje år" a target in each year 2027–2029, "minst"/"högst" kept with the target;
fifteen activities (the bullet without its parenthesis) with ansvarig and slutdatum from the
parenthesis (a year's or month's last day), none where the bullet has no parenthesis, each
under its priority; seven driftbudget rows with the nettokostnad as (budget, 2027) (kostnader
and intäkter are not net amounts, as in AP); five investments by year; seven key-figure rows
of "Fakta om nämnden" and its source line as note; five controls with their process. The
målområden are kept as målområden (their Heading 2 text); the bold labels, the table headers
and the totals row are structure; the footer must not reach the plan."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH

from tests.word_shapes_dh_parts import (
    AREAS,
    BUDGET,
    CONTROLS,
    CONTROLS_HEADER,
    FACTS,
    FACTS_HEADER,
    FACTS_NOTE,
    INVESTMENTS,
)
from tests.word_shapes_docx import Writer, sv
from tests.word_shapes_model import (
    Activity,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    TableNote,
)

FOOTER = "Ljusnebo kommun  •  Samhällsbyggnadsnämnden  •  Dnr SBN 2026/214"
FACTS_TITLE = "Fakta om nämnden"


def _chapter(w: Writer, number: int, name: str) -> None:
    w.heading(f"{number} {name}", 1)
    w.expected.chapters.append(name)


def _cover(w: Writer) -> None:
    w.cover("Ljusnebo kommun", size=14, bold=True)
    w.para("")
    w.cover("Samhällsbyggnadsnämnden", size=16)
    w.para("")
    w.cover("Nämndplan 2027–2029", size=28, bold=True)
    w.cover("med budget 2027", size=14)
    w.para("")
    w.cover("Beslutad av samhällsbyggnadsnämnden 2026-12-10, § 118")
    w.cover("Dnr SBN 2026/214")
    w.para("")
    w.cover("Ordförande: Lena Forsberg (S)")
    w.cover("Samhällsbyggnadschef: Johan Ek")
    footer = w.doc.sections[0].footer.paragraphs[0]
    footer.text = FOOTER
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    w.expected.absent.append(FOOTER)
    w.page_break()


def _intro(w: Writer) -> None:
    _chapter(w, 1, "Inledning")
    w.paras(
        "Samhällsbyggnadsnämnden ansvarar för fysisk planering, bygglov, miljö- och "
        "hälsoskydd, gator och parker samt kommunens mark. Nämndplanen beskriver vad nämnden "
        "prioriterar under 2027–2029 och hur nämnden använder sin budget för 2027.",
        "Planen utgår från kommunfullmäktiges vision Ljusnebo 2040 och de tre målområden som "
        "fullmäktige har beslutat. Nämnden har valt ut sex prioriteringar där verksamheten "
        "ska göra skillnad under perioden. Varje prioritering följs upp i delårsrapporten och "
        "i årsredovisningen.",
        "Befolkningen ökade med 126 personer under 2025 och efterfrågan på tomter och "
        "lägenheter är fortsatt hög. Samtidigt har byggandet bromsat in på grund av höga "
        "räntor och byggkostnader, vilket gör det svårare att bedöma behovet av ny "
        "planlagd mark.",
    )


def _priorities(w: Writer) -> None:
    _chapter(w, 2, "Nämndens prioriteringar")
    w.para(
        "Prioriteringarna är nämndens mål för perioden. Under varje prioritering anges hur "
        "nämnden vet att arbetet lyckas och vad förvaltningen ska göra."
    )
    for area, text, priorities in AREAS:
        w.heading(area, 2)
        w.para(text)
        for p in priorities:
            w.heading(p.heading, 3)
            w.expected.goals.append(Goal(p.goal, "namnd"))
            w.para(p.text)
            if p.measures:
                w.para(("b", "Så vet vi att vi lyckas"))
                w.structure("Så vet vi att vi lyckas")
                w.bullets(*(m.sentence for m in p.measures))
            for m in p.measures:
                w.expected.indicators.append(
                    Indicator(p.goal, m.name, m.unit, m.year, m.nulage, m.targets)
                )
            w.para(("b", "Det här gör vi"))
            w.structure("Det här gör vi")
            w.bullets(*(a.sentence for a in p.acts))
            for a in p.acts:
                w.expected.activities.append(
                    Activity(a.name, a.ansvarig, a.slutdatum, group=p.goal)
                )


def _economy(w: Writer) -> None:
    _chapter(w, 3, "Ekonomi")
    w.para(
        "Kommunfullmäktige har gett nämnden en ram på 74 500 tkr för 2027, en ökning med "
        "2,6 procent jämfört med 2026. Intäkterna från bygglov och planavgifter är osäkra "
        "eftersom byggandet har minskat, och nämnden följer dem varje månad."
    )
    caption = "Budget 2027 (tkr)"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Verksamhet", "Kostnader", "Intäkter", "Nettokostnad"]]
    for name, cost, income in BUDGET:
        rows.append([name, sv(cost), sv(income), sv(cost - income)])
        w.expected.budget.append(BudgetRow("drift", name, {("budget", 2027): D(cost - income)}))
    costs, incomes = sum(b[1] for b in BUDGET), sum(b[2] for b in BUDGET)
    assert costs - incomes == 74_500
    total = ["Nämnden totalt", sv(costs), sv(incomes), sv(costs - incomes)]
    rows.append(total)
    w.totals(*total)
    table = w.table(rows, widths=[7.0, 3.0, 3.0, 3.2])
    for cell in table.rows[-1].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    w.para(
        "Kapitaltjänstkostnaderna för gator, parker och gatubelysning ingår i verksamheten "
        "Gator och vägar. Mark och fastigheter har ett överskott från arrenden och tomtförsäljning."
    )
    w.para(("b", "Investeringar 2027–2029"))
    w.structure("Investeringar 2027–2029")
    w.para("Nämnden planerar följande investeringar under perioden:")
    w.bullets(*(text for text, _ in INVESTMENTS))
    for text, amounts in INVESTMENTS:
        name = text.split(":")[0]
        given = {("budget", y): D(a) for y, a in amounts.items()}
        w.expected.budget.append(BudgetRow("investering", name, given))
    w.para(
        "Investeringarna ryms inom den ram på 45 000 tkr för perioden som fullmäktige har "
        "beslutat. Exploateringen av Södra Åsen förutsätter att detaljplanen vinner laga kraft."
    )


def _facts(w: Writer) -> None:
    _chapter(w, 4, FACTS_TITLE)
    w.para("Några siffror som beskriver nämndens verksamhet de senaste tre åren.")
    w.table([FACTS_HEADER, *FACTS], keep_headers=True, widths=[8.0, 2.4, 2.4, 2.4])
    for row in FACTS:
        given = dict(zip(FACTS_HEADER[1:], row[1:], strict=True))
        w.expected.key_figures.append(KeyRow(FACTS_TITLE, row[0], given))
    note = w.para(("i", FACTS_NOTE), size=8)
    note.paragraph_format.space_before = None
    w.expected.notes.append(TableNote(FACTS_TITLE, FACTS_NOTE))


def _control(w: Writer) -> None:
    _chapter(w, 5, "Internkontroll")
    w.para(
        "Nämndens internkontrollplan för 2027 bygger på den riskanalys som nämnden gjorde i "
        "september 2026. Kontrollerna nedan bedömdes ha störst risk och väsentlighet."
    )
    w.table([CONTROLS_HEADER, *CONTROLS], widths=[3.0, 6.2, 2.8, 2.4, 3.0])
    w.expected.controls += [Control(row[1], row[0]) for row in CONTROLS]


def build_dh(path: Path) -> Expected:
    front = Front(
        namnd="Samhällsbyggnadsnämnden",
        kommun="Ljusnebo kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Nämndplan 2027–2029",
        ordforande="Lena Forsberg (S)",
        forvaltningschef="Johan Ek",
        diarienummer="SBN 2026/214",
    )
    w = Writer("DH-samhällsbyggnad-prioriteringar", front)
    _cover(w)
    _intro(w)
    _priorities(w)
    _economy(w)
    _facts(w)
    _control(w)
    return w.save(path)
