"""Corpus document BR: a socialnämnd's plan written by someone who never uses Word tables: every
"table" is a block of TAB-aligned lines with the paragraph's own tab stops (decimal and right
aligned for the figures). The cover's "Ordförande:"/"Socialchef:" are label–TAB–value lines;
each goal is a bold "Nämndsmål n:" line under a målområde Heading 2, followed by a bold line
"Indikator <tab> Utfall 2025 <tab> Mål 2027 <tab> Mål 2028" and a line per indicator (one long
name broken by a soft line break before its tabs, targets such as "Minst 85 %", "Högst 4 500",
"Minska" and "–"), then a bold "Aktivitet <tab> Ansvarig <tab> Klart" line and a line per
activity ("juni 2027", "Q3 2027", "2027-04-30", "Löpande"). The driftbudget in tkr is a block
"Verksamhet <tab> Budget 2026 <tab> Budget 2027 <tab> Förändring" with net costs written with
"−" (U+2212), the change in parentheses when negative, rows indented by the paragraph's left
indent under two levels of group lines with "Summa barn och unga"/"Summa vuxna" and "Summa
individ- och familjeomsorg" subtotals, italic "varav"-lines typed with leading spaces under
their row, one line carrying an extra tab stop and two TABs, and a final "Nettokostnad"; the
resultatbudget prints costs in parentheses "(96 300)". Key figures and internkontroll are
TAB-aligned too ("Kontrollmoment: <tab> …" lines under a bold numbered process line).

Expected (what a perfect import gives): the front matter from the cover lines; six chapters;
four nämndsmål (the label "Nämndsmål n:" dropped; the målområde headings are structure) with
ten indicators: nuläge 2025, targets 2027 and 2028 ("–" is none), unit "%" where written;
eight activities with ansvarig, slutdatum (a month's last day, a quarter's last day, none for
"Löpande") and their goal as group; seven driftbudget rows and five resultat rows by (budget,
2026) and (budget, 2027), costs negative; the group lines, subtotals, "Nettokostnad" and the
Förändring figures are structure; the "varav"-lines are parts of the row above, neither rows
nor structure (not checked), so they must not be added to any total; four key-figure rows;
four controls with their process. The TAB-aligned item lines are checked as their items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

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
    Val,
)

MINUS = "\u2212"
LEFT, RIGHT, DECIMAL = WD_TAB_ALIGNMENT.LEFT, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_ALIGNMENT.DECIMAL
FIGURES = [(10.6, DECIMAL), (13.4, DECIMAL), (16.4, RIGHT)]
"""The budget blocks' stops: two decimal-aligned amount columns and a right-aligned change."""
IND_STOPS = [(12.2, RIGHT), (14.3, RIGHT), (16.4, RIGHT)]
ACT_STOPS = [(9.8, LEFT), (14.1, LEFT)]

Ind = tuple[str, str, Val, Val, Val]
"""An indicator: name (a "\\n" is a soft line break), unit, utfall 2025, mål 2027, mål 2028."""
Act = tuple[str, str, str, dt.date | None]
"""An activity: name, ansvarig, klart as typed, slutdatum."""

AREAS: list[tuple[str, list[tuple[str, list[Ind], list[Act]]]]] = [
    ("Trygg uppväxt", [
        ("Barn och unga som behöver stöd får rätt insats i tid och i första hand i hemmiljön.",
         [("Andel utredningar om barn och unga som avslutas inom 120 dagar", "%", D(68), D(80),
           "Minst 85 %"),
          ("Andel barn och unga med insats som inte återaktualiseras\ninom ett år efter "
           "avslutad insats", "%", D(74), D(78), D(80)),
          ("Vårddygn på HVB för barn och unga, antal", "", D(4920), "Högst 4 500",
           "Högst 4 000")],
         [("Arbeta fullt ut enligt BBIC i alla utredningar", "Enhetschef barn och unga",
           "juni 2027", dt.date(2027, 6, 30)),
          ("Familjebehandling i egen regi i stället för placering",
           "Sektionschef öppenvård", "Q3 2027", dt.date(2027, 9, 30))]),
    ]),
    ("Egen försörjning och återhämtning", [
        ("Fler vuxna med missbruk eller beroende får samordnat stöd från kommun och region.",
         [("Andel klienter med samordnad individuell plan (SIP)", "%", D(41), D(55), D(65)),
          ("Väntetid till första samtal på mottagningen, dagar", "", D(12), D(7), D(7))],
         [("Gemensam mottagning med regionens beroendevård", "Enhetschef vuxna",
           "december 2027", dt.date(2027, 12, 31)),
          ("Utbilda alla handläggare i SIP-samordning", "Utvecklingsledare", "2027-04-30",
           dt.date(2027, 4, 30))]),
        ("Fler hushåll går från ekonomiskt bistånd till egen försörjning.",
         [("Andel biståndshushåll med bistånd 10–12 månader under året", "%", D(38), D(35),
           D(32)),
          ("Personer som gått från bistånd till arbete eller studier, antal", "", D(86),
           D(100), D(110)),
          ("Genomsnittlig biståndstid, månader", "", D("6.8"), "Minska", "Minska")],
         [("Jobbspår för biståndsmottagare med arbetsmarknadsenheten",
           "Enhetschef försörjningsstöd", "december 2027", dt.date(2027, 12, 31)),
          ("Digital ansökan om ekonomiskt bistånd", "IT-strateg",
           "Q1 2028", dt.date(2028, 3, 31))]),
    ]),
    ("Kvalitet och rättssäkerhet", [
        ("Den som söker stöd bemöts med respekt och får ett rättssäkert beslut.",
         [("Andel brukare som upplever att de bemöts med respekt", "%", D(82), D(88), D(90)),
          ("Andel beslut om ekonomiskt bistånd som fattas inom tio dagar", "%", D("91.5"),
           D(95), "–")],
         [("Brukarundersökning inom individ- och familjeomsorgen", "Kvalitetsutvecklare",
           "oktober 2027", dt.date(2027, 10, 31)),
          ("Månatlig egenkontroll av handläggningstider",
           "Avdelningschef IFO", "Löpande", None)]),
    ]),
]  # fmt: skip

YEARS = [("budget", 2026), ("budget", 2027)]
# (depth, name, amounts 2026/2027 | None for a group line, varav-line under it or None);
# depth 0 is a row at the top, "Summa …" lines are written where a group closes.
DRIFT: list[tuple[int, str, tuple[int, int] | None, tuple[str, int, int] | None]] = [
    (0, "Nämnd och förvaltningsledning", (-8450, -8720), None),
    (0, "Individ- och familjeomsorg", None, None),
    (1, "Barn och unga", None, None),
    (2, "Öppenvård barn och familj", (-21300, -22150),
     ("varav personalkostnader", -14200, -14900)),
    (2, "Placeringar barn och unga", (-38600, -36900), None),
    (1, "Vuxna", None, None),
    (2, "Missbruk och beroende", (-17250, -17800), None),
    (2, "Ekonomiskt bistånd", (-46900, -48150), ("varav försörjningsstöd", -39800, -41000)),
    (1, "Familjerätt och familjerådgivning", (-3150, -3240), None),
    (0, "Arbetsmarknad och integration", (-12400, -11150), None),
]  # fmt: skip
SUMS = {  # printed after the last row of their group
    "Placeringar barn och unga": [("Summa barn och unga", 2)],
    "Ekonomiskt bistånd": [("Summa vuxna", 2)],
    "Familjerätt och familjerådgivning": [("Summa individ- och familjeomsorg", 1)],
}
RESULT = [
    ("Intäkter", (50200, 53390)),
    ("Personalkostnader", (-96300, -99850)),
    ("Köpta platser och tjänster", (-52450, -50600)),
    ("Försörjningsstöd", (-39800, -41000)),
    ("Lokalkostnader", (-9700, -10050)),
]

KEY_CAPTION = "Utvecklingen i siffror"
KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Invånare 0–20 år", "3 912", "3 874", "3 851"],
    ["Anmälningar om oro för barn", "1 046", "1 128", "1 203"],
    ["Hushåll med ekonomiskt bistånd per månad", "402", "437", "451"],
    ["Kostnad ekonomiskt bistånd per invånare, kr", "1 392", "1 506", "1 588"],
]

CONTROLS = [
    ("Ekonomiskt bistånd", "Att utbetalningarna stämmer med fattade beslut",
     "Stickprov på 25 utbetalningar", "Enhetschef försörjningsstöd", "Två gånger per år"),
    ("Placeringar av barn och unga", "Att avtal och vårdplan finns för varje placering",
     "Genomgång av samtliga placeringar", "Enhetschef barn och unga", "Årligen"),
    ("Anmälningar om oro för barn", "Att förhandsbedömning görs inom 14 dagar",
     "Uttag ur verksamhetssystemet", "Avdelningschef IFO", "Varje månad"),
    ("Rekrytering", "Att utdrag ur belastningsregistret begärs före anställning",
     "Stickprov på tio anställningar", "HR-konsult", "Årligen"),
]  # fmt: skip


def paren(amount: int) -> str:
    """An amount as the ekonom's sheet prints it: a negative one in parentheses."""
    return f"({sv(-amount)})" if amount < 0 else sv(amount)


def minus(amount: int) -> str:
    return sv(amount, minus=MINUS)


def tab_line(
    w: Writer,
    cells: Sequence[str],
    stops: Sequence[tuple[float, Any]],
    *,
    how: str = "",
    indent: float = 0,
    size: int = 10,
    structure: bool = True,
) -> Any:
    """One line of a TAB-aligned block: the cells joined by TABs at the paragraph's own stops
    (a "\\n" in a cell is a soft line break); the line is structure, being checked as its item
    (or being a header)."""
    paragraph = w.doc.add_paragraph()
    form = paragraph.paragraph_format
    form.space_after = Pt(1)
    if indent:
        form.left_indent = Cm(indent)
    for cm, align in stops:
        form.tab_stops.add_tab_stop(Cm(cm), align)
    text = "\t".join(cells)
    pieces = text.split("\n")
    for n, piece in enumerate(pieces):
        run = paragraph.add_run(piece)
        if n < len(pieces) - 1:
            run.add_break()  # a soft line break: the same paragraph, a new line
        run.bold = "b" in how or None
        run.italic = "i" in how or None
        run.font.size = Pt(size)
    if structure:
        w.structure(text.replace("\n", " "))
    return paragraph


def _cover(w: Writer) -> None:
    for text, size, bold in [
        ("Hällesby kommun", 14, False),
        ("Socialnämnden", 20, True),
        ("Verksamhetsplan med budget 2027–2028", 26, True),
    ]:
        w.cover(text, size=size, bold=bold)
    w.para("")
    w.cover("Antagen av socialnämnden 2026-11-25, § 142", size=11)
    w.cover("Dnr SN 2026/311", size=11)
    for cells in (["Ordförande:", "Karin Lindqvist (S)"], ["Socialchef:", "Mikael Ström"]):
        tab_line(w, cells, [(3.5, LEFT)], size=11)
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.para(
        "Verksamhetsplanen beskriver hur socialnämnden ska arbeta under 2027 och 2028 med de "
        "mål som kommunfullmäktige har beslutat och vad verksamheten får kosta. Planen följs "
        "upp i delårsrapporten i augusti och i verksamhetsberättelsen."
    )
    w.chapter("Nämndens uppdrag")
    w.para(
        "Nämnden ansvarar för individ- och familjeomsorgen: stöd till barn, unga och familjer, "
        "vuxna med missbruk eller beroende, ekonomiskt bistånd, familjerätt samt kommunens "
        "arbetsmarknads- och integrationsinsatser."
    )
    w.chapter("Omvärldsanalys")
    w.para(
        "Den nya socialtjänstlagen som gäller från juli 2026 lägger större vikt vid "
        "förebyggande arbete och insatser utan biståndsbeslut. Det ändrar arbetssätten i "
        "öppenvården och kräver nya rutiner för dokumentation."
    )
    w.para(
        "Anmälningarna om oro för barn har ökat tre år i rad, medan antalet unga i kommunen "
        "minskar något. Arbetslösheten bland utrikes födda ligger kvar på en hög nivå och "
        "kostnaderna för försörjningsstöd fortsätter att öka."
    )
    w.bullets(
        "Svårt att rekrytera erfarna socionomer till myndighetsutövning för barn och unga.",
        "Högre priser för HVB-placeringar sedan ramavtalet upphandlades om.",
        "Regionens beroendemottagning flyttar till Hällesby under 2027.",
    )
    w.para(("b", KEY_CAPTION))
    w.structure(KEY_CAPTION)
    stops = [(10.4, RIGHT), (13.0, RIGHT), (15.6, RIGHT)]
    tab_line(w, KEY_HEADER, stops, how="b")
    for row in KEY_ROWS:
        tab_line(w, row, stops)
        w.expected.key_figures.append(
            KeyRow(KEY_CAPTION, row[0], dict(zip(KEY_HEADER[1:], row[1:], strict=True)))
        )


def _goals(w: Writer) -> None:
    w.chapter("Mål, indikatorer och aktiviteter")
    w.para(
        "Nämndens mål hör till kommunfullmäktiges tre målområden. Under varje mål följer de "
        "indikatorer som visar om målet nås och de aktiviteter som ska bidra till det."
    )
    number = 0
    for area, goals in AREAS:
        w.heading(area, 2)
        w.structure(area)
        for goal, inds, acts in goals:
            number += 1
            w.para(("b", f"Nämndsmål {number}: {goal}"))
            w.expected.goals.append(Goal(goal, "namnd"))
            header = ["Indikator", "Utfall 2025", "Mål 2027", "Mål 2028"]
            tab_line(w, header, IND_STOPS, how="b", size=9)
            for name, unit, base, t27, t28 in inds:
                figures = [sv(v, unit) if isinstance(v, D) else v for v in (base, t27, t28)]
                tab_line(w, [name, *figures], IND_STOPS, size=9)
                targets = {y: t for y, t in ((2027, t27), (2028, t28)) if t != "–"}
                plain = name.replace("\n", " ")
                w.expected.indicators.append(Indicator(goal, plain, unit, 2025, base, targets))
            w.para("")
            tab_line(w, ["Aktivitet", "Ansvarig", "Klart"], ACT_STOPS, how="b", size=9)
            for name, who, when, day in acts:
                tab_line(w, [name, who, when], ACT_STOPS, size=9)
                w.expected.activities.append(Activity(name, who, day, group=goal))
            w.para("")


def _drift(w: Writer) -> None:
    title = "Driftbudget per verksamhet, tkr"
    w.para(("b", title))
    w.structure(title)
    tab_line(w, ["Verksamhet", "Budget 2026", "Budget 2027", "Förändring"], FIGURES, how="b")
    total = [0, 0]
    sums: dict[int, list[int]] = {}
    for depth, name, amounts, varav in DRIFT:
        indent = 0.5 * depth
        if amounts is None:
            tab_line(w, [name], FIGURES, how="b" if depth == 0 else "i", indent=indent)
            sums[depth + 1] = [0, 0]
            continue
        cells = [name, *(minus(a) for a in amounts), paren(amounts[1] - amounts[0])]
        if name.startswith("Familjerätt"):  # copied from an older plan: its own extra stop
            tab_line(w, [cells[0], "", *cells[1:]], [(7.0, LEFT), *FIGURES], indent=indent)
        else:
            tab_line(w, cells, FIGURES, indent=indent)
        w.structure(cells[-1])
        w.expected.budget.append(
            BudgetRow("drift", name, {k: D(a) for k, a in zip(YEARS, amounts, strict=True)})
        )
        for level in sums:
            if level <= depth:
                sums[level] = [s + a for s, a in zip(sums[level], amounts, strict=True)]
        if depth == 0:
            total = [t + a for t, a in zip(total, amounts, strict=True)]
        if varav is not None:
            label, v26, v27 = varav
            tab_line(w, [f"  {label}", minus(v26), minus(v27), paren(v27 - v26)], FIGURES,
                     how="i", indent=indent, structure=False)  # fmt: skip
        for label, level in SUMS.get(name, []):
            figures = sums.pop(level)
            line = [label, *(minus(f) for f in figures), paren(figures[1] - figures[0])]
            tab_line(w, line, FIGURES, how="b", indent=0.5 * (level - 1))
            w.totals(*line)
            if level == 1:
                total = [t + f for t, f in zip(total, figures, strict=True)]
    line = ["Nettokostnad", *(minus(t) for t in total), paren(total[1] - total[0])]
    tab_line(w, line, FIGURES, how="b")
    w.totals(*line)
    assert total == [-148050, -148110], total


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Kommunfullmäktige har gett socialnämnden en ram på 148,1 miljoner kronor för 2027, "
        "nästan oförändrat mot 2026. Färre placeringar och lägre kostnader för "
        "arbetsmarknadsinsatserna ska finansiera det ökade försörjningsstödet."
    )
    _drift(w)
    w.para(("i", "Varav-raderna ingår i raden ovanför. Förändring inom parentes är en ökning."))
    w.para("")
    title = "Resultatbudget, tkr"
    w.para(("b", title))
    w.structure(title)
    tab_line(w, ["", "Budget 2026", "Budget 2027", "Förändring"], FIGURES, how="b")
    total = [0, 0]
    for name, amounts in RESULT:
        change = amounts[1] - amounts[0]
        tab_line(w, [name, *(paren(a) for a in amounts), minus(change)], FIGURES)
        w.structure(minus(change))
        w.expected.budget.append(
            BudgetRow("resultat", name, {k: D(a) for k, a in zip(YEARS, amounts, strict=True)})
        )
        total = [t + a for t, a in zip(total, amounts, strict=True)]
    line = ["Nettokostnad", *(paren(t) for t in total), minus(total[1] - total[0])]
    tab_line(w, line, FIGURES, how="b")
    w.totals(*line)


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Kontrollerna nedan har valts ut efter nämndens riskanalys i september 2026. "
        "Resultatet rapporteras till nämnden i januari 2028."
    )
    for n, (process, moment, method, who, when) in enumerate(CONTROLS, 1):
        w.para(("b", f"{n}. {process}"))
        w.structure(f"{n}. {process}")
        for label, value in [
            ("Kontrollmoment:", moment),
            ("Metod:", method),
            ("Ansvarig:", who),
            ("Frekvens:", when),
        ]:
            tab_line(w, [label, value], [(4.0, LEFT)], indent=0.5)
        w.expected.controls.append(Control(moment, process))


def build_br(path: Path) -> Expected:
    front = Front(
        namnd="Socialnämnden",
        kommun="Hällesby kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan med budget 2027–2028",
        ordforande="Karin Lindqvist (S)",
        forvaltningschef="Mikael Ström",
        diarienummer="SN 2026/311",
    )
    w = Writer("BR-socialnämnd-tabbade-rader", front)
    _cover(w)
    _chapters(w)
    _goals(w)
    _economy(w)
    _control(w)
    return w.save(path)
