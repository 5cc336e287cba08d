"""Column widths of the exported tables, shared by the PDF and Word writers.

A table's relative widths (``content.Table.widths``) say how the columns share the page; they
are then adjusted so that no word has to be broken inside a column ("Kontrollansvar" does not
become "Kontroll-ansv / ar") and a column heading takes at most two lines where the page allows
(three where it does not): "Budget 2026 / (KF 2025-11-24 § 142)" rather than four lines. The
measures are DejaVu Sans's, the PDF's typeface, which is wider than Word's usual fonts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from vplan_desktop.exports import content as c
from vplan_desktop.exports.fonts import BOLD, FONT, register_fonts

_SPACE = re.compile(r"[ \t\n]+")  # not the no-break space: "1 307" and "450 tkr" stay whole
_DIGIT = re.compile(r"\d")
MOST_OF_PAGE = 1 / 3
"""No column grows beyond this share of the width to keep a long word (a web address) whole;
such a word is broken instead."""
KEPT_SHARE = 0.8
"""Where long words cannot all be kept whole, a column keeps at least this much of its share."""


@lru_cache(maxsize=65536)
def _word_width(word: str, bold: bool, size: float) -> float:
    return float(stringWidth(word, BOLD if bold else FONT, size))


def _longest_word(text: str, bold: bool, size: float) -> float:
    return max((_word_width(w, bold, size) for w in _SPACE.split(text) if w), default=0.0)


def _longest_cell_word(cell: c.Cell, size: float) -> float:
    """The widest word of ``cell``, its bold pieces (``Cell.runs``) measured bold: a word may
    be bold in part ("**Barn**s"); italic is as wide as upright in DejaVu Sans."""
    if not cell.runs:
        return _longest_word(cell.text, cell.bold, size)
    longest = word = 0.0
    for run in cell.runs:
        for n, piece in enumerate(_SPACE.split(run.text)):
            if n:  # a space came before this piece: the word before it has ended
                longest, word = max(longest, word), 0.0
            word += _word_width(piece, cell.bold or run.bold, size) if piece else 0.0
    return max(longest, word)


def _line_count(text: str, bold: bool, size: float, width: float) -> int:
    font = BOLD if bold else FONT
    return sum(max(len(simpleSplit(line, font, size, width)), 1) for line in text.split("\n"))


def _heading_width(cell: c.Cell, size: float, padding: float, floor: float, lines: int) -> float:
    """The narrowest width, at least ``floor``, at which the heading takes ``lines`` lines."""
    text = cell.text
    room = floor - padding
    if _line_count(text, cell.bold, size, room) <= lines:
        return floor
    low, high = room, max(_word_width(line, cell.bold, size) for line in text.split("\n")) + 1
    if _line_count(text, cell.bold, size, high) > lines:
        return high + padding  # hard line breaks alone take more lines: never mind
    for _ in range(16):
        middle = (low + high) / 2
        if _line_count(text, cell.bold, size, middle) <= lines:
            high = middle
        else:
            low = middle
    return high + padding


def _word_widths(
    table: c.Table, size: float, padding: float, indent: float
) -> tuple[list[float], list[float]]:
    """Per column, the width that keeps all its words whole (``full``) and the width that keeps
    its heading and figures whole (``essential``); a sub-row's words stand ``indent`` points in
    per level."""
    essential = [padding + _longest_cell_word(h, size) for h in table.header]
    full = essential[:]
    for row in table.rows:
        for column, cell in enumerate(row):
            if not cell.text and not cell.note:
                continue
            width = padding + cell.indent * indent
            width += max(_longest_cell_word(cell, size), _longest_word(cell.note, False, size))
            full[column] = max(full[column], width)
            if cell.align != "left":  # numbers, risk values; a target in words may be hyphenated
                figures = " ".join(w for w in _SPACE.split(cell.text) if _DIGIT.search(w))
                bold = cell.bold or any(run.bold for run in cell.runs)  # bold figures are wider
                width = padding + cell.indent * indent + _longest_word(figures, bold, size)
                essential[column] = max(essential[column], width)
    return full, essential


def words_fit(
    table: c.Table, total: float, size: float, padding: float, *, indent: float = 0.0
) -> tuple[bool, bool]:
    """Whether every word of ``table`` fits whole on a line of ``total`` at ``size``, and
    whether at least its headings and figures do (the words of its text may be hyphenated)."""
    register_fonts()
    full, essential = _word_widths(table, size, padding, indent)
    return sum(full) <= total, sum(essential) <= total


def _word_floors(
    table: c.Table, base: list[float], total: float, size: float, padding: float, indent: float
) -> list[float]:
    """Per column, the width that keeps its longest word whole. When the page is too narrow
    for all of them, the headings and the numbers stay whole, no column gets less than most of
    its share, and as many text columns as fit keep their words whole (the ones lacking least
    first); the rest share what is left, so only the longest words are broken."""
    full, essential = _word_widths(table, size, padding, indent)
    cap = total * MOST_OF_PAGE
    full = [min(w, cap) for w in full]
    essential = [min(w, cap) for w in essential]
    if sum(full) <= total:
        return full
    essential = [
        max(e, min(f, KEPT_SHARE * b)) for e, f, b in zip(essential, full, base, strict=True)
    ]
    spare = total - sum(essential)
    if spare <= 0:
        return essential
    floors = essential[:]
    short: list[int] = []
    for column in sorted(range(len(full)), key=lambda n: full[n] - essential[n]):
        gap = full[column] - essential[column]
        if gap <= spare:
            floors[column] = full[column]
            spare -= gap
        else:
            short.append(column)
    lack = sum(full[n] - essential[n] for n in short)
    for column in short:
        floors[column] += spare * (full[column] - essential[column]) / lack
    return floors


def fit_widths(
    table: c.Table, total: float, size: float, padding: float, *, indent: float = 0.0
) -> list[float]:
    """The widths (in the unit of ``total``, points) of ``table``'s columns on a line of
    ``total``, for text of ``size`` points with ``padding`` left and right in all and a
    sub-row's text ``indent`` points further in per level."""
    register_fonts()
    weights = sum(table.widths)
    base = [total * w / weights for w in table.widths]
    floor = _word_floors(table, base, total, size, padding, indent)
    for lines in (2, 3):
        wanted = [
            _heading_width(h, size, padding, w, lines)
            for h, w in zip(table.header, floor, strict=True)
        ]
        if sum(wanted) <= total:
            floor = wanted
            break
    if sum(floor) > total:
        return base  # too many long words for the page: the writers break them
    spare = total - sum(floor)
    wish = [max(b - f, 0.0) for b, f in zip(base, floor, strict=True)]
    if sum(wish) <= 0:
        wish = base
    share = sum(wish)
    return [f + spare * w / share for f, w in zip(floor, wish, strict=True)]
