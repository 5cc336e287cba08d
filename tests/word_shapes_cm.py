"""Corpus document CM: a räddningsnämnd's plan as a Word 97 file converted to .docx carries it,
in legacy table markup: no heading styles (chapters are Normal paragraphs with ``w:outlineLvl``
set in their own properties), the goals in a borderless layout table ("Mål n" beside the goal,
its indicator table nested in the cell, each målområde a row merged across with ``w:hMerge``),
a target merged across the year columns with ``w:hMerge``, activities grouped by a målområde
merged down with ``w:vMerge`` (restart, then bare continuation), a driftbudget with two header
rows ("Budget"/"Plan" merged across their years, "Ansvar"/"Verksamhet" merged down) whose
totals row skips the Ansvar column (``w:gridBefore``/``w:wBefore``), investments under a
caption row merged across the table with a ``w:tblGrid`` of fewer columns than its rows,
internkontroll with processes merged down by ``w:vMerge w:val="continue"`` and key figures
with a row that ends early (``w:gridAfter``/``w:wAfter``: no 2025 figure yet).

Expected (what a perfect import gives): the front matter; seven chapters; five nämnd goals
(without "Mål n"), ten indicators with nuläge 2025 and targets 2027–2029 (the merged "≥ 90 %"
for each year); eight activities with ansvarig, slutdatum (last day of the month or quarter)
and their målområde as group; seven driftbudget rows by (budget|plan, year); four investments
with project numbers; five controls with their process; five key-figure rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal as D
from pathlib import Path

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
)
from tests.word_shapes_xml import append, r

YEARS = (2027, 2028, 2029)
T = D | str
AREAS: list[tuple[str, list[tuple[str, list[tuple[str, str, D, tuple[T, T, T]]]]]]] = [
    ("Trygg och säker kommun", [
        ("Färre bränder i bostäder och färre personer skadas vid brand.", [
            ("Antal bostadsbränder per 1 000 invånare", "", D("0.9"),
             (D("0.8"), D("0.8"), D("0.7"))),
            ("Antal personer som skadats vid brand", "", D(11), (D(9), D(8), D(7))),
            ("Andel hushåll som fått hembesök om brandskydd", "%", D(18),
             (D(25), D(30), D(35))),
        ]),
        ("Räddningstjänsten når den drabbade snabbt när en olycka har skett.", [
            ("Medianresponstid vid larm, minuter", "", D("11.5"),
             (D(11), D(11), D("10.5"))),
            ("Andel insatser där första resurs är framme inom 20 minuter", "%", D(86),
             ("≥ 90 %", "≥ 90 %", "≥ 90 %")),
        ]),
        ("Fler kommuninvånare kan själva agera vid en olycka.", [
            ("Antal personer som utbildats i brandskydd och hjärt-lungräddning", "", D(2150),
             (D(2400), D(2500), D(2600))),
            ("Andel elever i årskurs 8 som fått brandskyddsutbildning", "%", D(92),
             (D(100), D(100), D(100))),
        ]),
    ]),
    ("Hållbar organisation", [
        ("Räddningstjänsten har den bemanning som beredskapen kräver.", [
            ("Andel deltidsstyrkor fullt bemannade vid beredskapsveckans start", "%", D(94),
             (D(97), D(98), D(98))),
            ("Antal brandmän i räddningstjänst i beredskap", "", D(48), (D(54), D(56), D(58))),
        ]),
        ("Verksamhetens klimatpåverkan minskar.", [
            ("Andel fordon som drivs med förnybart bränsle", "%", D(38),
             (D(50), D(60), D(70))),
        ]),
    ]),
]  # fmt: skip

ACTS = [
    ("Trygg och säker kommun", [
        ("Genomföra hembesök om brandskydd i Norra Lid och Bruksgården",
         "Enhetschef förebyggande", "december 2027", dt.date(2027, 12, 31)),
        ("Installera brandvarnare hos alla hushåll med hemtjänst tillsammans med "
         "socialförvaltningen", "Enhetschef förebyggande", "Q2 2027", dt.date(2027, 6, 30)),
        ("Ta fram nytt handlingsprogram enligt lagen om skydd mot olyckor",
         "Räddningschef", "Q4 2027", dt.date(2027, 12, 31)),
        ("Införa gemensam räddningsledning med grannkommunerna i Dalbo räddningsregion",
         "Räddningschef", "mars 2027", dt.date(2027, 3, 31)),
        ("Utbilda mentorer i årskurs 8 inför elevernas brandskyddsdag",
         "Utbildningsansvarig", "september 2027", dt.date(2027, 9, 30)),
    ]),
    ("Hållbar organisation", [
        ("Rekrytera brandmän i beredskap till stationerna i Berga och Hällby",
         "Stationschef deltid", "Q3 2027", dt.date(2027, 9, 30)),
        ("Byta två tankbilar mot fordon som drivs med HVO", "Fordonsansvarig",
         "juni 2028", dt.date(2028, 6, 30)),
        ("Erbjuda fystest och friskvårdstimme till all utryckande personal", "HR-partner",
         "december 2027", dt.date(2027, 12, 31)),
    ]),
]  # fmt: skip

KEYS = [("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT = [
    ("4100", "Nämnd och ledning", (-3450, -3560, -3640, -3720)),
    ("4110", "Förebyggande verksamhet", (-6820, -7140, -7300, -7460)),
    ("4120", "Räddningsstyrka heltid", (-28900, -30150, -30800, -31450)),
    ("4130", "Räddningstjänst i beredskap", (-14300, -15200, -15650, -16000)),
    ("4140", "Larm och ledning", (-5200, -5480, -5600, -5720)),
    ("4150", "Fordon och materiel", (-7650, -7900, -8100, -8300)),
    ("4160", "Externa utbildningar och uppdrag", (1150, 1250, 1300, 1350)),
]

INVEST = [
    ("R27-01", "Tankbil med HVO-drift, station Berga", (4200, None, None)),
    ("R27-02", "Höjdfordon, station Centrum", (None, 9800, None)),
    ("R27-03", "Andningsskydd, utbyte", (1150, 1150, 1150)),
    ("R27-04", "Övningsfält, reningsanläggning för släckvatten", (2600, None, None)),
]

CONTROLS = [
    ("Tillsyn enligt LSO", "Tillsyn görs inte enligt tillsynsplanen",
     "Avstämning av genomförda tillsyner mot tillsynsplanen", "Enhetschef förebyggande",
     "Tertialvis"),
    ("Tillsyn enligt LSO", "Föreläggande saknar motivering",
     "Stickprov på tio tillsynsprotokoll", "Brandingenjör", "Två gånger per år"),
    ("Beredskap", "Minimibemanningen hålls inte",
     "Kontroll av bemanningslistor för varje beredskapsvecka", "Stationschef deltid",
     "Månadsvis"),
    ("Ekonomi", "Inhyrd personal faktureras över avtalat pris",
     "Granskning av fakturor för inhyrd personal mot avtalet", "Controller", "Kvartalsvis"),
    ("Arbetsmiljö", "Rökdykare saknar godkänt arbetsprov",
     "Uppföljning av att alla rökdykare gjort årligt arbetsprov", "Räddningschef",
     "En gång per år"),
]  # fmt: skip

KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Antal räddningsinsatser", "812", "845", "871"],
    ["varav brand i byggnad", "96", "88", "91"],
    ["Automatiska brandlarm utan brand", "301", "284", "266"],
    ["Nettokostnad räddningstjänst, kr per invånare", "1 164", "1 201", "1 247"],
    ["Antal genomförda tillsyner", "142", "155"],
]

# --- legacy WordprocessingML ------------------------------------------------------------------


def heading(w: Writer, text: str, level: int, *, chapter: bool = True) -> None:
    """A Normal paragraph made a heading by its own outline level (no heading style)."""
    size = 16 if level == 0 else 13
    append(
        w.doc,
        f'<w:p><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/>'
        f'<w:outlineLvl w:val="{level}"/></w:pPr>{r(text, bold=True, size=size)}</w:p>',
    )
    if chapter:
        w.expected.chapters.append(text)
    else:
        w.structure(text)


def para_xml(text: str, *, bold: bool = False, size: int = 9) -> str:
    return f"<w:p>{r(text, bold=bold, size=size) if text else ''}</w:p>"


def tc(
    text: str = "",
    width: int = 1200,
    *,
    bold: bool = False,
    h: str = "",
    v: str = "",
    shade: str = "",
    inner: str = "",
) -> str:
    """A cell: ``h``/``v`` are "restart", "continue" (written as the value) or "bare" (the
    element without a value, which Word reads as continue)."""
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    for tag, how in (("hMerge", h), ("vMerge", v)):
        if how == "bare":
            props += f"<w:{tag}/>"
        elif how:
            props += f'<w:{tag} w:val="{how}"/>'
    if shade:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    body = para_xml(text, bold=bold)
    if inner:  # a nested table, and the paragraph every cell must end with
        body += inner + "<w:p/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{body}</w:tc>"


def tr(cells: Sequence[str], *, before: int = 0, after: int = 0, header: bool = False) -> str:
    """A row; ``before``/``after`` are (dxa) widths of grid columns the row skips (one each)."""
    props = ""
    if before:
        props += f'<w:gridBefore w:val="1"/><w:wBefore w:w="{before}" w:type="dxa"/>'
    if after:
        props += f'<w:gridAfter w:val="1"/><w:wAfter w:w="{after}" w:type="dxa"/>'
    if header:
        props += "<w:tblHeader/>"
    return f"<w:tr><w:trPr>{props}</w:trPr>{''.join(cells)}</w:tr>"


def tbl(rows: Sequence[str], grid: Sequence[int], *, borders: bool = True) -> str:
    kind = "single" if borders else "nil"
    edges = "".join(
        f'<w:{e} w:val="{kind}" w:sz="4" w:space="0" w:color="auto"/>'
        for e in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    cols = "".join(f'<w:gridCol w:w="{g}"/>' for g in grid)
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{edges}</w:tblBorders>'
        f'<w:tblLook w:val="01E0"/></w:tblPr><w:tblGrid>{cols}</w:tblGrid>'
        f"{''.join(rows)}</w:tbl>"
    )


def table(w: Writer, rows: Sequence[str], grid: Sequence[int], *, borders: bool = True) -> None:
    append(w.doc, tbl(rows, grid, borders=borders))
    w.para("")


# --- the plan ---------------------------------------------------------------------------------


def _text(w: Writer) -> None:
    heading(w, "Inledning", 0)
    w.para(
        "Räddningsnämnden ansvarar för räddningstjänst och förebyggande arbete enligt lagen "
        "om skydd mot olyckor i Östervalla kommun. Verksamheten har en heltidsstation i "
        "centralorten och två stationer med räddningstjänst i beredskap, i Berga och Hällby."
    )
    w.para(
        "Planen beskriver nämndens mål, vilka aktiviteter förvaltningen ska genomföra, hur "
        "budgeten fördelas och hur nämnden följer upp sin interna kontroll under 2027–2029."
    )
    heading(w, "Omvärldsanalys", 0)
    w.para(
        "Sommaren 2025 var den torraste på tjugo år och räddningstjänsten hade tre "
        "skogsbränder som krävde förstärkning från grannkommunerna. Klimatförändringarna gör "
        "att nämnden måste planera för fler och längre perioder med hög brandrisk."
    )
    w.para(
        "Det blir allt svårare att rekrytera brandmän i beredskap eftersom färre bor och "
        "arbetar på samma ort. Samtidigt ställer den nya föreskriften om ledning av "
        "kommunal räddningstjänst krav på en förmåga till samlad ledning dygnet runt, som "
        "nämnden ska lösa tillsammans med kommunerna i Dalbo räddningsregion."
    )


def _goals(w: Writer) -> None:
    heading(w, "Mål och indikatorer", 0)
    w.para(
        "Nämndens mål bidrar till kommunfullmäktiges målområden. Under varje mål anges de "
        "indikatorer som nämnden följer, nuläget 2025 och målvärdet för varje år."
    )
    header = ["Indikator", "Nuläge 2025", "Mål 2027", "Mål 2028", "Mål 2029"]
    widths = [3800, 1000, 900, 900, 900]
    outer: list[str] = []
    number = 0
    for area, goals in AREAS:
        outer.append(tr([tc(area, 1000, bold=True, h="restart", shade="D9D9D9"),
                         tc("", 8000, h="bare", shade="D9D9D9")]))  # fmt: skip
        for goal, inds in goals:
            number += 1
            w.expected.goals.append(Goal(goal, "namnd"))
            w.structure(f"Mål {number}")
            rows = [tr([tc(t, c, bold=True) for t, c in zip(header, widths, strict=True)])]
            w.structure(*header)
            for name, unit, base, targets in inds:
                cells = [tc(name, widths[0]), tc(sv(base, unit), widths[1])]
                if isinstance(targets[0], str):  # one target for all the years, merged
                    cells.append(tc(targets[0], widths[2], h="restart"))
                    cells += [tc("", c, h="continue") for c in widths[3:]]
                else:
                    cells += [
                        tc(sv(t, unit) if isinstance(t, D) else t, c)
                        for t, c in zip(targets, widths[2:], strict=True)
                    ]
                rows.append(tr(cells))
                w.expected.indicators.append(
                    Indicator(goal, name, unit, 2025, base, dict(zip(YEARS, targets, strict=True)))
                )
            nested = tbl(rows, widths)
            outer.append(
                tr([tc(f"Mål {number}", 1000, bold=True), tc(goal, 8000, bold=True, inner=nested)])
            )
    table(w, outer, [1000, 8000], borders=False)


def _activities(w: Writer) -> None:
    heading(w, "Aktiviteter 2027", 0)
    w.para("Aktiviteterna ordnas efter det målområde de bidrar till.")
    header = ["Målområde", "Aktivitet", "Ansvarig", "Klart"]
    grid = [1800, 4200, 2000, 1200]
    rows = [tr([tc(t, g, bold=True) for t, g in zip(header, grid, strict=True)], header=True)]
    w.structure(*header)
    for area, acts in ACTS:
        for n, (name, who, when, day) in enumerate(acts):
            group = tc(area if n == 0 else "", grid[0], v="restart" if n == 0 else "bare")
            rows.append(tr([group, tc(name, grid[1]), tc(who, grid[2]), tc(when, grid[3])]))
            w.structure(when)
            w.expected.activities.append(Activity(name, who, day, group=area))
    table(w, rows, grid)


def _economy(w: Writer) -> None:
    heading(w, "Ekonomi", 0)
    w.para(
        "Kommunbidraget ökar 2027 med 4,1 procent. Ökningen täcker löneökningar och den "
        "gemensamma räddningsledningen; den förebyggande verksamheten får 320 tkr mer för "
        "hembesöken."
    )
    heading(w, "Driftbudget, nettokostnad (tkr)", 1, chapter=False)
    grid = [800, 3400, 1100, 1100, 1100, 1100]
    first = [
        tc("Ansvar", grid[0], bold=True, v="restart"),
        tc("Verksamhet", grid[1], bold=True, v="restart"),
        tc("Budget", grid[2], bold=True, h="restart"),
        tc("", grid[3], h="continue"),
        tc("Plan", grid[4], bold=True, h="restart"),
        tc("", grid[5], h="continue"),
    ]
    second = [tc("", grid[0], v="bare"), tc("", grid[1], v="bare")]
    second += [tc(str(y), g, bold=True) for y, g in zip((2026, *YEARS), grid[2:], strict=True)]
    rows = [tr(first, header=True), tr(second, header=True)]
    w.structure("Ansvar", "Verksamhet", "Budget", "Plan", "2026", *map(str, YEARS))
    for code, name, amounts in DRIFT:
        rows.append(
            tr(
                [tc(code, grid[0]), tc(name, grid[1])]
                + [tc(sv(a), g) for a, g in zip(amounts, grid[2:], strict=True)]
            )
        )
        w.expected.budget.append(
            BudgetRow("drift", name, {k: D(a) for k, a in zip(KEYS, amounts, strict=True)})
        )
        w.structure(code)
    sums = [sv(sum(row[2][c] for row in DRIFT)) for c in range(4)]
    rows.append(tr([tc("Nämnden totalt", grid[1], bold=True)]
                   + [tc(s, g, bold=True) for s, g in zip(sums, grid[2:], strict=True)],
                   before=grid[0]))  # fmt: skip
    w.totals("Nämnden totalt", *sums)
    table(w, rows, grid)

    heading(w, "Investeringar", 1, chapter=False)
    grid = [1100, 4300, 1200, 1200, 1200]
    caption = "Investeringsbudget 2027–2029 (tkr)"
    rows = [tr([tc(caption, grid[0], bold=True, h="restart")]
               + [tc("", g, h="continue") for g in grid[1:]])]  # fmt: skip
    header = ["Projekt", "Investering", "Budget 2027", "Plan 2028", "Plan 2029"]
    rows.append(tr([tc(t, g, bold=True) for t, g in zip(header, grid, strict=True)]))
    w.structure(caption, *header)
    inv_keys = [("budget", 2027), ("plan", 2028), ("plan", 2029)]
    for number, name, planned in INVEST:
        cells = [tc(number, grid[0]), tc(name, grid[1])]
        cells += [tc("" if a is None else sv(a), g) for a, g in zip(planned, grid[2:], strict=True)]
        rows.append(tr(cells))
        given = {k: D(a) for k, a in zip(inv_keys, planned, strict=True) if a is not None}
        w.expected.budget.append(BudgetRow("investering", name, given, projektnummer=number))
    sums = [sv(sum(i[2][c] or 0 for i in INVEST)) for c in range(3)]
    rows.append(tr([tc("Summa investeringar", grid[1], bold=True)]
                   + [tc(s, g, bold=True) for s, g in zip(sums, grid[2:], strict=True)],
                   before=grid[0]))  # fmt: skip
    w.totals("Summa investeringar", *sums)
    table(w, rows, grid[:3])  # the grid as the .doc converter left it: three columns


def _control(w: Writer) -> None:
    heading(w, "Internkontroll", 0)
    w.para(
        "Internkontrollplanen bygger på nämndens riskanalys från september 2026. Resultatet "
        "av kontrollerna rapporteras till nämnden i delårsrapporten och årsredovisningen."
    )
    header = ["Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens"]
    grid = [1500, 2300, 2800, 1600, 1200]
    rows = [tr([tc(t, g, bold=True) for t, g in zip(header, grid, strict=True)], header=True)]
    w.structure(*header)
    last = ""
    for process, risk, moment, who, when in CONTROLS:
        first = process != last
        cell = tc(process if first else "", grid[0], v="restart" if first else "continue")
        last = process
        rows.append(tr([cell, *(tc(t, g) for t, g in zip((risk, moment, who, when), grid[1:],
                                                           strict=True))]))  # fmt: skip
        w.expected.controls.append(Control(moment, process))
    table(w, rows, grid)

    heading(w, "Nyckeltal", 0)
    w.para("Uppgifterna för 2025 om tillsyner redovisas först i årsredovisningen.")
    grid = [4600, 1200, 1200, 1200]
    rows = [tr([tc(t, g, bold=True) for t, g in zip(KEY_HEADER, grid, strict=True)])]
    w.structure(KEY_HEADER[0])
    for row in KEY_ROWS:
        short = len(row) < len(KEY_HEADER)
        cells = [tc(t, g) for t, g in zip(row, grid, strict=False)]
        rows.append(tr(cells, after=grid[-1] if short else 0))
        w.expected.key_figures.append(
            KeyRow("Nyckeltal", row[0], dict(zip(KEY_HEADER[1:], row[1:], strict=False)))
        )
    table(w, rows, grid)


def build_cm(path: Path) -> Expected:
    front = Front(
        namnd="Räddningsnämnden",
        kommun="Östervalla kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med budget 2027–2029",
        ordforande="Lena Holm (C)",
        forvaltningschef="Per Wikström",
        diarienummer="RN 2026/41",
    )
    w = Writer("CM-räddningsnämnd-legacy-tabeller", front)
    w.cover("Östervalla kommun", size=14, bold=True)
    w.cover("Räddningsnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan med budget 2027–2029", size=24, bold=True)
    w.cover("Antagen av räddningsnämnden 2026-11-19, § 88", size=10)
    w.cover("Dnr RN 2026/41", size=10)
    w.cover("Ordförande: Lena Holm (C)", size=10)
    w.cover("Räddningschef: Per Wikström", size=10)
    w.page_break()
    _text(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _control(w)
    return w.save(path)


__all__ = ["build_cm"]
