"""An activity table's column headed by an area's word ("Tjänsteområde", "Målområde",
"Fokusområde") that no other field takes: a cell naming one of the plan's målområden (the
headings the goals stand under) puts the activity in that målområde. A cell naming no area
is only words (kept in the description with the other columns)."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.imports.word_build import Builder, TableView

__all__ = ["named_area"]

_AREA_HEADER = re.compile(r"^[a-zåäö]*område$", re.IGNORECASE)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def named_area(view: TableView, b: Builder, cells: list[str]) -> dict[str, Any] | None:
    """The målområde the row's area column names; None when no such column names one."""
    for index, role in enumerate(view.roles):
        header = view.headers[index] if index < len(view.headers) else ""
        if role != "ovrigt" or index >= len(cells) or not _AREA_HEADER.match(header.strip(" :.")):
            continue
        same = [a for a in b.areas if _key(a["namn"]) == _key(cells[index])]
        if same and cells[index].strip():
            return same[-1]
    return None
