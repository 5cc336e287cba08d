"""Corpus document BO: a small kommun's tekniska nämnd whose plan was written in LibreOffice
Writer and saved as .docx, with the XML LibreOffice writes: style ids "Heading1"/"Heading2"
named "Heading 1"/"Heading 2" whose chapter numbering is defined in the styles (w:numPr in the
style's w:pPr, none in the paragraphs), body text in "Text Body" (id "BodyText"), table cells
in "Table Contents" and header cells in "Table Heading" (centred and bold by the style, no
direct formatting), lists numbered through the "WWNum1" numbering style, a TOC field over
"Contents 1"/"Contents 2" paragraphs hyperlinked to "__RefHeading___Toc…" bookmarks inside a
"Table of Contents" content control, "Tabell n:" captions numbered by SEQ fields, the cover's
lines in a frame (w:framePr on each paragraph) and a page header and footer. Goals are
"Nämndsmål n.m" paragraphs in Text Body over indicator tables "Indikator | Nuläge 2025 | 2027 |
2028 | 2029", activities are a table with "Klart" given as an ISO date or "december 2027", and
the economy holds a driftbudget with positive net costs, investments with project numbers and
an internkontroll table.

Expected (what a perfect import gives): the front matter from the frame; six chapters; five
nämndsmål (without their "Nämndsmål 1.1" label) with ten indicators carrying nuläge 2025 and
targets 2027–2029 (a blank target is no entry); eight activities with ansvarig and slutdatum;
seven driftbudget rows; four investment rows with project numbers; five controls."""

from __future__ import annotations

import datetime as dt
import zlib
from decimal import Decimal as D
from pathlib import Path
from xml.sax.saxutils import escape

from docx.oxml.ns import qn

from tests.word_shapes_docx import Writer, budget_rows, cell_text, sv
from tests.word_shapes_model import (
    Activity,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    Val,
)
from tests.word_shapes_xml import append, element

STYLES = """<w:styles>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"
 w:eastAsia="Noto Serif CJK SC" w:cs="Lohit Devanagari"/><w:sz w:val="24"/><w:lang w:val="sv-SE"/>
</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:suppressAutoHyphens/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/>
<w:pPr><w:widowControl/></w:pPr><w:rPr><w:rFonts w:ascii="Liberation Sans"
 w:hAnsi="Liberation Sans"/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="Heading"/><w:basedOn w:val="Normal"/>
<w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>
</w:pPr><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Heading 1"/>
<w:basedOn w:val="Heading"/>
<w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/>
</w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="Heading 2"/>
<w:basedOn w:val="Heading"/>
<w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/>
</w:numPr><w:spacing w:before="200" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/>
<w:bCs/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Text Body"/>
<w:basedOn w:val="Normal"/>
<w:pPr><w:spacing w:before="0" w:after="140" w:line="276" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TableContents"><w:name w:val="Table Contents"/>
<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:suppressLineNumbers/></w:pPr><w:rPr>
<w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableHeading"><w:name w:val="Table Heading"/>
<w:basedOn w:val="TableContents"/><w:qFormat/><w:pPr><w:suppressLineNumbers/><w:jc w:val="center"/>
</w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ContentsHeading"><w:name w:val="Contents Heading"/>
<w:basedOn w:val="Heading"/><w:pPr><w:suppressLineNumbers/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/>
</w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Contents1"><w:name w:val="Contents 1"/>
<w:basedOn w:val="Normal"/>
<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9638"/></w:tabs></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Contents2"><w:name w:val="Contents 2"/>
<w:basedOn w:val="Normal"/>
<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9355"/></w:tabs><w:ind w:left="283"/>
</w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="Caption"/><w:basedOn w:val="Normal"/>
<w:qFormat/><w:pPr><w:suppressLineNumbers/><w:spacing w:before="120" w:after="120"/></w:pPr>
<w:rPr><w:i/><w:iCs/><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FrameContents"><w:name w:val="Frame Contents"/>
<w:basedOn w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="Header"/><w:basedOn w:val="Normal"/>
<w:pPr><w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs>
</w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="Footer"/><w:basedOn w:val="Normal"/>
<w:pPr><w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs>
</w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="numbering" w:styleId="WWNum1"><w:name w:val="WWNum1"/><w:pPr><w:numPr>
<w:numId w:val="2"/></w:numPr></w:pPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>
<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>
<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>
</w:tblCellMar></w:tblPr></w:style>
</w:styles>"""


def _level(ilvl: int, fmt: str, text: str, indent: int, style: str = "") -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{pstyle}'
        f'<w:suff w:val="tab"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{indent}"/></w:tabs>'
        f'<w:ind w:left="{indent}" w:hanging="{indent}"/></w:pPr></w:lvl>'
    )


NUMBERING = (
    "<w:numbering>"
    '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>'
    + _level(0, "decimal", "%1", 432, "Heading1")
    + _level(1, "decimal", "%1.%2", 576, "Heading2")
    + '</w:abstractNum><w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="multilevel"/>'
    '<w:styleLink w:val="WWNum1"/>' + _level(0, "decimal", "%1.", 720) + "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
    "</w:numbering>"
)


def _run(text: str, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _anchor(heading: str) -> str:
    """The bookmark LibreOffice puts around a heading for the TOC's hyperlinks."""
    return f"__RefHeading___Toc{zlib.crc32(heading.encode()) % 100000}_1204693521"


def _p(style: str, *runs: str, extra: str = "") -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{extra}</w:pPr>{"".join(runs)}</w:p>'


class LoWriter:
    """Body XML as LibreOffice writes it, appended to the Writer's document."""

    def __init__(self, w: Writer) -> None:
        self.w = w
        self.marks = 0

    def body(self, *texts: str) -> None:
        for text in texts:
            append(self.w.doc, _p("BodyText", _run(text)))

    def heading(self, text: str, level: int, chapter: bool = True) -> None:
        if chapter:
            self.w.expected.chapters.append(text)
        else:
            self.w.structure(text)
        self.marks += 1
        number = self.marks
        mark = (
            f'<w:bookmarkStart w:id="{number}" w:name="{_anchor(text)}"/>{_run(text)}'
            f'<w:bookmarkEnd w:id="{number}"/>'
        )
        append(self.w.doc, _p(f"Heading{level}", mark))

    def caption(self, number: int, text: str) -> None:
        """A caption "Tabell n: text" over a table, numbered by a SEQ field."""
        self.w.structure(f"Tabell {number}: {text}")
        field = (
            '<w:fldSimple w:instr=" SEQ Tabell \\* ARABIC ">'
            f"<w:r><w:t>{number}</w:t></w:r></w:fldSimple>"
        )
        append(self.w.doc, _p("Caption", _run("Tabell "), field, _run(f": {text}")))

    def numbered(self, *items: str) -> None:
        extra = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'
        for item in items:
            append(self.w.doc, _p("BodyText", _run(item), extra=extra))

    def table(self, rows: list[list[str]], widths: list[int], header: bool = True) -> None:
        """A table with "Table Heading" cells in the first row, "Table Contents" below."""
        grid = "".join(f'<w:gridCol w:w="{x}"/>' for x in widths)
        out = [
            '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="left"/><w:tblInd '
            'w:w="55" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="55" '
            'w:type="dxa"/><w:left w:w="55" w:type="dxa"/><w:bottom w:w="55" w:type="dxa"/>'
            '<w:right w:w="55" w:type="dxa"/></w:tblCellMar></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>"
        ]
        for r, row in enumerate(rows):
            head = header and r == 0
            trpr = "<w:trPr><w:tblHeader/></w:trPr>" if head else "<w:trPr></w:trPr>"
            cells = []
            for c, text in enumerate(row):
                borders = (
                    '<w:tcBorders><w:top w:val="single" w:sz="2" w:color="000000"/><w:left '
                    'w:val="single" w:sz="2" w:color="000000"/><w:bottom w:val="single" w:sz="2" '
                    'w:color="000000"/>'
                    + '<w:right w:val="single" w:sz="2" w:color="000000"/></w:tcBorders>'
                )
                shade = '<w:shd w:fill="DDE8CB" w:val="clear"/>' if head else ""
                style = "TableHeading" if head else "TableContents"
                run = _run(text) if text else ""
                cells.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{widths[c]}" w:type="dxa"/>{borders}{shade}'
                    f"</w:tcPr>{_p(style, run)}</w:tc>"
                )
            out.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
        out.append("</w:tbl>")
        append(self.w.doc, "".join(out))
        if header:
            self.w.structure(*rows[0])
        append(self.w.doc, _p("BodyText"))


YEARS = (2027, 2028, 2029)
Ind = tuple[str, str, D, tuple[D | None, D | None, D | None]]
GOALS: list[tuple[str, list[tuple[str, list[Ind]]]]] = [
    ("Hållbar samhällsutveckling", [
        ("Kommunens egna utsläpp av växthusgaser minskar varje år.", [
            ("Andel fossilfria fordon i kommunens fordonspark", "%", D(58), (D(65), D(75), D(85))),
            ("Energianvändning i kommunens lokaler, kWh per kvm", "", D(162),
             (D(155), D(150), D(145))),
        ]),
        ("Mer av hushållsavfallet sorteras och materialåtervinns.", [
            ("Andel hushållsavfall till materialåtervinning", "%", D("38.4"),
             (D(42), D(45), D(48))),
            ("Mängd restavfall per invånare, kg", "", D(176), (D(170), None, D(160))),
        ]),
    ]),
    ("Trygg och tillgänglig miljö", [
        ("Gator och gång- och cykelvägar är säkra och framkomliga året runt.", [
            ("Nöjd-Region-Index gator och vägar", "", D(54), (D(56), D(57), D(58))),
            ("Andel gång- och cykelvägar som snöröjs inom 6 timmar", "%", D(81),
             (D(90), D(95), D(95))),
        ]),
        ("Dricksvattnet håller god kvalitet och leveranserna är säkra.", [
            ("Antal kokningsrekommendationer per år", "", D(2), (D(0), D(0), D(0))),
            ("Andel förnyad ledningslängd, vatten", "%", D("0.6"), (D("0.8"), D("0.9"), D(1))),
        ]),
    ]),
    ("Attraktiv arbetsgivare", [
        ("Medarbetarna är friska och vill stanna i förvaltningen.", [
            ("Sjukfrånvaro bland medarbetarna", "%", D("6.1"), (D("5.5"), D(5), D("4.8"))),
            ("Hållbart medarbetarengagemang (HME), index", "", D(76), (D(78), None, D(80))),
        ]),
    ]),
]  # fmt: skip

ACTS = [
    ("Byta de sista dieselbilarna i hemtjänstens bilpool mot elbilar", "1.1", "Fordonssamordnare",
     "2027-09-30", dt.date(2027, 9, 30)),
    ("Installera solceller på Centralskolans tak", "1.1", "Fastighetschef",
     "december 2027", dt.date(2027, 12, 31)),
    ("Införa matavfallsinsamling i alla flerbostadshus", "1.2", "Avfallschef",
     "2027-06-30", dt.date(2027, 6, 30)),
    ("Ta fram en plan för vinterväghållning med prioriterade cykelstråk", "2.1", "Gatuchef",
     "oktober 2027", dt.date(2027, 10, 31)),
    ("Bygga gång- och cykelväg längs Storgatan, etapp 1", "2.1", "Projektledare gata",
     "2028-05-31", dt.date(2028, 5, 31)),
    ("Uppdatera vattenskyddsområdet för Kvarnsjön", "2.2", "VA-chef",
     "december 2027", dt.date(2027, 12, 31)),
    ("Förnya huvudledningen mellan vattenverket och Norrby", "2.2", "VA-chef",
     "2028-11-30", dt.date(2028, 11, 30)),
    ("Införa friskvårdstimme för medarbetare med fysiskt tunga arbeten", "3.1",
     "Förvaltningschef", "2027-03-31", dt.date(2027, 3, 31)),
]  # fmt: skip

DRIFT_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT = [
    ("Nämnd och förvaltningsledning", (2415, 2560, 2610, 2650, 2700)),
    ("Gator, vägar och parker", (18940, 19320, 20150, 20500, 20900)),
    ("Fastighetsförvaltning", (11206, 10870, 11420, 11800, 12050)),
    ("Kost och lokalvård", (9834, 10210, 10650, 10900, 11150)),
    ("Fordon och maskiner", (-312, 0, 0, 0, 0)),
    ("Vatten och avlopp (taxefinansierat)", (0, 0, 0, 0, 0)),
    ("Avfall (taxefinansierat)", (415, 0, 0, 0, 0)),
]

INVEST = [
    ("TN 101", "Gång- och cykelväg Storgatan", (3200, 2800, 0)),
    ("TN 104", "Solceller kommunala fastigheter", (1500, 1500, 1000)),
    ("TN 110", "Ledningsförnyelse vatten och avlopp", (6000, 6500, 7000)),
    ("TN 115", "Elbilar och laddinfrastruktur", (1250, 800, 600)),
]

CONTROLS = [
    ("Fakturahantering", "Fakturor attesteras av fel person", "3", "3", "9",
     "Stickprov på attestförteckning", "Ekonom", "Två gånger per år"),
    ("Upphandling", "Inköp görs utanför avtal", "3", "4", "12",
     "Granskning av inköp utan avtal", "Upphandlingssamordnare", "Kvartalsvis"),
    ("Vattenprover", "Provtagning enligt kontrollprogrammet uteblir", "2", "4", "8",
     "Jämförelse av tagna prover mot programmet", "VA-chef", "Månadsvis"),
    ("Arbetsmiljö", "Skyddsronder genomförs inte", "2", "3", "6",
     "Kontroll av protokoll från skyddsronder", "Förvaltningschef", "Årligen"),
    ("Fordonsbesiktning", "Fordon används utan godkänd besiktning", "2", "3", "6",
     "Genomgång av fordonsregistret", "Fordonssamordnare", "Halvårsvis"),
]  # fmt: skip

HEADER_TEXT = "Tekniska nämnden – Verksamhetsplan 2027–2029"
FOOTER_TEXT = "Västerbyns kommun, Dnr TN 2026/143"


def _styles(w: Writer) -> None:
    """Replace python-docx's Word styles and numbering by LibreOffice's."""
    styles = w.doc.styles.element
    for child in list(styles):
        styles.remove(child)
    for child in element(STYLES):
        styles.append(child)
    numbering = w.doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for child in element(NUMBERING):
        numbering.append(child)


def _frame_line(w: Writer, text: str, size: int, bold: bool) -> None:
    w.structure(text)
    frame = (
        '<w:framePr w:w="9000" w:h="4200" w:hRule="atLeast" w:vSpace="0" w:hSpace="0" '
        'w:wrap="none" w:vAnchor="page" w:hAnchor="page" w:x="1440" w:y="5200"/>'
    )
    rpr = f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{size * 2}"/></w:rPr>'
    run = f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    append(w.doc, _p("FrameContents", run, extra=frame))


def _toc(w: Writer, entries: list[tuple[int, str, int]]) -> None:
    """The TOC field as LibreOffice exports it: inside a "Table of Contents" content control
    with its "Contents Heading" title, one "Contents n" paragraph per entry."""
    w.structure("Innehåll")
    paragraphs = [_p("ContentsHeading", _run("Innehåll"))]
    for n, (level, text, page) in enumerate(entries):
        w.expected.absent.append(f"{text} {page}")
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
            'xml:space="preserve"> TOC \\f \\o "1-9" \\h</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            if n == 0
            else ""
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if n == len(entries) - 1 else ""
        tabs = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9638"/></w:tabs>'
        entry = (
            f'<w:hyperlink w:anchor="{_anchor(text.split(" ", 1)[1])}" w:history="1"><w:r>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t><w:tab/><w:t>{page}</w:t></w:r>'
            "</w:hyperlink>"
        )
        paragraphs.append(_p(f"Contents{level}", begin + entry + end, extra=tabs))
    append(
        w.doc,
        '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        '<w:docPartUnique w:val="true"/></w:docPartObj><w:id w:val="1204693521"/></w:sdtPr>'
        f"<w:sdtContent>{''.join(paragraphs)}</w:sdtContent></w:sdt>",
    )


def _header_footer(w: Writer) -> None:
    section = w.doc.sections[0]
    section.different_first_page_header_footer = True
    for part, text in ((section.header, HEADER_TEXT), (section.footer, FOOTER_TEXT)):
        paragraph = part.paragraphs[0]
        style = "Header" if part is section.header else "Footer"
        paragraph._p.insert(0, element(f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>'))
        paragraph.add_run(text)
        w.expected.absent.append(text)
    footer = section.footer.paragraphs[0]
    footer.add_run("\t")
    footer._p.append(element('<w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>'))


def _page_break(w: Writer) -> None:
    append(
        w.doc,
        '<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr><w:r><w:br w:type="page"/></w:r></w:p>',
    )


def _goals(lo: LoWriter) -> None:
    w = lo.w
    lo.heading("Mål och indikatorer", 1)
    lo.body(
        "Kommunfullmäktige har beslutat om tre målområden för mandatperioden. Under varje "
        "målområde har tekniska nämnden antagit egna nämndsmål. Indikatorerna visar hur "
        "nämnden följer upp målen; nuläget är utfallet för 2025.",
        "Hållbart medarbetarengagemang mäts vartannat år, därför saknas målvärde för 2028.",
    )
    for a, (area, goals) in enumerate(GOALS, 1):
        lo.heading(f"Målområde: {area}", 2, chapter=False)
        for g, (goal, inds) in enumerate(goals, 1):
            label = f"Nämndsmål {a}.{g} "
            append(w.doc, _p("BodyText", _run(label, bold=True), _run(goal, bold=True)))
            w.expected.goals.append(Goal(goal, "namnd"))
            rows = [["Indikator", "Nuläge 2025", *(str(y) for y in YEARS)]]
            for name, unit, base, targets in inds:
                rows.append([name, sv(base, unit), *(cell_text(t, unit) for t in targets)])
                given: dict[int, Val] = {
                    y: t for y, t in zip(YEARS, targets, strict=True) if t is not None
                }
                w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, given))
            lo.table(rows, [4300, 1330, 1330, 1330, 1330])
        w.structure(f"Målområde: {area}")


def _activities(lo: LoWriter) -> None:
    w = lo.w
    lo.heading("Aktiviteter", 1)
    lo.body(
        "Aktiviteterna nedan genomförs under planperioden. Kolumnen Mål anger vilket "
        "nämndsmål aktiviteten bidrar till."
    )
    numbers = {
        f"{a}.{g}": goal
        for a, (_, goals) in enumerate(GOALS, 1)
        for g, (goal, _) in enumerate(goals, 1)
    }
    rows = [["Aktivitet", "Mål", "Ansvarig", "Klart"]]
    for name, number, who, when, day in ACTS:
        rows.append([name, number, who, when])
        w.structure(number, when)
        w.expected.activities.append(Activity(name, who, day, group=numbers[number]))
    lo.table(rows, [4600, 800, 2300, 1920])


def _economy(lo: LoWriter) -> None:
    w = lo.w
    lo.heading("Ekonomi", 1)
    lo.body(
        "Kommunfullmäktiges ram för tekniska nämnden 2027 är 44 830 tkr. Ramen har räknats upp "
        "med 2,4 procent för pris- och löneökningar. Vatten och avlopp samt avfall finansieras "
        "helt med taxor och ska redovisa ett nollresultat över tid."
    )
    lo.heading("Driftbudget", 2, chapter=False)
    lo.caption(1, "Driftbudget, nettokostnad per verksamhet (tkr)")
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "drift", DRIFT_KEYS, DRIFT, "Summa nettokostnad")
    lo.table([header, *body], [3470, 1230, 1230, 1230, 1230, 1230])
    lo.heading("Investeringar", 2, chapter=False)
    lo.caption(2, "Investeringsbudget per projekt (tkr)")
    rows = [["Projekt", "Benämning", "Budget 2027", "Plan 2028", "Plan 2029"]]
    for number, name, amounts in INVEST:
        rows.append([number, name, *(sv(x) for x in amounts)])
        w.expected.budget.append(
            BudgetRow(
                "investering",
                name,
                {
                    (k, y): D(x)
                    for (k, y), x in zip(
                        [("budget", 2027), ("plan", 2028), ("plan", 2029)], amounts, strict=True
                    )
                },
                projektnummer=number,
            )
        )
    total = ["Summa investeringar", "", *(sv(sum(i[2][c] for i in INVEST)) for c in range(3))]
    rows.append(total)
    w.totals(*total)
    lo.table(rows, [1300, 3820, 1500, 1500, 1500])


def _control(lo: LoWriter) -> None:
    w = lo.w
    lo.heading("Internkontroll", 1)
    lo.body(
        "Riskerna har bedömts efter sannolikhet (1–4) och konsekvens (1–4). Risker med ett "
        "riskvärde på 6 eller mer får ett kontrollmoment. Resultatet rapporteras till nämnden "
        "i samband med delårsrapporten och årsbokslutet."
    )
    header = ["Process", "Risk", "S", "K", "RV", "Kontrollmoment", "Ansvarig", "Frekvens"]
    rows = [header, *[list(c) for c in CONTROLS]]
    lo.table(rows, [1500, 1900, 380, 380, 450, 2000, 1650, 1350])
    w.expected.controls += [Control(c[5], c[0]) for c in CONTROLS]


def build_bo(path: Path) -> Expected:
    front = Front(
        namnd="Tekniska nämnden",
        kommun="Västerbyns kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Lennart Holm (C)",
        forvaltningschef="Annika Berg",
        diarienummer="TN 2026/143",
    )
    w = Writer("BO-teknisk-nämnd-libreoffice", front)
    _styles(w)
    body = w.doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    lo = LoWriter(w)
    _header_footer(w)
    _frame_line(w, "Västerbyns kommun", 14, True)
    _frame_line(w, "Tekniska nämnden", 20, True)
    _frame_line(w, "Verksamhetsplan 2027–2029", 26, True)
    _frame_line(w, "Antagen av tekniska nämnden 2026-12-09, § 87", 11, False)
    _frame_line(w, "Ordförande: Lennart Holm (C)", 11, False)
    _frame_line(w, "Förvaltningschef: Annika Berg", 11, False)
    _frame_line(w, "Dnr TN 2026/143", 11, False)
    _page_break(w)
    _toc(w, [
        (1, "1 Inledning", 3), (1, "2 Omvärldsanalys", 3), (1, "3 Mål och indikatorer", 4),
        (2, "3.1 Målområde: Hållbar samhällsutveckling", 4), (1, "4 Aktiviteter", 6),
        (1, "5 Ekonomi", 7), (1, "6 Internkontroll", 8),
    ])  # fmt: skip
    _page_break(w)
    lo.heading("Inledning", 1)
    lo.body(
        "Tekniska nämnden ansvarar för gator, parker, kommunens fastigheter, kost och "
        "lokalvård, fordon samt vatten, avlopp och avfall. Förvaltningen har 118 medarbetare "
        "och verksamheten finns i hela kommunen, från centralorten till de fyra byarna.",
        "Planen beskriver vad nämnden vill uppnå under 2027–2029 och hur det ska följas upp. "
        "Nämndens prioriteringar för 2027 är:",
    )
    lo.numbered(
        "att klara underhållet av vatten- och avloppsnätet utan att taxan ökar mer än "
        "kostnadsutvecklingen,",
        "att ställa om fordonsparken till fossilfria drivmedel,",
        "att göra gång- och cykelvägarna tryggare vintertid.",
    )
    lo.heading("Omvärldsanalys", 1)
    lo.body(
        "Befolkningen i Västerbyn har legat still kring 9 400 invånare de senaste åren, men "
        "andelen invånare över 80 år ökar. Det ställer krav på tillgängliga gångstråk och på "
        "att kosten klarar fler specialkoster inom äldreomsorgen.",
        "Ny lagstiftning om insamling av matavfall och förpackningar gäller fullt ut från "
        "2027. Avfallsverksamheten behöver fler kärl och nya hämtningsrutter, vilket påverkar "
        "avfallstaxan.",
        "Stora delar av ledningsnätet för vatten och avlopp byggdes på 1960- och 1970-talen. "
        "Med dagens förnyelsetakt skulle det ta mer än 150 år att byta hela nätet, och de "
        "kraftiga regnen de senaste somrarna har visat var nätet är sårbart.",
        "Det är svårt att rekrytera VA-ingenjörer och maskinförare. Förvaltningen samarbetar "
        "med grannkommunerna om beredskap och utbildning.",
    )
    _goals(lo)
    _activities(lo)
    _economy(lo)
    _control(lo)
    return w.save(path)
