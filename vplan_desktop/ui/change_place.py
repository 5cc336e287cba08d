"""Where in the window a change is seen: the section to open and the item to select there.

Undo and redo go to this place, so that nothing in the plan changes out of sight.
"""

from __future__ import annotations

from dataclasses import dataclass

from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.services.changes import Change, Section

SECTION_KEYS = {
    Section.UPPGIFTER: "uppgifter",
    Section.KAPITEL: "kapitel",
    Section.MAL: "mal",
    Section.AKTIVITETER: "aktiviteter",
    Section.BUDGET: "drift",
    Section.INTERNKONTROLL: "internkontroll",
}
"""The navigator key of each section (a budget change may name a page of its own below)."""

BUDGET_KEYS = {
    "driftbudget_rad": "drift",
    "kf_ram": "drift",
    "verksamhet": "drift",
    "resultat_rad": "resultat",
    "investering": "investeringar",
    "nyckeltal_tabell": "nyckeltal",
    "nyckeltal_kolumn": "nyckeltal",
    "nyckeltal_rad": "nyckeltal",
}
"""The budget page that shows each kind of budget item."""

SUPPORTING = ("verksamhet", "budgetkolumn")
"""Kinds seen through another item's row: a change of several names that item instead."""


@dataclass(frozen=True)
class Place:
    """A section (its navigator key) and the item of a change in it.

    ``row`` is the item as the section's grid names its row ("ram" for KF:s ram, the
    resultaträkning's first row of a verksamhet); ``item_id`` is None when the change names
    no single item.
    """

    key: str
    kind: str
    item_id: int | None
    row: object


def place_of(change: Change, plan: PlanSnapshot, current: str) -> Place:
    """Where ``change`` is seen in a window showing ``current``, with ``plan`` after it."""
    leaves = change.leaves()
    leaf = next(
        (part for part in leaves if part.kind not in SUPPORTING and part.item_id is not None),
        leaves[0],
    )
    key = SECTION_KEYS[leaf.section]
    if leaf.section is Section.BUDGET:
        budget_pages = set(BUDGET_KEYS.values())
        # A change that names no page (Granskning's marks, a column) stays on the page shown.
        key = BUDGET_KEYS.get(leaf.kind, current if current in budget_pages else key)
    if key == "kapitel":
        if leaf.kind == "kapitel" and any(k.id == leaf.item_id for k in plan.kapitel):
            key = f"kapitel:{leaf.item_id}"
        elif current.startswith("kapitel:"):
            key = current
    row: object = leaf.item_id
    if leaf.kind == "kf_ram":
        row = "ram"  # item_id is the year; the ram is one row of the grid
    elif leaf.kind == "resultat_rad":
        row = (leaf.item_id, "intakter")
    return Place(key, leaf.kind, leaf.item_id, row)
