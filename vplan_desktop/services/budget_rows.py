"""Budget rows that need more than one item: a row for a verksamhet that may not exist yet."""

from __future__ import annotations

from sqlalchemy import select

from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import InputError
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.changes import Change, combined

VERKSAMHET_ROWS = (ItemKind.DRIFTBUDGET_RAD, ItemKind.RESULTAT_RAD)


def add_verksamhet_row(doc: PlanDocument, row_kind: ItemKind, namn: str) -> Change:
    """Add a driftbudget or resultaträkning row for the verksamhet ``namn``, creating the
    verksamhet first when the plan has none by that name (case aside): one action, one undo.
    """
    if row_kind not in VERKSAMHET_ROWS:
        raise InputError(f"Raden kan inte läggas till i {row_kind}.")
    name = namn.strip()
    if not name:
        raise InputError("Ange verksamhetens namn.")
    done: list[Change] = []
    with doc.transaction() as session:
        existing = {v.namn.casefold(): v.id for v in session.scalars(select(m.Verksamhet)).all()}
        verksamhet_id = existing.get(name.casefold())
        if verksamhet_id is None:
            added = items.add_item(doc, ItemKind.VERKSAMHET, {"namn": name})
            done.append(added)
            verksamhet_id = added.item_id
        done.append(items.add_item(doc, row_kind, {"verksamhet_id": verksamhet_id}))
    return combined(done)
