"""An activity's cost as a cell prints it, in the plan's tkr. The unit is the cell's ("350 tkr",
"25 000 kr", "1,2 mnkr"), else the column heading's ("Kostnad (kr)"), else tkr; kronor and mnkr
are converted exactly. An estimate ("ca 80 tkr", "cirka 80", "ungefär 80") is its figure, the
word kept with the printed text by the caller. A dot before exactly three digits is a thousands
separator in kronor and tkr ("1.200 tkr" is 1 200 tkr: öre have two decimals and nobody writes
tkr to the krona), in mnkr a decimal point ("1.250 mnkr" may be 1,25 mnkr: left unread)."""

from __future__ import annotations

import re
from decimal import Decimal

from vplan_desktop.imports.word_dot_thousands import DOTTED, undotted
from vplan_desktop.imports.word_money_unit import split_unit
from vplan_desktop.imports.word_table import amount
from vplan_desktop.numbers import plain

ESTIMATE = re.compile(
    r"^(?:ca\.?|c:a|cirka|ungefär|ungefärligen|omkring|runt|uppskattningsvis|~|≈)\s*",
    re.IGNORECASE,
)
"""A word or sign before a figure that makes it an estimate."""

_HEADER_UNIT = re.compile(r"\b(?P<unit>tkr|kkr|mnkr|kr|kronor)\b", re.IGNORECASE)

_EXPONENT = {"kr": -3, "tkr": 0, "kkr": 0, "mnkr": 3}
"""Each unit as a power of ten tkr."""


def is_estimate(text: str) -> bool:
    return bool(ESTIMATE.match(text.strip()))


def cost_tkr(text: str, header: str = "") -> Decimal | None:
    """The cost ``text`` states in tkr (``header`` is its column's heading); None for a cell
    that states no figure ("Egen tid", "-", "Inom ram")."""
    figure, unit = split_unit(ESTIMATE.sub("", text.strip()))
    if not unit:
        named = _HEADER_UNIT.search(header)
        unit = named.group("unit").lower() if named else "tkr"
    unit = "kr" if unit == "kronor" else unit
    if DOTTED.match(figure.strip()):
        if unit == "mnkr":
            return None
        figure = undotted(figure)
    value = amount(figure)
    if value is None:
        return None
    return plain(value.scaleb(_EXPONENT[unit])) if _EXPONENT[unit] else value
