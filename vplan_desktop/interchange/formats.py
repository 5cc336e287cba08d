"""The interchange format's name and versions, and how an older version reads as the current."""

from __future__ import annotations

import copy
from typing import Any

FORMAT = "vplan-plan"
VERSION = 2
"""The version written; version 1 is still read (see ``forward``)."""
SCHEMA_FILE = "vplan-plan.schema.json"

UNCHOSEN_IN_VERSION_1 = {"uppgifter": "utkast", "aktiviteter": "ej_paborjad"}
"""The status version 1 wrote for the plan and for an activity when nobody had chosen one."""

NEW_IN_VERSION_2: dict[str, dict[str, Any]] = {
    "indikatorer": {"jamforelse": "", "jamforelser": {}},
    "nyckeltal": {"malomrade_id": None, "frekvens": None, "fotnoter": ""},
    "rader": {"niva": 0},
}
"""The fields version 2 added, with what they are in a version-1 plan (which had none)."""


def _dicts(value: Any) -> list[dict[str, Any]]:
    """The objects in a list; nothing for anything else (a stored version is not checked)."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def forward(data: Any) -> Any:
    """``data`` in an earlier version of the format, said as the current version says it.

    Version 1 wrote the default statuses "utkast" (the plan) and "ej_paborjad" (an activity)
    whether or not anyone chose them; like the file upgrade (migration 0004) they become
    unset. The fields version 2 added get their empty values, so a version-1 plan (a named
    version stored long ago too) reads and compares like a plan written today. ``data`` is
    left as it is; anything that is not a version-1 plan comes back unchanged.
    """
    if not isinstance(data, dict) or data.get("version") != 1:
        return data
    data = copy.deepcopy(data)
    data["version"] = VERSION
    front = data.get("uppgifter")
    if isinstance(front, dict) and front.get("status") == UNCHOSEN_IN_VERSION_1["uppgifter"]:
        front["status"] = None
    for activity in _dicts(data.get("aktiviteter")):
        if activity.get("status") == UNCHOSEN_IN_VERSION_1["aktiviteter"]:
            activity["status"] = None
    for goal in _dicts(data.get("namndsmal")):
        for indicator in _dicts(goal.get("indikatorer")):
            _add_missing(indicator, NEW_IN_VERSION_2["indikatorer"])
    for table in _dicts(data.get("nyckeltal")):
        _add_missing(table, NEW_IN_VERSION_2["nyckeltal"])
        for row in _dicts(table.get("rader")):
            _add_missing(row, NEW_IN_VERSION_2["rader"])
    return data


def _add_missing(item: dict[str, Any], empty: dict[str, Any]) -> None:
    for name, value in empty.items():
        item.setdefault(name, copy.deepcopy(value))
