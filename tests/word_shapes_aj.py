"""Corpus document AJ: an individ- och familjenämnd's plan in the kommun's own template (no
Heading styles: "Kapitelrubrik" and "Målrubrik" paragraph styles carry the outline level,
the body text is "Brödtext" with the style id "Brdtext" Word gives it); each goal in a
"Målrubrik" paragraph over an indicator table with the indicators as COLUMNS and "Nuläge 2025",
"Mål 2027", "Mål 2028" as rows, targets written "Bibehålla" and as ranges ("12–15"); activities
as bullets "… (Enhetschef barn och unga, Q3 2027)"; a resultatbudget by cost type in tkr; key
figures compared with "Liknande kommuner" and "Riket"; internkontroll as a 4×4 risk matrix
holding the risks' names, followed by a table of the controls; the ordförande and the
socialchef only in a borderless signature table at the end.

Expected (what a perfect import gives): the front matter (the ordförande and the socialchef
from the signature table); six chapters; four nämndsmål with ten indicators, nuläge 2025 and
targets for 2027 and 2028 (ranges and "Bibehålla" as text); seven activities with ansvarig,
slutdatum and their goal; five resultatbudget rows; four key-figure rows; four controls. The
matrix's axis labels, the row labels of the indicator tables, the signature lines and the
totals are structure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.word_shapes_docx import Writer, budget_rows, cell_text
from tests.word_shapes_model import (
    Activity,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    Val,
)

Ind = tuple[str, str, Val, Val, Val]
"""An indicator: name (column heading), unit, nuläge 2025, mål 2027 and 2028."""
Act = tuple[str, str, str, dt.date]
"""An activity: name, ansvarig, the quarter as printed, the date it means."""

GOALS: list[tuple[str, list[Ind], list[Act]]] = [
    ("Barn och unga växer upp under trygga och goda förhållanden.",
     [("Andel barnavårdsutredningar klara inom fyra månader", "%", D(78), "85–90 %",
       "90–95 %"),
      ("Antal barn placerade utanför hemmet per 1 000 barn", "", D("6.4"), "5,5–6,0",
       "5,0–5,5"),
      ("Andel placerade barn med en egen socialsekreterare", "%", D(100), "Bibehålla",
       "Bibehålla")],
     [("Öppna en familjecentral tillsammans med regionen", "Enhetschef barn och unga",
       "Q3 2027", dt.date(2027, 9, 30)),
      ("Utöka öppenvården för tonåringar med kvällstid", "Enhetschef öppenvård", "Q1 2027",
       dt.date(2027, 3, 31))]),
    ("Fler vuxna blir självförsörjande.",
     [("Andel hushåll med långvarigt ekonomiskt bistånd", "%", D("2.1"), D("1.8"), D("1.5")),
      ("Andel deltagare i arbetsmarknadsinsatser som går till arbete eller studier", "%",
       D(34), "38–40 %", "40–45 %")],
     [("Gemensam handläggning av ekonomiskt bistånd och arbetsmarknadsinsatser",
       "Enhetschef försörjningsstöd", "Q2 2027", dt.date(2027, 6, 30)),
      ("Budget- och skuldrådgivning på drop-in två dagar i veckan", "Budget- och skuldrådgivare",
       "Q1 2027", dt.date(2027, 3, 31))]),
    ("Personer med missbruk eller beroende får sammanhållet stöd.",
     [("Antal personer med samordnad individuell plan (SIP)", "", D(41), "50–60", "60–70"),
      ("Andel klienter som avslutat behandling enligt plan", "%", D(62), D(70), D(75))],
     [("Gemensam mottagning för beroende med regionens psykiatri", "Enhetschef vuxen",
       "Q4 2027", dt.date(2027, 12, 31))]),
    ("Den som utsätts för våld i nära relationer får snabbt skydd och stöd.",
     [("Andel ärenden där skyddsbedömning görs samma dag", "%", D(92), "Bibehålla",
       "Bibehålla"),
      ("Antal medarbetare utbildade i FREDA-bedömning", "", D(38), D(55), D(60)),
      ("Andel våldsutsatta som erbjuds samtal inom en vecka", "%", D(81), "90–95 %",
       "95–100 %")],
     [("Rutin för att fråga om våld i alla utredningar", "Kvalitetsutvecklare", "Q2 2027",
       dt.date(2027, 6, 30)),
      ("Samverkansavtal med kvinno- och tjejjouren", "Socialchef", "Q1 2027",
       dt.date(2027, 3, 31))]),
]  # fmt: skip

KEYS = [("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
RESULT = [
    ("Intäkter", (18450, 19020, 19400, 19800)),
    ("Personalkostnader", (-96800, -100300, -103600, -106900)),
    ("Köpt verksamhet", (-61200, -63900, -65100, -66800)),
    ("Ekonomiskt bistånd", (-28400, -27600, -26900, -26300)),
    ("Lokaler och övriga kostnader", (-14650, -15020, -15300, -15600)),
]

KEY_HEADER = ["Nyckeltal", "Brattby 2025", "Liknande kommuner 2025", "Riket 2025"]
KEY_ROWS = [
    ["Kostnad individ- och familjeomsorg, kr per invånare", "5 842", "5 510", "5 967"],
    ["Kostnad barn- och ungdomsvård, kr per invånare 0–20 år", "9 120", "8 430", "9 305"],
    ["Invånare med ekonomiskt bistånd, andel", "3,4 %", "3,1 %", "3,9 %"],
    ["Återaktualiserade barn 0–12 år ett år efter insats, andel", "21 %", "18 %", "19 %"],
]

# The risk matrix: sannolikhet (rows, high to low) × konsekvens (columns), risks by name.
RISKS = {
    (4, 3): "Utredningstiden för barn överskrids",
    (3, 4): "Skyddsbedömning görs inte i tid",
    (3, 2): "Felaktiga utbetalningar av ekonomiskt bistånd",
    (2, 3): "Placering utan avtal",
}
CONTROLS = [
    ("Utredningstiden för barn överskrids",
     "Uppföljning av utredningstider i verksamhetssystemet", "Enhetschef barn och unga",
     "Varje månad"),
    ("Skyddsbedömning görs inte i tid", "Stickprov på tio nya ärenden",
     "Kvalitetsutvecklare", "Varje kvartal"),
    ("Felaktiga utbetalningar av ekonomiskt bistånd",
     "Kontroll av utbetalningar mot beslut i 25 slumpvis valda ärenden",
     "Enhetschef försörjningsstöd", "Två gånger per år"),
    ("Placering utan avtal", "Genomgång av alla pågående placeringar mot avtalskatalogen",
     "Controller", "Årligen"),
]  # fmt: skip


def _styles(w: Writer) -> None:
    """The kommun's template: its own heading styles with an outline level, and Brödtext."""
    styles = w.doc.styles
    for name, level, size in (("Kapitelrubrik", 0, 16), ("Målrubrik", 1, 12)):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.font.bold = True
        style.font.size = Pt(size)
        style.paragraph_format.space_before = Pt(12)
        outline = OxmlElement("w:outlineLvl")
        outline.set(qn("w:val"), str(level))
        style.element.get_or_add_pPr().append(outline)
    body = styles.add_style("Brödtext", WD_STYLE_TYPE.PARAGRAPH)
    body.style_id = "Brdtext"
    body.base_style = styles["Normal"]
    body.paragraph_format.space_after = Pt(6)


def _text(w: Writer, text: str) -> Any:
    return w.para(text, style="Brödtext")


def _chapter(w: Writer, text: str) -> None:
    w.expected.chapters.append(text)
    w.para(text, style="Kapitelrubrik")


def _cover(w: Writer) -> None:
    w.cover("Brattby kommun", size=14)
    w.cover("Individ- och familjenämnden", size=18, bold=True)
    w.cover("Verksamhetsplan och budget 2027–2028", size=26, bold=True)
    w.cover("Fastställd av individ- och familjenämnden 2026-12-03, § 142", size=10)
    w.cover("IFN 2026.412", size=10)
    w.page_break()


def _goals(w: Writer) -> None:
    _chapter(w, "Mål och aktiviteter")
    _text(
        w,
        "Nämnden har fyra mål för planperioden. Under varje mål visas indikatorerna i en "
        "tabell med nuläget och målvärdena, och därefter de aktiviteter nämnden genomför.",
    )
    rows_for = ("Nuläge 2025", "Mål 2027", "Mål 2028")
    w.structure(*rows_for, "Det här gör vi:")
    for goal, inds, acts in GOALS:
        w.para(goal, style="Målrubrik")
        w.expected.goals.append(Goal(goal, "namnd"))
        header = ["", *(name for name, *_ in inds)]
        rows = [header]
        for n, label in enumerate(rows_for):
            rows.append([label, *(cell_text(ind[2 + n], ind[1]) for ind in inds)])
        w.table(rows, widths=[2.6, *([13.8 / len(inds)] * len(inds))])
        # The indicators' names are the header cells here: content, not structure.
        w.expected.structure.difference_update(header[1:])
        for name, unit, base, t27, t28 in inds:
            w.expected.indicators.append(
                Indicator(goal, name, unit, 2025, base, {2027: t27, 2028: t28})
            )
        _text(w, "Det här gör vi:")
        for name, who, when, day in acts:
            line = f"{name} ({who}, {when})"
            w.doc.add_paragraph(line, style="List Bullet")
            # The line's parts are the activity's fields (name, ansvarig, end): checked there.
            w.structure(line)
            w.expected.activities.append(Activity(name, who, day, group=goal))


def _economy(w: Writer) -> None:
    _chapter(w, "Ekonomi")
    _text(
        w,
        "Kommunfullmäktige har gett nämnden en ram på 202,8 miljoner kronor för 2027. Kostnaden "
        "för köpt verksamhet ökar när fler unga placeras i HVB, medan kostnaden för ekonomiskt "
        "bistånd väntas minska.",
    )
    caption = "Resultatbudget, tkr"
    w.para(("b", caption), style="Brödtext")
    w.structure(caption)
    header = ["Kostnadsslag", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "resultat", KEYS, RESULT, "Nettokostnad", minus="−")
    w.table([header, *body], widths=[5.6, 2.6, 2.6, 2.6, 2.6])

    _chapter(w, "Jämförelser med andra kommuner")
    _text(
        w,
        "Nyckeltalen kommer från Kolada. Liknande kommuner är kommuner med liknande "
        "förutsättningar för individ- och familjeomsorg.",
    )
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[7, 3, 3.4, 2.6])
    w.expected.key_figures += [
        KeyRow("", row[0], dict(zip(KEY_HEADER[1:], row[1:], strict=True))) for row in KEY_ROWS
    ]


def _control(w: Writer) -> None:
    _chapter(w, "Intern kontroll")
    _text(
        w,
        "Riskerna har bedömts efter sannolikhet och konsekvens. Matrisen visar var varje risk "
        "hamnar; de fyra riskerna i matrisen har en kontroll under 2027.",
    )
    axis = ["Sannolikhet / Konsekvens", "1 Lindrig", "2 Kännbar", "3 Allvarlig"]
    axis.append("4 Mycket allvarlig")
    levels = ["4 Mycket sannolik", "3 Sannolik", "2 Möjlig", "1 Osannolik"]
    rows = [axis]
    for n, label in zip((4, 3, 2, 1), levels, strict=True):
        rows.append([label, *(RISKS.get((n, k), "") for k in (1, 2, 3, 4))])
    w.table(rows, widths=[3.6, 3.2, 3.2, 3.2, 3.2])
    w.structure(*levels)
    for row in rows[1:]:
        for cell in row[1:]:
            w.structure(cell)  # the risks are named again in the controls' table
    header = ["Risk", "Kontrollmoment", "Ansvarig", "Tidpunkt"]
    rows = [header]
    for risk, moment, who, when in CONTROLS:
        rows.append([risk, moment, who, when])
        w.expected.controls.append(Control(moment))
    w.table(rows, widths=[4.4, 5.6, 3.4, 2.6])


def _signatures(w: Writer) -> None:
    _chapter(w, "Beslut")
    _text(w, "Individ- och familjenämnden fastställde verksamhetsplanen den 3 december 2026.")
    w.para("Brattby den 3 december 2026", style="Brödtext")
    w.structure("Brattby den 3 december 2026")
    lines = [["Lena Åkesson (M)", "Jonas Eriksson"], ["Ordförande", "Socialchef"]]
    table = w.doc.add_table(rows=2, cols=2)
    for r, values in enumerate(lines):
        for c, text in enumerate(values):
            table.cell(r, c).paragraphs[0].add_run(text)
            w.structure(text)


def build_aj(path: Path) -> Expected:
    front = Front(
        namnd="Individ- och familjenämnden",
        kommun="Brattby kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan och budget 2027–2028",
        ordforande="Lena Åkesson (M)",
        forvaltningschef="Jonas Eriksson",
        diarienummer="IFN 2026.412",
    )
    w = Writer("AJ-ifo-egna-format-riskmatris", front)
    _styles(w)
    _cover(w)
    _chapter(w, "Inledning")
    _text(
        w,
        "Individ- och familjenämnden ansvarar för stöd och skydd till barn, unga och vuxna, "
        "ekonomiskt bistånd, missbruksvård och stöd till våldsutsatta. Planen bygger på "
        "kommunfullmäktiges mål och nämndens analys av förra årets resultat.",
    )
    _goals(w)
    _economy(w)
    _control(w)
    _signatures(w)
    return w.save(path)
