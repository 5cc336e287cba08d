"""The sign of an amount as accounting prints it besides a leading minus: in parentheses
("(1 234)", "( 3 400 )") or as a minus after the figure, the way economy systems print a cost
("12 400-", "98 420 -"). Either is the negative amount."""

from __future__ import annotations

import re

__all__ = ["signed"]

_BRACKETED = re.compile(r"\(\s*(?P<figure>[\d\s.,]+?)\s*\)")
_TRAILING = re.compile(r"(?P<figure>\d[\d\s.,]*?\d|\d)\s?-")


def signed(text: str) -> str:
    """``text`` (a cell's figure, its minus signs already plain hyphens) with a bracketed or
    trailing minus sign written before the figure; any other text as it is."""
    found = _BRACKETED.fullmatch(text) or _TRAILING.fullmatch(text)
    return "-" + found.group("figure") if found else text
