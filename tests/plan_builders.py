"""Small plans built through the services, shared by tests that need the same starting point."""

from __future__ import annotations

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items


def goal_with_indicator(doc: PlanDocument) -> int:
    """Give the plan a målområde "Kvalitet" with one goal and one indicator in percent (higher
    is better); the indicator's id."""
    area = items.add_item(doc, ItemKind.MALOMRADE, {"kod": "1", "namn": "Kvalitet"}).item_id
    goal = items.add_item(
        doc, ItemKind.NAMNDSMAL, {"malomrade_id": area, "text": "Barn får rätt stöd"}
    ).item_id
    change = items.add_item(
        doc,
        ItemKind.INDIKATOR,
        {"namndsmal_id": goal, "namn": "Andel nöjda", "enhet": "%", "riktning": "hogre_battre"},
    )
    assert change.item_id is not None
    return change.item_id
