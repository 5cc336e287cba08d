"""How a worksheet prints: on A4, its column headings repeated on every page, and at a scale
whose text stays readable (8 pt or more).

Excel's "fit to one page wide" shrinks a wide sheet without limit: the Mål, Aktiviteter and
Internkontroll sheets printed at 3–4 pt. So the sheet's width is estimated from its column
widths and the layout chosen: portrait when it fits at full size; else landscape, fitted to
the width where that keeps the text at 8 pt or more; else landscape with the long texts
wrapped in narrower columns, fitted to the width if that is enough – and if not even that is
(a sheet of many columns), printed at the smallest readable scale on pages side by side, its
first column repeated on each.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from openpyxl.styles import Alignment
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

A4_POINTS = (595.3, 841.9)
SIDE_MARGIN = 0.5
"""Inches left and right (Excel's "Smal" margins): more room for the columns."""
MARGINS = PageMargins(left=SIDE_MARGIN, right=SIDE_MARGIN, top=0.75, bottom=0.75)
BODY_POINTS = 11.0
"""The sheets' text: openpyxl's default font, Calibri 11."""
MIN_POINTS = 8.0
MIN_SCALE = MIN_POINTS / BODY_POINTS
WRAP_MIN = 16.0
"""The narrowest a wrapped text column gets, in Excel's character widths."""
WRAP_SPREAD = 30.0
"""A wrapped text column's width on a sheet printed on pages side by side."""


def column_points(width: float) -> float:
    """A column's printed width in points: Excel's width counts Calibri 11's digits (7 px)
    and adds 5 px of padding, at 96 px to the inch."""
    return (width * 7 + 5) * 0.75


def printable_points(landscape: bool) -> float:
    """The width of an A4 page between the side margins."""
    paper = A4_POINTS[1] if landscape else A4_POINTS[0]
    return paper - 2 * SIDE_MARGIN * 72


@dataclass(frozen=True, slots=True)
class Layout:
    landscape: bool
    fit_width: bool
    """Shrunk to one page wide (never below ``MIN_SCALE``)."""
    scale: float
    """The scale the text prints at, as a fraction (1 = full size)."""
    wrap_at: float | None = None
    """The width long text columns are narrowed to (their text wrapped), or None."""


def _total(widths: dict[int, float], wrapped: set[int], cap: float | None) -> float:
    return sum(
        column_points(min(w, cap) if cap is not None and c in wrapped else w)
        for c, w in widths.items()
    )


def choose_layout(widths: dict[int, float], wrappable: set[int]) -> Layout:
    """The layout for columns of ``widths`` (column → Excel width); the ``wrappable`` ones
    hold text that may wrap onto more lines."""
    total = _total(widths, wrappable, None)
    if total <= printable_points(False):
        return Layout(landscape=False, fit_width=False, scale=1.0)
    landscape = printable_points(True)
    if total * MIN_SCALE <= landscape:
        return Layout(landscape=True, fit_width=True, scale=min(1.0, landscape / total))
    # The widest cap on the text columns that lets the sheet fit at the smallest readable
    # scale, tried a character at a time.
    cap = float(int(max((widths[c] for c in wrappable), default=WRAP_MIN)))
    while cap >= WRAP_MIN:
        shrunk = _total(widths, wrappable, cap)
        if shrunk * MIN_SCALE <= landscape:
            scale = min(1.0, landscape / shrunk)
            return Layout(landscape=True, fit_width=True, scale=scale, wrap_at=cap)
        cap -= 1
    # At the smallest readable scale, which takes the fewest pages side by side.
    return Layout(landscape=True, fit_width=False, scale=MIN_SCALE, wrap_at=WRAP_SPREAD)


def set_up_printing(
    sheet: Worksheet,
    widths: dict[int, float],
    wrappable: set[int],
    header_row: int,
    first_row: int,
) -> Layout:
    """A4, the header row on every page, and the layout ``choose_layout`` gives; the columns
    it narrows get their text wrapped (from ``first_row``) and every row's cells at the top.
    Changes ``widths`` to the widths to write."""
    layout = choose_layout(widths, wrappable)
    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = "landscape" if layout.landscape else "portrait"
    sheet.page_margins = MARGINS
    sheet.print_title_rows = f"{header_row}:{header_row}"
    properties = sheet.sheet_properties.pageSetUpPr
    if layout.fit_width:
        properties.fitToPage = True
        setup.fitToWidth = 1
        setup.fitToHeight = 0  # as many pages down as it takes
    else:
        properties.fitToPage = False
        setup.scale = math.ceil(layout.scale * 100)  # up: 73 %, not 72 % (under 8 pt)
        if layout.wrap_at is not None:  # pages side by side: each begins with the names
            sheet.print_title_cols = "A:A"
    if layout.wrap_at is not None:
        _wrap(sheet, widths, wrappable, layout.wrap_at, first_row)
    return layout


def _wrap(
    sheet: Worksheet, widths: dict[int, float], wrappable: set[int], cap: float, first_row: int
) -> None:
    narrowed = {c for c in wrappable if widths[c] > cap}
    for column in narrowed:
        widths[column] = cap
    # A wrapped row grows taller: every cell of it reads from the top.
    for row in sheet.iter_rows(min_row=first_row):
        for cell in row:
            if cell.value is None:
                continue
            old = cell.alignment
            cell.alignment = Alignment(
                horizontal=old.horizontal,
                vertical="top",
                indent=old.indent,
                wrap_text=True if cell.column in narrowed else old.wrap_text,
            )
