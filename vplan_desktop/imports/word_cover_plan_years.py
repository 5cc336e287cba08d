"""A cover whose title names the budget year alone ("Verksamhetsplan med budget 2027") and whose
next lines name the plan years after it ("Plan för 2028–2029", "med plan för åren 2028–2029"):
the planperiod runs from the title's year to the plan's last year, as the cover reads it. The
plan years must follow the title's year without a gap and keep the period within the longest
a plan can have; a line naming other years ("Vision 2035", "Mål 2028–2035" without the word
plan) leaves the title's year alone. The budget's plan columns are no such line: a one-year
plan carries the fullmäktige budget's outlook as a matter of course (``word_front_matter``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from vplan_desktop.plan_status import MAX_PERIOD_YEARS

__all__ = ["cover_plan_years"]

_PLAN_YEARS = re.compile(
    r"\bplan(?:en)?\s+(?:för\s+)?(?:åren\s+)?"
    r"(?P<first>(?:19|20)\d\d)\s*[-–—]\s*(?P<last>(?:19|20)\d\d|\d\d)(?!\d)",
    re.IGNORECASE,
)


def cover_plan_years(first: int | None, last: int | None, lines: Iterable[str]) -> int | None:
    """The plan's last year: ``last``, or where the cover's ``lines`` name plan years right
    after the one year ``first`` = ``last`` the title names, the last of those."""
    if first is None or last != first:
        return last
    for line in lines:
        for found in _PLAN_YEARS.finditer(" ".join(line.split())):
            start, end = int(found.group("first")), found.group("last")
            end_year = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
            if start == first + 1 and start <= end_year < first + MAX_PERIOD_YEARS:
                return end_year
    return last
