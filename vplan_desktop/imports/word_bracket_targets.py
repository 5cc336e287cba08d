"""A target column without a year ("Målvärden") whose cells name each target's year in brackets
after it: "Minst 85 % (2027), 90 % (2028)", "Högst 3,0 (2027)". Each target is its year's; a
comparison written once before the first ("Minst") holds for the figures after it in the same
cell ("90 % (2028)" is "Minst 90 %"). In a column written so, a cell naming no year at all
("Öka", "Minska") sets the target for every year of the plan. A cell of any other shape is left
as it is."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_build import TableView
from vplan_desktop.targets import parse_target

__all__ = ["bracket_years", "bracketed_targets"]

_PART = re.compile(
    r"\s*(?P<value>[^()]*?\S)\s*\(\s*(?:år\s+)?(?P<year>(?:19|20)\d\d)\s*\)\s*(?:[,;]|\boch\b|$)",
    re.IGNORECASE,
)
"""One target and its year in brackets ("90 % (2028)"), up to the comma or "och" after it."""
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LEADING = re.compile(r"^[^\d−+-]*?(?=[−+-]?\d)")
"""The words before a target's figure ("Minst ", "≥ ")."""
_LONGEST_WORDS = 40
"""A yearless cell longer than this is the row's words, not a target for every year."""


def bracket_years(text: str) -> dict[str, str]:
    """The targets by year of a cell written "Minst 85 % (2027), 90 % (2028)" (the years
    rising; the first target's comparison carried to the later figures that have none), {}
    for any other text."""
    clean = " ".join(text.split())
    out: dict[str, str] = {}
    at = 0
    prefix = ""
    while at < len(clean):
        found = _PART.match(clean, at)
        if found is None or found.end() == at:
            return {}
        value, year = found.group("value").strip(" ,;"), found.group("year")
        if not value or _ANY_YEAR.search(value) or (out and int(year) <= int(max(out))):
            return {}
        if not out:
            lead = _LEADING.match(value)
            prefix = lead.group(0) if lead and parse_target(value)[1] is not None else ""
        elif prefix and value[:1].isdigit() and parse_target(value)[1] is None:
            value = f"{prefix}{value}"  # "Minst 85 % (2027), 90 % (2028)": also minst
        out[year] = value
        at = found.end()
    return out


def _column_bracketed(view: TableView, column: int) -> bool:
    """Some cell of ``column`` in the table names its targets' years in brackets."""
    for row in view.rows.rows:
        lines = row.lines[column] if column < len(row.lines) else ()
        if any(bracket_years(line) for line in lines or (row.cells[column],)):
            return True
    return False


def bracketed_targets(view: TableView, column: int, text: str) -> dict[str, str]:
    """The targets by year of the cell ``text`` in the yearless target ``column``: its
    bracketed years, or in a column whose cells bracket their years a yearless target
    ("Öka") for each year of the plan; {} otherwise."""
    if found := bracket_years(text):
        return found
    clean = " ".join(text.split())
    if (
        not clean
        or len(clean) > _LONGEST_WORDS
        or _ANY_YEAR.search(clean)
        or "(" in clean
        or not _column_bracketed(view, column)
    ):
        return {}
    first, last = view.context.first_year, view.context.last_year
    return {str(year): clean for year in range(first, last + 1)}
