"""Tagging a reportlab table as it draws (its ``renderCB`` events): each cell's text in a TH or
TD of its row, the grid and the fills as artifacts, and the header row that reportlab repeats on
each page after the first an artifact too (the header is read once, in THead).

A table split over pages is one Table element: each part knows the row of the whole table its
first own row is (``vplan_first``) and how many of its leading rows are repeated headers
(``vplan_repeated``). The table of contents is a table too: each of its rows a TOCI with a Link.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.platypus import Flowable

from vplan_desktop.exports.pdf_tagging import Node, Recorder, Tag, recorder

_TOC_LABEL = re.compile(r'<onDraw name="drawTOCEntryEnd" label="(\d+),')


class TableTag(Tag):
    """A table's element, with the number of header rows it starts with, and the elements of
    its rows by their number in the whole table."""

    def __init__(self, header_rows: int) -> None:
        super().__init__("Table")
        self.header_rows = header_rows
        self.rows: dict[int, object] = {}
        self.head = object()
        self.body = object()


class _State:
    """What is open while one table part draws."""

    def __init__(self, rec: Recorder | None) -> None:
        self.rec = rec
        self.artifact_row = False
        self.header = False
        self.row: Node | None = None
        self.open = 0


def _row_key(tag: TableTag, row: int) -> object:
    return tag.rows.setdefault(row, object())


def table_events(tag: TableTag) -> Any:
    """The ``renderCB`` of a data table tagged as ``tag``."""

    def event(table: Any, kind: str, *args: Any) -> None:
        # The cells first: a large plan's tables have tens of thousands.
        if kind == "startCell":
            state: _State = table._vplan_state
            if state.row is not None and state.rec is not None:
                header = state.header
                cell = Node("TH" if header else "TD", scope="Column" if header else "")
                state.row.kids.append(cell)
                state.rec.begin(table.canv, cell)
                state.open += 1
            return
        if kind == "endCell":
            state = table._vplan_state
            if state.row is not None and state.rec is not None:
                state.rec.end(table.canv)
                state.open -= 1
            return
        if kind == "startTable":  # each pass of the layout draws the table anew
            table._vplan_state = _State(recorder(table.canv))
        state = table._vplan_state
        rec = state.rec
        if rec is None:
            return
        if kind in ("startBG", "startLines"):
            _open_artifact(rec, table, state)
        elif kind in ("endBG", "endLines"):
            _close(rec, table, state)
        elif kind == "startRow":
            row = int(args[0])
            repeated = getattr(table, "vplan_repeated", 0)
            if row < repeated or rec.busy:
                state.artifact_row = True
                _open_artifact(rec, table, state)
                return
            whole = getattr(table, "vplan_first", 0) + row - repeated
            node = rec.element(tag)
            header = state.header = whole < tag.header_rows
            group = rec.child(
                tag.head if header else tag.body, "THead" if header else "TBody", node
            )
            state.row = rec.child(_row_key(tag, whole), "TR", group)
        elif kind == "endRow":
            if state.artifact_row:
                _close(rec, table, state)
            state.artifact_row = False
            state.row = None

    return event


def _open_artifact(rec: Recorder, table: Any, state: _State) -> None:
    if rec.busy and not state.open:
        return  # inside someone else's marked content (a table within a cell): left as it is
    rec.begin_artifact(table.canv)
    state.open += 1


def _close(rec: Recorder, table: Any, state: _State) -> None:
    if state.open:
        rec.end(table.canv)
        state.open -= 1


def _plain(cell: Any) -> str:
    """The text of a table cell: a string, a paragraph, or a list of flowables."""
    if isinstance(cell, str):
        return " ".join(cell.split())
    if isinstance(cell, list | tuple):
        return " ".join(_plain(part) for part in cell).strip()
    if isinstance(cell, Flowable) and hasattr(cell, "getPlainText"):
        return " ".join(str(cell.getPlainText()).split())
    return ""


def _page_number(cell: Any) -> str:
    """The page number the table of contents draws after an entry: its paragraph's markup
    ends with reportlab's callback, labelled "page,level,key"."""
    for part in cell if isinstance(cell, list | tuple) else [cell]:
        found = _TOC_LABEL.search(str(getattr(part, "text", "")))
        if found:
            return found.group(1)
    return ""


def split_parts(whole: Flowable, parts: list[Flowable]) -> list[Flowable]:
    """``parts`` of the table ``whole`` told which rows of the whole table they draw."""
    if len(parts) != 2:
        return parts
    first = getattr(whole, "vplan_first", 0)
    repeated = getattr(whole, "vplan_repeated", 0)
    parts[0].vplan_first, parts[0].vplan_repeated = first, repeated
    parts[1].vplan_first = first + parts[0]._nrows - repeated
    parts[1].vplan_repeated = parts[1].repeatRows if isinstance(parts[1].repeatRows, int) else 0
    return parts


def toc_events(tag: Tag) -> Any:
    """The ``renderCB`` of the table of contents' table (tagged as ``tag``, a TOC): each row a
    TOCI holding a Link, which the row's link annotations belong to."""

    def event(table: Any, kind: str, *args: Any) -> None:
        if kind == "startTable":
            table._vplan_state = _State(recorder(table.canv))
        state: _State = table._vplan_state
        rec = state.rec
        if rec is None:
            return
        if kind in ("startBG", "startLines"):
            _open_artifact(rec, table, state)
        elif kind in ("endBG", "endLines"):
            _close(rec, table, state)
        elif kind == "startCell" and not rec.busy:
            entry = Node("TOCI")
            rec.element(tag).kids.append(entry)
            # The dots and the page number are drawn before the entry's text; a screen reader
            # reads the entry as written: "Inledning, sida 4".
            text = f"{_plain(args[2])}, sida {_page_number(args[2])}"
            link = Node("Link", contents=text, actual=text)
            entry.kids.append(link)
            rec.begin(table.canv, link)
            rec.link = state.row = link
            state.open += 1
        elif kind == "endCell" and state.row is not None:
            rec.link = state.row = None
            _close(rec, table, state)

    return event
