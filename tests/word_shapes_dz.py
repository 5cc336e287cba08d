"""Corpus document DZ: a small kommun's kommunstyrelse's verksamhetsplan 2027 framed by Agenda
2030. The chapters are unnumbered Heading 1s; "Mål för 2027" groups the goals under the kommun's
three hållbarhetsdimensioner as Heading 2s ("Social hållbarhet", "Ekologisk hållbarhet",
"Ekonomisk hållbarhet"), each written by a different officer in its own way: the social goals
are Heading 3s "Mål 1. …" followed by a paragraph of Agenda 2030 icons (small inline pictures
whose alt text is "Globalt mål 3 – God hälsa och välbefinnande") and an italic "Globala mål: 3,
4, 10" line; the ecological goals sit in a borderless two-column layout table, the icons stacked
in the narrow left cell beside a bold "Mål 4. …" paragraph and its explanation, with no
"Globala mål:" line; the economic goals are Heading 3s with only the "Globala mål: 8, 9" line.
Every goal has an explanation paragraph and an indicator table "Indikator | Delmål | Nuläge 2025
| Mål 2027 | Mål 2030" whose Delmål column names the Agenda 2030 target ("4.1", "16.6" – dotted
figures that are no numbers), one nuläge cell carrying its own year ("29 % (2024)"), worded
targets ("Högst 14", "Bland de 120 bästa") and a blank 2030 cell. Each dimension ends in a bold
"Aktiviteter 2027 – …" label over "Aktivitet | Mål | Globala mål | Ansvarig | Klart" linking the
goal by its number, dated "juni 2027", "Q3 2027", "2027-03-31", "dec 2027" or "2027". The
driftbudget (net costs, tkr) runs from Bokslut 2025 to Plan 2029 with a "Summa" row, the
investments have blank cells for years without money, the key figures "Mossebo i siffror" have
a "Globalt mål" column and a "Källa:" line, and internkontroll has a Riskvärde column. The
running header and footer name the plan.

A small kommun frames its plan by Agenda 2030 as its kommunfullmäktige decided: no earlier
document groups goals by the three dimensions of sustainability, tags every goal with the
globala mål both as text and as icons beside it in a layout table, or ties indicators to
Agenda 2030's delmål in a column of their own.

Expected (what a perfect import gives): the front matter from the cover ("Kommunstyrelsens
ordförande:", "Kommunchef:", "Diarienummer:"); the prose chapters and "Mål för 2027" (its
dimension Heading 2s are the goals' målområden); eight goals without their "Mål n." labels
(the "Globala mål:" lines, the icons' alt texts and the explanations are the goals' texts, kept
but no items) with 21 indicators (nuläge 2025 or the cell's own year, targets 2027 and 2030
where given, the worded ones as text); twelve activities with ansvarig, slutdatum (the month's
or quarter's last day, "2027" as 31 December) and their goal by the "Mål" column as group; nine
driftbudget rows by (bokslut, 2025), (budget, 2026), (budget, 2027), (plan, 2028), (plan, 2029);
four investments by year; six key-figure rows as printed (the Globalt mål cell included) with
the "Källa:" line as the note; seven controls with their process. Header cells, the activity
labels, the budget captions, the totals rows and the cover's labels are structure; the running
header and footer are absent."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from docx.shared import Cm, Pt
from PIL import Image, ImageDraw

from tests.word_shapes_docx import Writer, budget_rows
from tests.word_shapes_dz_parts import (
    ACTIVITIES,
    BUDGET,
    CONTROL_HEADER,
    CONTROLS,
    DIMENSIONS,
    INVESTMENTS,
    KEY_HEADER,
    KEY_NOTE,
    KEY_ROWS,
    SDG,
    GoalRow,
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

KOMMUN = "Mossebo kommun"
NAMND = "Kommunstyrelsen"
TITLE = "Verksamhetsplan 2027"
HEADER = "Mossebo kommun | Kommunstyrelsens verksamhetsplan 2027"
FOOTER = "Kommunstyrelsen · Dnr KS 2026/412 · Hållbart Mossebo"
KEY_TITLE = "Mossebo i siffror"


def _icon(goal: int) -> bytes:
    """Agenda 2030's square icon for ``goal``: its colour with the number in white."""
    image = Image.new("RGB", (120, 120), SDG[goal][1])
    ImageDraw.Draw(image).text((10, 8), str(goal), fill="white", font_size=48)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _icons(paragraph: Any, goals: list[int]) -> None:
    """The goals' icons in ``paragraph``, a space between them, each with its alt text."""
    for n, globalt in enumerate(goals):
        if n:
            paragraph.add_run(" ")
        inline = paragraph.add_run().add_picture(io.BytesIO(_icon(globalt)), width=Cm(1.2))
        inline._inline.docPr.set("descr", f"Globalt mål {globalt} – {SDG[globalt][0]}")


def _cover(w: Writer) -> None:
    w.cover(KOMMUN, size=16, bold=True)
    w.para("")
    w.cover(TITLE, size=28, bold=True)
    w.cover(NAMND, size=16)
    w.para("")
    for line in [
        "Fastställd av kommunfullmäktige 2026-11-23, § 134",
        "Diarienummer: KS 2026/412",
        "Kommunstyrelsens ordförande: Lena Holm (C)",
        "Kommunchef: Mikael Strand",
    ]:
        w.cover(line, size=11)
    w.page_break()
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER
    w.expected.absent += [HEADER, FOOTER]


def _prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Kommunstyrelsen leder och samordnar kommunens arbete och har uppsikt över nämnderna "
        "och bolagen. Den här verksamhetsplanen beskriver vad kommunstyrelsen vill uppnå under "
        "2027 och hur förvaltningen ska arbeta för att nå dit.",
        "Planen utgår från kommunfullmäktiges budget 2027 med plan för 2028–2029 och från "
        "visionen Hållbart Mossebo 2035. Den följs upp i delårsrapporten per augusti och i "
        "årsredovisningen.",
    )
    w.chapter("Agenda 2030 i Mossebo")
    w.paras(
        "Kommunfullmäktige beslutade 2024 att Agenda 2030 ska vara grunden för kommunens "
        "styrning. Alla mål i kommunens planer ska därför visa vilka av de 17 globala målen de "
        "bidrar till. Kommunen har valt att ordna sina mål efter hållbarhetens tre dimensioner:",
    )
    w.bullets(
        "Social hållbarhet – en god och jämlik hälsa, utbildning, trygghet och delaktighet.",
        "Ekologisk hållbarhet – klimat, energi, natur, vatten och hållbar konsumtion.",
        "Ekonomisk hållbarhet – arbete, företagande och en stabil kommunal ekonomi.",
    )
    w.para(
        "I Mossebo har vi sett att de globala målen gör det lättare att förklara varför vi "
        "prioriterar som vi gör, både för invånarna och för de egna medarbetarna. Kommunen "
        "deltar sedan 2025 i Glokala Sverige tillsammans med ett fyrtiotal andra kommuner."
    )
    w.chapter("Vision och styrmodell")
    w.paras(
        "Visionen Hållbart Mossebo 2035 beskriver en kommun där det är enkelt att leva, bo och "
        "driva företag, där naturen tas tillvara och där ingen lämnas utanför.",
        "Kommunfullmäktige beslutar om inriktningen och de ekonomiska ramarna. "
        "Kommunstyrelsen bryter ned inriktningen i mål med indikatorer och aktiviteter. "
        "Förvaltningen ansvarar för att aktiviteterna genomförs och rapporterar till "
        "kommunstyrelsen tre gånger per år.",
    )


def _indicators(w: Writer, goal: str, rows: list[Any]) -> None:
    table = [["Indikator", "Delmål", "Nuläge 2025", "Mål 2027", "Mål 2030"]]
    for name, delmal, unit, cell, year, base, t27_cell, t27, t30_cell, t30 in rows:
        table.append([name, delmal, cell, t27_cell, t30_cell])
        targets = {2027: t27} | ({2030: t30} if t30 is not None else {})
        w.expected.indicators.append(Indicator(goal, name, unit, year, base, targets))
    w.table(table, widths=[7.4, 1.6, 2.4, 2.6, 2.6])
    w.para("")


def _layout_goal(w: Writer, number: int, goal: str, why: str, globala: list[int]) -> None:
    """An ecological goal: a borderless table, the icons on the left, the goal on the right."""
    table = w.doc.add_table(rows=1, cols=2)
    table.autofit = False
    left, right = table.rows[0].cells
    left.width, right.width = Cm(2.0), Cm(14.6)
    _icons(left.paragraphs[0], globala)
    run = right.paragraphs[0].add_run(f"Mål {number}. {goal}")
    run.bold = True
    run.font.size = Pt(12)
    right.add_paragraph(why)
    w.para("")


def _goal(w: Writer, style: int, row: GoalRow) -> None:
    number, goal, why, globala, indicators = row
    w.expected.goals.append(Goal(goal, "namnd"))
    line = "Globala mål: " + ", ".join(str(g) for g in globala)
    if style == 1:
        _layout_goal(w, number, goal, why, globala)
    else:
        w.heading(f"Mål {number}. {goal}", 3)
        if style == 0:
            _icons(w.para(), globala)
        w.para(("i", line))
        w.para(why)
    _indicators(w, goal, indicators)


def _goals(w: Writer) -> None:
    w.chapter("Mål för 2027")
    w.paras(
        "Kommunstyrelsen har åtta mål för 2027, ordnade efter hållbarhetens tre dimensioner. "
        "Vid varje mål visas de globala mål som det främst bidrar till, med ikoner eller med "
        "målens nummer. Under varje mål finns de indikatorer som visar om vi är på rätt väg.",
        "Kolumnen Delmål anger det delmål i Agenda 2030 som indikatorn följer. Nuläget avser "
        "2025 om inget annat anges.",
    )
    goals: dict[str, str] = {}
    for style, (dimension, about, rows) in enumerate(DIMENSIONS):
        w.heading(dimension, 2)
        w.para(about)
        for row in rows:
            goals[str(row[0])] = row[1]
            _goal(w, style, row)
        label = f"Aktiviteter 2027 – {dimension.lower()}"
        w.para(("b", label))
        w.structure(label)
        table = [["Aktivitet", "Mål", "Globala mål", "Ansvarig", "Klart"]]
        for name, number, globala, who, when, date in ACTIVITIES[dimension]:
            table.append([name, number, globala, who, when])
            w.expected.activities.append(
                Activity(name, ansvarig=who, slutdatum=date, group=goals[number])
            )
        w.table(table, widths=[7.2, 1.2, 2.0, 3.6, 2.6])
        w.para("")


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Kommunstyrelsens ram för 2027 är 91 220 tkr, 3 430 tkr mer än 2026. Ökningen beror "
        "främst på högre medlemsbidrag till räddningstjänstförbundet, dyrare kollektivtrafik "
        "och satsningen på digitalisering. Hållbarhetsmedlen ökar med 450 tkr för att "
        "finansiera arbetet med klimatplanen."
    )
    caption = "Driftbudget per verksamhet, nettokostnad i tkr"
    w.para(("b", caption))
    w.structure(caption)
    keys = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "drift", keys, BUDGET, "Summa")
    w.table([header, *body], widths=[5.6, 2.2, 2.2, 2.2, 2.2, 2.2])
    w.para("")
    w.para(
        "Investeringarna 2027 är främst kopplade till de ekologiska målen: laddplatser, "
        "solceller och en ny gång- och cykelväg."
    )
    caption = "Investeringsbudget, tkr"
    w.para(("b", caption))
    w.structure(caption)
    keys = [("budget", 2027), ("plan", 2028), ("plan", 2029)]
    body = budget_rows(w, "investering", keys, INVESTMENTS, "Summa investeringar")
    w.table([["Projekt", "Budget 2027", "Plan 2028", "Plan 2029"], *body])
    w.para("")


def _key_figures(w: Writer) -> None:
    w.chapter(KEY_TITLE)
    w.para(
        "Tabellen visar några nyckeltal som beskriver utvecklingen i kommunen och som "
        "kommunstyrelsen följer i den årliga hållbarhetsredovisningen."
    )
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[7.6, 2.0, 2.2, 2.2, 2.2])
    w.para(("i", KEY_NOTE), size=8)
    for values in KEY_ROWS:
        given = dict(zip(KEY_HEADER[1:], values[1:], strict=True))
        w.expected.key_figures.append(KeyRow(KEY_TITLE, values[0], given))
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_NOTE))


def _internal(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para(
        "Internkontrollplanen bygger på den riskanalys som förvaltningens ledningsgrupp gjorde "
        "i september 2026. Riskvärdet är sannolikhet gånger konsekvens på en skala 1–16."
    )
    w.table([CONTROL_HEADER, *CONTROLS], widths=[2.8, 5.0, 1.6, 3.2, 2.4, 2.2])
    w.expected.controls += [Control(moment, process) for process, moment, *_ in CONTROLS]
    w.para("")


def _follow_up(w: Writer) -> None:
    w.chapter("Uppföljning")
    w.para(
        "Målen och aktiviteterna följs upp i delårsrapporten och i årsredovisningen. I "
        "hållbarhetsredovisningen, som tas fram vartannat år, redovisas hur kommunen som "
        "helhet bidrar till de globala målen."
    )


def build_dz(path: Path) -> Expected:
    front = Front(
        namnd=NAMND,
        kommun=KOMMUN,
        forsta_ar=2027,
        sista_ar=2027,
        titel=TITLE,
        ordforande="Lena Holm (C)",
        forvaltningschef="Mikael Strand",
        diarienummer="KS 2026/412",
    )
    w = Writer("DZ-kommunstyrelse-agenda-2030", front)
    _cover(w)
    _prose(w)
    _goals(w)
    _economy(w)
    _key_figures(w)
    _internal(w)
    _follow_up(w)
    return w.save(path)
