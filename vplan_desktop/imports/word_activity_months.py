"""An activity table laid out as a Gantt chart by month: one column per month ("jan", "Februari",
"mar 2027"), often under a header cell giving the year ("2027" over "jan … dec"). The months the
work runs are marked by a sign in the cell ("X", "●") or only by the cell's shading (a coloured
bar with no text). The activity starts on the first day of its first marked month and ends on
the last day of its last one; a month's year is the header's, else the one year the caption or
the line over the table names, else the plan's first year. A cell shaded as the row's name is
(a striped or coloured row) marks nothing; words in a month's cell are kept, not read as a mark
alone."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from vplan_desktop.imports.word_blocks import Cell

MONTHS = {
    "jan": 1,
    "januari": 1,
    "feb": 2,
    "febr": 2,
    "februari": 2,
    "mar": 3,
    "mars": 3,
    "apr": 4,
    "april": 4,
    "maj": 5,
    "jun": 6,
    "juni": 6,
    "jul": 7,
    "juli": 7,
    "aug": 8,
    "augusti": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "okt": 10,
    "oktober": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = re.compile(
    rf"(?:(?:[^\d]{{1,30}}\s)?(?P<before>(?:19|20)\d\d)\s+)?(?P<name>{_NAMES})\.?"
    rf"(?:\s+(?P<after>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MARK = re.compile(r"[xX✓✔●•■▪█*+]")
"""A cell's sign that the work runs that month; other words are kept as text."""
_NONE = re.compile(r"[-–—]")
"""A dash: the work does not run that month."""
_BLANK_FILLS = {"", "FFFFFF", "AUTO"}


def month_of(header: str) -> tuple[int, int | None] | None:
    """(month, year or None) of a header naming one month ("jan", "2027 jan", "Mars 2027"; a
    header cell over the months naming their year, "Tidplan 2027 jan"); None for any other
    header."""
    found = _MONTH.fullmatch(" ".join(header.split()))
    if found is None:
        return None
    year = found.group("before") or found.group("after")
    return MONTHS[found.group("name").lower()], int(year) if year else None


def is_month(header: str) -> bool:
    """``header`` names one month ("jan", "2027 jan", "Mars 2027")."""
    return month_of(header) is not None


def month_span(
    headers: Sequence[str],
    roles: Sequence[str],
    cells: Sequence[Cell],
    name_col: int | None,
    around: str,
    first_year: int,
) -> tuple[tuple[str, str] | None, list[str]]:
    """The first day of the first month ``cells`` mark in the "manad" columns and the last day
    of the last one (None when no month is marked), and the words in those cells that are more
    than a mark ("jan 2027: Rapport till nämnden"), for the description. ``around`` is the
    caption and the line over the table."""
    years = set(_YEAR.findall(around))
    default = int(years.pop()) if len(years) == 1 else first_year
    row_fill = cells[name_col].fill.upper() if name_col is not None else ""
    first: dt.date | None = None
    last: dt.date | None = None
    words: list[str] = []
    for index, role in enumerate(roles):
        if role != "manad" or index >= len(cells) or index >= len(headers):
            continue
        found = month_of(headers[index])
        if found is None:
            continue
        cell = cells[index]
        text = "" if _NONE.fullmatch(cell.text.strip()) else cell.text.strip()
        fill = cell.fill.upper()
        if text and not _MARK.fullmatch(text):
            words.append(f"{headers[index]}: {text}")
        if not text and (fill in _BLANK_FILLS or fill == row_fill):
            continue
        month, year = found[0], found[1] or default
        start = dt.date(year, month, 1)
        end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        first = start if first is None or start < first else first
        last = end if last is None or end > last else last
    span = None if first is None or last is None else (first.isoformat(), last.isoformat())
    return span, words
