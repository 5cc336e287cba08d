"""Corpus document BV: a tekniska nämnd's plan that was published as a PDF and opened again in
Microsoft Word (PDF Reflow), as a secretary gets last year's plan when only the PDF is left.
Every paragraph is "Normal" with direct run formatting (Arial, size, colour) and exact line
spacing with space before and after; the headings are bold in larger sizes, some detected as
Heading 1/2 with the PDF's numbers typed in ("3.1 Trygg och tillgänglig utemiljö"), others
left as Normal; a paragraph's lines are joined but the hyphens at the old line ends are kept
("verk-samhet", also in a goal, an indicator and an activity); the cover, the running header
and a fact box stand in frames (w:framePr at page positions) or a text box; the table of
contents is typed lines with the page numbers; page numbers ("Sida 4 av 12") and the running
header are body paragraphs at each page turn; bullets are "•" typed before a tab. Tables are
real Word tables with no borders and every row at an exact height, split into one table per
page with the header row repeated as an ordinary body row, and in two places two columns are
merged into one because the PDF set them close ("Nuläge 2025 Mål 2027" with "142 136"; "2024
2025" with "367 431").

Expected (what a perfect import gives): the front matter from the framed cover; seven chapters;
five nämndsmål (without "Nämndsmål n:", the line-end hyphens removed) with twelve indicators,
nuläge 2025 and targets 2027–2029 (a table split over a page and one with merged columns read
as two); eight activities with ansvarig, slutdatum ("juni 2027", "Q3 2027", ISO dates; none for
"Löpande") and their goal; seven driftbudget rows in tkr; six key-figure rows with the merged
years apart; four controls with their process. The running header, page numbers and the typed
table of contents are not in the plan; header cells, cover labels and totals are structure."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal as D
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

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
from tests.word_shapes_xml import append, text_box

RUNNING = "Tekniska nämnden – Verksamhetsplan med budget 2027, plan 2028–2029"
PAGES = 12
BLUE, GREY, BLACK = "1F4E79", "595959", "000000"
YEARS = (2027, 2028, 2029)

Ind = tuple[str, str, str, Val, Val | None, Val | None, Val | None]
"""An indicator: name as printed (line-end hyphen kept), name as meant, unit, nuläge 2025,
targets 2027–2029."""

AREAS: list[tuple[str, list[tuple[str, str, list[Ind]]]]] = [
    ("3.1 Trygg och tillgänglig utemiljö", [
        ("Gator, gång- och cykel-vägar är trygga och framkomliga året runt.",
         "Gator, gång- och cykelvägar är trygga och framkomliga året runt.", [
            ("Andel invånare som är nöjda med gång- och cykelvägarna",
             "Andel invånare som är nöjda med gång- och cykelvägarna", "%", D(58), D(60),
             D(62), D(64)),
            ("Antal trafikolyckor med personskada på kommunala gator",
             "Antal trafikolyckor med personskada på kommunala gator", "", D(14), "Högst 12",
             "Högst 11", "Högst 10"),
            ("Andel gatubelysning med LED-armaturer", "Andel gatubelysning med LED-armaturer",
             "%", D(71), D(80), D(90), D(100)),
        ]),
        ("Parker och lekplatser är välskötta och inbjuder till vistelse för alla åldrar.",
         "Parker och lekplatser är välskötta och inbjuder till vistelse för alla åldrar.", [
            ("Andel lekplatser utan anmärkning vid den årliga besiktningen",
             "Andel lekplatser utan anmärkning vid den årliga besiktningen", "%", D(82), D(85),
             D(88), D(90)),
            ("Nöjdhet med parker och grönområden, index (SCB)",
             "Nöjdhet med parker och grönområden, index (SCB)", "", D(61), D(63), None, D(65)),
        ]),
    ]),
    ("3.2 Hållbar samhällsutveckling", [
        ("Nämndens verksamhet minskar sin klimatpåverkan och sin energi-användning.",
         "Nämndens verksamhet minskar sin klimatpåverkan och sin energianvändning.", [
            ("Energianvändning i kommunens fastigheter, kWh per kvadrat-meter",
             "Energianvändning i kommunens fastigheter, kWh per kvadratmeter", "", D(142),
             D(136), D(130), D(125)),
            ("Andel fossilfria fordon och arbetsmaskiner",
             "Andel fossilfria fordon och arbetsmaskiner", "%", D(47), D(55), D(65), D(75)),
            ("Andel återvunnet material i beläggningsarbeten",
             "Andel återvunnet material i beläggningsarbeten", "%", D(18), D(25), D(30),
             D(35)),
        ]),
        ("Kommunens fastigheter underhålls så att deras värde bevaras.",
         "Kommunens fastigheter underhålls så att deras värde bevaras.", [
            ("Andel av årets planerade underhåll som genomförs",
             "Andel av årets planerade underhåll som genomförs", "%", D(64), D(75), D(80),
             D(85)),
            ("Andel felanmälningar som åtgärdas inom fem arbetsdagar",
             "Andel felanmälningar som åtgärdas inom fem arbetsdagar", "%", D(78),
             "Minst 85 %", "Minst 85 %", "Minst 90 %"),
        ]),
    ]),
    ("3.3 Attraktiv arbetsgivare", [
        ("Medarbetarna har en god arbetsmiljö och vill stanna i förvaltningen.",
         "Medarbetarna har en god arbetsmiljö och vill stanna i förvaltningen.", [
            ("Hållbart medarbetarengagemang (HME), index",
             "Hållbart medarbetarengagemang (HME), index", "", D(76), D(78), None, D(80)),
            ("Sjukfrånvaro, andel av ordinarie arbetstid",
             "Sjukfrånvaro, andel av ordinarie arbetstid", "%", D("6.8"), "Högst 6,0 %",
             "Högst 5,5 %", "Högst 5,0 %"),
        ]),
    ]),
]  # fmt: skip

ACTIVITIES = [
    ("Trygghetsvandringar på otrygga platser tillsammans med polisen och boende",
     "Trygghetsvandringar på otrygga platser tillsammans med polisen och boende", 1,
     "Gatuchef", "juni 2027", dt.date(2027, 6, 30)),
    ("Byte av 600 gatlyktor till LED", "Byte av 600 gatlyktor till LED", 1, "Gatuchef",
     "december 2027", dt.date(2027, 12, 31)),
    ("Ny lekplats i Norra Strand", "Ny lekplats i Norra Strand", 2, "Parkchef", "Q3 2027",
     dt.date(2027, 9, 30)),
    ("Skötselplan för Stadsparken", "Skötselplan för Stadsparken", 2, "Parkingenjör",
     "2027-04-30", dt.date(2027, 4, 30)),
    ("Solceller på tre skolor och ett äldreboende", "Solceller på tre skolor och ett äldreboende",
     3, "Fastighetschef", "2028-06-30", dt.date(2028, 6, 30)),
    ("Upphandling av fossil-fria arbetsmaskiner", "Upphandling av fossilfria arbetsmaskiner",
     3, "Driftchef", "Q1 2028", dt.date(2028, 3, 31)),
    ("Digital underhållsplan för alla byggnader", "Digital underhållsplan för alla byggnader",
     4, "Förvaltare", "december 2027", dt.date(2027, 12, 31)),
    ("Ledarutbildning och friskvård för arbetsledare i driften",
     "Ledarutbildning och friskvård för arbetsledare i driften", 5, "Förvaltningschef",
     "Löpande", None),
]  # fmt: skip

BUDGET_HEAD = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028",
               "Plan 2029"]  # fmt: skip
BUDGET_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028),
               ("plan", 2029)]  # fmt: skip
DRIFT = [
    ("Nämnd och förvaltningsledning", [-4820, -5100, -5250, -5350, -5450]),
    ("Gator och vägar", [-28410, -29300, -30150, -30800, -31400]),
    ("Vinterväghållning", [-9870, -8500, -8900, -9100, -9300]),
    ("Parker och grönområden", [-11230, -11800, -12400, -12650, -12900]),
    ("Fastighetsförvaltning", [-6140, -5900, -6300, -6500, -6700]),
    ("Måltidsverksamhet", [-2310, -1800, -1600, -1500, -1400]),
    ("Bostadsanpassning", [-3950, -4200, -4400, -4500, -4600]),
]

KEYS_CAPTION = "Tabell 2. Nyckeltal för tekniska nämnden"
KEY_ROWS = [
    ["Kommunala gator, km", "186", "188", "190"],
    ["Gång- och cykelvägar, km", "74", "79", "83"],
    ["Ljuspunkter i gatubelysningen, antal", "6 940", "7 010", "7 080"],
    ["Kostnad för vinterväghållning, kr per invånare", "412", "367", "431"],
    ["Lokalyta i egna fastigheter, kvadratmeter", "118 500", "121 300", "121 300"],
    ["Serverade portioner per dag", "5 860", "5 920", "6 010"],
]

CONTROLS = [
    ("Vinterväghållning", "Entreprenören plogar inte enligt avtalad nivå", "3", "3", "9",
     "Stickprov av GPS-loggar från plogbilarna", "Driftchef", "Varje månad nov–mars"),
    ("Attest och utbetalning", "Fakturor betalas utan att varan eller tjänsten levererats",
     "2", "4", "8", "Kontroll av 25 fakturor mot leveransen", "Ekonom", "Två gånger per år"),
    ("Lekplatsbesiktning", "Brister som besiktningen hittar åtgärdas inte i tid", "2", "4",
     "8", "Uppföljning av åtgärdslistan efter besiktningen", "Parkchef", "Årligen"),
    ("Bostadsanpassningsbidrag", "Beslut fattas utan fullständigt underlag", "3", "3", "9",
     "Granskning av tio beslut", "Enhetschef", "Halvårsvis"),
]  # fmt: skip


# --- the XML Word's PDF reflow writes ----------------------------------------------------------


def _run(text: str, size: float, *, bold: bool = False, colour: str = BLACK) -> str:
    props = (
        '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'
        + ("<w:b/><w:bCs/>" if bold else "")
        + f'<w:color w:val="{colour}"/><w:sz w:val="{round(size * 2)}"/>'
        f'<w:szCs w:val="{round(size * 2)}"/>'
    )
    pieces = []
    for n, part in enumerate(text.split("\t")):
        if n:
            pieces.append("<w:tab/>")
        if part:
            pieces.append(f'<w:t xml:space="preserve">{escape(part)}</w:t>')
    return f"<w:r><w:rPr>{props}</w:rPr>{''.join(pieces)}</w:r>"


def _p(
    text: str,
    size: float = 10,
    *,
    bold: bool = False,
    colour: str = BLACK,
    style: str = "",
    frame: str = "",
    before: int = 0,
    after: int = 120,
    indent: str = "",
    jc: str = "",
    extra: str = "",
) -> str:
    """A paragraph as the reflow writes it: exact line spacing from the PDF's leading."""
    line = round(size * 20 * 1.2)
    ppr = (
        (f'<w:pStyle w:val="{style}"/>' if style else "")
        + (f"<w:framePr {frame}/>" if frame else "")
        + f'<w:spacing w:before="{before}" w:after="{after}" w:line="{line}" '
        'w:lineRule="exact"/>' + indent + (f'<w:jc w:val="{jc}"/>' if jc else "")
    )
    return f"<w:p><w:pPr>{ppr}</w:pPr>{_run(text, size, bold=bold, colour=colour)}{extra}</w:p>"


def _frame(x: int, y: int, w: int, h: int) -> str:
    return (
        f'w:w="{w}" w:h="{h}" w:hRule="exact" w:hSpace="180" w:wrap="around" '
        f'w:vAnchor="page" w:hAnchor="page" w:x="{x}" w:y="{y}"'
    )


class _Reflow:
    """The document written paragraph by paragraph, page by page."""

    def __init__(self, w: Writer) -> None:
        self.w = w
        self.page = 1

    def add(self, xml: str) -> None:
        append(self.w.doc, xml)

    def text(self, text: str, size: float = 10, **how: Any) -> None:
        self.add(_p(text, size, **how))

    def prose(self, *texts: str) -> None:
        for text in texts:
            self.text(text, 10, after=160, jc="both")

    def bullets(self, *items: str) -> None:
        hanging = '<w:ind w:left="720" w:hanging="360"/>'
        for item in items:
            self.text(f"•\t{item}", 10, after=60, indent=hanging)

    def heading(self, text: str, level: int, *, styled: bool = True, chapter: bool = True) -> None:
        size = 16 if level == 1 else 13
        style = f"Heading{level}" if styled else ""
        self.text(text, size, bold=True, colour=BLUE, style=style, before=240, after=120)
        if chapter:
            self.w.expected.chapters.append(text)

    def turn(self) -> None:
        """The page's number at its foot, a page break and the next page's running header."""
        mark = f"Sida {self.page} av {PAGES}"
        self.text(mark, 8, colour=GREY, jc="right", before=240, after=0)
        self.w.expected.absent.append(mark)
        self.w.structure(mark)
        self.add('<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'
                 '<w:r><w:br w:type="page"/></w:r></w:p>')  # fmt: skip
        self.page += 1
        self.text(RUNNING, 8, colour=GREY, frame=_frame(1134, 454, 9638, 300), after=0)

    def table(self, rows: list[list[str]], widths: list[int], *, header: int = 1) -> None:
        """A borderless table, every row at an exact height, the first ``header`` rows bold."""
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        body = []
        for n, row in enumerate(rows):
            lines = max(
                math.ceil(len(text) * 92 / max(w - 220, 400)) or 1
                for text, w in zip(row, widths, strict=True)
            )
            cells = []
            for text, width in zip(row, widths, strict=True):
                bottom = '<w:tcBorders><w:bottom w:val="nil"/></w:tcBorders>' if n < header else ""
                para = _p(text, 9, bold=n < header, before=0, after=0) if text else "<w:p/>"
                cells.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{bottom}</w:tcPr>'
                    f"{para}</w:tc>"
                )
            height = 80 + 216 * lines
            body.append(
                f'<w:tr><w:trPr><w:trHeight w:val="{height}" w:hRule="exact"/></w:trPr>'
                f"{''.join(cells)}</w:tr>"
            )
        self.add(
            '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="0000"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(body)}</w:tbl>"
        )
        self.w.structure(*rows[0])


# --- the document ----------------------------------------------------------------------------

COVER = [
    ("Sjöbacka kommun", 14, 1600, False),
    ("Tekniska nämnden", 20, 5200, True),
    ("Verksamhetsplan med budget 2027, plan 2028–2029", 24, 5900, True),
    ("Antagen av tekniska nämnden 2026-11-24, § 112", 10, 7600, False),
    ("Dnr TN 2026/0317", 10, 7950, False),
    ("Ordförande: Per-Olof Lindgren (S)", 10, 12600, False),
    ("Förvaltningschef: Anna Kask", 10, 12950, False),
]

TOC = [
    ("1 Inledning", 3),
    ("2 Omvärldsanalys", 3),
    ("3 Mål och indikatorer", 4),
    ("4 Aktiviteter", 8),
    ("5 Ekonomi", 9),
    ("6 Nyckeltal", 10),
    ("7 Intern kontroll", 11),
]


def _cover(d: _Reflow) -> None:
    for text, size, y, bold in COVER:
        height = round(size * 20 * 1.2 * (2 if size > 20 else 1)) + 60
        d.text(text, size, bold=bold, colour=BLUE if bold else BLACK,
               frame=_frame(1418, y, 9000, height), after=0)  # fmt: skip
        d.w.structure(text)
    d.turn()
    d.text("Innehåll", 16, bold=True, colour=BLUE, before=480, after=240)
    d.w.structure("Innehåll")
    for text, page in TOC:
        tabs = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9630"/></w:tabs>'
        d.text(f"{text}\t{page}", 10, after=80, indent=tabs)
        d.w.expected.absent.append(f"{text} {page}")
        d.w.structure(f"{text} {page}")
    d.turn()


def _chapters(d: _Reflow) -> None:
    d.heading("1 Inledning", 1)
    d.prose(
        "Tekniska nämnden ansvarar för kommunens gator, vägar, parker och lekplatser, för "
        "förvaltningen av kommunens egna fastigheter, för måltidsverksamheten och för bostads"
        "anpassningsbidragen. Planen beskriver vad nämnden vill uppnå de kommande tre åren och "
        "vilka resurser verk-samheten har för att göra det.",
        "Planen bygger på kommunfullmäktiges målområden och den ram som fullmäktige beslutade "
        "i juni 2026. Nämndens mål följs upp i delårs-rapporten i augusti och i verksamhets"
        "berättelsen.",
    )
    text_box(
        d.w.doc,
        "Tekniska nämnden i siffror",
        "190 km kommunala gator",
        "83 km gång- och cykelvägar",
        "121 300 kvadratmeter lokaler",
        "6 010 portioner om dagen",
    )
    d.heading("2 Omvärldsanalys", 1, styled=False)
    d.prose(
        "Sjöbacka växer med omkring 300 invånare om året, främst i Norra Strand och i "
        "centralorten. Fler bostäder ger fler meter gata att sköta och fler lekplatser att "
        "besikta, medan ramen inte räknas upp i samma takt. Nämnden behöver därför priori"
        "tera underhåll framför nya åtaganden.",
        "Priserna på asfalt, el och entreprenadtjänster har stigit kraftigt sedan 2022. "
        "Vintrarna växlar mer än förr mellan mildväder och snöfall, vilket gör vinterväg-"
        "hållningen svårare att planera och dyrare i halkbekämpning.",
    )
    d.text("Det som påverkar nämnden mest de kommande åren:", 10, bold=True, after=80)
    d.bullets(
        "Ett eftersatt underhåll i skolor och förskolor byggda på 1970-talet.",
        "Krav i EU:s energiprestandadirektiv på lägre energianvändning i offentliga byggnader.",
        "Svårt att rekrytera arbetsledare och drifttekniker med rätt behörighet.",
        "Fler äldre som bor kvar hemma och behöver bostadsanpassning.",
    )
    d.turn()


def _goals(d: _Reflow) -> None:
    d.heading("3 Mål och indikatorer", 1)
    d.prose(
        "Nämndens mål hör till kommunfullmäktiges målområden. Under varje mål står de "
        "indikatorer som visar om nämnden når målet, med nuläget 2025 och målnivån för "
        "varje år i planperioden."
    )
    n = 0
    for area, goals in AREAS:
        d.heading(area, 2, styled=area.startswith("3.1"), chapter=False)
        d.w.structure(area)
        for printed, goal, inds in goals:
            n += 1
            d.text(f"Nämndsmål {n}: {printed}", 11, bold=True, before=160, after=80)
            d.w.expected.goals.append(Goal(goal, "namnd"))
            _goal_table(d, n, goal, inds)
            if n in (2, 4):
                d.turn()
    d.turn()


def _goal_table(d: _Reflow, n: int, goal: str, inds: list[Ind]) -> None:
    header = ["Indikator", "Nuläge 2025", *(f"Mål {y}" for y in YEARS)]
    widths = [4200, 1300, 1300, 1300, 1300]
    rows = []
    for printed, name, unit, base, *targets in inds:
        rows.append([printed, *(cell_text(v, unit) for v in (base, *targets))])
        given = {y: v for y, v in zip(YEARS, targets, strict=True) if v is not None}
        d.w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, given))
    if n == 1:  # the page turns after the second indicator: the header row comes again
        d.table([header, *rows[:2]], widths)
        d.turn()
        d.table([header, *rows[2:]], widths)
    elif n == 3:  # the PDF set nuläge and the first target close: one column in Word
        joined = [[r[0], f"{r[1]} {r[2]}", *r[3:]] for r in rows]
        head = [header[0], f"{header[1]} {header[2]}", *header[3:]]
        d.table([head, *joined], [4200, 2600, 1300, 1300])
        d.w.structure(*header)
    else:
        d.table([header, *rows], widths)


def _activities(d: _Reflow) -> None:
    d.heading("4 Aktiviteter", 1)
    d.prose(
        "Aktiviteterna visar vad förvaltningen gör för att nå nämndens mål. Kolumnen Mål "
        "anger numret på det nämndsmål aktiviteten hör till."
    )
    header = ["Aktivitet", "Mål", "Ansvarig", "Klart"]
    goals = [g for _, goals in AREAS for _, g, _ in goals]
    rows = []
    for printed, name, goal, who, when, day in ACTIVITIES:
        rows.append([printed, str(goal), who, when])
        d.w.structure(str(goal), when)
        d.w.expected.activities.append(Activity(name, who, day, group=goals[goal - 1]))
    widths = [4800, 700, 2200, 1700]
    d.table([header, *rows[:5]], widths)
    d.turn()
    d.table([header, *rows[5:]], widths)


def _economy(d: _Reflow) -> None:
    d.heading("5 Ekonomi", 1)
    d.prose(
        "Nämndens ram för 2027 är 70 000 tkr. Budgeten för vinterväghållning bygger på ett "
        "genomsnitt av de fem senaste vintrarna; en kall vinter kan ge ett under-skott på "
        "flera miljoner kronor."
    )
    caption = "Tabell 1. Driftbudget, nettokostnad i tkr"
    d.text(caption, 9, bold=True, before=120, after=60)
    d.w.structure(caption)
    rows = [BUDGET_HEAD]
    for name, amounts in DRIFT:
        rows.append([name, *(sv(a) for a in amounts)])
        given = {k: D(a) for k, a in zip(BUDGET_KEYS, amounts, strict=True)}
        d.w.expected.budget.append(BudgetRow("drift", name, given))
    total = ["Nettokostnad totalt"]
    total += [sv(sum(a[i] for _, a in DRIFT)) for i in range(len(BUDGET_KEYS))]
    rows.append(total)
    d.w.totals(*total)
    d.table(rows, [3200, 1300, 1300, 1300, 1300, 1300])
    d.turn()


def _key_figures(d: _Reflow) -> None:
    d.heading("6 Nyckeltal", 1)
    d.text(KEYS_CAPTION, 9, bold=True, before=120, after=60)
    d.w.structure(KEYS_CAPTION, "Nyckeltal")
    header = ["Nyckeltal", "2023", "2024", "2025"]
    joined = [[r[0], r[1], f"{r[2]} {r[3]}"] for r in KEY_ROWS]
    d.table([["Nyckeltal", "2023", "2024 2025"], *joined], [5200, 1400, 2800])
    d.w.expected.key_figures += [
        KeyRow(KEYS_CAPTION, row[0], dict(zip(header[1:], row[1:], strict=True)))
        for row in KEY_ROWS
    ]
    d.text("Källa: kommunens egna system och Kolada.", 8, colour=GREY, before=60)
    d.turn()


def _control(d: _Reflow) -> None:
    d.heading("7 Intern kontroll", 1, styled=False)
    d.prose(
        "Riskvärdet är sannolikhet (S) gånger konsekvens (K), båda på en skala 1–4. Risker "
        "med värdet 8 eller högre har ett kontroll-moment i planen."
    )
    header = ["Process", "Risk", "S", "K", "Risk-värde", "Kontrollmoment", "Ansvarig",
              "Frekvens"]  # fmt: skip
    widths = [1700, 1900, 350, 350, 650, 2050, 1150, 1450]
    rows = []
    for row in CONTROLS:
        rows.append(list(row))
        d.w.structure(*row[2:5])
        d.w.expected.controls.append(Control(row[5], row[0]))
    d.table([header, *rows[:2]], widths)
    d.turn()
    d.table([header, *rows[2:]], widths)
    mark = f"Sida {d.page} av {PAGES}"
    d.text(mark, 8, colour=GREY, jc="right", before=240, after=0)
    d.w.expected.absent.append(mark)
    d.w.structure(mark)


def build_bv(path: Path) -> Expected:
    front = Front(
        namnd="Tekniska nämnden",
        kommun="Sjöbacka kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med budget 2027, plan 2028–2029",
        ordforande="Per-Olof Lindgren (S)",
        forvaltningschef="Anna Kask",
        diarienummer="TN 2026/0317",
    )
    w = Writer("BV-tekniska-nämnden-pdf-reflow", front)
    w.expected.absent.append(RUNNING)
    w.structure(RUNNING)
    d = _Reflow(w)
    _cover(d)
    _chapters(d)
    _goals(d)
    _activities(d)
    _economy(d)
    _key_figures(d)
    _control(d)
    return w.save(path)
