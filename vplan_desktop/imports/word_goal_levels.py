"""Goal tables that set the goal levels side by side, each in a column of its own merged down
over the rows under it (a "styrkort"): "Perspektiv | Strategiskt mål | Nämndsmål | Indikator
| …". The column of goals left of the nämnd's own is the level above them (fullmäktige's
goals, whatever the kommun calls them), a first "Perspektiv" or "Målområde" column their
målområde; a number typed before a goal in its cell ("1.1 Livsmedel …") is the goal's number,
not its words."""

from __future__ import annotations

import re

from vplan_desktop.db.enums import MalNiva

__all__ = ["goal_and_number", "level_columns"]

_NAMND_COLUMN = re.compile(r"^(?:nämndsmål|nämndmål|nämndens mål)\b", re.IGNORECASE)
_AREA_COLUMN = re.compile(r"^(?:målområde|område|fokusområde|perspektiv)\b", re.IGNORECASE)
_GOALS_COLUMN = re.compile(r"^(?:[\wåäö:-]+\s+)?[\wåäö:-]*mål$", re.IGNORECASE)
"""A column of goals: its heading's last word is a goal ("Strategiskt mål", "KF-mål",
"Kommunens mål", "Inriktningsmål")."""
_TYPED_NUMBER = re.compile(
    r"^(?P<kod>\d{1,2}(?:\.\d{1,2}){0,3})[.):]?\s+(?P<text>[A-ZÅÄÖ].*)$", re.DOTALL
)


def level_columns(headers: list[str], roles: list[str]) -> None:
    """Reads a column of goals left of the nämndsmål's column (the one grouping the
    indicators) as the goals they are under ("kf"), and a first "Perspektiv" or "Målområde"
    column as their målområde, in ``roles`` (changed in place)."""
    namnd = next(
        (i for i, r in enumerate(roles) if r == "grupp" and _NAMND_COLUMN.match(headers[i])),
        None,
    )
    if not namnd or "namn" not in roles[namnd:]:
        return
    for index in range(namnd):
        header = headers[index].strip(" :")
        if roles[index] == "ovrigt" and "kf" not in roles and _GOALS_COLUMN.match(header):
            roles[index] = "kf"
    if roles[0] in ("ovrigt", "grupp") and _AREA_COLUMN.match(headers[0].strip()):
        roles[0] = "malomrade"


def goal_and_number(niva: MalNiva, kod: str, text: str) -> tuple[MalNiva, str, str]:
    """A goal as ``parse_goal`` read it, with a number typed before its words ("1.1 Fler …")
    taken as its number when it has none."""
    found = None if kod else _TYPED_NUMBER.match(text.strip())
    if found is None:
        return niva, kod, text
    return niva, found.group("kod"), found.group("text").strip()
