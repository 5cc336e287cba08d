"""A verksamhetsområde's own economy: under a chapter of one area ("Förskola", with its
"Ekonomi" sub-heading) a small table of the area's amounts split by cost type ("Intäkter",
"Personal", "Lokaler", "Övrigt" and a "Netto" row). Its rows name kostnadsslag, not
verksamheter, so they are no driftbudget rows, and they are no key figures either: a plan's
driftbudget holds the areas' nets and a single cost-type breakdown for the whole nämnd. Such a
table is kept as a table in the area's chapter, as is a unit's own ("IT-avdelningen", a
chapter of a plan compiled from its units' plans). A table of cost types in a chapter of the
economy itself ("Ekonomi", "Budget 2027") is the nämnd's own and read as before."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_build import TableContext
from vplan_desktop.imports.word_unit_goals import names_unit

__all__ = ["area_cost_table", "cost_type"]

_COST_TYPE = re.compile(
    r"^(?:övrig[at]?|intäkt|personal|lokal|kostnad|lön|avskrivning|kapitalkostnad|ränt|"
    r"material|köp|köpt|hyr|bidrag|transfer|taxor|avgift|tjänst|förbrukning|inventari|"
    r"lokalkostnad|personalkostnad|verksamhetskostnad|försäljning|ersättning|licens|konsult)",
    re.I,
)
"""The first word of a kostnadsslag's name ("Personalkostnader", "Övriga kostnader")."""
_TOTAL = re.compile(r"^(?:netto|summa|totalt?|resultat|nettokostnad)", re.I)
_ECONOMY_CHAPTER = re.compile(r"ekonomi|budget|ramar?\b|resultat|finans|drift|invester", re.I)


def cost_type(name: str) -> bool:
    """``name`` names a kostnadsslag ("Personalkostnader", "Övriga intäkter")."""
    return _COST_TYPE.match(name) is not None


def area_cost_table(block: Block, ctx: TableContext) -> bool:
    """The table is an area's amounts by cost type under a sub-heading of the area's chapter
    (see the module's docstring)."""
    area = len(ctx.path) >= 2 and not _ECONOMY_CHAPTER.search(ctx.path[0])
    if not area and not any(names_unit(h) for h in ctx.path):  # or a unit's own chapter
        return False
    names = [" ".join(block.rows[r][0].text.split()) for r in range(1, len(block.rows))]
    names = [n for n in names if n and not _TOTAL.match(n)]
    return len(names) >= 2 and all(_COST_TYPE.match(n) for n in names)
