"""The plan as a Word document (python-docx), in Word's own styles so a kommun's template can
restyle it: Title, Heading 1–3 (4–6 for goals deep in the goal tree), List Bullet, List Number,
Caption, Table Grid. A sub-goal and what belongs to it stand in from its parent's (``c.Indent``).

A4 pages with Swedish margins (unless the template says otherwise), a real TOC field that
already lists the headings (``docx_toc``), a header with the nämnd and title, "Sida X av Y" from
PAGE/NUMPAGES fields, landscape sections for the wide tables, table header rows that repeat on
every page, headings kept with what follows them, Swedish as the document language.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from docx import Document as open_document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from vplan_desktop.colours import is_colour, text_colour_on
from vplan_desktop.errors import InputError
from vplan_desktop.exports import content as c
from vplan_desktop.exports.chart_image import chart_png
from vplan_desktop.exports.docx_figures import add_figure, blobs
from vplan_desktop.exports.docx_package import (
    a4_pages,
    properties,
    swedish_defaults,
    update_fields_on_open,
)
from vplan_desktop.exports.docx_spacing import TABLE_GAP, part_from_table, table_caption
from vplan_desktop.exports.docx_styles import add_heading, add_styled, style_id
from vplan_desktop.exports.docx_toc import Contents, ensure_toc_heading
from vplan_desktop.exports.hyphenation import SOFT_HYPHEN, hyphenated
from vplan_desktop.exports.table_groups import row_groups
from vplan_desktop.exports.table_widths import fit_widths, words_fit
from vplan_desktop.markdown import Heading, ImageBlock, ListBlock, Run
from vplan_desktop.markdown import Paragraph as MdParagraph
from vplan_desktop.office_safety import read_office_file

DEEPEST_HEADING = 6
"""Headings deeper than this (a goal far down the goal tree) are written at this level."""
NEEDED_STYLES = {
    "Title": WD_STYLE_TYPE.PARAGRAPH,
    "Subtitle": WD_STYLE_TYPE.PARAGRAPH,
    "Heading 1": WD_STYLE_TYPE.PARAGRAPH,
    "Heading 2": WD_STYLE_TYPE.PARAGRAPH,
    "Heading 3": WD_STYLE_TYPE.PARAGRAPH,
    "List Bullet": WD_STYLE_TYPE.PARAGRAPH,
    "List Number": WD_STYLE_TYPE.PARAGRAPH,
    "Caption": WD_STYLE_TYPE.PARAGRAPH,
    "Table Grid": WD_STYLE_TYPE.TABLE,
}
TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def open_template(template: Path | None) -> DocxDocument:
    """The kommun's template (.docx or .dotx) with its body emptied, or Word's default.

    The template gets the same checks as a Word file being imported (no zip bomb, no XML
    entity bomb, not encrypted) on the very bytes python-docx is then given.
    """
    if template is None:
        return open_document()
    unusable = f"Mallen ”{template.name}” går inte att läsa som Word-mall."
    try:
        data = read_office_file(template, "Word", "Filen")
    except InputError as error:
        raise InputError(f"{unusable} {error.message}") from None
    try:
        if template.suffix.lower() == ".dotx":
            data = _dotx_as_docx(data)
        document = open_document(io.BytesIO(data))
        body = document.element.body
    except (KeyError, ValueError, AttributeError, SyntaxError, zipfile.BadZipFile):
        # Not a Word document inside: a workbook renamed, a part missing or of another kind.
        # (lxml's XMLSyntaxError is a SyntaxError.)
        raise InputError(f"{unusable} Den är inget Word-dokument.") from None
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def _dotx_as_docx(data: bytes) -> bytes:
    """A .dotx is a .docx with another content type for its main part."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            payload = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                payload = payload.replace(TEMPLATE_TYPE.encode(), DOCUMENT_TYPE.encode())
            target.writestr(item, payload)
    return out.getvalue()


HEADING_POINTS = {1: 16, 2: 13, 3: 11, 4: 10.5, 5: 10, 6: 10}
"""The size of each heading level vplan adds to a template that lacks it."""


def _ensure_styles(document: DocxDocument, notices: list[str], deepest: int = 3) -> None:
    """Add the styles vplan writes with that the template lacks; Heading 4 and further down
    only when the document has headings that deep (sub-goals of the goal tree)."""
    names = {style.name for style in document.styles}
    needed = {
        **NEEDED_STYLES,
        **{f"Heading {n}": WD_STYLE_TYPE.PARAGRAPH for n in range(4, deepest + 1)},
    }
    for name, kind in needed.items():
        if name in names:
            continue
        style = document.styles.add_style(name, kind)
        if name.startswith("Heading"):
            level = int(name[-1])
            style.base_style = document.styles["Normal"]
            style.font.bold = True
            style.font.italic = level == 6 or None  # the deepest stands apart from the one above
            style.font.size = Pt(HEADING_POINTS[level])
            style.paragraph_format.keep_with_next = True
            outline = OxmlElement("w:outlineLvl")
            outline.set(qn("w:val"), str(level - 1))
            style.element.get_or_add_pPr().append(outline)
        elif name == "Title":
            style.font.size = Pt(26)
            style.font.bold = True
        elif name == "Table Grid":
            borders = OxmlElement("w:tblBorders")
            for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
                line = OxmlElement(f"w:{edge}")
                line.set(qn("w:val"), "single")
                line.set(qn("w:sz"), "4")
                line.set(qn("w:color"), "9AA8B5")
                borders.append(line)
            table_pr = style.element.get_or_add_tblPr()
            table_pr.append(borders)
        notices.append(f"Mallen saknade formatmallen ”{name}”; den lades till.")


def _field(paragraph: DocxParagraph, instruction: str, placeholder: str = "") -> None:
    """A complex field (PAGE, NUMPAGES, TOC …) that Word computes."""

    def char(kind: str) -> None:
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            element.set(qn("w:dirty"), "true")
        run._r.append(element)

    char("begin")
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run._r.append(text)
    char("separate")
    paragraph.add_run(placeholder)
    char("end")


def _header_footer(document: DocxDocument, header_text: str) -> None:
    for number, section in enumerate(document.sections):
        section.different_first_page_header_footer = number == 0  # no header on the title page
        header = section.header
        header.is_linked_to_previous = False
        # A template's header (the kommun's logo, its name) stays; our line goes below it.
        kept = [p for p in header.paragraphs if p.text.strip() or p._p.xpath(".//w:drawing")]
        paragraph = (
            header.add_paragraph()
            if kept
            else (header.paragraphs[0] if header.paragraphs else header.add_paragraph())
        )
        paragraph.text = header_text
        paragraph.style = (
            document.styles["Header"] if "Header" in {s.name for s in document.styles} else None
        )
        footer = section.footer
        footer.is_linked_to_previous = False
        line = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        line.text = ""
        line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        line.add_run("Sida ")
        _field(line, "PAGE", "1")
        line.add_run(" av ")
        _field(line, "NUMPAGES", "1")


def _runs(paragraph: DocxParagraph, runs: tuple[Run, ...]) -> None:
    for run in runs:
        added = paragraph.add_run(run.text)
        added.bold = run.bold or None
        added.italic = run.italic or None


def _new_numbering(document: DocxDocument, first: int = 1) -> str | None:
    """A numbering that starts again at ``first`` (a list the writer began at "4."), based on
    the List Number style's own numbering.

    Every numbered list in a Word document shares the style's numbering and would go on
    counting from the previous list; each list gets its own instance that restarts.
    """
    style = document.styles["List Number"]
    num_pr = style.element.pPr.numPr if style.element.pPr is not None else None
    if num_pr is None or num_pr.numId is None:
        return None
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return None
    base = num_pr.numId.val
    abstract = next((n.abstractNumId.val for n in numbering.num_lst if n.numId == base), None)
    if abstract is None:
        return None
    new_id = max(n.numId for n in numbering.num_lst) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    abstract_ref = OxmlElement("w:abstractNumId")
    abstract_ref.set(qn("w:val"), str(abstract))
    num.append(abstract_ref)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), str(first))
    override.append(start)
    num.append(override)
    numbering.append(num)
    return str(new_id)


def _number_with(paragraph: DocxParagraph, num_id: str) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = int(num_id)


def _usable_width(document: DocxDocument, indent: int = 0) -> int:
    """The text width of the last section, in EMU, less ``indent`` steps of ``c.Indent``."""
    section = document.sections[-1]
    width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    return int(width - indent * c.INDENT_POINTS * _EMU_PER_POINT)


def _usable_height(document: DocxDocument) -> int:
    """The text height of the last section, in EMU."""
    section = document.sections[-1]
    return (section.page_height or 0) - (section.top_margin or 0) - (section.bottom_margin or 0)


def _indent(paragraph: DocxParagraph, indent: int) -> DocxParagraph:
    """``paragraph`` standing ``indent`` steps in (a sub-goal's heading and text)."""
    if indent:
        paragraph.paragraph_format.left_indent = Pt(c.INDENT_POINTS * indent)
    return paragraph


_TBL_PR_AFTER_IND = ("tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption")
"""The table properties that come after ``w:tblInd`` in the order Word's schema requires."""


def _indent_table(grid: DocxTable, indent: int) -> None:
    """The table standing ``indent`` steps in, as the text around it."""
    if not indent:
        return
    tbl_pr = grid._tbl.tblPr
    ind = OxmlElement("w:tblInd")
    ind.set(qn("w:w"), str(c.INDENT_POINTS * indent * 20))  # twips
    ind.set(qn("w:type"), "dxa")
    later = next((e for e in tbl_pr if e.tag in {qn(f"w:{n}") for n in _TBL_PR_AFTER_IND}), None)
    if later is None:
        tbl_pr.append(ind)
    else:
        later.addprevious(ind)


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_EMU_PER_TWIP = 635
_EMU_PER_POINT = 12700
_CELL_POINTS = 17  # 8.5 pt, in Word's half-points
_CELL_PADDING = 2 * 5.4 + 1  # Word's default cell margins (0.08") left and right, and some air
_INDENT_TWIPS = 284  # 0.5 cm: a sub-row's step in from its main row
_NOTE_POINTS = 8


def _cell_text(text: str, hyphenate: bool = False) -> str:
    """A cell's text as Word runs: line breaks, tabs and soft hyphens become Word's own
    elements; with ``hyphenate``, Swedish words get soft hyphens where they may be broken."""
    if hyphenate:
        text = hyphenated(text)
    lines = []
    for line in text.split("\n"):
        parts = [
            "<w:softHyphen/>".join(
                f'<w:t xml:space="preserve">{escape(piece)}</w:t>' if piece else ""
                for piece in part.split(SOFT_HYPHEN)
            )
            for part in line.split("\t")
        ]
        lines.append("<w:tab/>".join(parts))
    return "<w:br/>".join(lines)


def _cell_runs(cell: c.Cell, header: bool, run_pr: str, hyphenate: bool) -> str:
    """A cell's text as Word runs: its bold and italic pieces (``Cell.runs``) each a run of
    their own, or the whole text one run in the cell's weight; ``run_pr`` is the runs' size
    and colour."""
    parts = []
    for run in cell.runs or (Run(cell.text),):
        bold = "<w:b/>" if header or cell.bold or run.bold else ""
        italic = "<w:i/>" if run.italic else ""
        text = _cell_text(run.text, hyphenate)
        parts.append(f"<w:r><w:rPr>{bold}{italic}{run_pr}</w:rPr>{text}</w:r>")
    return "".join(parts)


def _row_xml(
    cells: tuple[c.Cell, ...] | list[c.Cell],
    widths: list[int],
    header: bool,
    hyphenate: bool = False,
    with_next: bool = False,
) -> str:
    """One table row as WordprocessingML; with ``hyphenate`` (a table whose words do not all
    fit their columns) Swedish words get soft hyphens, so Word breaks "Kvartals-vis" rather
    than "Kvartalsvi / s".

    Built as text and parsed once per row: python-docx's object layer costs about a
    millisecond per cell, which made a large plan's Word export take seconds.
    """
    parts = [f'<w:tr xmlns:w="{_W}">']
    # A row is not parted over two pages (an activity's name on one, its description on
    # the next); Word still breaks a row taller than a page.
    repeat = '<w:tblHeader w:val="true"/>' if header else ""
    parts.append(f"<w:trPr><w:cantSplit/>{repeat}</w:trPr>")
    # The header row stays on the page of the first row below it (and so does the heading
    # above the table, which keeps with the header row).
    # So does a row that a group holds together with the row below it (``table_groups``).
    keep = "<w:keepNext/>" if header or with_next else ""
    for cell, width in zip(cells, widths, strict=True):
        # A fill that is no "#rrggbb" colour (a file from elsewhere) is not drawn.
        fill = "#E4EAF0" if header else (cell.fill if cell.fill and is_colour(cell.fill) else "")
        shading = (
            f'<w:shd w:val="clear" w:color="auto" w:fill="{fill.lstrip("#").upper()}"/>'
            if fill
            else ""
        )
        indent = f'<w:ind w:left="{cell.indent * _INDENT_TWIPS}"/>' if cell.indent else ""
        run_pr = f'<w:sz w:val="{_CELL_POINTS}"/><w:szCs w:val="{_CELL_POINTS}"/>'
        if fill:  # a risk band's colour: black or white text, whichever reads at 4.5:1 or more
            ink = text_colour_on(fill).lstrip("#").upper()
            run_pr = f'<w:color w:val="{ink}"/>{run_pr}'
        # A note (an activity's description) is a paragraph of its own under the text.
        note = (
            f'<w:p><w:pPr>{keep}<w:spacing w:before="40" w:after="0"/>{indent}'
            f'<w:jc w:val="{cell.align}"/></w:pPr>'
            f"<w:r><w:rPr>{run_pr}</w:rPr>{_cell_text(cell.note, hyphenate)}</w:r></w:p>"
            if cell.note
            else ""
        )
        parts.append(
            f'<w:tc><w:tcPr><w:tcW w:w="{width // _EMU_PER_TWIP}" w:type="dxa"/>{shading}'
            f'</w:tcPr><w:p><w:pPr>{keep}<w:spacing w:after="0"/>{indent}'
            f'<w:jc w:val="{cell.align}"/></w:pPr>'
            f"{_cell_runs(cell, header, run_pr, hyphenate)}</w:p>{note}</w:tc>"
        )
    parts.append("</w:tr>")
    return "".join(parts)


def _table(
    document: DocxDocument,
    table: c.Table,
    contents: Contents,
    indent: int = 0,
    *,
    title_level: int = 3,
    section: str = "",
) -> None:
    """``table`` with its title as a heading of ``title_level`` (one below the heading it
    stands under) and its caption; ``section`` is that heading's text."""
    if table.title:
        _indent(_heading(document, title_level, (Run(table.title),), contents), indent)
    if table.caption:
        caption = _indent(add_styled(document, table.caption, "Caption"), indent)
        caption.paragraph_format.keep_with_next = True
    grid: DocxTable = document.add_table(rows=0, cols=len(table.header))
    grid._tbl.tblStyle_val = style_id(document, "Table Grid", WD_STYLE_TYPE.TABLE)
    grid.alignment = WD_TABLE_ALIGNMENT.LEFT
    _indent_table(grid, indent)
    table_caption(grid, table, section)
    usable = _usable_width(document, indent)
    line = usable / _EMU_PER_POINT
    points = fit_widths(table, line, _CELL_POINTS / 2, _CELL_PADDING)
    hyphenate = not words_fit(table, line, _CELL_POINTS / 2, _CELL_PADDING)[0]
    widths = [int(width * _EMU_PER_POINT) for width in points]
    grid.autofit = False
    for column, width in enumerate(widths):
        grid.columns[column].width = width  # the table grid (LibreOffice reads this)
    tbl = grid._tbl
    tbl.append(parse_xml(_row_xml(table.header, widths, True, hyphenate)))
    with_next = {row for first, last in row_groups(table) for row in range(first, last)}
    for number, cells in enumerate(table.rows):
        row = _row_xml(cells, widths, False, hyphenate, number in with_next)
        tbl.append(parse_xml(row))
    for number, note in enumerate(table.notes, start=1):
        paragraph = _indent(document.add_paragraph(), indent)
        # The last note parts the table from what follows, as the spacing after a table does.
        last = number == len(table.notes)
        paragraph.paragraph_format.space_after = TABLE_GAP if last else Pt(0)
        run = paragraph.add_run(note)
        run.font.size = Pt(_NOTE_POINTS)


def _orientation(document: DocxDocument, wide: bool) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    width, height = section.page_width, section.page_height
    if wide != (width > height):
        section.page_width, section.page_height = height, width
    section.orientation = WD_ORIENT.LANDSCAPE if wide else WD_ORIENT.PORTRAIT


def _chart(document: DocxDocument, chart: c.Chart) -> None:
    usable = _usable_width(document)
    # The title once, as the caption above the picture (the picture has none of its own).
    add_styled(document, chart.title, "Caption").paragraph_format.keep_with_next = True
    picture = document.add_picture(io.BytesIO(chart_png(chart)), width=int(usable * 0.9))
    # Alt text for screen readers: the description attribute of the drawing. No title: the
    # caption is printed right above it, and would be read twice.
    inline = picture._inline
    inline.docPr.set("descr", chart.alt_text)
    inline.docPr.set("name", "Diagram")


def _heading(
    document: DocxDocument, level: int, runs: tuple[Run, ...], contents: Contents
) -> DocxParagraph:
    """A heading in Word's Heading 1–6, kept with what follows; levels 1–3 are listed in the
    contents."""
    level = min(level, DEEPEST_HEADING)
    paragraph = add_heading(document, level)
    _runs(paragraph, runs)
    paragraph.paragraph_format.keep_with_next = True  # a template's heading style may not
    contents.bookmark(paragraph, level)
    return paragraph


def write_docx(
    document: c.Document,
    out: Path | BinaryIO,
    template: Path | None = None,
    now: dt.datetime | None = None,
) -> list[str]:
    """Write ``document`` to ``out``; returns notices (such as styles added to a template).

    ``now`` is the time the document says it was created (the present by default)."""
    notices: list[str] = []
    docx = open_template(template)
    if template is None:
        a4_pages(docx)
    deepest = max((b.level for b in document.blocks if isinstance(b, Heading)), default=3)
    _ensure_styles(docx, notices, min(deepest, DEEPEST_HEADING))
    swedish_defaults(docx)
    u = document.plan.uppgifter
    properties(docx, document.plan, now or dt.datetime.now(dt.UTC))
    contents = Contents(docx)

    docx.add_paragraph(u.namnd, style="Subtitle")
    docx.add_paragraph(u.titel, style="Title")
    for label, text in document.title_lines():
        paragraph = docx.add_paragraph()
        if label:
            paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(text)
    toc_heading = docx.add_paragraph("Innehåll", style=ensure_toc_heading(docx))
    toc_heading.paragraph_format.keep_with_next = True
    toc_heading.paragraph_format.page_break_before = True
    toc_place = docx.add_paragraph()
    update_fields_on_open(docx)

    first_heading = True
    numberings: dict[int, str | None] = {}  # the numbered list open at each nesting level
    indent = 0  # steps in from the margin (``c.Indent``)
    section_level, section = 0, ""  # the heading the blocks stand under
    after_table = False  # the last block written was a table without notes under it
    prepared = blobs()  # each image made ready once, however many figures show it
    for block in document.blocks:
        start = len(docx.element.body) - 1  # new blocks go before the body's sectPr
        if not isinstance(block, ListBlock):
            numberings.clear()
        if isinstance(block, c.Indent):
            indent = block.level
        elif isinstance(block, c.Orientation):
            _orientation(docx, block.landscape)
            first_heading = True
        elif isinstance(block, Heading):
            # Each chapter on a new page, unless a new section has just begun one. "Page break
            # before" rather than a paragraph holding a break: such a paragraph, pushed onto
            # a page of its own by a full page, leaves that page empty.
            new_page = block.level == 1 and (not first_heading or len(docx.sections) == 1)
            first_heading = False
            section_level, section = block.level, "".join(run.text for run in block.runs)
            paragraph = _indent(_heading(docx, block.level, block.runs, contents), indent)
            paragraph.paragraph_format.page_break_before = new_page or None
        elif isinstance(block, MdParagraph):
            _runs(_indent(docx.add_paragraph(), indent), block.runs)
        elif isinstance(block, ListBlock):
            # A list going on after a nested one goes on with the numbering it had.
            restart = numberings.get(block.level) if block.ordered and block.start > 1 else None
            if block.ordered and restart is None:
                restart = numberings[block.level] = _new_numbering(docx, block.start)
            for number, item in enumerate(block.items, start=block.start):
                paragraph = add_styled(docx, "", "List Number" if block.ordered else "List Bullet")
                if block.level:
                    paragraph.paragraph_format.left_indent = Pt(18 * (block.level + 1))
                if block.ordered and restart is None:
                    paragraph.add_run(f"{number}. ")  # no numbering in the template: number by hand
                elif restart is not None:
                    _number_with(paragraph, restart)
                _runs(paragraph, item)
        elif isinstance(block, c.Table):
            level = min(section_level + 1, DEEPEST_HEADING)
            _table(docx, block, contents, indent, title_level=level, section=section)
        elif isinstance(block, c.Chart):
            _chart(docx, block)
        elif isinstance(block, c.Figure | ImageBlock):
            figure = block if isinstance(block, c.Figure) else c.figure(document.plan, block)
            width, height = _usable_width(docx, indent), _usable_height(docx)
            add_figure(docx, figure, width, height, prepared)
        if isinstance(block, c.Indent):
            continue  # writes nothing: the table is still the last thing written
        if after_table and not isinstance(block, c.Orientation):  # a new page parts them anyway
            part_from_table(docx, start)
        after_table = isinstance(block, c.Table) and not block.notes
    contents.write(toc_place)
    _header_footer(docx, document.header_text)
    docx.save(str(out) if isinstance(out, Path) else out)
    return notices
