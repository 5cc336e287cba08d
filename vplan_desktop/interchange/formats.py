"""The interchange format's name and versions, and how an older version reads as the current."""

from __future__ import annotations

import copy
from typing import Any

FORMAT = "vplan-plan"
VERSION = 5
"""The version written; versions 1–4 are still read (see ``forward``)."""
SCHEMA_FILE = "vplan-plan.schema.json"

UNCHOSEN_IN_VERSION_1 = {"uppgifter": "utkast", "aktiviteter": "ej_paborjad"}
"""The status version 1 wrote for the plan and for an activity when nobody had chosen one."""

NEW_IN_VERSION_2: dict[str, dict[str, Any]] = {
    "indikatorer": {"jamforelse": "", "jamforelser": {}},
    "nyckeltal": {"malomrade_id": None, "frekvens": None, "fotnoter": ""},
    "rader": {"niva": 0},
}
"""The fields version 2 added, with what they are in a version-1 plan (which had none)."""

UNITS_BEFORE_VERSION_3 = {"drift": "tkr", "resultat": "tkr", "investering": "tkr"}
"""Amounts were whole tkr before version 3 gave each budget table its unit."""

NEW_IN_VERSION_3: dict[str, dict[str, Any]] = {
    "namndsmal": {
        "overordnat_id": None,
        "niva": "namnd",
        "kod": "",
        "ansvarig": "",
        "foljs_upp_genom": "",
        "adressat": "",
        "arstexter": {},
    },
    "indikatorer": {"jamforare": {}, "langsiktigt": None, "langsiktigt_jamforare": None},
    "aktiviteter": {"malomrade_id": None, "slutdatum_reviderat": None, "ar": None},
}
"""The fields version 3 added, with what they are in an earlier plan."""


def _dicts(value: Any) -> list[dict[str, Any]]:
    """The objects in a list; nothing for anything else (a stored version is not checked)."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def forward(data: Any) -> Any:
    """``data`` in an earlier version of the format, said as the current version says it.

    ``data`` is left as it is; anything that is not a plan of an earlier version comes back
    unchanged (a stored version is not checked before it is read forward).
    """
    if not isinstance(data, dict) or data.get("version") not in (1, 2, 3, 4):
        return data
    data = copy.deepcopy(data)
    if data["version"] == 1:
        _version_1_to_2(data)
    if data["version"] == 2:
        _version_2_to_3(data)
    if data["version"] == 3:
        _version_3_to_4(data)
    _version_4_to_5(data)
    return data


def _version_1_to_2(data: dict[str, Any]) -> None:
    """Version 1 wrote the default statuses "utkast" (the plan) and "ej_paborjad" (an
    activity) whether or not anyone chose them; like the file upgrade (migration 0004) they
    become unset. The fields version 2 added get their empty values, so a version-1 plan (a
    named version stored long ago too) reads and compares like a plan written today."""
    data["version"] = 2
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


def _version_2_to_3(data: dict[str, Any]) -> None:
    """Version 3 holds a goal tree. As in the file upgrade (migration 0005), an area's KF
    text becomes a KF goal first in the area, with the area's goals under it; the new fields
    get their empty values."""
    data["version"] = 3
    front = data.get("uppgifter")
    if isinstance(front, dict):
        front.setdefault("malnivaer", {})
        front.setdefault("enheter", dict(UNITS_BEFORE_VERSION_3))
    goals = _dicts(data.get("namndsmal"))
    taken = [g["id"] for g in goals if isinstance(g.get("id"), int)]
    next_id = max(taken, default=0) + 1
    kf_goals: list[dict[str, Any]] = []
    for area in _dicts(data.get("malomraden")):
        kf_text = area.pop("kf_text", "")
        area.setdefault("beskrivning", "")
        if not isinstance(kf_text, str) or not kf_text.strip():
            continue
        kf_goal: dict[str, Any] = {
            "id": next_id,
            "malomrade_id": area.get("id"),
            "niva": "kf",
            "text": kf_text.strip(),
            "beskrivning": "",
            "indikatorer": [],
            **({"att_granska": True} if area.get("att_granska") else {}),
        }
        for goal in goals:
            if goal.get("malomrade_id") == area.get("id") and area.get("id") is not None:
                goal.setdefault("overordnat_id", next_id)
        kf_goals.append(kf_goal)
        next_id += 1
    for goal in [*goals, *kf_goals]:
        _add_missing(goal, NEW_IN_VERSION_3["namndsmal"])
        for indicator in _dicts(goal.get("indikatorer")):
            _add_missing(indicator, NEW_IN_VERSION_3["indikatorer"])
    for activity in _dicts(data.get("aktiviteter")):
        _add_missing(activity, NEW_IN_VERSION_3["aktiviteter"])
    if kf_goals:
        # KF goals first: a parent is written before the goals under it.
        data["namndsmal"] = [*kf_goals, *data["namndsmal"]]


def _version_3_to_4(data: dict[str, Any]) -> None:
    """Version 4 holds the chapters' images (``bilder``); an earlier plan has none."""
    data["version"] = 4
    data.setdefault("bilder", [])


DEFAULTS_BEFORE_VERSION_5: dict[str, Any] = {
    "avvikelsegrans": 5,
    "bedomningsskala": [
        {"id": 1, "namn": "Uppfyllt", "farg": "#2e7d32", "grad": "uppfyllt"},
        {"id": 2, "namn": "Delvis uppfyllt", "farg": "#f9a825", "grad": "delvis"},
        {"id": 3, "namn": "Ej uppfyllt", "farg": "#c62828", "grad": "ej_uppfyllt"},
        {"id": 4, "namn": "Går ej att bedöma", "farg": "#9e9e9e", "grad": "ej_bedomd"},
    ],
}
"""What a plan before version 5 has: vplan's scale of måluppfyllelse (as the plan file's
migration 0010 gives it) and threshold for deviations."""


def _version_4_to_5(data: dict[str, Any]) -> None:
    """Version 5 holds the follow-ups (``uppfoljningar``); an earlier plan has none, and has
    vplan's scale of måluppfyllelse and threshold for deviations."""
    data["version"] = VERSION
    data.setdefault("uppfoljningar", [])
    data.setdefault("bedomningsskala", copy.deepcopy(DEFAULTS_BEFORE_VERSION_5["bedomningsskala"]))
    front = data.get("uppgifter")
    if isinstance(front, dict):
        front.setdefault("avvikelsegrans", DEFAULTS_BEFORE_VERSION_5["avvikelsegrans"])


def _add_missing(item: dict[str, Any], empty: dict[str, Any]) -> None:
    for name, value in empty.items():
        item.setdefault(name, copy.deepcopy(value))
