"""A table of indicators alone ("Indikator | 2025", "Indikator | Utgångsvärde") whose every
row names an indicator the plan already has – the baselines or outcomes given apart from the
goal table, often in another order – gives those indicators their figures: each row belongs to
the goal that holds its indicator, and the table names no goal of its own (neither its caption
nor the heading over it is a goal). A name held by two goals is taken as the goal given for
the table, else the table is read as any other."""

from __future__ import annotations

from typing import Any

from vplan_desktop.imports.word_indicator_cells import name_and_source
from vplan_desktop.imports.word_table import Row

__all__ = ["known_indicators"]


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def known_indicators(
    rows: list[Row], name_col: int | None, goals: list[dict[str, Any]], given: Any = None
) -> dict[int, dict[str, Any]] | None:
    """Row (by ``id``) → the goal of ``goals`` holding the indicator the row names, for a
    table whose every named row names one (``given``, the goal the table is under, decides
    between two); None when a row names none, or two goals and not ``given``."""
    if name_col is None:
        return None
    holders: dict[str, list[dict[str, Any]]] = {}
    for goal in goals:
        for indicator in goal["indikatorer"]:
            held = holders.setdefault(_key(indicator["namn"]), [])
            if not any(g is goal for g in held):
                held.append(goal)
    out: dict[int, dict[str, Any]] = {}
    for row in rows:
        text = row.cells[name_col] if name_col < len(row.cells) else ""
        name = name_and_source(text)[0]
        if not name:
            continue
        found = holders.get(_key(name), [])
        if given is not None and any(g is given for g in found):
            found = [given]
        if len(found) != 1:
            return None
        out[id(row)] = found[0]
    return out or None
