"""Corpus document T: a kultur- och fritidsnämnd's two-year plan made without any heading style:
the cover's kommun, nämnd and title in a floating text box (``wp:anchor``, wrapped top and
bottom) over plain lines "Fastställd av … den 3 december 2026, § 87", "Diarienummer KFN-2026-145"
and "Kultur- och fritidschef: …"; chapter and sub-headings that are Normal paragraphs in bold
16 and 12 point; one "målkort" table per goal (label cells "Målområde", "Nämndens mål",
indicator rows with the baseline's year in the cell "182 000 (2025)", and a last row
"Aktiviteter" whose merged cell holds one typed "• … (ansvar: …, klart: vt 2027)" paragraph
per activity, dated by school term); a driftbudget in tkr grouped under "Kultur" and "Fritid"
lines with subtotals, net costs written with "−" (U+2212) and a "Förändring" column, a
resultatbudget with costs in parentheses "(44 300)", investments with "–" for no amount, a
key-figure table with an "Anm:" line under it, and internkontroll written as a bold process
line followed by "Risk: …", "Kontrollmoment: …", "Ansvarig: …" and "Frekvens: …" lines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

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
    TableNote,
    Val,
)
from tests.word_shapes_xml import append, p, r

MINUS = "\u2212"
HEADER = "Norrbacka kommun · Kultur- och fritidsnämnden · Verksamhetsplan och budget 2027–2028"

Ind = tuple[str, str, D, int, Val, Val]
"""An indicator: name, unit, utgångsvärde, its year, mål 2027, mål 2028."""
Act = tuple[str, str, str]
"""An activity: name, ansvar, the term it is done ("vt 2027", "ht 2028")."""

AREAS: list[tuple[str, list[tuple[str, list[Ind], list[Act]]]]] = [
    (
        "Ett rikt kulturliv för alla",
        [
            ("Fler invånare tar del av bibliotekens utbud.",
             [("Besök på kommunens bibliotek, antal", "", D(182_000), 2025, D(190_000),
               D(196_000)),
              ("Utlån per invånare", "", D("4.6"), 2025, D("4.8"), D("5.0")),
              ("Andel invånare som är nöjda med biblioteken", "%", D(78), 2024, "Minst 80 %",
               "Minst 80 %")],
             [("Meröppet bibliotek i Ålsta", "bibliotekschef", "vt 2027"),
              ("Bokprat i alla förskoleklasser", "barnbibliotekarie", "ht 2027")]),
            ("Barn och unga går i kulturskolan oavsett bakgrund.",
             [("Elever i kulturskolan, antal", "", D(815), 2025, D(850), D(880)),
              ("Andel elever i kulturskolan från skolor med lågt socioekonomiskt index", "%",
               D(12), 2025, D(15), D(18)),
              ("Barn i kö till kulturskolan, antal", "", D(140), 2025, "Högst 100",
               "Högst 80")],
             [("Avgiftsfri prova-på-termin för elever i årskurs 3", "kulturskolechef",
               "ht 2027"),
              ("Kulturskolan undervisar på fritidsgården i Västby", "kulturskolechef",
               "vt 2028")]),
        ],
    ),
    (
        "Aktiv fritid och folkhälsa",
        [
            ("Fler barn och unga är fysiskt aktiva på fritiden.",
             [("Deltagartillfällen med lokalt aktivitetsstöd, 7–20 år", "", D(98_400), 2025,
               D(102_000), D(105_000)),
              ("Andel flickor av deltagartillfällena", "%", D(39), 2025, D(42), D(45))],
             [("Öppen idrottshall på fredagskvällar", "fritidschef", "ht 2027"),
              ("Riktat föreningsbidrag till aktiviteter för flickor", "föreningskonsulent",
               "vt 2027"),
              ("Ny konstgräsplan på Norrvallen", "anläggningschef", "ht 2028")]),
            ("Fritidsgårdarna är trygga mötesplatser.",
             [("Besök på fritidsgårdarna, antal", "", D(21_300), 2025, D(23_000), D(24_000)),
              ("Andel besökare som känner sig trygga på fritidsgården", "%", D(86), 2024,
               D(90), D(92))],
             [("Trygghetsvandring med ungdomsrådet", "fritidsgårdschef", "vt 2027"),
              ("Utbildning i bemötande och normkritik för all personal", "fritidsgårdschef",
               "ht 2027")]),
        ],
    ),
    (
        "Hållbar organisation",
        [
            ("Nämnden håller sin budget och använder lokalerna effektivt.",
             [("Budgetavvikelse, andel av nettokostnaden", "%", D("-0.6"), 2025, "Minst 0 %",
               "Minst 0 %"),
              ("Beläggning i sporthallarna vardagskvällar", "%", D(74), 2025, D(80), D(85))],
             [("Digitalt bokningssystem för alla lokaler", "administrativ chef",
               "vt 2027")]),
        ],
    ),
]  # fmt: skip


def term_end(term: str) -> dt.date:
    """Judgement: an activity due "vt 2027" (vårtermin) is due 2027-06-30, "ht 2027"
    (hösttermin) 2027-12-31."""
    kind, year = term.split()
    return dt.date(int(year), 6, 30) if kind == "vt" else dt.date(int(year), 12, 31)


KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027)]
GROUPS: list[tuple[str, list[tuple[str, list[int]]]]] = [
    (
        "Kultur",
        [
            ("Bibliotek", [-14_820, -15_300, -15_900]),
            ("Kulturskola", [-11_460, -11_900, -12_350]),
            ("Allmänkultur och evenemang", [-5_230, -5_400, -5_150]),
            ("Konsthallen", [-2_940, -3_050, -3_100]),
        ],
    ),
    (
        "Fritid",
        [
            ("Idrotts- och fritidsanläggningar", [-21_680, -22_400, -23_600]),
            ("Simhall", [-8_910, -9_200, -9_450]),
            ("Fritidsgårdar", [-7_340, -7_600, -7_900]),
            ("Föreningsbidrag", [-6_150, -6_300, -6_300]),
        ],
    ),
]
LEDNING = ("Nämnd och förvaltning", [-4_870, -5_000, -5_150])
TOTAL = [LEDNING[1][i] + sum(a[i] for _, rows in GROUPS for _, a in rows) for i in range(len(KEYS))]
_INCOME_COSTS: list[tuple[str, list[int]]] = [
    ("Avgifter och taxor", [6_840, 7_100, 7_300]),
    ("Bidrag", [3_260, 2_900, 2_800]),
    ("Hyresintäkter", [4_120, 4_250, 4_400]),
    ("Personalkostnader", [-44_300, -45_900, -47_600]),
    ("Lokalkostnader", [-27_450, -28_300, -29_450]),
    ("Lämnade bidrag", [-6_980, -7_150, -7_200]),
]
RESULT = [
    *_INCOME_COSTS,
    ("Övriga kostnader", [t - sum(a[i] for _, a in _INCOME_COSTS) for i, t in enumerate(TOTAL)]),
]
INVESTMENTS: list[tuple[str, list[int | None]]] = [
    ("Konstgräsplan Norrvallen", [6_500, None, None]),
    ("Meröppet bibliotek Ålsta", [850, None, None]),
    ("Belysning motionsspår Björkåsen", [1_200, 900, None]),
    ("Inventarier fritidsgårdar", [300, 300, 300]),
    ("Scenteknik Folkets hus", [None, 2_400, None]),
]


def minus(value: int) -> str:
    return sv(value, minus=MINUS)


def paren(value: int) -> str:
    return f"({sv(-value)})" if value < 0 else sv(value)


def change(value: int, fmt: str = "minus") -> str:
    """Budget 2027 against budget 2026 with its sign: "+850", "−1 250", "0"."""
    if fmt == "paren":
        return paren(value)
    return ("+" + sv(value)) if value > 0 else minus(value)


def _text_box(w: Writer, *lines: tuple[str, int]) -> None:
    """A floating text box (anchored, wrapped top and bottom) holding ``lines``."""
    inner = "".join(p(r(text, bold=True, size=size)) for text, size in lines)
    cx, cy = 5_760_000, 1_800_000
    graphic = (
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>'
        f"</wps:spPr><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" anchor="ctr"><a:noAutofit/>'
        "</wps:bodyPr></wps:wsp></a:graphicData></a:graphic>"
    )
    append(
        w.doc,
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>2700000</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="903" name="Textruta 3"/><wp:cNvGraphicFramePr/>'
        f"{graphic}</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        '<v:shape type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:212.6pt;'
        "width:453.5pt;height:141.7pt;z-index:251659264;mso-position-horizontal:center;"
        'mso-position-horizontal-relative:margin;mso-position-vertical-relative:page" '
        f'stroked="f"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape>'
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>",
    )


def heading(w: Writer, text: str, *, chapter: bool = True) -> None:
    """A heading as the secretary made it: a Normal paragraph, bold, larger."""
    paragraph = w.para(("b", text), size=16 if chapter else 12)
    paragraph.paragraph_format.keep_with_next = True
    if chapter:
        w.expected.chapters.append(text)
    else:
        w.structure(text)


def _cover(w: Writer) -> None:
    w.doc.sections[0].header.paragraphs[0].text = HEADER
    w.expected.absent.append(HEADER)
    lines = [
        ("Norrbacka kommun", 14),
        ("Kultur- och fritidsnämnden", 20),
        ("Verksamhetsplan och budget 2027–2028", 28),
    ]
    _text_box(w, *lines)
    w.structure(*(text for text, _ in lines))
    w.cover("Fastställd av kultur- och fritidsnämnden den 3 december 2026, § 87")
    w.cover("Diarienummer KFN-2026-145")
    w.cover("Ordförande: Lena Persson (C)")
    # Judgement: the head of the kultur- och fritidsförvaltning is its förvaltningschef.
    w.cover("Kultur- och fritidschef: Marcus Öberg")
    w.page_break()


def _chapters(w: Writer) -> None:
    heading(w, "Inledning")
    w.paras(
        "Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, allmänkultur, "
        "idrotts- och fritidsanläggningar, fritidsgårdar och stödet till föreningslivet i "
        "Norrbacka. Planen gäller 2027–2028 och bygger på fullmäktiges mål och ram.",
        "Budgeten i planen avser 2027. Budgeten för 2028 beslutas när fullmäktige har fastställt "
        "ramen för det året.",
    )
    heading(w, "Verksamhetsidé och uppdrag")
    w.para(
        "Nämnden ska ge alla invånare möjlighet till upplevelser, bildning och en aktiv fritid. "
        "Barn och unga prioriteras, liksom de som i dag deltar minst."
    )
    heading(w, "Omvärld och utmaningar")
    heading(w, "Barn och unga", chapter=False)
    w.para(
        "Andelen barn som är fysiskt aktiva minst en timme om dagen minskar, mest bland flickor "
        "i tonåren. Föreningarna tappar medlemmar i åldern 13–16 år."
    )
    heading(w, "Lokaler", chapter=False)
    w.para(
        "Simhallen och två av sporthallarna är byggda på 1970-talet och behöver renoveras inom "
        "tio år. Hyrorna ökar med 3,5 procent 2027."
    )
    heading(w, "Läsning och kultur", chapter=False)
    w.para(
        "Utlånen har ökat sedan biblioteket i centrum fick längre öppettider. Kulturskolan har "
        "kö till piano, gitarr och dans."
    )


def _goal_card(w: Writer, area: str, goal: str, inds: list[Ind], acts: list[Act]) -> None:
    rows = [["Målområde", area, "", ""], ["Nämndens mål", goal, "", ""]]
    rows.append(["Indikator", "Utgångsvärde", "Mål 2027", "Mål 2028"])
    for name, unit, base, year, t27, t28 in inds:
        baseline = f"{cell_text(base, unit).replace('-', MINUS)} ({year})"
        rows.append([name, baseline, cell_text(t27, unit), cell_text(t28, unit)])
        w.structure(baseline)  # checked as the indicator's nuläge and its year
        w.expected.indicators.append(
            Indicator(goal, name, unit, year, base, {2027: t27, 2028: t28})
        )
    last = len(rows)
    rows.append(["Aktiviteter", "", "", ""])
    merges = [(0, 1, 0, 3), (1, 1, 1, 3), (last, 1, last, 3)]
    table = w.table(rows, header_rows=0, merges=merges, widths=[6.8, 3.4, 3, 3])
    for row in (0, 1, 2, last):
        for run in table.rows[row].cells[0].paragraphs[0].runs:
            run.bold = True
    w.structure("Målområde", "Nämndens mål", "Indikator", "Utgångsvärde", "Mål 2027", "Mål 2028")
    w.structure("Aktiviteter", area)
    cell = table.cell(last, 1)
    for number, (name, who, term) in enumerate(acts):
        line = f"• {name} (ansvar: {who}, klart: {term})"
        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
        paragraph.add_run(line)
        w.structure(line)  # checked as the activity
        w.expected.activities.append(Activity(name, who, term_end(term), group=goal))
    w.expected.goals.append(Goal(goal, "namnd"))


def _goals(w: Writer) -> None:
    heading(w, "Mål för 2027–2028")
    w.para(
        "Nämndens mål utgår från fullmäktiges målområden. Varje mål har ett målkort med de "
        "indikatorer som målet mäts med och de aktiviteter som ska genomföras."
    )
    for area, goals in AREAS:
        for goal, inds, acts in goals:
            _goal_card(w, area, goal, inds, acts)
            w.para("")


def _budget(w: Writer) -> None:
    heading(w, "Ekonomi")
    w.para(
        "Nämndens ram för 2027 är 88 900 tkr, 2 750 tkr mer än 2026. Ökningen går till högre "
        "hyror, löneökningar och driften av det meröppna biblioteket i Ålsta."
    )
    title = "Driftbudget per verksamhet, tkr"
    w.para(("b", title))
    w.structure(title)
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Förändring"]
    rows = [header]
    for group, members in GROUPS:
        rows.append([group, "", "", "", ""])
        w.structure(group)  # a group line: its rows are the verksamheter
        for name, amounts in members:
            rows.append([name, *(minus(a) for a in amounts), change(amounts[2] - amounts[1])])
            w.structure(rows[-1][-1])  # computed, not kept
            w.expected.budget.append(
                BudgetRow("drift", name, {k: D(a) for k, a in zip(KEYS, amounts, strict=True)})
            )
        sums = [sum(a[i] for _, a in members) for i in range(len(KEYS))]
        rows.append(
            [f"Summa {group.lower()}", *(minus(s) for s in sums), change(sums[2] - sums[1])]
        )
        w.totals(*rows[-1])
    name, amounts = LEDNING
    rows.append([name, *(minus(a) for a in amounts), change(amounts[2] - amounts[1])])
    w.structure(rows[-1][-1])
    w.expected.budget.append(
        BudgetRow("drift", name, {k: D(a) for k, a in zip(KEYS, amounts, strict=True)})
    )
    rows.append(["Totalt", *(minus(t) for t in TOTAL), change(TOTAL[2] - TOTAL[1])])
    w.totals(*rows[-1])
    table = w.table(rows, widths=[6.2, 2.5, 2.5, 2.5, 2.3])
    for number, row in enumerate(rows):
        if row[0] in {g for g, _ in GROUPS} or row[0].startswith(("Summa", "Totalt")):
            for run in table.rows[number].cells[0].paragraphs[0].runs:
                run.bold = True
    w.para("")

    title = "Resultatbudget, tkr"
    w.para(("b", title))
    w.structure(title)
    rows = [["", "Bokslut 2025", "Budget 2026", "Budget 2027", "Förändring"]]
    for name, amounts in RESULT:
        rows.append([name, *(paren(a) for a in amounts), change(amounts[2] - amounts[1], "paren")])
        w.structure(rows[-1][-1])
        w.expected.budget.append(
            BudgetRow("resultat", name, {k: D(a) for k, a in zip(KEYS, amounts, strict=True)})
        )
    assert all(a < 0 for a in RESULT[-1][1])
    rows.append(["Nettokostnad", *(paren(t) for t in TOTAL), paren(TOTAL[2] - TOTAL[1])])
    w.totals(*rows[-1])
    w.table(rows, widths=[6.2, 2.5, 2.5, 2.5, 2.3])
    w.para("Belopp inom parentes är kostnader.")
    w.para("")

    title = "Investeringar, tkr"
    w.para(("b", title))
    w.structure(title)
    years = [("budget", 2027), ("plan", 2028), ("plan", 2029)]
    rows = [["Projekt", "Budget 2027", "Plan 2028", "Plan 2029"]]
    for name, planned in INVESTMENTS:
        rows.append([name, *("–" if a is None else sv(a) for a in planned)])
        given = {k: D(a) for k, a in zip(years, planned, strict=True) if a is not None}
        w.expected.budget.append(BudgetRow("investering", name, given))
    w.structure("–")
    sums = [sum(a[i] or 0 for _, a in INVESTMENTS) for i in range(3)]
    rows.append(["Summa investeringar", *(sv(s) for s in sums)])
    w.totals(*rows[-1])
    w.table(rows, widths=[7, 2.6, 2.6, 2.6])


def _key_figures(w: Writer) -> None:
    heading(w, "Verksamhetsstatistik")
    w.para("Tabellen visar hur verksamheterna har använts de tre senaste åren.")
    title = "Besök och deltagande"
    w.para(("b", title))
    w.structure(title)
    header = ["Mått", "2023", "2024", "2025"]
    rows = [
        ["Besök på biblioteken", "168 400", "175 900", "182 000"],
        ["Utlån, antal", "96 800", "99 300", "104 700"],
        ["Besök i simhallen", "112 600", "97 300", "118 900"],
        ["Elever i kulturskolan", "792", "806", "815"],
        ["Bokade timmar i sporthallar", "18 420", "19 050", "19 880"],
        ["Föreningar med aktivitetsstöd", "47", "46", "49"],
        ["Nettokostnad kultur och fritid, kr per invånare", "4 120", "4 285", "4 410"],
    ]
    w.table([header, *rows], keep_headers=True, widths=[8, 2.6, 2.6, 2.6])
    w.expected.key_figures += [
        KeyRow(title, row[0], dict(zip(header[1:], row[1:], strict=True))) for row in rows
    ]
    note = "Anm: Simhallen var stängd sju veckor hösten 2024 när reningsverket byttes."
    w.para(("i", note), size=9)
    w.expected.notes.append(TableNote(title, note))


def _control(w: Writer) -> None:
    heading(w, "Internkontroll")
    w.para(
        "Nämnden har valt ut fyra kontroller för 2027 utifrån förvaltningens riskanalys. "
        "Resultatet redovisas för nämnden i februari 2028."
    )
    controls = [
        ("Kontanthantering i simhallens kassa", "Kassadifferenser upptäcks inte",
         "Avstämning av kassarapporter mot bankinsättningar", "Anläggningschef",
         "Stickprov varje månad"),
        ("Föreningsbidrag", "Bidrag betalas ut på felaktiga medlemsuppgifter",
         "Kontroll av redovisade deltagartillfällen mot närvarolistor", "Föreningskonsulent",
         "Två gånger per år"),
        ("Uthyrning av lokaler", "Bokade timmar faktureras inte",
         "Jämförelse mellan bokningssystemet och fakturerade timmar", "Administrativ chef",
         "Kvartalsvis"),
        ("Avtalstrohet vid inköp", "Inköp görs utanför upphandlade avtal",
         "Granskning av leverantörsfakturor över 20 000 kr", "Controller", "Årligen"),
    ]  # fmt: skip
    for process, risk, moment, who, when in controls:
        w.para(("b", process))
        w.para(("b", "Risk: "), risk)
        w.para(("b", "Kontrollmoment: "), moment)
        w.para(("b", "Ansvarig: "), who)
        w.para(("b", "Frekvens: "), when)
        w.structure(f"Kontrollmoment: {moment}")  # checked as the control
        w.expected.controls.append(Control(moment, process))


def build_t(path: Path) -> Expected:
    front = Front(
        namnd="Kultur- och fritidsnämnden",
        kommun="Norrbacka kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan och budget 2027–2028",
        ordforande="Lena Persson (C)",
        forvaltningschef="Marcus Öberg",
        diarienummer="KFN-2026-145",
    )
    w = Writer("T-kultur-fritid-målkort", front)
    _cover(w)
    _chapters(w)
    _goals(w)
    _budget(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
