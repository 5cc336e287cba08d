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
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
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

from vplan_desktop.exports import content as c
from vplan_desktop.exports.fonts import register_fonts
from vplan_desktop.exports.pdf_chart import chart_drawing
from vplan_desktop.exports.pdf_figures import draw_logo, figure_flowables, pictures
from vplan_desktop.exports.pdf_layout import (
    flatten,
    keep_headings_with_next,
    wants_landscape,
)
from vplan_desktop.exports.pdf_look import VPLAN, Look
from vplan_desktop.exports.pdf_look import styles as make_styles
from vplan_desktop.exports.pdf_markup import paragraph_text, runs_markup
from vplan_desktop.exports.pdf_paragraph import Paragraph, tagged
from vplan_desktop.exports.pdf_structure import add_structure
from vplan_desktop.exports.pdf_table import PADDING, heading, table_flowables
from vplan_desktop.exports.pdf_tagging import Marked, SizingCanvas, Tag, TaggingCanvas, artifact
from vplan_desktop.exports.pdf_toc import TableOfContents, TaggedList
from vplan_desktop.markdown import Heading, ImageBlock, ListBlock, Run
from vplan_desktop.markdown import Paragraph as MdParagraph

MARGIN = 20 * mm
LIST_INDENT = 16
"""Points a list's text stands in per level: room for "10." before it."""


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
        self,
        filename: str | BinaryIO,
        document: c.Document,
        header: str,
        look: Look,
        **kwargs: Any,
    ) -> None:
        super().__init__(filename, **kwargs)
        self.document = document
        self.header = header
        self.look = look
        self.page_total = 0  # what the pages say after "av"
        self._pages_last_pass = 0
        self._keys = 0
        self._last_level = -1

    def build(self, flowables: list[Flowable], *args: Any, **kwargs: Any) -> None:
        self.page_total = self._pages_last_pass
        if not self.page_total:  # the first pass ("Sida 1 av ?") is never kept: only laid out
            kwargs["canvasmaker"] = SizingCanvas
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
        """The header line and "Sida X av Y", on every page but the title page; the kommun's
        logo on the title page."""
        number = canvas.getPageNumber()
        width, height = canvas._pagesize
        if number == 1:
            if self.look.logo:
                with artifact(canvas, "Layout"):
                    draw_logo(canvas, self.look.logo, MARGIN, height - MARGIN)
            return
        with artifact(canvas, "Pagination"):
            self._draw_header(canvas, number, width, height)

    def _draw_header(self, canvas: Canvas, number: int, width: float, height: float) -> None:
        canvas.saveState()
        canvas.setFont(self.look.regular, 8)
        canvas.setFillColor(colors.HexColor(self.look.muted))
        canvas.drawString(MARGIN, height - 12 * mm, self.header)
        canvas.setStrokeColor(colors.HexColor(self.look.rule))
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - 13.5 * mm, width - MARGIN, height - 13.5 * mm)
        total = self.page_total or "?"  # the first pass does not know it yet, and is not kept
        canvas.drawRightString(width - MARGIN, 10 * mm, f"Sida {number} av {total}")
        canvas.restoreState()


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
    look: Look,
) -> list[Flowable]:
    story: list[Flowable] = []
    landscape_now = False
    indent = 0  # steps in from the margin (``c.Indent``)
    section_level = 1  # the level of the heading the blocks stand under
    decoded = pictures()
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
            story.append(heading(runs_markup(block.runs), text, block.level, styles))
        elif isinstance(block, MdParagraph):
            pieces = _pieces(block.runs)
            for number, piece in enumerate(pieces, start=1):
                style = styles["body"] if number == len(pieces) else styles["body_cont"]
                story.append(Paragraph(runs_markup(piece), style))
        elif isinstance(block, ListBlock):
            # A nested list stands in under its item, bullets and numbers too.
            nested = LIST_INDENT * block.level
            items = [
                ListItem(Paragraph(runs_markup(item), styles["body"]), leftIndent=LIST_INDENT)
                for item in block.items
            ]
            listing = TaggedList(
                items,
                bulletType="1" if block.ordered else "bullet",
                bulletFormat="%s." if block.ordered else None,
                bulletFontName=look.regular,
                bulletFontSize=9,
                leftIndent=LIST_INDENT,
                start=block.start if block.ordered else "•",
            )
            story += (
                [Indenter(left=nested), listing, Indenter(left=-nested)] if nested else [listing]
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
                story += table_flowables(block, wide, styles, section_level + 1, look)
                story += [NextPageTemplate("staende"), PageBreak()]
            else:
                story += table_flowables(block, width, styles, section_level + 1, look)
        elif isinstance(block, c.Chart):
            story += _chart(block, width, styles)
        elif isinstance(block, c.Figure | ImageBlock):
            figure = block if isinstance(block, c.Figure) else c.figure(document.plan, block)
            story += figure_flowables(figure, width, heights[landscape_now], styles, decoded)
    return keep_headings_with_next(story)


def write_pdf(document: c.Document, out: Path | BinaryIO, look: Look = VPLAN) -> None:
    """Typeset ``document`` into the PDF file (or stream) ``out``, in ``look`` (vplan's own
    or the kommun's graphic profile)."""
    register_fonts()
    styles = make_styles(look)
    u = document.plan.uppgifter
    drawn = io.BytesIO()
    doc = _PlanDoc(
        drawn,
        document,
        document.header_text,
        look,
        pagesize=A4,
        title=u.titel,
        author=u.namnd,
        subject=f"{u.titel}, {u.kommun}",
        creator="vplan",
        lang="sv-SE",
        initialFontName=look.regular,
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
            fontName=look.bold,
            fontSize=10.5,
            leading=15,
            leftIndent=0,
            firstLineIndent=0,
            textColor=colors.HexColor(look.ink),
        ),
        ParagraphStyle(
            "Innehåll 2",
            fontName=look.regular,
            fontSize=9.5,
            leading=13,
            leftIndent=14,
            firstLineIndent=0,
            textColor=colors.HexColor(look.ink),
        ),
    ]
    toc.dotsMinLevel = 0
    toc.tableStyle = TableStyle(
        [  # its default would set Helvetica on every cell
            ("FONTNAME", (0, 0), (-1, -1), look.regular),
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
        look,
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
