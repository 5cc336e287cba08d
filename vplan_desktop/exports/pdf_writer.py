"""The plan as a PDF (reportlab platypus), typeset with the shipped DejaVu Sans, embedded.

Title page, table of contents with page numbers, bookmarks per chapter and section (each
opening the page its heading is on), a header with the nämnd and title and "Sida X av Y" on
every page after the title page. Every user text is escaped before reportlab's paragraph markup
sees it, by ``pdf_markup.paragraph_text`` alone. The file is a tagged PDF/UA-1 document: what is
drawn is marked as it is drawn (``pdf_tagging``), and the structure tree is written after
(``pdf_structure``).
"""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path
from typing import Any, BinaryIO

import pyphen
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Indenter,
    KeepTogether,
    ListItem,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)

from vplan_desktop import colours
from vplan_desktop.exports import content as c
from vplan_desktop.exports.fonts import FONT, fallback_pieces, register_fonts
from vplan_desktop.exports.pdf_chart import chart_drawing
from vplan_desktop.exports.pdf_figures import figure_flowables
from vplan_desktop.exports.pdf_layout import (
    CELL_INDENT,
    Table,
    cell_size,
    flatten,
    keep_headings_with_next,
    wants_landscape,
)
from vplan_desktop.exports.pdf_markup import line_text, paragraph_text, runs_markup
from vplan_desktop.exports.pdf_paragraph import Paragraph, tagged
from vplan_desktop.exports.pdf_structure import add_structure
from vplan_desktop.exports.pdf_tagging import Marked, Tag, TaggingCanvas, artifact
from vplan_desktop.exports.pdf_toc import TableOfContents, TaggedList
from vplan_desktop.exports.table_widths import fit_widths
from vplan_desktop.markdown import Heading, ImageBlock, ListBlock, Run
from vplan_desktop.markdown import Paragraph as MdParagraph

INK = colors.HexColor("#1f2a36")
ACCENT = colors.HexColor("#1a4f7a")
HEADER_FILL = colors.HexColor("#e4eaf0")
RULE = colors.HexColor("#9aa8b5")
MARGIN = 20 * mm
CELL_PADDING = 4
PADDING = 2 * CELL_PADDING + 0.5
"""A cell's room beside its text: left and right padding, and a little air."""
# A word too long for its column is hyphenated by the Swedish rules ("ut-bild-nings-"), never
# cut at any letter; numbers have no hyphenation points and are kept whole by the widths.
_HYPHENATOR = pyphen.Pyphen(lang="sv_SE")
_WORD = re.compile(r"[^\W\d_]{5,}")  # words of letters only: a number or date has no hyphen


def _hyphenated(text: str) -> str:
    """``text`` with soft hyphens where Swedish words may be hyphenated (reportlab breaks a
    line at one, drawing a hyphen, and draws nothing where it does not break)."""
    return _WORD.sub(lambda m: str(_HYPHENATOR.inserted(m.group(), hyphen="\u00ad")), text)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "Brödtext", fontName=FONT, fontSize=10, leading=14, textColor=INK, spaceAfter=6
    )
    return {
        "body": base,
        "body_cont": ParagraphStyle("Brödtext, fortsättning", parent=base, spaceAfter=0),
        "h1": ParagraphStyle(
            "Rubrik 1",
            parent=base,
            fontName=f"{FONT}-Bold",
            fontSize=17,
            leading=21,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=10,
        ),
        "h2": ParagraphStyle(
            "Rubrik 2",
            parent=base,
            fontName=f"{FONT}-Bold",
            fontSize=13,
            leading=17,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=6,
        ),
        "h3": ParagraphStyle(
            "Rubrik 3",
            parent=base,
            fontName=f"{FONT}-Bold",
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "h4": ParagraphStyle(
            "Rubrik 4",
            parent=base,
            fontName=f"{FONT}-Bold",
            fontSize=10,
            leading=13.5,
            spaceBefore=7,
            spaceAfter=3,
        ),
        "h5": ParagraphStyle(
            "Rubrik 5",
            parent=base,
            fontName=f"{FONT}-Bold",
            fontSize=9.5,
            leading=13,
            spaceBefore=6,
            spaceAfter=3,
        ),
        "h6": ParagraphStyle(
            "Rubrik 6",
            parent=base,
            fontName=f"{FONT}-BoldOblique",
            fontSize=9.5,
            leading=13,
            spaceBefore=6,
            spaceAfter=3,
        ),
        "cell": ParagraphStyle("Tabell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "caption": ParagraphStyle(
            "Bildtext",
            parent=base,
            fontName=f"{FONT}-Oblique",
            fontSize=8.5,
            leading=11,
            textColor=colors.HexColor("#4a5561"),
            spaceAfter=3,
        ),
        "title": ParagraphStyle(
            "Titel",
            parent=base,
            fontName=f"{FONT}-Bold",
            fontSize=26,
            leading=32,
            textColor=ACCENT,
            spaceAfter=14,
        ),
        "subtitle": ParagraphStyle(
            "Undertitel", parent=base, fontSize=15, leading=20, spaceAfter=6
        ),
        "toc": ParagraphStyle(
            "Innehåll",
            parent=base,
            fontName=f"{FONT}-Bold",
            fontSize=17,
            leading=21,
            textColor=ACCENT,
            spaceAfter=12,
        ),
    }


PIECE_CHARS = 4000


def _pieces(runs: tuple[Run, ...]) -> list[tuple[Run, ...]]:
    """A very long paragraph as several of at most about ``PIECE_CHARS`` characters, split
    between words: reportlab re-wraps the rest of a paragraph at every page break, so one
    paragraph of a megabyte would take hours, while pieces take seconds."""
    if sum(len(run.text) for run in runs) <= PIECE_CHARS:
        return [runs]
    pieces: list[tuple[Run, ...]] = []
    current: list[Run] = []
    size = 0
    for run in runs:
        text = run.text
        while size + len(text) > PIECE_CHARS:
            room = PIECE_CHARS - size
            cut = text.rfind(" ", 0, room + 1)
            cut = cut + 1 if cut > 0 else max(room, 1)
            current.append(dataclasses.replace(run, text=text[:cut]))
            pieces.append(tuple(current))
            current, size, text = [], 0, text[cut:]
        if text:
            current.append(dataclasses.replace(run, text=text))
            size += len(text)
    if current:
        pieces.append(tuple(current))
    return pieces


class _PlanDoc(BaseDocTemplate):
    """Sends headings to the table of contents and the PDF outline as they are placed, and
    numbers the pages "Sida X av Y".

    reportlab lays the story out in passes until the table of contents has its page numbers;
    each pass prints the page count of the pass before it, and the layout is accepted only
    when that count is the one the pass ended with. (Holding every page back until the count
    is known would make each bookmark point at the first page: reportlab names a bookmark's
    page by the number of pages already written.)
    """

    def __init__(
        self, filename: str | BinaryIO, document: c.Document, header: str, **kwargs: Any
    ) -> None:
        super().__init__(filename, **kwargs)
        self.document = document
        self.header = header
        self.page_total = 0  # what the pages say after "av"
        self._pages_last_pass = 0
        self._keys = 0
        self._last_level = -1

    def build(self, flowables: list[Flowable], *args: Any, **kwargs: Any) -> None:
        self.page_total = self._pages_last_pass
        if not self.page_total:  # the first pass ("Sida 1 av ?") is never kept: not tagged
            kwargs["canvasmaker"] = Canvas
        super().build(flowables, *args, **kwargs)
        self._pages_last_pass = self.page

    def _allSatisfied(self) -> bool:
        return bool(super()._allSatisfied()) and self.page_total == self._pages_last_pass

    def beforeDocument(self) -> None:
        # multiBuild lays the story out several times; each pass must number alike.
        self._keys = 0
        self._last_level = -1

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "outline_level", None)
        if level is None:
            return
        text = flowable.heading_text
        in_contents = level <= 1  # chapters and their sections; deeper headings only in the outline
        level = min(level, self._last_level + 1)  # the outline cannot skip a level
        self._last_level = level
        self._keys += 1
        key = f"h{self._keys}"
        # The heading has just been drawn: its top edge is above where the frame now stands.
        top = self.frame._y + flowable.getSpaceAfter() + flowable.height
        self.canv.bookmarkPage(key, fit="XYZ", top=round(top + 4, 1))
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)  # plain text
        if in_contents:  # the table of contents makes a Paragraph of the entry: markup
            self.notify("TOCEntry", (level, paragraph_text(text), self.page, key))

    def decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The header line and "Sida X av Y", on every page but the title page."""
        number = canvas.getPageNumber()
        if number == 1:
            return
        width, height = canvas._pagesize
        with artifact(canvas, "Pagination"):
            self._draw_header(canvas, number, width, height)

    def _draw_header(self, canvas: Canvas, number: int, width: float, height: float) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#4a5561"))
        canvas.drawString(MARGIN, height - 12 * mm, self.header)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - 13.5 * mm, width - MARGIN, height - 13.5 * mm)
        total = self.page_total or "?"  # the first pass does not know it yet, and is not kept
        canvas.drawRightString(width - MARGIN, 10 * mm, f"Sida {number} av {total}")
        canvas.restoreState()


def _ink_on(fill: str | None) -> str:
    """The text colour on a cell shaded ``fill`` (black or white, whichever reads better), or
    "" for a cell with no fill (or a fill that is no colour: it is not drawn)."""
    return colours.text_colour_on(fill) if fill and colours.is_colour(fill) else ""


def _heading(markup: str, text: str, level: int, styles: dict[str, ParagraphStyle]) -> Flowable:
    """A heading of ``level`` (1 = chapter): tagged ``H<level>``, in the outline and, down to
    level 2, in the contents; kept with what follows."""
    heading = Paragraph(markup, styles[f"h{min(level, 6)}"])
    tagged(heading, "H", level)
    heading.outline_level = level - 1
    heading.heading_text = text
    return _head(heading)


def _table(
    table: c.Table, width: float, styles: dict[str, ParagraphStyle], title_level: int = 3
) -> list[Flowable]:
    """``table`` with its title as a heading of ``title_level`` (one below the heading it
    stands under, as in Word) and its caption."""
    aligns = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}
    cell_styles: dict[tuple[str, bool, str], ParagraphStyle] = {}
    padding = PADDING
    size, hyphenate = cell_size(table, width, padding)
    leading = size + 2
    cell_style = ParagraphStyle("Tabell", parent=styles["cell"], fontSize=size, leading=leading)
    prepare = _hyphenated if hyphenate else None

    def para(cell: c.Cell) -> Paragraph:
        # A cell with a note is bold by markup: the note under the text is not.
        bold = cell.bold and not cell.note
        ink = _ink_on(cell.fill)
        key = (cell.align, bold, ink)
        if key not in cell_styles:
            cell_styles[key] = ParagraphStyle(
                f"cell-{cell.align}-{bold}-{ink}",
                parent=cell_style,
                alignment=aligns[cell.align],
                fontName=f"{FONT}-Bold" if bold else FONT,
                textColor=colors.HexColor(ink) if ink else INK,
            )
        text = runs_markup(cell.runs, prepare) if cell.runs else line_text(cell.text, prepare)
        if not cell.note:
            return Paragraph(text, cell_styles[key])
        text = f"<b>{text}</b>" if cell.bold else text
        return Paragraph(f"{text}<br/>{line_text(cell.note, prepare)}", cell_styles[key])

    widths = fit_widths(table, width, size, padding, indent=CELL_INDENT)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # the table's own default would be Helvetica
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), leading),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]

    def text_or_para(cell: c.Cell, r: int, col: int) -> str | Paragraph:
        """A cell that fits on one line is drawn as a plain string: a Paragraph per cell is
        most of a large PDF's time, and most cells are short numbers."""
        font = f"{FONT}-Bold" if cell.bold else FONT
        text = cell.text
        indent = cell.indent * CELL_INDENT
        if indent:  # a sub-row: the cell's left padding grows, for a string or a paragraph
            commands.append(("LEFTPADDING", (col, r), (col, r), CELL_PADDING + indent))
        room = widths[col] - padding - indent
        # A cell of bold and italic pieces is a Paragraph: a string has one font (so is one
        # whose bold font lacks a character, drawn in the regular font).
        styled = cell.note or cell.runs or "\n" in text or fallback_pieces(text, font)
        if styled or pdfmetrics.stringWidth(text, font, size) > room:
            return para(cell)
        if cell.bold:
            commands.append(("FONTNAME", (col, r), (col, r), font))
        if cell.align != "left":
            commands.append(("ALIGN", (col, r), (col, r), cell.align.upper()))
        if ink := _ink_on(cell.fill):
            commands.append(("TEXTCOLOR", (col, r), (col, r), colors.HexColor(ink)))
        return text

    data: list[list[str | Paragraph]] = [
        [text_or_para(cell, r, col) for col, cell in enumerate(row)]
        for r, row in enumerate([table.header, *table.rows])
    ]
    for r, row in enumerate(table.rows, start=1):
        for col, cell in enumerate(row):
            if _ink_on(cell.fill):
                commands.append(("BACKGROUND", (col, r), (col, r), colors.HexColor(cell.fill)))
    flowables: list[Flowable] = []
    if table.title:
        title = _heading(paragraph_text(table.title), table.title, title_level, styles)
        flowables.append(title)
    if table.caption:
        caption = Paragraph(paragraph_text(table.caption), styles["caption"])
        flowables.append(_head(tagged(caption, "Caption")))
    rl_table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", header_rows=1)
    rl_table.setStyle(TableStyle(commands))
    note_style = ParagraphStyle("Fotnot", parent=styles["cell"], fontSize=7.5, leading=9.5)
    notes = [Paragraph(paragraph_text(note), note_style) for note in table.notes]
    if notes:
        notes.insert(0, Spacer(1, 3))
    # A short table is not split over two pages (nor parted from its footnotes).
    if len(table.rows) > 6:
        flowables += [rl_table, *notes]
    else:
        flowables.append(KeepTogether([rl_table, *notes]))
    flowables.append(Spacer(1, 8))
    return flowables


def _head(flowable: Flowable) -> Flowable:
    """``flowable`` marked as one that stays on the page of what follows it."""
    flowable.vplan_head = True
    return flowable


def _chart(chart: c.Chart, width: float, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    drawing = Marked(chart_drawing(chart, width), Tag("Figure", alt=chart.alt_text))
    text = paragraph_text(chart.alt_text)
    return [
        KeepTogether([drawing, tagged(Paragraph(text, styles["caption"]), "Caption")]),
        Spacer(1, 6),
    ]


def _title_page(document: c.Document, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    u = document.plan.uppgifter
    story: list[Flowable] = [
        Spacer(1, 55 * mm),
        Paragraph(paragraph_text(u.namnd), styles["subtitle"]),
        tagged(Paragraph(paragraph_text(u.titel), styles["title"]), "H", 1),
    ]
    for label, text in document.title_lines():
        line = (
            f"<b>{paragraph_text(label)}:</b> {paragraph_text(text)}"
            if label
            else paragraph_text(text)
        )
        story.append(Paragraph(line, styles["body"]))
    return story


def _flowables(
    document: c.Document,
    styles: dict[str, ParagraphStyle],
    widths: dict[bool, float],
    heights: dict[bool, float],
) -> list[Flowable]:
    story: list[Flowable] = []
    landscape_now = False
    indent = 0  # steps in from the margin (``c.Indent``)
    section_level = 1  # the level of the heading the blocks stand under
    for block in document.blocks:
        width = widths[landscape_now] - indent * c.INDENT_POINTS
        if isinstance(block, c.Indent):
            if block.level != indent:
                story.append(Indenter(left=(block.level - indent) * c.INDENT_POINTS))
                indent = block.level
        elif isinstance(block, c.Orientation):
            landscape_now = block.landscape
            story += [NextPageTemplate("liggande" if landscape_now else "staende"), PageBreak()]
        elif isinstance(block, Heading):
            if block.level == 1 and story and not isinstance(story[-1], PageBreak):
                story.append(PageBreak())
            section_level = block.level
            text = "".join(run.text for run in block.runs)
            story.append(_heading(runs_markup(block.runs), text, block.level, styles))
        elif isinstance(block, MdParagraph):
            pieces = _pieces(block.runs)
            for number, piece in enumerate(pieces, start=1):
                style = styles["body"] if number == len(pieces) else styles["body_cont"]
                story.append(Paragraph(runs_markup(piece), style))
        elif isinstance(block, ListBlock):
            story.append(
                TaggedList(
                    [
                        ListItem(Paragraph(runs_markup(item), styles["body"]), leftIndent=14)
                        for item in block.items
                    ],
                    bulletType="1" if block.ordered else "bullet",
                    bulletFontName=FONT,
                    bulletFontSize=9,
                    leftIndent=14 * (block.level + 1),
                    start=block.start if block.ordered else "•",
                )
            )
        elif isinstance(block, c.Table):
            if not landscape_now and wants_landscape(block, width, widths[True], PADDING):
                # Too wide for a portrait page even in small type (16 monthly columns): on a
                # landscape page of its own, with the headings that lead to it.
                heads: list[Flowable] = []
                while story and (
                    getattr(story[-1], "vplan_head", False) or isinstance(story[-1], Indenter)
                ):
                    heads.insert(0, story.pop())
                story += [NextPageTemplate("liggande"), PageBreak(), *heads]
                wide = widths[True] - indent * c.INDENT_POINTS
                story += _table(block, wide, styles, section_level + 1)
                story += [NextPageTemplate("staende"), PageBreak()]
            else:
                story += _table(block, width, styles, section_level + 1)
        elif isinstance(block, c.Chart):
            story += _chart(block, width, styles)
        elif isinstance(block, c.Figure | ImageBlock):
            figure = block if isinstance(block, c.Figure) else c.figure(document.plan, block)
            story += figure_flowables(figure, width, heights[landscape_now], styles)
    return keep_headings_with_next(story)


def write_pdf(document: c.Document, out: Path | BinaryIO) -> None:
    """Typeset ``document`` into the PDF file (or stream) ``out``."""
    register_fonts()
    styles = _styles()
    u = document.plan.uppgifter
    drawn = io.BytesIO()
    doc = _PlanDoc(
        drawn,
        document,
        document.header_text,
        pagesize=A4,
        title=u.titel,
        author=u.namnd,
        subject=f"{u.titel}, {u.kommun}",
        creator="vplan",
        lang="sv-SE",
        initialFontName=FONT,
        initialFontSize=10,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=22 * mm,
        bottomMargin=18 * mm,
    )
    portrait_frame = Frame(MARGIN, 18 * mm, A4[0] - 2 * MARGIN, A4[1] - 40 * mm, id="staende")
    wide = landscape(A4)
    landscape_frame = Frame(MARGIN, 18 * mm, wide[0] - 2 * MARGIN, wide[1] - 40 * mm, id="liggande")
    doc.addPageTemplates(
        [
            PageTemplate(
                id="staende", frames=[portrait_frame], pagesize=A4, onPageEnd=doc.decorate
            ),
            PageTemplate(
                id="liggande", frames=[landscape_frame], pagesize=wide, onPageEnd=doc.decorate
            ),
        ]
    )
    toc = TableOfContents()
    toc.levelStyles = [
        ParagraphStyle(
            "Innehåll 1",
            fontName=f"{FONT}-Bold",
            fontSize=10.5,
            leading=15,
            leftIndent=0,
            firstLineIndent=0,
            textColor=INK,
        ),
        ParagraphStyle(
            "Innehåll 2",
            fontName=FONT,
            fontSize=9.5,
            leading=13,
            leftIndent=14,
            firstLineIndent=0,
            textColor=INK,
        ),
    ]
    toc.dotsMinLevel = 0
    toc.tableStyle = TableStyle(
        [  # its default would set Helvetica on every cell
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    story = _title_page(document, styles)
    contents = tagged(Paragraph("Innehåll", styles["toc"]), "H", 1)
    story += [PageBreak(), contents, toc, PageBreak()]
    story += _flowables(
        document,
        styles,
        {False: portrait_frame._width, True: landscape_frame._width},
        {False: portrait_frame._height, True: landscape_frame._height},
    )
    # The contents are known before layout; giving the table of contents its entries up front
    # (page numbers still unknown) lets reportlab settle in two passes instead of three.
    toc._entries = _expected_toc(story)
    doc.multiBuild(story, canvasmaker=TaggingCanvas)
    # The last pass's canvas drew the file: its recorder holds the file's structure.
    data = add_structure(drawn.getvalue(), doc.canv.vplan_recorder)
    if isinstance(out, Path):
        out.write_bytes(data)
    else:
        out.write(data)


def _expected_toc(story: list[Flowable]) -> list[tuple[int, str, int, str]]:
    """The entries ``_PlanDoc.afterFlowable`` will send, with page 0 for now."""
    entries = []
    last, keys = -1, 0
    for flowable in flatten(story):
        level = getattr(flowable, "outline_level", None)
        if level is None:
            continue
        in_contents = level <= 1
        level = min(level, last + 1)
        last = level
        keys += 1
        if in_contents:
            entries.append((level, paragraph_text(flowable.heading_text), 0, f"h{keys}"))
    return entries
