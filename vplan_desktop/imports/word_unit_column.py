"""An activity table's column naming the part of the verksamhet each activity belongs to, headed
by what the parts are ("Program", "Enhet", "Skola", "Avdelning"), often a cell merged down over
that part's activities (a gymnasium's activities grouped per programme, "Hela skolan" first):
the activity's verksamhet, as a "Verksamhet" column is. Without it the part stayed a line
"Program: …" in each activity's description, and the activities had no group."""

from __future__ import annotations

import re

__all__ = ["unit_header"]

_UNIT_HEADER = re.compile(
    r"(?:gymnasie)?program(?:met|område)?|enhet(?:er)?|skol(?:a|or|enhet)|avdelning|sektion",
    re.IGNORECASE,
)


def unit_header(header: str) -> bool:
    """The header names the parts the activities are grouped by ("Program", "Enhet")."""
    return _UNIT_HEADER.fullmatch(" ".join(header.split()).strip(" :.")) is not None
