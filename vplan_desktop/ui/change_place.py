"""Where in the window a change is seen: the section to open and the item to select there.

Undo and redo go to this place, so that nothing in the plan changes out of sight.
"""

from __future__ import annotations

from dataclasses import dataclass

from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.sections import ItemKind, Section, chapter_key, chapter_of_key
from vplan_desktop.services.changes import Change

SUPPORTING = (ItemKind.VERKSAMHET, ItemKind.BUDGETKOLUMN)
"""Kinds seen through another item's row: a change of several names that item instead."""


@dataclass(frozen=True)
class Place:
    """A section (its navigator key) and the item of a change in it.

    ``row`` is the item as the section's grid names its row ("ram" for KF:s ram, the
    resultaträkning's first row of a verksamhet); ``item_id`` is None when the change names
    no single item.
    """

    key: str
    kind: ItemKind
    item_id: int | None
    row: object


def place_of(change: Change, plan: PlanSnapshot, current: str) -> Place:
    """Where ``change`` is seen in a window showing ``current``, with ``plan`` after it.

    The section is the one the change names (a budget item's own page, Granskning's marks the
    page they were set on); a change of a chapter opens that chapter.
    """
    leaves = change.leaves()
    leaf = next(
        (part for part in leaves if part.kind not in SUPPORTING and part.item_id is not None),
        leaves[0],
    )
    key: str = leaf.section.value
    if leaf.section is Section.KAPITEL:
        chapter = leaf.item_id if leaf.kind is ItemKind.KAPITEL else None
        if chapter is not None and any(k.id == chapter for k in plan.kapitel):
            key = chapter_key(chapter)
        elif chapter_of_key(current) is not None:
            key = current
    row: object = leaf.item_id
    if leaf.kind is ItemKind.KF_RAM:
        row = "ram"  # item_id is the year; the ram is one row of the grid
    elif leaf.kind is ItemKind.RESULTAT_RAD:
        row = (leaf.item_id, "intakter")
    return Place(key, leaf.kind, leaf.item_id, row)
