"""Where the PDF's pages break: a heading (with the lines that introduce what follows: a table's
title and caption) never stays alone at the foot of a page.

reportlab's own ``keepWithNext`` wraps a heading and what follows in a ``KeepTogether``, which
moves the whole of a long table to the next page and still strands the heading when the table
is taller than a page. ``HeadingGroup`` asks less and guarantees more: the headings stay on
this page only if the start of what follows fits under them (a table's header and first row,
two lines of a paragraph, the whole of a small table or the chart); otherwise they go to the
next page with it.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Indenter, KeepTogether, PageBreak
from reportlab.platypus import Table as RLTable
from reportlab.platypus.doctemplate import ActionFlowable, FrameBreak

from vplan_desktop.exports import content as c
from vplan_desktop.exports.pdf_table_tagging import TableTag, split_parts, table_events
from vplan_desktop.exports.pdf_tagging import sizing_only
from vplan_desktop.exports.table_widths import words_fit

FUZZ = 2.0
"""Points of room to spare: the frame's spacing between flowables is not quite additive."""
CELL_SIZES = (8.5, 8.0, 7.5)
"""The table text's sizes in points, largest first: a table whose words do not fit whole at
the first is set smaller, down to the last (smaller is hard to read on paper)."""
CELL_INDENT = 10
"""Points a sub-row's name stands in from its main row's."""


def cell_size(table: c.Table, width: float, padding: float) -> tuple[float, bool]:
    """The size of ``table``'s text on a line of ``width`` points, and whether its words must
    be hyphenated there: the largest size at which every word fits whole, else the smallest,
    hyphenated."""
    for size in CELL_SIZES:
        if words_fit(table, width, size, padding, indent=CELL_INDENT)[0]:
            return size, False
    return CELL_SIZES[-1], True


def wants_landscape(table: c.Table, portrait: float, wide: float, padding: float) -> bool:
    """Whether ``table`` goes on a landscape page: its headings or figures (which are never
    hyphenated) do not fit on a portrait line even at the smallest size, and do on a wide one."""
    small = CELL_SIZES[-1]
    if words_fit(table, portrait, small, padding, indent=CELL_INDENT)[1]:
        return False
    return words_fit(table, wide, small, padding, indent=CELL_INDENT)[1]


def _height(flowable: Flowable, width: float, height: float) -> float:
    """``flowable``'s height with its space before and after, at ``width``."""
    _, h = flowable.wrap(width, height)
    return float(h + flowable.getSpaceBefore() + flowable.getSpaceAfter())


def start_fits(flowable: Flowable, width: float, room: float, frame_height: float) -> bool:
    """Whether the first part of ``flowable`` that may stand at the foot of a page fits into
    ``room`` points."""
    room -= flowable.getSpaceBefore()
    if room <= 0:
        return False
    if isinstance(flowable, KeepTogether):
        content = flowable._content
        whole = sum(_height(f, width, frame_height) for f in content)
        if whole <= room:
            return True
        if whole <= frame_height:  # it moves to the next page as one
            return False
        return bool(content) and start_fits(content[0], width, room, frame_height)
    _, h = flowable.wrap(width, room)
    if h <= room:
        return True
    # A table keeps at least its header and one row, a paragraph two lines: [] if not here.
    return bool(flowable.split(width, room))


class Table(RLTable):  # type: ignore[misc]
    """reportlab's table, split over pages with at least two rows on each side (a last row
    alone under a repeated header, or a first row alone at the foot, reads as a mistake), and
    tagged as a Table whose first ``header_rows`` rows are its header (``pdf_table_tagging``)."""

    def __init__(self, *args: Any, header_rows: int | None = None, **kwargs: Any) -> None:
        if header_rows is not None:  # the parts of a split table have the whole's renderCB
            kwargs["renderCB"] = table_events(TableTag(header_rows))
        super().__init__(*args, **kwargs)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return split_parts(self, self._split(availWidth, availHeight))

    def drawOn(self, canv: Any, x: float, y: float, _sW: float = 0) -> None:
        if not sizing_only(canv):
            super().drawOn(canv, x, y, _sW)

    def _split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        header = self.repeatRows
        before, after = parts[0]._nrows - header, parts[1]._nrows - header
        if before < 2:
            return []  # the table starts on the next page
        if after < 2 and before > 2:  # one more row goes over, so that two stand together
            height = sum(self._rowHeights[: parts[0]._nrows - 1]) + 0.5
            return list(super().split(availWidth, height))
        return parts


class HeadingGroup(KeepTogether):  # type: ignore[misc]
    """Headings kept on the same page as the start of what follows them."""

    def __init__(self, heads: list[Flowable], body: Flowable) -> None:
        super().__init__([*heads, body])
        self.heads = heads
        self.body = body

    def split(self, aW: float, aH: float) -> list[Flowable]:
        content: list[Flowable] = [*self.heads, self.body]
        frame: Any = getattr(self, "_frame", None)
        if frame is None or getattr(frame, "_atTop", False):
            return content  # at the top of a page already: nothing to gain by breaking
        room = aH - FUZZ - sum(_height(head, aW, aH) for head in self.heads)
        if room > 0 and start_fits(self.body, aW, room, frame._height):
            return content
        return [FrameBreak(), *content]


def keep_headings_with_next(story: list[Flowable]) -> list[Flowable]:
    """``story`` with each run of headings (flowables marked ``vplan_head``) grouped with the
    flowable after it."""
    result: list[Flowable] = []
    heads: list[Flowable] = []
    for item in story:
        # An indentation between headings (a goal's heading, its first sub-goal's) goes with
        # them: the sub-goal's heading is drawn further in, and still stays with the rest.
        if getattr(item, "vplan_head", False) or (heads and isinstance(item, Indenter)):
            heads.append(item)
        elif heads and not isinstance(item, ActionFlowable | PageBreak):
            result.append(HeadingGroup(heads, item))
            heads = []
        else:
            result += heads
            heads = []
            result.append(item)
    return result + heads


def flatten(story: list[Flowable]) -> list[Flowable]:
    """The flowables of ``story`` in order, groups opened."""
    flat: list[Flowable] = []
    for item in story:
        if isinstance(item, KeepTogether):
            flat += flatten(item._content)
        else:
            flat.append(item)
    return flat
