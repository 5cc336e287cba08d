"""Tables that a plan converted from a PDF splits at page ends. The PDF printed a long table
over several pages and the converter makes each page's part a table of its own: the second
part follows the first with nothing between (the page's header and footer set aside, see
word_running_lines.py), repeats the header row, and a row the page end cut continues in the
second part's first row, whose first cell is empty and whose other cells hold only the rest
of the cut texts ("och unga klara inom fyra månader", "nämnden"); a cell merged down over
the page end (a målområde beside several indicators) is an empty merged cell at the top of
the second part.

Such parts are joined into one table: the repeated header dropped, the cut row's pieces
joined to the row they continue, and the empty cell at the top of the next part made the
merged cell it continues."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.imports.word_docx_para import BULLET
from vplan_desktop.markdown import Run

MAX_HEADER = 3
"""How many leading rows a repeated header may have."""
_GLYPHS = re.compile(f"^(?:{BULLET.pattern[1:]})*")
"""Bullet glyphs at a text's start."""
_VALUE = re.compile(r"^[−\-+–]?\s*\d[\d\s.,]*\s*(?:%|kr|tkr|mnkr)?$")


def _texts(row: tuple[Cell, ...]) -> list[str]:
    return [c.text for c in row]


def _repeated_header(first: Block, second: Block) -> int:
    """How many leading rows of ``second`` repeat the leading rows of ``first``."""
    count = 0
    limit = min(MAX_HEADER, len(first.rows) - 1, len(second.rows) - 1)
    while count < limit and _texts(first.rows[count]) == _texts(second.rows[count]):
        count += 1
    if count and not any(c.text for c in first.rows[0]):
        return 0
    return count


def _is_value(text: str) -> bool:
    return bool(_VALUE.match(text))


def _goes_on(text: str) -> bool:
    """``text`` goes on from the text above it: a lower-case word (a sentence cut mid-way) or
    a parenthesis (an activity's "(ansvarig: …)" cut from its name), after any bullet glyphs
    the converter set first in the cell (the next item's bullet stands before the rest of the
    cut one)."""
    rest = _GLYPHS.sub("", text)
    return rest[:1].islower() or rest[:1] == "("


def _continues(last: tuple[Cell, ...], row: tuple[Cell, ...]) -> bool:
    """``row`` holds the rest of ``last``, a row the page end cut: its first cell is empty or
    goes on mid-sentence, and every text in it fills a cell ``last`` left empty, goes on from
    the text above it, or stands in a row without the figures ``last`` has (a figure is
    short and never cut)."""
    if not any(c.text for c in row) or (row[0].text and not _goes_on(row[0].text)):
        return False
    without_figures = not any(_is_value(b.text) for b in row) and any(
        _is_value(a.text) and not b.text for a, b in zip(last, row, strict=True)
    )
    for above, below in zip(last, row, strict=True):
        if not below.text or not above.text:
            continue
        if _is_value(below.text) or _is_value(above.text):
            return False
        if not (_goes_on(below.text) or without_figures):
            return False
    return True


def _joined_lines(first: tuple[str, ...], second: tuple[str, ...], go_on: bool) -> tuple[str, ...]:
    if not first or not second:
        return first or second
    if not go_on:
        return (*first, *second)
    return (*first[:-1], f"{first[-1]} {second[0]}", *second[1:])


def _joined(above: Cell, below: Cell) -> Cell:
    """The cell ``above`` with the rest of its text that the next page holds: the sentence
    it cut goes on (a lower-case word), else the rest is a line of its own."""
    if not below.text:
        return above
    if not above.text:
        return below
    go_on = _goes_on(below.text)
    paragraphs = (*above.paragraphs, *below.paragraphs)
    if go_on and above.paragraphs and below.paragraphs:
        last, first = above.paragraphs[-1], below.paragraphs[0]
        text = f"{last.text} {first.text}"
        runs = (*last.runs, Run(" "), *first.runs) if last.runs or first.runs else ()
        markdown = f"{last.markdown} {first.markdown}" if last.markdown else ""
        paragraph = replace(last, text=text, runs=runs, markdown=markdown)
        paragraphs = (*above.paragraphs[:-1], paragraph, *below.paragraphs[1:])
    stacked: tuple[str, ...] = ()
    if above.stacked or below.stacked:
        stacked = _joined_lines(above.stacked or above.lines, below.stacked or below.lines, go_on)
    between = " " if go_on else "\n"
    return Cell(
        f"{above.text} {below.text}",
        _joined_lines(above.lines, below.lines, go_on),
        markdown=f"{above.markdown}{between}{below.markdown}" if above.markdown else "",
        runs=(*above.runs, Run(between), *below.runs),
        fill=above.fill or below.fill,
        paragraphs=paragraphs,
        tints=(*above.tints, (between, ""), *below.tints) if above.tints or below.tints else (),
        stacked=stacked,
    )


def _merged_columns(
    rows: list[tuple[Cell, ...]],
    last: tuple[Cell, ...],
    above_last: tuple[Cell, ...] | None,
    leading: bool = False,
) -> list[int]:
    """The columns whose empty cell at the top of ``rows`` (the next part's) continues the
    cell of ``last`` merged down over the page end: the empty cell is merged down itself, or
    the cell of ``last`` was merged down before the page end, or (``leading``: the part
    repeats the header, so it is surely the same table) the empty cell stands before the
    row's first text, where a row's group is named."""
    out = []
    top_row = rows[0] if rows else ()
    first_text = next((i for i, c in enumerate(top_row) if c.text), len(top_row))
    for column, top in enumerate(top_row):
        above = last[column]
        if top.text or not above.text:
            continue
        merged_before = above_last is not None and above_last[column] is above
        merged_after = len(rows) > 1 and rows[1][column] is top
        if merged_before or merged_after or (leading and column < first_text):
            out.append(column)
    return out


def _merged_on(
    rows: list[tuple[Cell, ...]],
    last: tuple[Cell, ...],
    above_last: tuple[Cell, ...] | None,
    leading: bool,
) -> list[tuple[Cell, ...]]:
    """``rows`` with each empty cell at their top that continues a merged cell of ``last``
    (``_merged_columns``) made that cell."""
    grid = [list(r) for r in rows]
    for column in _merged_columns(rows, last, above_last, leading):
        top = rows[0][column]
        for row in grid:
            if row[column] is not top:
                break
            row[column] = last[column]
    return [tuple(r) for r in grid]


def _join(first: Block, second: Block, header: int) -> Block:
    rows = list(first.rows)
    more = list(second.rows[header:])
    if more and _continues(rows[-1], more[0]):
        rest = more[0]
        whole = tuple(_joined(a, b) for a, b in zip(rows[-1], rest, strict=True))
        pieces = {id(piece): joined for piece, joined in zip(rest, whole, strict=True)}
        rows[-1] = whole  # a piece merged down further is the joined cell there too
        more = [tuple(pieces.get(id(c), c) for c in r) for r in more[1:]]
    above_last = rows[-2] if len(rows) > 1 else None
    rows += _merged_on(more, rows[-1], above_last, header > 0)
    return replace(first, rows=tuple(rows))


def _split(previous: Block, block: Block, at_page_end: bool) -> int | None:
    """How many header rows ``block`` repeats when it is the rest of ``previous`` split at a
    page end; None when it is a table of its own (two tables on one page, or a table that
    begins a page with rows of its own)."""
    if previous.kind is not BlockKind.TABLE or block.kind is not BlockKind.TABLE:
        return None
    if previous.width != block.width or not block.rows:
        return None
    if not at_page_end:
        return None
    header = _repeated_header(previous, block)
    if header:
        return header
    last = previous.rows[-1]
    above_last = previous.rows[-2] if len(previous.rows) > 1 else None
    if _continues(last, block.rows[0]) or _merged_columns(list(block.rows), last, above_last):
        return 0
    return None


def join_page_tables(source: Source) -> Source:
    """``source`` with each table the converter split at a page end joined again (see the
    module's docstring); unchanged when it has none."""
    ends = set(source.section_ends)
    blocks: list[Block] = []
    kept_ends: list[int] = []
    for index, block in enumerate(source.blocks):
        at_page_end = index in ends
        header = _split(blocks[-1], block, at_page_end) if blocks else None
        if header is not None:
            blocks[-1] = _join(blocks[-1], block, header)
            continue
        if at_page_end:
            kept_ends.append(len(blocks))
        blocks.append(block)
    if len(blocks) == len(source.blocks):
        return source
    if len(source.blocks) in ends:
        kept_ends.append(len(blocks))
    source.blocks = [replace(b, index=i) for i, b in enumerate(blocks)]
    source.section_ends = kept_ends
    return source
