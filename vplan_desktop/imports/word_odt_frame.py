"""A table of an .odt that lays out the page – a one-cell table framing it, a two-column table
with headings in its cells – read as the document's blocks in order, by the rule of
``word_docx_frame`` (what the cells hold decides, not how they look)."""

from __future__ import annotations

from collections.abc import Iterator
from copy import deepcopy

from lxml import etree

from vplan_desktop.imports.word_docx_frame import CHAPTER, Held, is_frame
from vplan_desktop.imports.word_odt_styles import Styles, count, t, tb
from vplan_desktop.imports.word_odt_table import CELL, rows_of

__all__ = ["layout_frame"]

_P, _H, _TABLE = t("p"), t("h"), tb("table")


def _cells(table: etree._Element) -> Iterator[etree._Element]:
    """The table's own cells in reading order (cells a span covers left out)."""
    for row, _header in rows_of(table):
        yield from (cell for cell in row if cell.tag == CELL)


def _has_text(element: etree._Element) -> bool:
    return bool("".join(element.itertext()).strip())


def _level(paragraph: etree._Element, styles: Styles) -> int | None:
    """A heading's level as the reader gives it; None for any other paragraph."""
    level = styles.get("paragraph", paragraph.get(t("style-name"))).heading
    if paragraph.tag == _H:
        outline = paragraph.get(t("outline-level"))
        return min(count(outline, 1), 9) if outline else (level or 1)
    return level


def _held(cell: etree._Element, styles: Styles) -> Held:
    lines = headings = 0
    chapter = nested = False
    for element in cell.iter(_P, _H, _TABLE):
        if element.tag == _TABLE:
            nested = nested or _has_text(element)
        elif _has_text(element) and not any(a.tag == _TABLE for a in _up_to(element, cell)):
            if (level := _level(element, styles)) is not None:
                headings += 1
                chapter = chapter or lines > 0 or level <= CHAPTER
            lines += 1
    return Held(lines, headings, chapter, nested)


def _up_to(element: etree._Element, top: etree._Element) -> Iterator[etree._Element]:
    """``element``'s ancestors below ``top``."""
    parent = element.getparent()
    while parent is not None and parent is not top:
        yield parent
        parent = parent.getparent()


def _owner(element: etree._Element) -> etree._Element | None:
    """The table ``element`` belongs to (not one nested in a cell of it)."""
    return next((a for a in element.iterancestors(_TABLE)), None)


def layout_frame(table: etree._Element, styles: Styles) -> etree._Element | None:
    """The content of ``table`` as one element of blocks to read in its place (a copy), or
    None when ``table`` is no frame."""
    cells = list(_cells(table))
    width = max((sum(1 for c in row if c.tag == CELL) for row, _ in rows_of(table)), default=0)
    columns = sum(
        count(column.get(tb("number-columns-repeated")), 1)
        for column in table.iter(tb("table-column"))
        if _owner(column) is table
    )
    if not is_frame([_held(cell, styles) for cell in cells], max(width, columns)):
        return None
    frame = etree.Element(t("section"))
    for cell in cells:
        for child in cell:
            frame.append(deepcopy(child))
    return frame
