"""Reading the parts of a plan in the interchange format as ``vplan diff`` compares them: the
names other items show for a reference, the key-figure tables' columns and rows, the budget's
columns and rows by their keys."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vplan_desktop.sections import Part


def table_parts(plan: dict[str, Any], part: str) -> list[dict[str, Any]]:
    """The columns or rows of every key-figure table (their ids are unique in the plan)."""
    tables = plan.get(Part.NYCKELTAL)
    if not isinstance(tables, list):
        return []
    return [r for t in tables if isinstance(t, dict) for r in t.get(part) or []]


def row_name(section: str, names: dict[Any, str]) -> Callable[[dict[str, Any]], str]:
    def name(row: dict[str, Any]) -> str:
        return f"{section}, {names.get(row.get('verksamhet_id'), 'rad')}"

    return name


def item_names(
    old: dict[str, Any],
    new: dict[str, Any],
    key: str,
    field: str | Callable[[dict[str, Any]], str],
) -> dict[Any, str]:
    """What a reference to an item of ``key`` shows: the item's ``field`` (or what ``field``
    makes of it) by id."""
    found: dict[Any, str] = {}
    for plan in (old, new):
        for item in plan.get(key) or []:
            if isinstance(item, dict):
                raw = field(item) if callable(field) else item.get(field)
                text = " ".join(str(raw or "").split())
                found[item.get("id")] = text[:60] + ("…" if len(text) > 60 else "")
    return found


def column_keys(columns: Any) -> list[dict[str, Any]]:
    """A budget table's columns, each with its key ("budget-2027") as its rows name it."""
    if not isinstance(columns, list):
        return []
    return [
        {**c, "nyckel": f"{c.get('slag')}-{c.get('ar')}"} for c in columns if isinstance(c, dict)
    ]


def keyed(rows: Any, key: str) -> list[dict[str, Any]]:
    if not isinstance(rows, list):
        return []
    return [{**row, "id": row.get(key)} for row in rows if isinstance(row, dict)]
