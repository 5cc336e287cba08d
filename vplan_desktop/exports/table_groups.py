"""The runs of a table's rows that stay on one page, in the PDF and in Word alike: a row and
the sub-rows under it (a goal and its further indicators, a budget line and its "Utfall" row,
a key figure and its parts), and a label row (a målområde's name, alone in its row) with what
it labels."""

from __future__ import annotations

from vplan_desktop.exports import content as c

MOST_ROWS = 8
"""A group of more rows than this may be parted after its second row: a page must be able to
hold what is kept together, and a page break inside a long group is better than a page left
half empty."""


def _follows(row: tuple[c.Cell, ...] | list[c.Cell]) -> bool:
    """Whether ``row`` belongs to the row above it: its first cell is empty or stands in."""
    return bool(row) and (row[0].indent > 0 or not row[0].text.strip())


def _label(row: tuple[c.Cell, ...] | list[c.Cell]) -> bool:
    """Whether ``row`` is a label: text in its first cell only, in a table of several columns."""
    return len(row) > 1 and bool(row[0].text.strip()) and not any(x.text.strip() for x in row[1:])


def row_groups(table: c.Table) -> list[tuple[int, int]]:
    """The (first, last) indices in ``table.rows`` of each run of rows kept on one page."""
    rows = table.rows
    groups: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(rows) + 1):
        if index == len(rows) or not _follows(rows[index]):
            groups.append((start, index - 1))
            start = index
    kept: list[tuple[int, int]] = []
    for number, (first, last) in enumerate(groups):
        if last - first >= MOST_ROWS:
            last = first + 1  # a long group keeps at least its first two rows together
        if _label(rows[first]) and first == last and number + 1 < len(groups):
            following_first, following_last = groups[number + 1]
            whole = following_last - following_first < MOST_ROWS
            last = following_last if whole else following_first + 1
        if last > first:
            kept.append((first, last))
    return kept
