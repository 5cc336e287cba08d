"""Corpus document BP: a kultur- och fritidsnämnd's plan written together in Google Docs and
downloaded as .docx, with the XML Google Docs writes: its own styles.xml ("Title", "Subtitle",
"Heading1"–"Heading3" over an Arial Normal) but many headings only Normal paragraphs in direct
bold with a larger w:sz, every run carrying direct w:rFonts (Arial), w:sz/w:szCs and w:rtl
w:val="0", booleans written w:val="1", empty paragraphs for spacing, "_heading=h.…" bookmarks
before the headings and "kix.…" bookmarks around goal lines, a table of contents of Normal
paragraphs hyperlinked to those bookmarks inside a content control, lists whose levels use
the glyphs "●", "○", "■" and "%1." with w:lvlText and hanging indents, tables with no table
style, decimal widths ("9025.0"), direct cell borders and a shaded header row without
w:tblHeader, page breaks as a w:br inside an otherwise empty paragraph, and unresolved
suggestions left as w:ins/w:del (in prose, a goal's sentence, a target and a budget cell).
Goals are "Nämndsmål 1.1" lines (one a Heading3) under målområden over indicator tables
"Indikator | Nuläge 2025 | Mål 2027 | Mål 2028 | Mål 2029", each followed by "Aktiviteter"
bullets with a nested "Ansvarig: …. Klart: …." line; the economy holds a driftbudget, a key
figure table and an internkontroll table.

Expected (what a perfect import gives, the suggestions accepted): the front matter from the
Title/Subtitle cover; seven chapters; six nämndsmål with thirteen indicators carrying nuläge
2025 and targets 2027–2029 (a blank target is no entry); nine activities with ansvarig,
slutdatum and their goal; eight driftbudget rows; five key-figure rows; five controls."""

from __future__ import annotations

import datetime as dt
import zlib
from decimal import Decimal as D
from pathlib import Path
from xml.sax.saxutils import escape

from docx.oxml.ns import qn
from docx.shared import Cm

from tests.word_shapes_docx import Writer, budget_rows, cell_text, sv
from tests.word_shapes_model import Activity, Control, Expected, Front, Goal, Indicator, KeyRow
from tests.word_shapes_xml import append, element

AUTHOR = 'w:author="Maja Lindqvist" w:date="2026-10-14T08:12:31Z"'
FONT = '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'


def _style(sid: str, name: str, size: int, before: int, after: int, rpr: str = "") -> str:
    """A paragraph style as Google Docs writes it: kept with the next, its own spacing."""
    return (
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/>'
        f'<w:keepLines w:val="1"/><w:spacing w:after="{after}" w:before="{before}"/></w:pPr>'
        f'<w:rPr>{rpr}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>'
    )


STYLES = (
    f'<w:styles><w:docDefaults><w:rPrDefault><w:rPr>{FONT}<w:sz w:val="22"/>'
    '<w:szCs w:val="22"/><w:lang w:val="sv"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
    '<w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/>'
    "<w:qFormat/></w:style>"
    + _style("Heading1", "heading 1", 40, 400, 120)
    + _style("Heading2", "heading 2", 32, 360, 120, '<w:b w:val="0"/>')
    + _style("Heading3", "heading 3", 28, 320, 80, '<w:color w:val="434343"/>')
    + _style("Title", "Title", 52, 0, 60)
    + _style("Subtitle", "Subtitle", 30, 0, 320, '<w:color w:val="666666"/>')
    + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal '
    'Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" '
    'w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right '
    'w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>'
)


def _level(ilvl: int, fmt: str, text: str) -> str:
    left = 720 * (ilvl + 1)
    jc = "right" if fmt == "lowerRoman" else "left"
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="{jc}"/>'
        f'<w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr>'
        '<w:rPr><w:u w:val="none"/></w:rPr></w:lvl>'
    )


BULLETS = "".join(_level(i, "bullet", "●○■"[i % 3]) for i in range(9))
NUMBERS = "".join(
    _level(i, ("decimal", "lowerLetter", "lowerRoman")[i % 3], f"%{i + 1}.") for i in range(9)
)
NUMBERING = (
    "<w:numbering>"
    f'<w:abstractNum w:abstractNumId="1">{BULLETS}</w:abstractNum>'
    f'<w:abstractNum w:abstractNumId="2">{NUMBERS}</w:abstractNum>'
    f'<w:abstractNum w:abstractNumId="3">{BULLETS}</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>'
    "</w:numbering>"
)


def _rpr(size: int = 11, bold: bool = False, italic: bool = False) -> str:
    flags = ('<w:b w:val="1"/>' if bold else "") + ('<w:i w:val="1"/>' if italic else "")
    half = size * 2
    sizes = f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
    return f'<w:rPr>{FONT}{flags}{sizes}<w:rtl w:val="0"/></w:rPr>'


def _run(text: str, size: int = 11, bold: bool = False, italic: bool = False) -> str:
    return f'<w:r>{_rpr(size, bold, italic)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _ins(text: str, number: int, size: int = 11, bold: bool = False) -> str:
    return f'<w:ins w:id="{number}" {AUTHOR}>{_run(text, size, bold)}</w:ins>'


def _del(text: str, number: int, size: int = 11, bold: bool = False) -> str:
    return (
        f'<w:del w:id="{number}" {AUTHOR}><w:r>{_rpr(size, bold)}'
        f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


def _ppr(style: str = "", extra: str = "") -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    spacing = (
        "" if style else '<w:spacing w:after="0" w:before="0" w:line="276" w:lineRule="auto"/>'
    )
    return f"<w:pPr>{pstyle}{spacing}{extra}<w:rPr/></w:pPr>"


def _mark(name: str) -> str:
    return f"h.{zlib.crc32(name.encode()) % 36**6:06x}"


class GDoc:
    """Body XML as Google Docs writes it, appended to the Writer's document."""

    def __init__(self, w: Writer) -> None:
        self.w = w
        self.ids = 0

    def next_id(self) -> int:
        self.ids += 1
        return self.ids

    def raw(self, *runs: str, style: str = "", extra: str = "") -> None:
        append(self.w.doc, f"<w:p>{_ppr(style, extra)}{''.join(runs)}</w:p>")

    def text(self, *texts: str) -> None:
        for text in texts:
            self.raw(_run(text))
            self.blank()

    def blank(self) -> None:
        self.raw()

    def page_break(self) -> None:
        self.raw('<w:r><w:br w:type="page"/></w:r>')

    def heading(self, text: str, style: str = "", size: int = 16, chapter: bool = True) -> None:
        """A heading in a Heading style after its "_heading=h.…" bookmark, or a Normal
        paragraph in direct bold at ``size`` points."""
        if chapter:
            self.w.expected.chapters.append(text)
        else:
            self.w.structure(text)
        n = self.next_id()
        mark = (
            f'<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="_heading={_mark(text)}" '
            f'w:id="{n}"/><w:bookmarkEnd w:id="{n}"/>'
        )
        if style:
            sizes = {"Heading1": 20, "Heading2": 16, "Heading3": 14}
            self.raw(mark + _run(text, sizes[style]), style=style)
        else:
            self.raw(mark + _run(text, size, bold=True))

    def bullet(self, text: str, level: int = 0, num: int = 1) -> None:
        left = 720 * (level + 1)
        extra = (
            f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'
            f'<w:ind w:left="{left}" w:hanging="360"/>'
        )
        self.raw(_run(text), extra=extra)

    def table(self, rows: list[list[str]], widths: list[int], structure: int = 1) -> None:
        """A table with no style: direct borders on every cell, the first row shaded and
        bold; the first ``structure`` header cells (all with 1) are the document's
        structure. A cell starting with "<w:" is written as it is."""
        grid = "".join(f'<w:gridCol w:w="{x}"/>' for x in widths)
        border = "".join(
            f'<w:{side} w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
            for side in ("top", "left", "bottom", "right")
        )
        margins = "".join(
            f'<w:{side} w:w="100.0" w:type="dxa"/>' for side in ("top", "left", "bottom", "right")
        )
        out = [
            f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}.0" w:type="dxa"/><w:jc w:val="left"/>'
            '<w:tblLayout w:type="fixed"/><w:tblLook w:val="0600"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>"
        ]
        for r, row in enumerate(rows):
            cells = []
            for c, text in enumerate(row):
                shade = '<w:shd w:fill="d9ead3" w:val="clear"/>' if r == 0 else ""
                content = (
                    text if text.startswith("<w:") else (_run(text, 9, r == 0) if text else "")
                )
                cell_p = (
                    '<w:p><w:pPr><w:widowControl w:val="0"/><w:spacing w:after="0" '
                    'w:line="240" w:lineRule="auto"/><w:rPr/></w:pPr>'
                    f"{content}</w:p>"
                )
                cells.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{widths[c]}.0" w:type="dxa"/>'
                    f"<w:tcBorders>{border}</w:tcBorders>{shade}<w:tcMar>{margins}</w:tcMar>"
                    f'<w:vAlign w:val="top"/></w:tcPr>{cell_p}</w:tc>'
                )
            out.append(f'<w:tr><w:trPr><w:cantSplit w:val="0"/></w:trPr>{"".join(cells)}</w:tr>')
        out.append("</w:tbl>")
        append(self.w.doc, "".join(out))
        self.w.structure(*(rows[0] if structure == 1 else rows[0][:structure]))
        self.blank()


YEARS = (2027, 2028, 2029)
Tgt = D | str | None
IndRow = tuple[str, str, D, tuple[Tgt, Tgt, Tgt]]
ActRow = tuple[str, str, str, dt.date]
GoalRow = tuple[str, list[IndRow], list[ActRow]]

# Judgement: "augusti 2027" and "december 2027" end on the month's last day, "Q3 2027" on
# the quarter's.
GOALS: list[tuple[str, str, list[GoalRow]]] = [
    ("Kultur och fritid för alla", "", [
        ("Fler barn och unga deltar i kultur- och fritidsaktiviteter varje vecka.", [
            ("Andel elever i årskurs 4–9 som deltar i kulturskolan", "%", D(21),
             (D(23), D(25), D(27))),
            ("Antal deltagartillfällen i föreningsverksamhet, 7–20 år", "", D(148300),
             (D(150000), D(153000), D(156000))),
            ("Andel unga som är nöjda med fritidsgårdarna (ungdomsenkäten)", "%", D(74),
             (None, D(78), None)),
        ], [
            ("Starta prova-på-verksamhet i kulturskolan för årskurs 3", "Kulturskolechef",
             "augusti 2027", dt.date(2027, 8, 31)),
            ("Införa fritidskort för barn i familjer med låg inkomst", "Fritidschef",
             "2027-06-30", dt.date(2027, 6, 30)),
        ]),
        ("Biblioteken är öppna och tillgängliga mötesplatser i hela kommunen.", [
            ("Antal meröppna timmar per vecka, samtliga bibliotek", "", D(96),
             (D(120), D(140), D(140))),
            ("Besök på biblioteken per invånare", "", D("4.8"), (D("5.0"), D("5.2"), D("5.4"))),
        ], [
            ("Införa meröppet på biblioteken i Västra Sjöbacka och Ådalen", "Bibliotekschef",
             "Q3 2027", dt.date(2027, 9, 30)),
        ]),
    ]),
    ("Hälsa och livskvalitet", "Heading2", [
        ("Invånarna har god tillgång till platser för spontanidrott och friluftsliv.", [
            ("Andel invånare som är nöjda med möjligheterna till fritidsaktiviteter", "%", D(58),
             (D(62), None, D(65))),
            ("Antal spontanidrottsplatser med belysning", "", D(11), (D(13), D(15), D(16))),
        ], [
            ("Anlägga en belyst motionsslinga vid Tallbacken", "Anläggningschef",
             "oktober 2028", dt.date(2028, 10, 31)),
            ("Ta fram en friluftsplan tillsammans med föreningarna", "Fritidskonsulent",
             "december 2027", dt.date(2027, 12, 31)),
        ]),
        ("Äldre invånare har ett aktivt kultur- och fritidsliv.", [
            ("Antal deltagare i Kultur för seniorer", "", D(1240), (D(1400), D(1550), D(1700))),
            ("Andel deltagare över 65 år som upplever social gemenskap i aktiviteterna", "%",
             D(81), ("Öka", None, None)),
        ], [
            ("Utveckla Kultur för seniorer tillsammans med pensionärsföreningarna", "Kulturchef",
             "december 2027", dt.date(2027, 12, 31)),
        ]),
    ]),
    ("Hållbar och effektiv verksamhet", "", [
        ("Nämndens anläggningar används mer och med lägre energianvändning.", [
            ("Beläggningsgrad i idrottshallar, vardagar 17–21", "%", D(78),
             (D(82), D(84), D(85))),
            ("Energianvändning i nämndens anläggningar, MWh", "", D(4620),
             (D(4450), D(4300), D(4150))),
        ], [
            ("Byta till LED-belysning i Sjöbackahallen och ishallen", "Anläggningschef",
             "Q2 2028", dt.date(2028, 6, 30)),
            ("Införa digital bokning av lokaler och anläggningar", "Administrativ chef",
             "2027-03-31", dt.date(2027, 3, 31)),
        ]),
        ("Medarbetarna har en god och hälsosam arbetsmiljö.", [
            ("Sjukfrånvaro", "%", D("5.9"), (D("5.5"), D("5.2"), D("5.0"))),
            ("Hållbart medarbetarengagemang (HME), index", "", D(79), (D(80), None, D(82))),
        ], [
            ("Genomföra hälsoinspiration för all personal på anläggningarna",
             "Förvaltningschef", "juni 2027", dt.date(2027, 6, 30)),
        ]),
    ]),
]  # fmt: skip

DRIFT_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT = [
    ("Nämnd och förvaltningsledning", (3050, 3120, 3210, 3280, 3350)),
    ("Bibliotek", (14820, 15240, 15910, 16200, 16480)),
    ("Kulturskola", (9460, 9710, 10140, 10330, 10520)),
    ("Allmänkultur och kulturarv", (4130, 4280, 4350, 4420, 4500)),
    ("Fritidsgårdar och ungdomsverksamhet", (7690, 7950, 8260, 8410, 8560)),
    ("Föreningsbidrag", (5300, 5450, 5600, 5600, 5600)),
    ("Idrotts- och fritidsanläggningar", (18740, 19380, 19970, 20350, 20760)),
    ("Bad- och friskvårdsanläggning", (11210, 11640, 12050, 12280, 12510)),
]

KEYS = [
    ("Besök på biblioteken", ("46 210", "48 930", "51 070")),
    ("Utlån per invånare", ("5,1", "5,0", "4,9")),
    ("Elever i kulturskolan", ("612", "644", "671")),
    ("Bokade timmar i idrottshallar", ("21 480", "22 150", "22 960")),
    ("Besök i badhuset", ("88 400", "91 250", "93 780")),
]

CONTROLS = [
    ("Föreningsbidrag", "Bidrag betalas ut på felaktigt underlag", "3", "3", "9",
     "Stickprov på beviljade bidrag mot föreningarnas medlemsförteckningar", "Fritidschef",
     "Två gånger per år"),
    ("Kassahantering i badhuset", "Kontanter hanteras av en person ensam", "2", "3", "6",
     "Kontroll av kassarapporter och dagsavstämningar", "Badchef", "Kvartalsvis"),
    ("Lokalbokning", "Bokade tider faktureras inte", "3", "2", "6",
     "Avstämning av bokningssystemet mot fakturerade tider", "Administrativ chef",
     "Kvartalsvis"),
    ("Barn- och ungdomsverksamhet", "Personal saknar utdrag ur belastningsregistret", "2", "4",
     "8", "Genomgång av registerutdrag för nyanställda", "Förvaltningschef", "Årligen"),
    ("Inköp", "Inköp görs utanför ramavtal", "3", "3", "9",
     "Granskning av leverantörsreskontran", "Ekonom", "Två gånger per år"),
]  # fmt: skip

HEADER_TEXT = "Sjöbacka kommun · Kultur- och fritidsnämnden · Verksamhetsplan 2027–2029"


def _setup(w: Writer) -> None:
    """Google Docs' styles and numbering instead of python-docx's, an empty body, A4 with a
    page header."""
    parts = (w.doc.styles.element, STYLES), (w.doc.part.numbering_part.element, NUMBERING)
    for part, xml in parts:
        for child in list(part):
            part.remove(child)
        for child in element(xml):
            part.append(child)
    body = w.doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    section = w.doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.54)
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header._p.append(element(_run(HEADER_TEXT, 9)))
    w.expected.absent.append(HEADER_TEXT)


def _cover(g: GDoc) -> None:
    for _ in range(6):
        g.blank()
    g.w.structure("Verksamhetsplan 2027–2029", "Kultur- och fritidsnämnden")
    g.raw(_run("Verksamhetsplan 2027–2029", 26), style="Title")
    g.raw(_run("Kultur- och fritidsnämnden", 15), style="Subtitle")
    g.blank()
    for line in ("Sjöbacka kommun", "Antagen av kultur- och fritidsnämnden 2026-11-25, § 96",
                 "Ordförande: Karin Ek (S)", "Förvaltningschef: Johan Strand",
                 "Dnr KFN 2026/211"):  # fmt: skip
        g.w.structure(line)
        g.raw(_run(line, 12 if line == "Sjöbacka kommun" else 10, line == "Sjöbacka kommun"))
    g.page_break()


def _toc(g: GDoc, entries: list[tuple[int, str, int]]) -> None:
    """Google Docs' table of contents: Normal paragraphs linked to the headings' bookmarks,
    the page number after a tab, in a "Table of Contents" content control."""
    g.w.structure("Innehåll")
    g.raw(_run("Innehåll", 16, bold=True))
    paragraphs = []
    for n, (level, text, page) in enumerate(entries):
        g.w.expected.absent.append(f"{text} {page}")
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
            ' TOC \\h \\u \\z \\t "Heading 1,1,Heading 2,2,"</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            if n == 0
            else ""
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if n == len(entries) - 1 else ""
        extra = (
            '<w:tabs><w:tab w:val="right" w:leader="none" w:pos="9025"/></w:tabs>'
            f'<w:spacing w:before="60" w:line="240" w:lineRule="auto"/>'
            f'<w:ind w:left="{360 * (level - 1)}" w:firstLine="0"/>'
        )
        link = (
            f'<w:hyperlink w:anchor="_heading={_mark(text)}">{_run(text)}'
            f"<w:r>{_rpr()}<w:tab/></w:r>{_run(str(page))}</w:hyperlink>"
        )
        paragraphs.append(f"<w:p><w:pPr>{extra}<w:rPr/></w:pPr>{begin}{link}{end}</w:p>")
    append(
        g.w.doc,
        '<w:sdt><w:sdtPr><w:id w:val="-1731923018"/><w:docPartObj><w:docPartGallery '
        'w:val="Table of Contents"/><w:docPartUnique w:val="1"/></w:docPartObj></w:sdtPr>'
        f"<w:sdtContent>{''.join(paragraphs)}</w:sdtContent></w:sdt>",
    )
    g.page_break()


def _narrative(g: GDoc) -> None:
    g.heading("Inledning", "Heading1")
    g.text(
        "Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, allmänkultur, "
        "fritidsgårdar, stöd till föreningslivet och kommunens idrotts- och badanläggningar. "
        "Förvaltningen har 142 medarbetare och möter varje vecka tusentals invånare i alla åldrar.",
        "Planen har skrivits gemensamt av förvaltningens ledningsgrupp under hösten och "
        "beskriver vad nämnden vill uppnå 2027–2029. Tre saker prioriteras under 2027:",
    )
    for item in (
        "att fler barn och unga hittar en meningsfull fritid,",
        "att biblioteken håller öppet fler timmar i kommundelarna,",
        "att anläggningarna används bättre och drar mindre energi.",
    ):
        g.bullet(item, num=2)
    g.blank()
    g.heading("Vision och värdegrund", size=16)
    g.text(
        "Nämndens vision är ett Sjöbacka där alla kan skapa, röra sig och mötas oavsett ålder, "
        "bakgrund och var i kommunen de bor. Verksamheten vilar på kommunens värdegrund: "
        "respekt, engagemang och öppenhet."
    )
    g.heading("Nämndens uppdrag", size=16)
    g.text("Nämndens uppdrag enligt reglementet omfattar bland annat:")
    for line in (
        "0 Folkbibliotek och skolbiblioteksstöd",
        "1 huvudbiblioteket i Sjöbacka och filialerna i Ådalen och Västra Sjöbacka",
        "1 bokbussen, som stannar vid 34 hållplatser", "0 Kulturskola och allmänkultur",
        "1 kurser i musik, dans, bild och teater", "1 konstsamlingen och det lokala kulturarvet",
        "2 hembygdsgårdarna, genom avtal med hembygdsföreningarna",
        "0 Fritid, idrott och friluftsliv",
        "1 bidrag till föreningar, fritidsgårdar och kommunens anläggningar",
    ):  # fmt: skip
        g.bullet(line[2:], int(line[0]))
    g.blank()
    g.page_break()
    g.heading("Omvärldsanalys", "Heading1")
    g.heading("Befolkning och besökare", "Heading2", chapter=False)
    g.text(
        "Sjöbacka har drygt 24 000 invånare. Antalet barn i grundskoleåldern väntas öka med "
        "omkring 300 till 2030, främst i centralorten, medan andelen invånare över 75 år ökar "
        "i hela kommunen. Efterfrågan på kulturskolans kurser är större än antalet platser."
    )
    n1, n2 = g.next_id(), g.next_id()
    g.raw(
        _run("Besöken i badhuset har ökat tre år i rad. "),
        _del("Simkunnigheten bland tioåringar har sjunkit kraftigt sedan pandemin. ", n1),
        _ins("Var femte elev i årskurs 4 klarar ännu inte skolans krav på simkunnighet. ", n2),
        _run("Nämnden fortsätter därför med simskola i samarbete med skolan."),
    )
    g.w.expected.absent.append("sjunkit kraftigt sedan pandemin")
    g.blank()
    g.heading("Lokaler och anläggningar", size=13, chapter=False)
    g.text(
        "Sjöbackahallen och ishallen är över 40 år gamla och står för nästan hälften av "
        "nämndens energianvändning. Elpriset och kapitalkostnaderna för nya investeringar "
        "gör att driften behöver effektiviseras för att rymmas inom ramen."
    )
    g.heading("Digitalisering", "Heading2", chapter=False)
    g.text(
        "Invånarna förväntar sig att kunna boka lokaler, anmäla sig till kurser och låna "
        "e-böcker digitalt. Meröppna bibliotek gör det möjligt att hålla öppet fler timmar "
        "utan att bemanningen ökar i samma takt."
    )
    g.page_break()


def _goal_line(g: GDoc, number: str, goal: str, heading: bool) -> None:
    """The goal's line: a Heading3 after its "_heading" bookmark, or a bold Normal
    paragraph inside a "kix." bookmark; goal 1.1 carries a suggestion."""
    n = g.next_id()
    label = f"Nämndsmål {number} "
    if number == "1.1":
        kept, _, _ = goal.partition("varje vecka")
        words = (
            _run(kept, 11, True)
            + _del("på sin fritid", g.next_id(), bold=True)
            + _ins("varje vecka", g.next_id(), bold=True)
            + _run(".", 11, True)
        )
        g.w.expected.absent.append("fritidsaktiviteter på sin fritid")
    else:
        words = _run(goal, 14 if heading else 11, not heading)
    if heading:
        start = f'<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="_heading={_mark(goal)}" '
        mark = f'{start}w:id="{n}"/><w:bookmarkEnd w:id="{n}"/>'
        g.raw(mark + _run(label, 14) + words, style="Heading3")
    else:
        kix = f"kix.{zlib.crc32(goal.encode()):010x}"
        start = f'<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="{kix}" w:id="{n}"/>'
        g.raw(start + _run(label, 11, True) + words + f'<w:bookmarkEnd w:id="{n}"/>')
    g.w.expected.goals.append(Goal(goal, "namnd"))


def _target_cell(name: str, year: int, target: D | str | None, unit: str, g: GDoc) -> str:
    text = cell_text(target, unit)
    if name.startswith("Andel invånare som är nöjda") and year == 2027:
        return _del("60 %", g.next_id(), 9) + _ins(text, g.next_id(), 9)
    return text


def _goals(g: GDoc) -> None:
    w = g.w
    g.heading("Mål och indikatorer", "Heading1")
    g.text(
        "Kommunfullmäktige har beslutat om tre målområden. Under varje målområde har nämnden "
        "egna nämndsmål med indikatorer. Nuläget är utfallet 2025. Ungdomsenkäten och "
        "medarbetarundersökningen görs vartannat år, därför saknas målvärde vissa år."
    )
    for a, (area, style, goals) in enumerate(GOALS, 1):
        g.heading(f"Målområde {a}: {area}", style, size=14, chapter=False)
        for n, (goal, inds, acts) in enumerate(goals, 1):
            _goal_line(g, f"{a}.{n}", goal, heading=(a, n) == (2, 1))
            g.blank()
            rows = [["Indikator", "Nuläge 2025", *(f"Mål {y}" for y in YEARS)]]
            for name, unit, base, targets in inds:
                cells = [
                    _target_cell(name, y, t, unit, g) for y, t in zip(YEARS, targets, strict=True)
                ]
                rows.append([name, sv(base, unit), *cells])
                given = {y: t for y, t in zip(YEARS, targets, strict=True) if t is not None}
                w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, given))
            g.table(rows, [4025, 1250, 1250, 1250, 1250])
            w.structure("Aktiviteter")
            g.raw(_run("Aktiviteter", 11, bold=True))
            for name, who, when, day in acts:
                line = f"Ansvarig: {who}. Klart: {when}."
                g.bullet(name, 0, num=3)
                g.bullet(line, 1, num=3)
                w.structure(line)
                w.expected.activities.append(Activity(name, who, day, group=goal))
            g.blank()
    g.page_break()


def _economy(g: GDoc) -> None:
    w = g.w
    g.heading("Ekonomi", size=16)
    g.text(
        "Kommunfullmäktiges ram för kultur- och fritidsnämnden 2027 är 79 490 tkr, en ökning "
        "med 2,6 procent jämfört med 2026. Ökningen täcker löne- och prisuppräkning men inte "
        "de högre kapitalkostnaderna för ishallen, som ska rymmas genom effektiviseringar."
    )
    g.heading("Driftbudget", "Heading2", chapter=False)
    w.structure("Nettokostnad per verksamhet, tkr")
    g.raw(_run("Nettokostnad per verksamhet, tkr", 9, italic=True))
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "drift", DRIFT_KEYS, DRIFT, "Summa nettokostnad")
    body[0][3] = _del("3 150", g.next_id(), 9) + _ins(body[0][3], g.next_id(), 9)
    g.table([header, *body], [2525, 1300, 1300, 1300, 1300, 1300])
    g.heading("Verksamheten i siffror", size=13, chapter=False)
    g.table([["Nyckeltal", "2023", "2024", "2025"], *[[k, *v] for k, v in KEYS]],
            [4025, 1650, 1650, 1700], structure=1)  # fmt: skip
    w.expected.key_figures += [
        KeyRow("", name, dict(zip(("2023", "2024", "2025"), values, strict=True)))
        for name, values in KEYS
    ]
    g.page_break()


def _control(g: GDoc) -> None:
    g.heading("Internkontroll", "Heading1")
    g.text(
        "Riskerna har bedömts efter sannolikhet (1–4) och konsekvens (1–4); riskvärdet är "
        "produkten. Alla risker med ett riskvärde på 6 eller mer har ett kontrollmoment. "
        "Resultatet redovisas för nämnden i augusti och februari."
    )
    header = [
        "Process/rutin", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
        "Ansvarig", "Frekvens",
    ]  # fmt: skip
    g.table([header, *[list(c) for c in CONTROLS]], [1250, 1350, 900, 900, 800, 1600, 1150, 1075])
    g.w.expected.controls += [Control(c[5], c[0]) for c in CONTROLS]


def build_bp(path: Path) -> Expected:
    front = Front("Kultur- och fritidsnämnden", "Sjöbacka kommun", 2027, 2029,
                  "Verksamhetsplan 2027–2029", "Karin Ek (S)", "Johan Strand",
                  "KFN 2026/211")  # fmt: skip
    w = Writer("BP-kultur-fritid-google-docs", front)
    _setup(w)
    g = GDoc(w)
    _cover(g)
    _toc(g, [
        (1, "Inledning", 3), (1, "Omvärldsanalys", 4), (2, "Befolkning och besökare", 4),
        (2, "Digitalisering", 4), (1, "Mål och indikatorer", 5),
        (2, "Målområde 2: Hälsa och livskvalitet", 6), (1, "Internkontroll", 9),
    ])  # fmt: skip
    _narrative(g)
    _goals(g)
    _economy(g)
    _control(g)
    return w.save(path)
