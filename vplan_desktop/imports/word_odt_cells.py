"""An OpenDocument table read from its XML (``word_odt``'s reader, ``CellReading``): its rows
(``word_odt_table``'s grid) into a table block, rows deleted with changes tracked left out, a
one-cell box's paragraphs read as the body's, each cell's text through lists, boxes and nested
tables."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from lxml import etree

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.imports.word_odt_styles import DRAW, t, tb
from vplan_desktop.imports.word_odt_table import CELL, COVERED, Budget, Grid, rows_of
from vplan_desktop.imports.word_odt_text import (
    _NOT_BODY,
    FRAME,
    MAX_DEPTH,
    STYLE_NAME,
    TABLE_EL,
    H,
    P,
    TextReading,
    _Para,
)
from vplan_desktop.markdown import Run, merged


class CellReading(TextReading):
    """The reader's table reading."""

    budget: Budget

    if TYPE_CHECKING:

        def _blocks(
            self, parent: etree._Element, depth: int, listed: tuple[int, str] | None
        ) -> None: ...

    def _table(self, element: etree._Element) -> None:
        notes: list[str] = []
        grid = Grid(lambda cell: self._cell(cell, notes), self.budget)
        for row, header in rows_of(element):
            if not self._deleted(row):
                grid.row(row, header)
        rows = grid.rows()
        if not any(c.text for r in rows for c in r):
            return
        cells = [c for c in element.iter(CELL) if _owner(c) is element]
        if len(rows) == 1 and len(rows[0]) == 1 and len(cells) == 1:  # a box: its paragraphs
            rows = ((replace(rows[0][0], paragraphs=self._box_blocks(cells[0])),),)
        first = " | ".join(c.text for c in rows[0] if c.text)
        self._add(
            kind=BlockKind.TABLE,
            text=first,
            rows=rows,
            header_rows=grid.header_rows,
            notes=tuple(notes),
        )

    def _box_blocks(self, element: etree._Element) -> tuple[Block, ...]:
        """A one-cell table's paragraphs read as the body's are (``Cell.paragraphs``); what
        reading them again adds besides (comments, set-aside lines) is not kept twice."""
        source = self.source
        blocks, kept = source.blocks, (len(source.comments), len(source.toc), len(source.set_aside))
        source.blocks = []
        try:
            self._blocks(element, 1, None)
            texts = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING)
            return tuple(b for b in source.blocks if b.kind in texts)
        finally:
            source.blocks = blocks
            del source.comments[kept[0] :], source.toc[kept[1] :], source.set_aside[kept[2] :]

    def _deleted(self, row: etree._Element) -> bool:
        """A row deleted with changes tracked: its text went to the tracked changes, leaving
        only the marks where it stood."""
        if not self.styles.whole_row_tracked(row.get(tb("style-name"))):
            return False
        return any(True for _ in row.iter(t("change"))) and not "".join(row.itertext()).strip()

    def _cell(self, element: etree._Element, notes: list[str]) -> Cell:
        """A cell's text: its paragraphs, and those of lists, text boxes and tables in it."""
        lines: list[str] = []
        runs: list[Run] = []
        self._cell_text(element, lines, runs, notes, 0)
        return Cell(" ".join(" ".join(lines).split()), tuple(lines), runs=merged(runs))

    def _cell_text(
        self,
        element: etree._Element,
        lines: list[str],
        runs: list[Run],
        notes: list[str],
        depth: int,
    ) -> None:
        for child in element:
            if child.tag in (P, H):
                style = self.styles.get("paragraph", child.get(STYLE_NAME))
                read = _Para()
                self._inline(child, bool(style.bold), bool(style.italic), read)
                self.source.comments.extend(read.comments)
                notes.extend(read.notes)
                if read.text:
                    if runs:
                        runs.append(Run("\n"))
                    runs.extend(read.runs)
                    lines.append(read.text)
                for extra in read.extras:
                    if extra.tag == FRAME and extra.find(f"{{{DRAW}}}image") is not None:
                        continue  # a picture in a cell has no place in the table's text
                    self._cell_text(extra, lines, runs, notes, depth + 1)
            elif child.tag in _NOT_BODY or child.tag == COVERED:
                continue
            elif depth < MAX_DEPTH:  # lists, sections, a nested table's rows and cells
                self._cell_text(child, lines, runs, notes, depth + 1)


def _owner(cell: etree._Element) -> etree._Element | None:
    """The table a cell is a cell of (not a table nested in one of its cells)."""
    parent = cell.getparent()
    while parent is not None and parent.tag != TABLE_EL:
        parent = parent.getparent()
    return parent
