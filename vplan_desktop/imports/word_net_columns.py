"""A budget split into its parts across the columns: "Kostnader | Intäkter | Netto" (in either
order) per verksamhet, the year in the caption only ("Budget 2027 per verksamhetsområde
(mnkr)"). Columns of costs and income beside their net are a budget's, as much as columns
named "Budget 2027" are: the table is a driftbudget whatever its caption calls it."""

from __future__ import annotations

import re

__all__ = ["net_split_columns"]

_COST = re.compile(r"^(?:brutto)?kostnader?\b", re.IGNORECASE)
_INCOME = re.compile(r"^intäkter?\b", re.IGNORECASE)
_NET = re.compile(r"^(?:netto|nettokostnad|nettobudget)\b", re.IGNORECASE)


def net_split_columns(headers: list[str]) -> int:
    """2 when the columns after the first name a cost, an income and a net ("Kostnader |
    Intäkter | Netto"), else 0 (the weight of two named budget columns)."""
    names = [" ".join(h.split()) for h in headers[1:]]
    kinds = (_COST, _INCOME, _NET)
    return 2 if all(any(k.match(n) for n in names) for k in kinds) else 0
