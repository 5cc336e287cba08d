"""A one-cell table in the body of a plan – a shaded "faktaruta" beside the text – is a box of
paragraphs, not a table of figures: its paragraphs are read as the body's are, each where the
box stands (a numbered list in it stays a numbered list, a bold line a bold line). A heading
style inside the box titles the box, not a chapter: it is read as a bold line. A box before
the document's first heading belongs to the cover (or a summary beside it) and is kept as it
stands, as is a box whose reader gave only its lines.

A plan converted from a PDF has no heading styles: its first heading is its first bold line in
the chapters' size (``word_sizes``). Its box keeps each paragraph's lines with line breaks
("Kommunstyrelsens mål", "Målen gäller 2027–2028.", "1.Fler bostäder …"): when every line is
short, each is a paragraph of its own, as the body's lines are (``word_docx_para``), bold when
a bold run is all of it."""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from dataclasses import replace
from typing import Any

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, HeadingBy, Source, unfold
from vplan_desktop.imports.word_converted_lines import typed_item
from vplan_desktop.imports.word_docx_para import LEAD_MAX, SHORT_LINE, bulleted
from vplan_desktop.imports.word_sizes import heading_sizes, sized_level
from vplan_desktop.markdown import Run


def is_box(block: Block) -> bool:
    """``block`` is a table of one cell whose paragraphs the reader kept."""
    return (
        block.kind is BlockKind.TABLE
        and len(block.rows) == 1
        and block.width == 1
        and bool(block.rows[0][0].paragraphs)
    )


def _paragraphs(block: Block) -> list[Block]:
    out = []
    for paragraph in _lines(block.rows[0][0]):
        if paragraph.kind is BlockKind.HEADING:
            paragraph = replace(
                paragraph, kind=BlockKind.PARAGRAPH, level=None, heading_by=None, bold=True
            )
        out.append(paragraph)
    return out


def _lines(cell: Cell) -> list[Block]:
    """The cell's paragraphs, one broken into short lines split at its line breaks."""
    if not cell.stacked:
        return [_as_body(paragraph, {}) for paragraph in cell.paragraphs]
    out: list[Block] = []
    stacked = list(cell.stacked)
    for paragraph in cell.paragraphs:
        words, taken = paragraph.text.split(), 0
        while taken < len(stacked) and " ".join(stacked[:taken]).split() != words:
            taken += 1
        lines, stacked = stacked[:taken], stacked[taken:]
        if len(lines) < 2 or any(len(line) > SHORT_LINE for line in lines):
            out.append(_as_body(paragraph, {}))
            continue
        bold = {r.text.strip() for r in paragraph.runs if r.bold and r.text.strip()}
        out += [_line(paragraph, line, line in bold) for line in lines]
    return out


def _line(paragraph: Block, line: str, bold: bool) -> Block:
    """One line of ``paragraph`` as the body reader reads a line of its own: a bold line a
    heading's candidate, a typed number or bullet a list item."""
    changes: dict[str, Any] = dict(
        text=line, runs=(Run(line, bold),), markdown="", bold=bold, tints=()
    )
    if bold and len(line) <= LEAD_MAX:
        changes.update(heading_by=HeadingBy.BOLD, candidate_level=1)
    return _as_body(paragraph, changes)


def _as_body(paragraph: Block, changes: dict[str, Any]) -> Block:
    """``paragraph`` with ``changes``, a typed number or bullet glyph opening it made the list
    item it is, as in the body (a cell's own paragraphs are read without that)."""
    fields = {f.name: getattr(paragraph, f.name) for f in dataclass_fields(Block)}
    return Block(**typed_item(bulleted({**fields, **changes})))


def _first_heading(blocks: list[Block]) -> int | None:
    """The first heading: styled, else a bold line in the chapters' size."""
    first = next((b.index for b in blocks if b.kind is BlockKind.HEADING), None)
    if first is not None or not (sizes := heading_sizes(blocks)):
        return first
    return next(
        (b.index for b in blocks if b.heading_by is HeadingBy.BOLD and sized_level(b, sizes) == 1),
        None,
    )


def unfold_boxes(source: Source) -> Source:
    """``source`` with each box after the first heading replaced by its paragraphs (blocks
    numbered again in reading order)."""
    first = _first_heading(source.blocks)
    if first is None:
        return source
    return unfold(source, lambda b: b.index > first and is_box(b), _paragraphs, "ruta")
