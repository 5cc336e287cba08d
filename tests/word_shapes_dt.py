"""Corpus document DT: a small kommun's barn- och utbildningsnämnd's plan filled in the kommun's
FORM template: the cover and every goal, activity and control are two-column form tables, a
shaded bold label cell ("Nämnd", "Period", "Mål 1", "Indikator", "Nuläge 2025", "Målvärde
2027", "Aktivitet", "Ansvarig", "Klart", "Process", "Kontrollmoment") beside a content cell
holding a content control (plain text, a date picker, Word's default placeholders linked to
"DefaultPlaceholder_…"), several of them left empty and so still showing "Klicka eller tryck
här för att ange text." or "Klicka eller tryck för att ange ett datum." in the placeholder
style. The indicators are repeated label groups in the goal's form (one nuläge cell "64 %
(2025)" under a bare "Nuläge" label, one 2024 baseline), the activities a form of their own
under a bold "Aktiviteter kopplade till mål n" line, Heading 2 "Målområde: …" between the
forms; the budget, the investments and the key figures are ordinary tables; the template's
footer names the form.

Expected (what a perfect import gives): the front matter from the cover form (kommun, nämnd,
title, period 2027–2029, ordförande, förvaltningschef, diarienummer); the six numbered
chapters; six nämndsmål with fourteen indicators, nuläge 2025 (one 2024), targets 2027–2029
(one 2029 left at its placeholder: no target; "Minst 95 %" a target compared as minst); nine
activities linked to their goal with ansvarig (one left empty) and slutdatum (a month's last
day, none for "Löpande" or an empty date picker); nine driftbudget rows by (bokslut, 2025),
(budget, 2026), (budget, 2027), (plan, 2028), (plan, 2029); four investments; seven key-figure
rows with the note under the table; four controls with their process. The placeholders and
the footer must not reach the plan; the form labels, the målområde headings, the "Aktiviteter
kopplade till" lines, the captions and the totals rows are structure."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt, RGBColor

from tests.word_shapes_docx import Writer, budget_rows, cell_text
from tests.word_shapes_dt_parts import (
    AREAS,
    CONTROLS,
    DRIFT,
    DRIFT_KEYS,
    INVEST,
    INVEST_KEYS,
    KEY_CAPTION,
    KEY_HEADER,
    KEY_NOTE,
    KEY_ROWS,
    YEARS,
    Act,
    Ind,
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
from tests.word_shapes_xml import append, p, r

PH_TEXT = "Klicka eller tryck här för att ange text."
PH_DATE = "Klicka eller tryck för att ange ett datum."
FOOTER = "Mall: Verksamhetsplan BUN, blankett 3.2 (2024-05)"
LABEL_FILL = "DCE6F1"

Field = tuple[str, str]
"""A content cell: ("text" | "date" | "typed", value); a control's empty value shows its
placeholder, "typed" is text typed in the cell without a control."""


def _control(alias: str, kind: str, value: str) -> str:
    """A run-level content control as the template has it: its value, or its placeholder."""
    if kind == "date":
        props = (
            '<w:date w:fullDate="{}T00:00:00Z"><w:dateFormat w:val="yyyy-MM-dd"/>'
            '<w:lid w:val="sv-SE"/><w:storeMappedDataAs w:val="dateTime"/>'
            '<w:calendar w:val="gregorian"/></w:date>'
        ).format(value or "2026-01-01")
        part, shown = "DefaultPlaceholder_-1854013437", PH_DATE
    else:
        props, part, shown = "<w:text/>", "DefaultPlaceholder_-1854013440", PH_TEXT
    if value:
        run, placeholder = r(value, size=10), ""
    else:
        run = (
            '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:sz w:val="20"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(shown)}</w:t></w:r>'
        )
        placeholder = "<w:showingPlcHdr/>"
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(alias)}"/>'
        f'<w:placeholder><w:docPart w:val="{part}"/></w:placeholder>{placeholder}{props}'
        f"</w:sdtPr><w:sdtContent>{run}</w:sdtContent></w:sdt>"
    )


def _cell(body: str, width: int, fill: str = "") -> str:
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>{body}</w:tc>'


def _form(w: Writer, rows: list[tuple[str, Field]]) -> None:
    """A form table of the template: a shaded label cell beside a content cell."""
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    out = [
        f'<w:tbl><w:tblPr><w:tblW w:w="9500" w:type="dxa"/><w:tblBorders>{borders}'
        '</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="2600"/><w:gridCol w:w="6900"/></w:tblGrid>'
    ]
    for label, (kind, value) in rows:
        w.structure(label)
        if kind == "typed":
            body = "".join(p(r(line, size=10)) for line in value.split("\n"))
        else:
            body = p(_control(label, kind, value))
            if not value:
                w.structure(PH_DATE if kind == "date" else PH_TEXT)
        out.append(
            "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            + _cell(p(r(label, bold=True, size=10)), 2600, LABEL_FILL)
            + _cell(body, 6900)
            + "</w:tr>"
        )
    out.append("</w:tbl>")
    append(w.doc, "".join(out))
    w.doc.add_paragraph()


def _cover(w: Writer) -> None:
    w.cover("Verksamhetsplan 2027–2029", size=26, bold=True)
    w.doc.add_paragraph()
    _form(
        w,
        [
            ("Kommun", ("text", "Hälleberga kommun")),
            ("Nämnd", ("text", "Barn- och utbildningsnämnden")),
            ("Dokument", ("text", "Verksamhetsplan 2027–2029")),
            ("Period", ("text", "2027–2029")),
            ("Diarienummer", ("text", "BUN 2026/214")),
            ("Beslutad", ("date", "2026-11-19")),
            ("Paragraf", ("text", "§ 87")),
            ("Ordförande", ("text", "Karin Sjödahl (C)")),
            ("Förvaltningschef", ("text", "Mats Engström")),
            ("Handläggare", ("text", "")),
            ("Revideras", ("date", "")),
        ],
    )
    w.structure(
        "Hälleberga kommun",
        "Barn- och utbildningsnämnden",
        "2027–2029",
        "BUN 2026/214",
        "2026-11-19",
        "§ 87",
        "Karin Sjödahl (C)",
        "Mats Engström",
    )
    w.page_break()


def _intro(w: Writer) -> None:
    w.chapter("1 Inledning")
    _form(
        w,
        [
            (
                "Nämndens ansvar",
                (
                    "typed",
                    "Barn- och utbildningsnämnden ansvarar för förskola, pedagogisk omsorg, "
                    "förskoleklass, grundskola, anpassad grundskola, fritidshem och kommunal "
                    "vuxenutbildning. Nämnden köper gymnasieplatser av grannkommunerna.\n"
                    "I kommunen finns nio förskolor, fem grundskolor och ett lärcentrum för "
                    "vuxna. Förvaltningen har omkring 640 medarbetare.",
                ),
            ),
            (
                "Planens syfte",
                (
                    "typed",
                    "Verksamhetsplanen visar hur nämnden omsätter kommunfullmäktiges mål och "
                    "budget i egna mål, mått och aktiviteter. Planen följs upp i delårsrapporten "
                    "och i verksamhetsberättelsen.",
                ),
            ),
            ("Sammanfattning", ("text", "")),
        ],
    )


def _surroundings(w: Writer) -> None:
    w.chapter("2 Omvärld och förutsättningar")
    w.paras(
        "Antalet födda i Hälleberga har minskat sedan 2021, och barnen i förskolan blir färre "
        "de närmaste åren. I grundskolan ligger elevantalet kvar på ungefär samma nivå, medan "
        "gymnasieeleverna blir fler fram till 2029.",
        "Det är fortsatt svårt att rekrytera legitimerade förskollärare och lärare i "
        "matematik, moderna språk och slöjd. Nämnden behöver samtidigt anpassa lokalerna i "
        "förskolan till färre barn.",
    )
    w.bullets(
        "Färre barn i förskolan ger lägre intäkter från statsbidrag och avgifter.",
        "Den nya läroplanen för grundskolan börjar gälla hösten 2027.",
        "Kostnaderna för köpta gymnasieplatser ökar mer än kommunbidraget.",
    )


def _goals(w: Writer) -> None:
    w.chapter("3 Mål och aktiviteter")
    w.paras(
        "Nämndens mål är ordnade under kommunens tre målområden. För varje mål anges hur det "
        "mäts, nuläget och målvärden för planperioden, och vilka aktiviteter förvaltningen "
        "genomför."
    )
    number = 0
    for area, goals in AREAS:
        w.heading(f"Målområde: {area}", 2)
        w.structure(f"Målområde: {area}")
        for goal, indicators, activities, comment in goals:
            number += 1
            rows: list[tuple[str, Field]] = [(f"Mål {number}", ("text", goal))]
            for ind in indicators:
                rows += _indicator_rows(w, goal, ind)
            rows.append(("Kommentar", ("text", comment)))
            w.expected.goals.append(Goal(goal, "namnd"))
            _form(w, rows)
            line = f"Aktiviteter kopplade till mål {number}"
            w.para(("b", line))
            w.structure(line)
            _form(w, [row for act in activities for row in _activity_rows(w, goal, act)])


def _indicator_rows(w: Writer, goal: str, ind: Ind) -> list[tuple[str, Field]]:
    name, unit, year, nulage, targets, year_in_cell = ind
    base = cell_text(nulage, unit)
    rows: list[tuple[str, Field]] = [("Indikator", ("text", name))]
    if year_in_cell:
        rows.append(("Nuläge", ("text", f"{base} ({year})")))
    else:
        rows.append((f"Nuläge {year}", ("text", base)))
    for y in YEARS:
        rows.append((f"Målvärde {y}", ("text", cell_text(targets.get(y), unit))))
    w.expected.indicators.append(
        Indicator(
            goal,
            name,
            unit,
            year,
            nulage,
            {y: v for y, v in targets.items() if v is not None},
        )
    )
    return rows


def _activity_rows(w: Writer, goal: str, act: Act) -> list[tuple[str, Field]]:
    name, who, when, day = act
    kind = "date" if not when or when[:4].isdigit() else "typed"
    w.expected.activities.append(Activity(name, who, day, group=goal))
    return [
        ("Aktivitet", ("text", name)),
        ("Ansvarig", ("text", who)),
        ("Klart", (kind, when)),
    ]


def _economy(w: Writer) -> None:
    w.chapter("4 Ekonomi")
    w.paras(
        "Kommunfullmäktige har gett nämnden ett kommunbidrag på 393 080 tkr för 2027, en "
        "ökning med 2,9 procent jämfört med 2026. Ökningen täcker löner och priser men inte "
        "fler köpta gymnasieplatser, som nämnden får finansiera genom att minska "
        "förskolans lokaler."
    )
    caption = "Driftbudget per verksamhet, nettokostnad tkr"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "drift", DRIFT_KEYS, DRIFT, "Summa nettokostnad")
    w.table([header, *body], widths=[5.2, 2.3, 2.3, 2.3, 2.3, 2.3])
    w.para("Beloppen för 2028 och 2029 är preliminära och räknas om när ramarna är beslutade.")
    caption = "Investeringar, tkr"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Projekt", "2027", "2028", "2029"]
    body = budget_rows(w, "investering", INVEST_KEYS, INVEST, "Summa investeringar")
    w.table([header, *body], widths=[8.2, 2.6, 2.6, 2.6])


def _key_figures(w: Writer) -> None:
    w.chapter("5 Nyckeltal")
    w.para("Tabellen visar utvecklingen de tre senaste åren.")
    w.para(("b", KEY_CAPTION))
    w.structure(KEY_CAPTION)
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[9.0, 2.4, 2.4, 2.4])
    for row in KEY_ROWS:
        values = dict(zip(KEY_HEADER[1:], row[1:], strict=True))
        w.expected.key_figures.append(KeyRow("Nyckeltal", row[0], values))
    w.para(("i", KEY_NOTE))
    w.expected.notes.append(TableNote("Nyckeltal", KEY_NOTE))


def _controls(w: Writer) -> None:
    w.chapter("6 Internkontroll")
    w.paras(
        "Nämnden har gjort en riskanalys tillsammans med rektorerna och förskolecheferna. "
        "Riskvärdet är sannolikhet gånger konsekvens på en skala från 1 till 16. Kontrollerna "
        "nedan redovisas för nämnden i september och i februari."
    )
    rows: list[tuple[str, Field]] = []
    for process, moment, who, often, risk in CONTROLS:
        rows += [
            ("Process", ("text", process)),
            ("Kontrollmoment", ("text", moment)),
            ("Ansvarig", ("text", who)),
            ("Frekvens", ("text", often)),
            ("Riskvärde", ("text", risk)),
        ]
        w.expected.controls.append(Control(moment, process))
    _form(w, rows)


def build_dt(path: Path) -> Expected:
    front = Front(
        namnd="Barn- och utbildningsnämnden",
        kommun="Hälleberga kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Karin Sjödahl (C)",
        forvaltningschef="Mats Engström",
        diarienummer="BUN 2026/214",
    )
    w = Writer("DT-bun-formulärmall", front)
    style = w.doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    style.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    footer = w.doc.sections[0].footer.paragraphs[0]
    footer.add_run(FOOTER).font.size = Pt(8)
    w.expected.absent += [FOOTER, PH_TEXT, PH_DATE]
    _cover(w)
    _intro(w)
    _surroundings(w)
    _goals(w)
    _economy(w)
    _key_figures(w)
    _controls(w)
    return w.save(path)
