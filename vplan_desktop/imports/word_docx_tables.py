"""A .docx table read from its XML into a table block (``word_docx``'s reader): its rows
through content controls and insertions, deleted rows left out, merged cells repeated, header
rows counted, each cell's lines, paragraphs, tints and nested tables."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from lxml import etree

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.imports.word_cell_bullets import cell_items
from vplan_desktop.imports.word_cell_pictures import picture_lines
from vplan_desktop.imports.word_docx_merge import continued
from vplan_desktop.imports.word_docx_para import object_lines
from vplan_desktop.imports.word_docx_runs import SDT, TBL, TC, TR, P, ParagraphReading
from vplan_desktop.imports.word_docx_styles import VAL, on, w
from vplan_desktop.imports.word_soft_breaks import cell_fill, soft_lines
from vplan_desktop.imports.word_symbols import tints
from vplan_desktop.markdown import Run, merged


class TableReading(ParagraphReading):
    """The reader's table reading."""

    def _table(self, element: etree._Element) -> None:
        if (block := self._table_block(element)) is not None:
            self.source.blocks.append(replace(block, index=len(self.source.blocks)))

    def _table_block(self, element: etree._Element) -> Block | None:
        grid: list[list[Cell]] = []
        header_rows = 0
        counting_header = True
        below: dict[int, Cell] = {}
        notes: list[str] = []  # footnotes referenced in the cells: the table's notes
        for row in element.iter(TR):
            if _owner_table(row) is not element:
                continue
            properties = row.find(w("trPr"))
            if properties is not None and properties.find(w("del")) is not None:
                continue  # a deleted row, as Word shows it with changes accepted
            is_header = properties is not None and on(properties.find(w("tblHeader"))) is True
            if counting_header and is_header:
                header_rows += 1
            else:
                counting_header = False
            cells: list[Cell] = []
            before = properties.find(w("gridBefore")) if properties is not None else None
            for _ in range(_int(before, 0, 50)):
                cells.append(Cell(""))
            for cell in _row_cells(row):
                cell_properties = cell.find(w("tcPr"))
                span_el = (
                    cell_properties.find(w("gridSpan")) if cell_properties is not None else None
                )
                span = max(1, _int(span_el, 1, 60))
                value = continued(cell_properties, cell, cells, below) or self._cell(cell, notes)
                cells.extend([value] * span)
            for column, value in enumerate(cells):
                below[column] = value
            grid.append(cells)
        if not grid:
            return None
        width = max(len(r) for r in grid)
        rows = tuple(tuple(r + [Cell("") for _ in range(width - len(r))]) for r in grid)
        if not any(c.text for r in rows for c in r):
            return None
        first = " | ".join(c.text for c in rows[0] if c.text)
        return Block(0, BlockKind.TABLE, first, rows=rows, header_rows=header_rows,
                     notes=tuple(notes))  # fmt: skip

    def _cell(self, element: etree._Element, notes: list[str]) -> Cell:
        lines: list[str] = []
        runs: list[Run] = []
        paragraphs: list[Block] = []
        pieces: list[tuple[str, str]] = []
        for paragraph in element.iter(P):
            read = self._paragraph(paragraph)
            pieces += [("\n", "")] * bool(pieces) + read.tints
            notes.extend(read.notes)
            if read.text:
                properties = paragraph.find(w("pPr"))  # Word counts a cell's numbered lines
                fields = self._text_block(properties, self._style_of(properties), read)
                paragraphs.append(Block(index=0, **fields))
                if runs:
                    runs.append(Run("\n"))
                runs.extend(r for r in read.runs if r.text)
                lines.append(read.text)
            for box in read.boxes:
                lines.append(" ".join(self._plain(box).split()))
            lines += picture_lines([alt for alt, _ in read.images], lines) + object_lines(read)
        paragraphs, lines = cell_items(paragraphs, lines)
        text = " ".join(" ".join(lines).split())
        return Cell(
            text,
            tuple(lines),
            runs=merged(runs),
            fill=cell_fill(element),
            paragraphs=tuple(paragraphs),
            tints=tints(pieces),
            stacked=soft_lines(element, tuple(lines)),
            nested=tuple(b for b in map(self._table_block, element.findall(TBL)) if b),
        )


def _owner_table(row: etree._Element) -> etree._Element | None:
    parent = row.getparent()
    while parent is not None and parent.tag != TBL:
        parent = parent.getparent()
    return parent


def _row_cells(row: etree._Element) -> Iterator[etree._Element]:
    """A row's cells, through content controls and insertions around them."""
    for child in row:
        if child.tag == TC:
            yield child
        elif child.tag in (SDT, w("sdtContent"), w("customXml"), w("ins")):
            yield from _row_cells(child)


def _int(element: etree._Element | None, default: int, limit: int) -> int:
    raw = element.get(VAL, "") if element is not None else ""
    return min(int(raw), limit) if raw.isdigit() else default
