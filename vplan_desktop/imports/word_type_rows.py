"""A budget table whose rows are kinds of income and cost ("Avgifter bygglov", "Övriga
intäkter", "Personalkostnader", "Lokaler, IT och system", "Övriga kostnader") is the nämnd's
resultaträkning by kostnadsslag, whatever its title says ("Driftbudget (tkr)" in the first
header cell): its rows name no verksamheter. It takes at least one income row and one cost row
among three or more rows, every row (besides totals and the ram, "Kommunbidrag") a kostnadsslag:
a table of verksamheter with one row that happens to read like a cost is no such table. Its
columns are years ("Budget 2027 | Plan 2028"): kostnadsslag down and verksamheter across is a
matrix, read as the driftbudget by ``word_budget_matrix``. A first column headed by the
kostnadsslag ("Kostnadsslag", "Intäkts- och kostnadsslag") says so itself: its rows are
kostnadsslag whatever their names ("IT-licenser och drift")."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_area_costs import cost_type
from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_table import TOTAL, column_kind_year

__all__ = ["rows_by_type"]

_INCOME = re.compile(r"intäkt|avgift|taxa|taxor|försäljning|bidrag|ersättning", re.IGNORECASE)
_COST = re.compile(r"kostnad|personal|lokal|lön|avskrivning|ränt|material|köp", re.IGNORECASE)
_TYPE_HEADER = re.compile(
    r"^(?:(?:intäkts|kostnads)\s*(?:-\s*och\s*|-?\s*/\s*|-\s*))?(?:intäkts|kostnads)slag\b",
    re.IGNORECASE,
)
"""A first column's header naming the rows kostnadsslag."""
_RAM = re.compile(r"^(?:kommunbidrag|(?:netto|budget)?ram)\b", re.IGNORECASE)


def rows_by_type(headers: list[str], block: Block) -> bool:
    """The table's body rows are income and cost kinds, its columns years (see the module's
    docstring)."""
    if sum(1 for h in headers[1:] if column_kind_year(h)) < 2:
        return False
    names = [" ".join(block.rows[r][0].text.split()) for r in range(1, len(block.rows))]
    names = [n for n in names if n and not TOTAL.match(n) and not _RAM.match(n)]
    if len(names) >= 3 and headers and _TYPE_HEADER.match(headers[0].strip()):
        return True  # "Kostnadsslag | Budget 2026 | Budget 2027"
    if len(names) < 3 or not all(cost_type(n) for n in names):
        return False
    income = [n for n in names if _INCOME.search(n) and not _COST.search(n)]
    return bool(income) and len(income) < len(names)
