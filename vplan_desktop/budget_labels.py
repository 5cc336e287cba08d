"""How the budget tables are labelled wherever they are shown: each table's unit, and the
headings of the investments' year columns. The app's grids, the Excel workbook and its import
use these, so that a workbook's headings are the ones the import looks for."""

from __future__ import annotations

from typing import Literal

from vplan_desktop import domain as d
from vplan_desktop.db.enums import BeloppEnhet

Table = Literal["drift", "resultat", "investering"]
"""The budget tables that have a unit (as ``services.budget_units`` names them)."""

INVESTMENT_FIELDS = ("belopp", "utfall")
"""An investment's two figures per year: its budget or plan, and its outcome."""


def table_unit(front: d.FrontMatter, table: Table) -> BeloppEnhet:
    """The unit ``table``'s amounts are written in (KF's ram is in the driftbudget's)."""
    units = {
        "drift": front.enhet_drift,
        "resultat": front.enhet_resultat,
        "investering": front.enhet_investering,
    }
    return units[table]


def investment_heading(year: int, first: int, falt: str = "belopp") -> str:
    """A year column of the investments: "Budget 2027" for the budget year and the years
    before it (what was budgeted then), "Plan 2028" after it, "Utfall 2025" for an outcome."""
    if falt == "utfall":
        return f"Utfall {year}"
    return f"{'Budget' if year <= first else 'Plan'} {year}"
