"""Budget columns that hold nothing the plan lacks: a dash for no amount ("–") and a "Totalt"
column that is the sum of the row's years (vplan sums the years itself). Neither is kept as
text the budget had no place for; a total that does not add up is."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from vplan_desktop.imports.word_build import TableView
from vplan_desktop.imports.word_table import amount

_TOTAL = re.compile(r"^(?:totalt|total|summa|sum)\b(?!\s+utgift)", re.IGNORECASE)


def is_dash(text: str) -> bool:
    """A cell holding only a dash: no amount."""
    return text.strip() in ("-", "–", "—", "−")


def _amount(text: str) -> Decimal:
    return Decimal(0) if not text.strip() or is_dash(text) else amount(text) or Decimal(0)


def sums_the_years(view: TableView, amounts: dict[int, Any], index: int) -> bool:
    """Column ``index`` is headed "Totalt" (or "Summa") and, on every row with amounts, is the
    sum of the row's year columns ``amounts``."""
    header = view.headers[index] if index < len(view.headers) else ""
    if not _TOTAL.match(header.strip()) or not amounts:
        return False
    checked = False
    for row in view.rows.rows:
        cell = row.cells[index] if index < len(row.cells) else ""
        if not cell.strip():
            continue
        total = amount(cell)
        if total is None or total != sum((_amount(row.cells[i]) for i in amounts), Decimal(0)):
            return False
        checked = True
    return checked
