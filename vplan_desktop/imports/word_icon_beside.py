"""A borderless two-column layout table that sets icons beside a text: the narrow cell holds only
pictures with alt texts (Agenda 2030's icons "Globalt mål 13 – Bekämpa klimatförändringarna"
stacked beside the goal they tag), the wide cell a title over its text (a bold "Mål 4. …" and
the paragraph explaining it). Such a table lays out the page, it holds no figures: each row is
read as the text cell's paragraphs, then its pictures as pictures – as a paragraph's inline
pictures are read after its text – so that the title heads what stands beside it and the
icons' alt texts are kept as its text, where they are read when they follow a heading.

A row is laid out so when it has two cells, one holding pictures whose alt text says something
and no text, the other two paragraphs with text or more and no table. A table with any other
row (a legend "icon | Uppfyllt" of one line per row, a goal table with a status icon beside its
figures) stays a table, its pictures' alt texts its cells' text (``word_cell_pictures``)."""

from __future__ import annotations

from copy import deepcopy

from lxml import etree

from vplan_desktop.imports.word_cell_pictures import says_something
from vplan_desktop.imports.word_docx_styles import w
from vplan_desktop.imports.word_docx_tree import TBL, TC, TR, P, content, has_text, own

__all__ = ["icon_layout"]

_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def _icons(cell: etree._Element) -> bool:
    """``cell`` holds pictures, one with an alt text that says something, and no text."""
    if has_text(cell) or any(child.tag == TBL for child in content(cell)):
        return False
    return any(
        says_something(pr.get("descr") or pr.get("title") or "")
        for pr in cell.iter(f"{{{_WP}}}docPr")
        if any(str(e.tag).endswith("}pic") for e in pr.getparent().iter())
    )


def _text(cell: etree._Element) -> bool:
    """``cell`` holds a title over its text: two paragraphs with text or more, no table."""
    children = list(content(cell))
    return all(child.tag == P for child in children) and sum(map(has_text, children)) >= 2


def _laid_out(row: etree._Element) -> tuple[etree._Element, etree._Element] | None:
    """The row's text cell and icon cell, or None when the row is no icon beside a text."""
    cells = list(own(row, TC))
    if len(cells) != 2:
        return None
    for icons, text in (cells, cells[::-1]):
        if _icons(icons) and _text(text):
            return text, icons
    return None


def icon_layout(table: etree._Element) -> etree._Element | None:
    """The content of ``table`` as one element of blocks to read in its place (a copy: the
    document is left as it stands), or None when ``table`` sets no icons beside texts."""
    rows = [
        row
        for row in own(table, TR)
        if (pr := row.find(w("trPr"))) is None or pr.find(w("del")) is None
    ]
    pairs = [_laid_out(row) for row in rows]
    if not pairs or any(pair is None for pair in pairs):
        return None
    frame = etree.Element(w("body"))
    for pair in pairs:
        for cell in pair or ():
            for child in content(cell):
                frame.append(deepcopy(child))
    return frame
