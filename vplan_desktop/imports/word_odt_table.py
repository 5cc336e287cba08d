"""An OpenDocument table as the Word import's blocks hold one: a rectangular grid where a cell
spanning columns or rows (``table:number-columns-spanned``, ``number-rows-spanned``, the
``covered-table-cell`` places they cover) is the same ``Cell`` in every place it covers, and
repeated rows and cells (``number-rows-repeated``, ``number-columns-repeated``) are copies.

A hostile file may repeat a row a million times: every cell built is counted against one budget
for the document, and empty rows and cells are built only when text follows them (the empty
rows and columns a spreadsheet pads its tables with cost nothing)."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from vplan_desktop.imports.word_blocks import Cell
from vplan_desktop.imports.word_odt_styles import Refused, count, tb

ROW, CELL, COVERED = tb("table-row"), tb("table-cell"), tb("covered-table-cell")
MAX_CELLS = 200_000
"""Table cells in one document, merged and repeated ones counted where they stand; a real
plan has a few thousand."""
MAX_COLUMNS = 1_000
_GROUPS = {tb("table-header-rows"), tb("table-rows"), tb("table-row-group")}
_TOO_WIDE = "En tabell i filen är orimligt bred och läses inte in."


class Budget:
    """The cells the document's tables may still build."""

    def __init__(self, cells: int = MAX_CELLS) -> None:
        self.left = cells

    def spend(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise Refused("Filens tabeller har orimligt många celler och läses inte in.")


def rows_of(element: etree._Element, header: bool = False) -> list[tuple[etree._Element, bool]]:
    """A table's rows in order, through header rows, row groups and page breaks; each with
    whether it is one of the header rows (repeated on each page)."""
    out: list[tuple[etree._Element, bool]] = []
    for child in element:
        if child.tag == ROW:
            out.append((child, header))
        elif child.tag in _GROUPS:
            out.extend(rows_of(child, header or child.tag == tb("table-header-rows")))
    return out


def _owner(across: dict[int, Cell], above: dict[int, Cell], column: int) -> Cell | None:
    """The cell covering ``column`` of a row: one spanning from the left, or from above."""
    return across.get(column) or above.get(column)


def _spans(element: etree._Element) -> tuple[int, int]:
    return (
        count(element.get(tb("number-columns-spanned")), 1),
        count(element.get(tb("number-rows-spanned")), 1),
    )


class Grid:
    """A table being read row by row."""

    def __init__(self, read_cell: Callable[[etree._Element], Cell], budget: Budget) -> None:
        self.read_cell = read_cell
        self.budget = budget
        self.grid: list[list[Cell]] = []
        self.header_rows = 0
        self.in_header = True
        self.below: dict[int, tuple[Cell, int]] = {}
        """Column → the cell spanning down into the next rows, and how many rows more."""
        self.empty: list[tuple[int, bool]] = []
        """Empty rows read but not built, (how many, header): built if a row with text
        follows them."""

    def row(self, element: etree._Element, header: bool) -> None:
        repeat = count(element.get(tb("number-rows-repeated")), 1)
        cells = [
            (child, self.read_cell(child) if child.tag == CELL else None)
            for child in element
            if child.tag in (CELL, COVERED)
        ]
        if not self.below and all(
            content is None or (not content.text and _spans(child) == (1, 1))
            for child, content in cells
        ):
            self.empty.append((repeat, header))
            return
        for times, was_header in self.empty:
            for _ in range(times):
                self._add([], was_header)
        self.empty = []
        for _ in range(repeat):
            self._add(self._build(cells), header)

    def _add(self, row: list[Cell], header: bool) -> None:
        if not row:
            self.budget.spend()  # an empty row costs as much as a cell to build
        self.grid.append(row)
        if header and self.in_header:
            self.header_rows += 1
        else:
            self.in_header = False

    def _build(self, cells: list[tuple[etree._Element, Cell | None]]) -> list[Cell]:
        above = {column: cell for column, (cell, _left) in self.below.items()}
        self.below = {c: (cell, left - 1) for c, (cell, left) in self.below.items() if left > 1}
        out: list[Cell] = []
        across: dict[int, Cell] = {}
        pending = 0  # empty cells not yet built: left out if nothing follows them

        def place(cell: Cell) -> None:
            nonlocal pending
            for _ in range(pending):
                self._append(out, Cell(""))
            pending = 0
            self._append(out, cell)

        for child, content in cells:
            repeat = min(count(child.get(tb("number-columns-repeated")), 1), MAX_COLUMNS + 1)
            if content is None:  # a covered place: it belongs to the cell covering it
                for _ in range(repeat):
                    owner = _owner(across, above, len(out) + pending)
                    if owner is None:
                        pending += 1
                    else:
                        place(owner)
                continue
            columns, rows = _spans(child)
            if not content.text and (columns, rows) == (1, 1):
                pending += repeat
                continue
            for _ in range(repeat):
                # A file that leaves out its covered places: those are skipped here.
                while (owner := _owner(across, above, len(out) + pending)) is not None:
                    place(owner)
                cell = Cell(content.text, content.lines, content.markdown, content.runs)
                start = len(out) + pending
                if start + columns > MAX_COLUMNS:
                    raise Refused(_TOO_WIDE)
                place(cell)
                for column in range(start, start + columns):
                    if column > start:
                        across[column] = cell
                    if rows > 1:
                        self.below[column] = (cell, rows - 1)
        while (owner := _owner(across, above, len(out) + pending)) is not None:
            place(owner)
        return out

    def _append(self, out: list[Cell], cell: Cell) -> None:
        if len(out) >= MAX_COLUMNS:
            raise Refused(_TOO_WIDE)
        self.budget.spend()
        out.append(cell)

    def rows(self) -> tuple[tuple[Cell, ...], ...]:
        """The grid, every row as wide as the widest (empty cells added at the end)."""
        if not self.grid:
            return ()
        width = max(len(r) for r in self.grid)
        return tuple(tuple(r + [Cell("") for _ in range(width - len(r))]) for r in self.grid)
