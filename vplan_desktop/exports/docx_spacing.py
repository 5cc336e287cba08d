"""What makes the Word document's tables read well aloud and look right without empty
paragraphs: a table's caption for screen readers (``w:tblCaption``) and the room after a table
as spacing before the next block."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from vplan_desktop.exports import content as c


def table_caption(grid: DocxTable, table: c.Table, section: str) -> None:
    """What a screen reader announces for the table (Word's "Alternativ text" of a table):
    its title, else its caption, else the heading it stands under; the caption as the
    description when the table has both."""
    name = table.title or table.caption or section
    if not name:
        return
    tbl_pr = grid._tbl.tblPr
    caption = OxmlElement("w:tblCaption")
    caption.set(qn("w:val"), name)
    tbl_pr.append(caption)  # last in tblPr, after tblLook, as the schema orders them
    if table.title and table.caption:
        description = OxmlElement("w:tblDescription")
        description.set(qn("w:val"), table.caption)
        tbl_pr.append(description)


TABLE_GAP = Pt(12)
"""The room between a table and what follows it: spacing before the next paragraph, not an
empty paragraph (a screen reader reads each empty one out as "tom")."""


def _space_before(paragraph: DocxParagraph) -> int:
    """The spacing before ``paragraph`` in EMU: its own, else its style's (or their bases')."""
    own = paragraph.paragraph_format.space_before
    if own is not None:
        return int(own)
    style = paragraph.style
    while style is not None:
        spacing = style.paragraph_format.space_before
        if spacing is not None:
            return int(spacing)
        style = style.base_style
    return 0


def part_from_table(document: DocxDocument, first_new: int) -> None:
    """The first block written after a table (body child ``first_new``) stands apart from it
    by the spacing before it; a table right after a table gets a paragraph between them, since
    Word joins two tables with nothing between into one."""
    body = document.element.body
    if first_new >= len(body) or body[first_new].tag == qn("w:sectPr"):
        return
    new = body[first_new]
    if new.tag == qn("w:tbl"):
        spacer = OxmlElement("w:p")
        new.addprevious(spacer)
        new = spacer
    if new.tag != qn("w:p"):
        return
    paragraph = DocxParagraph(new, document._body)
    if paragraph.paragraph_format.page_break_before:
        return  # at the top of a new page: no room to keep from the table
    # Added to its own spacing, as the empty paragraph this replaces was: a heading after a
    # table stands as far from it as from a paragraph of text.
    paragraph.paragraph_format.space_before = _space_before(paragraph) + TABLE_GAP
