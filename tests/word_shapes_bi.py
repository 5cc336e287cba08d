"""Corpus document BI: a barn- och utbildningsnämnd's designed plan: a "Sammanfattning" chapter
giving the budget and the pupil numbers in prose; a landscape "målmatris" "Agenda 2030 | Nr |
Nämndsmål | Indikator | Nuläge 2025 | Mål 2027 | Mål 2028" where each målområde ("1 Kunskap
och lärande") is a shaded row merged across the table, each goal is numbered "1A", "1B" in a
column of its own and its first two columns and its Agenda 2030 icons (small inline pictures
whose alt text is "Globalt mål 4: God utbildning för alla", no text in the cell) are merged
down over its indicator rows; activities in a Gantt table "Aktivitet | Mål | Ansvarig" with a
"2027" header over twelve month columns "jan … dec" whose cells carry no text, only a shading
(``w:shd`` fill) in the months the activity runs; a driftbudget "Verksamhet | Bokslut 2025 |
Budget 2026 | Budget 2027 | Förändring %" whose last column holds bare percentages; key
figures over three years; and internkontroll with a risk value.

Expected (what a perfect import gives): the front matter from the cover lines; the chapters;
five nämndsmål (without their "1A" numbers; the målområde rows are no goals) with thirteen
indicators, nuläge 2025 ("–" for a new measure is none) and targets for 2027 and 2028 ("Minska"
as text); eight activities with ansvarig, the last day of the last shaded month as slutdatum
and their goal (by the "Mål" column) as group; nine driftbudget rows with bokslut 2025 and
budget 2026 and 2027 (the "Förändring %" cells are no amount of a year); four key-figure rows;
five controls with their process. The icons' alt texts are content (the goals' link to Agenda
2030), not structure; the Gantt legend, the numbers, the målområde rows, the headers, the
"Förändring %" cells and the totals are structure."""

from __future__ import annotations

import calendar
import datetime as dt
import io
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from PIL import Image, ImageDraw

from tests.word_shapes_docx import Writer, cell_text, sv
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

SDG: dict[int, tuple[str, str]] = {
    3: ("God hälsa och välbefinnande", "#4C9F38"),
    4: ("God utbildning för alla", "#C5192D"),
    5: ("Jämställdhet", "#FF3A21"),
    8: ("Anständiga arbetsvillkor och ekonomisk tillväxt", "#A21942"),
    10: ("Minskad ojämlikhet", "#DD1367"),
    16: ("Fredliga och inkluderande samhällen", "#00689D"),
}

Ind = tuple[str, str, Val | None, Val, Val]
"""An indicator: name, unit, nuläge 2025 (None: "–"), mål 2027 and 2028."""
AREAS: list[tuple[str, list[tuple[str, str, list[int], list[Ind]]]]] = [
    ("1 Kunskap och lärande", [
        ("1A", "Alla elever når kunskapskraven och är behöriga till gymnasieskolan.", [4], [
            ("Andel elever i årskurs 9 som är behöriga till yrkesprogram", "%", D("82.4"),
             D(85), D(87)),
            ("Genomsnittligt meritvärde i årskurs 9 (17 ämnen)", "", D("221.5"), D(225),
             D(228)),
            ("Andel elever i årskurs 6 med lägst betyget E i matematik", "%", D(86), D(89),
             D(90)),
        ]),
        ("1B", "Barnen i förskolan utvecklar sitt språk och sin förmåga att kommunicera.",
         [4, 10], [
            ("Andel barn med annat modersmål än svenska som får modersmålsstöd", "%", D(58),
             D(70), D(75)),
            ("Andel förskollärare av den pedagogiska personalen i förskolan", "%", D(41),
             D(45), D(48)),
        ]),
    ]),
    ("2 Trygghet och hälsa", [
        ("2A", "Barn och elever känner sig trygga i förskolan och skolan.", [16, 3], [
            ("Andel elever i årskurs 5 som känner sig trygga i skolan", "%", D(91), D(95),
             D(95)),
            ("Andel elever i årskurs 8 som känner sig trygga i skolan", "%", D(84), D(90),
             D(92)),
            ("Antal anmälningar om kränkande behandling per 100 elever", "", D("6.8"),
             "Minska", "Minska"),
        ]),
        ("2B", "Fler elever har en hög närvaro i skolan.", [4, 3], [
            ("Andel elever med mer än 15 procent frånvaro", "%", D("14.6"), D(12), D(10)),
            ("Andel elever med långvarig frånvaro som har en åtgärdsplan", "%", None, D(90),
             D(100)),
        ]),
    ]),
    ("3 Medarbetare och ledarskap", [
        ("3A", "Nämndens verksamheter är attraktiva arbetsplatser med behöriga lärare.",
         [8, 5], [
            ("Andel lärare med legitimation och behörighet i minst ett ämne", "%", D(78),
             D(81), D(83)),
            ("Sjukfrånvaro bland medarbetarna", "%", D("7.9"), D(7), D("6.5")),
            ("Hållbart medarbetarengagemang (HME), index", "", D(76), D(78), D(80)),
        ]),
    ]),
]  # fmt: skip

MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
ACTS: list[tuple[str, str, str, set[int]]] = [
    ("Införa en gemensam modell för läsinlärning i årskurs 1–3", "1A", "Utvecklingschef",
     set(range(1, 7))),
    ("Starta lovskola i matematik för elever i årskurs 8 och 9", "1A", "Rektorer grundskola",
     {6, 7, 8}),
    ("Utbilda förskolans personal i språkutvecklande arbetssätt", "1B",
     "Verksamhetschef förskola", set(range(2, 12))),
    ("Genomföra trygghetsvandringar tillsammans med elevråden på alla skolor", "2A",
     "Rektorer grundskola", {3, 10}),
    ("Införa digital frånvarorapportering med avisering till vårdnadshavare samma dag", "2B",
     "IT-samordnare", {1, 2, 3, 4}),
    ("Inrätta ett närvaroteam med kurator, specialpedagog och studie- och yrkesvägledare",
     "2B", "Elevhälsochef", set(range(3, 13))),
    ("Ta fram en plan för kompetensförsörjning 2027–2030", "3A", "HR-strateg", {1, 2, 3, 4, 5}),
    ("Anställa lärarassistenter som avlastar lärarna i administration och rastverksamhet",
     "3A", "Förvaltningschef", set(range(8, 13))),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027)]
DRIFT = [
    ("Nämnd och förvaltningsledning", (14820, 15300, 15650)),
    ("Förskola", (168450, 172900, 171200)),
    ("Pedagogisk omsorg", (3120, 2400, 1900)),
    ("Fritidshem", (41760, 43100, 44600)),
    ("Förskoleklass", (18930, 19400, 19800)),
    ("Grundskola", (286540, 297800, 309900)),
    ("Anpassad grundskola", (22310, 23600, 24900)),
    ("Elevhälsa", (19870, 20500, 21700)),
    ("Skolskjuts", (12640, 13100, 13500)),
]

KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Antal inskrivna barn i förskolan", "1 262", "1 231", "1 208"],
    ["Antal elever i grundskolan", "3 298", "3 344", "3 391"],
    ["Kostnad per elev i grundskolan, kr", "112 400", "116 900", "121 300"],
    ["Andel legitimerade förskollärare", "39 %", "40 %", "41 %"],
]

CONTROLS = [
    ("Placering i förskola", "Att erbjudande om plats lämnas inom fyra månader från ansökan",
     "9", "Placeringshandläggare", "Två gånger per år"),
    ("Skolskjuts", "Att beslut om skolskjuts följer nämndens riktlinjer", "6",
     "Skolskjutshandläggare", "September"),
    ("Inköp", "Att inköp görs från avtalade leverantörer", "8", "Controller", "Kvartalsvis"),
    ("Kränkande behandling", "Att anmälningar till huvudmannen utreds och avslutas skyndsamt",
     "12", "Kvalitetsstrateg", "Varje månad"),
    ("Elevhälsans journaler", "Att åtkomsten till elevhälsans journalsystem loggas och "
     "följs upp", "9", "Elevhälsochef", "Två gånger per år"),
]  # fmt: skip

RUNNING = "Barn- och utbildningsnämnden · Verksamhetsplan 2027–2028"
LEGEND = "Skuggade månader visar när aktiviteten pågår under 2027."


def _icon(goal: int) -> bytes:
    """Agenda 2030's square icon for ``goal``: its colour with the number in white."""
    image = Image.new("RGB", (120, 120), SDG[goal][1])
    ImageDraw.Draw(image).text((10, 8), str(goal), fill="white", font_size=48)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _orient(section: Any, landscape: bool) -> None:
    short, long = sorted((section.page_width, section.page_height))
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)


def _cover(w: Writer) -> None:
    w.doc.sections[0].header.paragraphs[0].text = RUNNING
    w.expected.absent.append(RUNNING)
    w.cover("Tallbacka kommun", size=14)
    w.cover("Barn- och utbildningsnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan med budget 2027–2028", size=26, bold=True)
    w.para("")
    w.cover("Ordförande: Annika Berglund (S)", size=10)
    w.cover("Förvaltningschef: Jonas Wikström", size=10)
    w.cover("Dnr BUN 2026/318", size=10)
    w.page_break()


def _prose(w: Writer) -> None:
    w.chapter("Sammanfattning")
    w.paras(
        "Nämndens budgetram för 2027 är 623,2 miljoner kronor. Det är 15,1 miljoner kronor "
        "eller 2,5 procent mer än 2026. Ökningen går nästan helt till grundskolan, som väntas "
        "få omkring 50 fler elever, och till den anpassade grundskolan.",
        "Antalet barn i förskolan minskar för tredje året i rad och förskolans budget sänks "
        "med 1,7 miljoner kronor. Två avdelningar på Solängens förskola stängs till hösten. "
        "Pedagogisk omsorg har nu fyra dagbarnvårdare mot sju för två år sedan.",
        "Nämnden har fem mål under tre målområden. Störst vikt lägger nämnden 2027 vid "
        "närvaron: var sjunde elev har i dag mer än 15 procent frånvaro.",
    )
    w.chapter("Inledning")
    w.paras(
        "Barn- och utbildningsnämnden ansvarar för förskola, pedagogisk omsorg, fritidshem, "
        "förskoleklass, grundskola och anpassad grundskola i Tallbacka kommun. Nämnden är "
        "huvudman för 14 förskolor och 9 grundskolor och har omkring 780 medarbetare.",
        "Verksamhetsplanen visar hur nämnden bidrar till kommunfullmäktiges mål under "
        "planperioden. Målen följs upp i delårsrapporten och i verksamhetsberättelsen.",
    )
    w.chapter("Omvärldsanalys")
    w.para(
        ("b", "Färre små barn. "),
        (
            "Födelsetalen i kommunen har sjunkit sedan 2021 och befolkningsprognosen visar att "
            "antalet barn i åldern 1–5 år fortsätter att minska fram till 2030. Samtidigt växer "
            "årskullarna i högstadiet."
        ),
    )
    w.para(
        ("b", "Kompetensförsörjning. "),
        (
            "Det är svårt att rekrytera legitimerade lärare i matematik, moderna språk och "
            "slöjd. Pensionsavgångarna är störst bland förskollärarna."
        ),
    )
    w.para(
        ("b", "Ny skollag och läroplan. "),
        (
            "Förändringar i skollagen om elevhälsa och om närvaro ställer nya krav på "
            "huvudmannen. Nämnden följer arbetet med den nya läroplanen för grundskolan."
        ),
    )


def _matrix(w: Writer) -> None:
    section = w.doc.add_section(WD_SECTION.NEW_PAGE)
    _orient(section, True)
    w.chapter("Mål och indikatorer")
    w.para(
        "Målmatrisen visar nämndens mål under kommunens tre målområden, vilka av Agenda "
        "2030:s globala mål de bidrar till och hur de mäts."
    )
    header = ["Agenda 2030", "Nr", "Nämndsmål", "Indikator", "Nuläge 2025", "Mål 2027",
              "Mål 2028"]  # fmt: skip
    rows: list[list[str]] = [header]
    merges: list[tuple[int, int, int, int]] = []
    areas: list[int] = []
    icons: list[tuple[int, list[int]]] = []
    for area, goals in AREAS:
        areas.append(len(rows))
        merges.append((len(rows), 0, len(rows), 6))
        rows.append([area] + [""] * 6)
        w.structure(area)
        for number, goal, sdg, inds in goals:
            first = len(rows)
            icons.append((first, sdg))
            w.structure(number)
            w.expected.goals.append(Goal(goal, "namnd"))
            for i, (name, unit, base, t27, t28) in enumerate(inds):
                lead = [number, goal] if i == 0 else ["", ""]
                shown = [cell_text(v, unit) for v in (base, t27, t28)]
                rows.append(["", *lead, name, shown[0] or "–", *shown[1:]])
                if base is None:
                    w.structure("–")
                w.expected.indicators.append(
                    Indicator(goal, name, unit, 2025 if base is not None else None, base,
                              {2027: t27, 2028: t28})
                )  # fmt: skip
            last = len(rows) - 1
            merges += [(first, c, last, c) for c in range(3) if last > first]
    table = w.table(rows, merges=merges, widths=[2.6, 1.0, 6.0, 7.4, 2.2, 2.2, 2.2])
    for r in areas:
        cell = table.cell(r, 0)
        _shade(cell, "D9E2F3")
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for r, sdg in icons:
        paragraph = table.cell(r, 0).paragraphs[0]
        for globalt in sdg:
            run = paragraph.add_run()
            inline = run.add_picture(io.BytesIO(_icon(globalt)), width=Cm(1.1))._inline
            inline.docPr.set("descr", f"Globalt mål {globalt}: {SDG[globalt][0]}")
            if globalt != sdg[-1]:
                paragraph.add_run(" ")


def _gantt(w: Writer) -> None:
    w.chapter("Aktiviteter 2027")
    w.para("Aktiviteterna är kopplade till målen med målets nummer i matrisen ovan.")
    goals = {n: g for _, goals in AREAS for n, g, _, _ in goals}
    rows = [
        ["Aktivitet", "Mål", "Ansvarig", "2027"] + [""] * 11,
        ["", "", "", *MONTHS],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14)]
    for name, number, who, months in ACTS:
        rows.append([name, number, who] + [""] * 12)
        w.structure(number)
        end = max(months)
        day = dt.date(2027, end, calendar.monthrange(2027, end)[1])
        w.expected.activities.append(Activity(name, who, day, group=goals[number]))
    table = w.table(rows, header_rows=2, merges=merges, widths=[7.4, 1.1, 3.6] + [1.0] * 12)
    for r, (_, _, _, months) in enumerate(ACTS, 2):
        for m in months:
            _shade(table.cell(r, 2 + m), "2E75B6")
    w.para(("i", LEGEND))
    w.structure(LEGEND)


def _pct(new: int, old: int) -> str:
    return sv(((D(new) - D(old)) / D(old) * 100).quantize(D("0.1")), minus="−")


def _economy(w: Writer) -> None:
    section = w.doc.add_section(WD_SECTION.NEW_PAGE)
    _orient(section, False)
    w.chapter("Ekonomi")
    w.para(
        "Kommunfullmäktige har räknat upp nämndens ram med 2,5 procent. Lönerna väntas öka "
        "med 3,2 procent, så verksamheterna måste rymma en del av löneökningen inom ramen. "
        "Beloppen är nettokostnader i tusen kronor."
    )
    caption = "Driftbudget per verksamhet, tkr"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Förändring %"]]
    for name, amounts in DRIFT:
        change = _pct(amounts[2], amounts[1])
        rows.append([name, *(sv(a, sep="\u00a0") for a in amounts), change])
        w.structure(change)
        given = {k: D(a) for k, a in zip(KEYS, amounts, strict=True)}
        w.expected.budget.append(BudgetRow("drift", name, given))
    sums = [sum(a[i] for _, a in DRIFT) for i in range(3)]
    total = ["Summa nämnden", *(sv(s, sep="\u00a0") for s in sums), _pct(sums[2], sums[1])]
    rows.append(total)
    w.totals(*total)
    table = w.table(rows, widths=[5.6, 2.6, 2.6, 2.6, 2.4])
    for cell in table.rows[-1].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True

    w.heading("Nyckeltal", 2)
    w.structure("Nyckeltal")
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[7.0, 2.6, 2.6, 2.6])
    w.expected.key_figures += [
        KeyRow("Nyckeltal", row[0], dict(zip(KEY_HEADER[1:], row[1:], strict=True)))
        for row in KEY_ROWS
    ]


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Internkontrollplanen bygger på förvaltningens riskanalys från september 2026. "
        "Riskvärdet är sannolikhet gånger konsekvens på en skala 1–16."
    )
    rows = [["Process", "Kontrollmoment", "Riskvärde", "Ansvarig", "Frekvens"]]
    for process, moment, risk, who, when in CONTROLS:
        rows.append([process, moment, risk, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.2, 5.8, 1.8, 3.2, 2.6])
    w.chapter("Uppföljning")
    w.para(
        "Nämnden följer upp målen och aktiviteterna i delårsrapporten per den 31 augusti "
        "och i verksamhetsberättelsen för 2027. Internkontrollen rapporteras i december."
    )


def build_bi(path: Path) -> Expected:
    front = Front(
        namnd="Barn- och utbildningsnämnden",
        kommun="Tallbacka kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan med budget 2027–2028",
        ordforande="Annika Berglund (S)",
        forvaltningschef="Jonas Wikström",
        diarienummer="BUN 2026/318",
    )
    w = Writer("BI-barn-utbildning-målmatris-gantt", front)
    _cover(w)
    _prose(w)
    _matrix(w)
    _gantt(w)
    _economy(w)
    _control(w)
    return w.save(path)
