"""A plan's table in the PDF: its title as a heading, its caption, the table itself with
its header row repeated on every page, a sub-row's group kept on one page, and its notes."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from vplan_desktop import colours
from vplan_desktop.exports import content as c
from vplan_desktop.exports.fonts import fallback_pieces
from vplan_desktop.exports.hyphenation import hyphenated
from vplan_desktop.exports.pdf_layout import CELL_INDENT, Table, cell_size
from vplan_desktop.exports.pdf_look import VPLAN, Look
from vplan_desktop.exports.pdf_markup import line_text, paragraph_text, runs_markup
from vplan_desktop.exports.pdf_paragraph import Paragraph, tagged
from vplan_desktop.exports.table_groups import row_groups
from vplan_desktop.exports.table_widths import fit_widths

CELL_PADDING = 4
PADDING = 2 * CELL_PADDING + 0.5
"""A cell's room beside its text: left and right padding, and a little air."""


def ink_on(fill: str | None) -> str:
    """The text colour on a cell shaded ``fill`` (black or white, whichever reads better), or
    "" for a cell with no fill (or a fill that is no colour: it is not drawn)."""
    return colours.text_colour_on(fill) if fill and colours.is_colour(fill) else ""


def heading(markup: str, text: str, level: int, styles: dict[str, ParagraphStyle]) -> Flowable:
    """A heading of ``level`` (1 = chapter): tagged ``H<level>``, in the outline and, down to
    level 2, in the contents; kept with what follows."""
    heading = Paragraph(markup, styles[f"h{min(level, 6)}"])
    tagged(heading, "H", level)
    heading.outline_level = level - 1
    heading.heading_text = text
    return head(heading)


def table_flowables(
    table: c.Table,
    width: float,
    styles: dict[str, ParagraphStyle],
    title_level: int = 3,
    look: Look = VPLAN,
) -> list[Flowable]:
    """``table`` with its title as a heading of ``title_level`` (one below the heading it
    stands under, as in Word) and its caption."""
    aligns = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}
    cell_styles: dict[tuple[str, bool, str], ParagraphStyle] = {}
    padding = PADDING
    size, hyphenate = cell_size(table, width, padding)
    leading = size + 2
    cell_style = ParagraphStyle("Tabell", parent=styles["cell"], fontSize=size, leading=leading)
    prepare = hyphenated if hyphenate else None

    def para(cell: c.Cell) -> Paragraph:
        # A cell with a note is bold by markup: the note under the text is not.
        bold = cell.bold and not cell.note
        ink = ink_on(cell.fill)
        key = (cell.align, bold, ink)
        if key not in cell_styles:
            cell_styles[key] = ParagraphStyle(
                f"cell-{cell.align}-{bold}-{ink}",
                parent=cell_style,
                alignment=aligns[cell.align],
                fontName=look.bold if bold else look.regular,
                textColor=colors.HexColor(ink or look.ink),
            )
        text = runs_markup(cell.runs, prepare) if cell.runs else line_text(cell.text, prepare)
        if not cell.note:
            return Paragraph(text, cell_styles[key])
        text = f"<b>{text}</b>" if cell.bold else text
        return Paragraph(f"{text}<br/>{line_text(cell.note, prepare)}", cell_styles[key])

    widths = fit_widths(table, width, size, padding, indent=CELL_INDENT)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), look.regular),  # the table's own default would be Helvetica
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), leading),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(look.header_fill)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(look.accent)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor(look.rule)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]

    def text_or_para(cell: c.Cell, r: int, col: int) -> str | Paragraph:
        """A cell that fits on one line is drawn as a plain string: a Paragraph per cell is
        most of a large PDF's time, and most cells are short numbers."""
        font = look.bold if cell.bold else look.regular
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
        if ink := ink_on(cell.fill):
            commands.append(("TEXTCOLOR", (col, r), (col, r), colors.HexColor(ink)))
        return text

    data: list[list[str | Paragraph]] = [
        [text_or_para(cell, r, col) for col, cell in enumerate(row)]
        for r, row in enumerate([table.header, *table.rows])
    ]
    for first, last in row_groups(table):  # a page break never parts a row from its sub-rows
        commands.append(("NOSPLIT", (0, first + 1), (-1, last + 1)))
    for r, row in enumerate(table.rows, start=1):
        for col, cell in enumerate(row):
            if ink_on(cell.fill):
                commands.append(("BACKGROUND", (col, r), (col, r), colors.HexColor(cell.fill)))
    flowables: list[Flowable] = []
    if table.title:
        title = heading(paragraph_text(table.title), table.title, title_level, styles)
        flowables.append(title)
    if table.caption:
        caption = Paragraph(paragraph_text(table.caption), styles["caption"])
        flowables.append(head(tagged(caption, "Caption")))
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


def head(flowable: Flowable) -> Flowable:
    """``flowable`` marked as one that stays on the page of what follows it."""
    flowable.vplan_head = True
    return flowable
