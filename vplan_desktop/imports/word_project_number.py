"""Project numbers typed before the project's name in one cell ("91034 Ombyggnad av Storgatan,
etapp 2", "4012-3 Ny förskola"): in an investment table without a column of its own for the
number, the leading code is the project's number and the rest its name – when most of the
table's projects are written so (one name that starts with a figure is a name: "300 nya
träd")."""

from __future__ import annotations

import re

_CODE = re.compile(r"^(?P<number>\d{3,8}(?:[-.:/]\d{1,5})?)\s+(?P<name>[A-ZÅÄÖÉ].*)$")
"""A code of digits (a part after a dash or dot allowed), then a name starting with a capital
letter: "2026 års beläggning" and "300 nya träd" are names."""


def split_number(name: str) -> tuple[str, str] | None:
    """(number, name) for a name led by a project number; None for any other name."""
    found = _CODE.match(" ".join(name.split()))
    if found is None:
        return None
    return found.group("number"), found.group("name")


def numbered_names(names: list[str]) -> bool:
    """Most of the table's project names (at least two, over half) are led by a number."""
    led = sum(1 for n in names if split_number(n) is not None)
    return led >= 2 and led * 2 > len(names)
