"""A table that lays out the page instead of holding figures: some templates put the whole page
(or large parts of it) in a borderless one-cell table, or in a two-column table whose cells
hold headings, paragraphs and tables of their own. Such a table is a frame: its cells' content
is read as the document's blocks, in order (paragraphs with their styles and lists, tables as
tables, frames inside frames unfolded again), not as one cell's text.

A table is a frame when

- it has one cell that holds a table with text, two headings or more, a heading after its
  first line or a chapter's heading (level ``CHAPTER`` or above), or more than ``MANY``
  paragraphs with text (a page, not a box);
- it is at most two columns wide and a cell holds a heading (a heading in the margin, the
  text beside it);
- it is at most two columns wide, a cell holds a table with text and another cell holds
  paragraphs (two or more with text): a template's layout "Nämndmål | Så följer vi upp
  målet" whose rows hold the goal ("Mål 2.1" over its sentence) left and its indicator table
  nested right. Each row is read as its cells in order: the left cell's paragraphs, then the
  right cell's paragraphs and its nested table as a table; the header row's texts are lines
  of their own (``word_goal_label_line`` reads the goal);
- it is at most two columns wide and a cell holds a line of text over a table nested in the
  same cell ("Mål 1 | Färre bränder i bostäder." with the goal's indicator table under the
  sentence): the line titles its table, which a row of a table of figures cannot hold.

A one-cell box of a few paragraphs, titled by its first line (in a lower heading style or
not), stays a box (``word_box``); a table of figures whose cells hold several paragraphs stays
a table, and so does a table three columns wide or more with a heading or a table in a cell,
or a two-column one whose cells beside the nested tables hold one line each (a goal table:
its rows pair what they hold, the nested table's text is that cell's)."""

from __future__ import annotations

from collections.abc import Iterator
from copy import deepcopy
from typing import NamedTuple

from lxml import etree

from vplan_desktop.imports.word_docx_styles import VAL, Styles, w
from vplan_desktop.imports.word_docx_tree import TBL, TC, TR, content, has_text, own
from vplan_desktop.imports.word_icon_beside import icon_layout

__all__ = ["CHAPTER", "MANY", "Held", "is_frame", "layout_frame"]

MANY = 8
"""A one-cell table with more paragraphs with text than this frames a page."""
CHAPTER = 2
"""A heading of this level or above is a chapter's (a box's title is a lower one)."""


def _cells(table: etree._Element) -> Iterator[etree._Element]:
    """The table's own cells in reading order (rows deleted as tracked changes and cells
    continuing a vertical merge left out)."""
    for row in own(table, TR):
        properties = row.find(w("trPr"))
        if properties is not None and properties.find(w("del")) is not None:
            continue
        for cell in own(row, TC):
            merge = cell.find(f"{w('tcPr')}/{w('vMerge')}")
            if merge is None or merge.get(VAL, "continue") != "continue":
                yield cell


def _heading(paragraph: etree._Element, styles: Styles) -> int | None:
    """The level of a paragraph in a heading style or with an outline level (as the body's
    headings are read); None for any other paragraph."""
    properties = paragraph.find(w("pPr"))
    if properties is None:
        return None
    outline = properties.find(w("outlineLvl"))
    raw = outline.get(VAL, "") if outline is not None else ""
    if raw.isdigit() and int(raw) < 9:
        return int(raw) + 1
    style = properties.find(w("pStyle"))
    return styles.get(style.get(VAL) if style is not None else None).heading


class Held(NamedTuple):
    """What a cell holds."""

    lines: int
    """Paragraphs with text (headings included)."""
    headings: int
    chapter: bool
    """A chapter's heading (level ``CHAPTER`` or above), or a heading after the first line."""
    nested: bool
    """A table with text."""


def is_frame(held: list[Held], width: int) -> bool:
    """A table whose cells hold ``held`` (in reading order), ``width`` columns wide, lays out
    the page (the rule above; the .odt reader's too)."""
    if len(held) == 1:
        lines, headings, chapter, nested = held[0]
        return nested or chapter or headings >= 2 or lines > MANY
    if not held or width > 2:
        return False
    beside = any(cell.lines >= 2 and not cell.nested for cell in held)  # label over sentence
    over = any(cell.lines and cell.nested for cell in held)  # a line over its own table
    return any(cell.headings for cell in held) or over or (beside and any(c.nested for c in held))


def _blocks(cell: etree._Element, styles: Styles) -> Held:
    """What a cell holds."""
    lines = headings = 0
    chapter = table = False
    for child in content(cell):
        if child.tag == TBL:
            table = table or has_text(child)
        elif has_text(child):
            if (level := _heading(child, styles)) is not None:
                headings += 1
                chapter = chapter or lines > 0 or level <= CHAPTER
            lines += 1
    return Held(lines, headings, chapter, table)


def _is_frame(table: etree._Element, styles: Styles) -> bool:
    held = [_blocks(cell, styles) for cell in _cells(table)]
    grid = len(table.findall(f"{w('tblGrid')}/{w('gridCol')}"))
    width = max((sum(1 for _ in own(row, TC)) for row in own(table, TR)), default=grid)
    return is_frame(held, max(width, grid))


def layout_frame(table: etree._Element, styles: Styles) -> etree._Element | None:
    """The content of ``table`` as one element of blocks to read in its place (a copy: the
    document is left as it stands), or None when ``table`` is no frame."""
    if not _is_frame(table, styles):
        return icon_layout(table)  # icons beside a title and its text
    frame = etree.Element(w("body"))
    for cell in _cells(table):
        for child in content(cell):
            frame.append(deepcopy(child))
    return frame
