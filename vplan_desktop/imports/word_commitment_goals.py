"""The förvaltning's åtaganden under the nämnd's goals: a large kommun's förvaltningsplan
answers each of the nämnd's goals (a heading "Nämndmål 1: …") with what the förvaltning
commits itself to, lower headings labelled "Åtagande" ("Åtagande 1.1 Vi kortar tiden …"),
each over its own indicators. Such an åtagande under one of the nämnd's goals is the
förvaltning's goal, the level below the nämnd's, with its number as its kod; an "Åtagande:"
line standing alone (holding the nämnd's own goal) stays the nämnd's."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.db.enums import MalNiva

__all__ = ["commitment_level"]

_COMMITMENT = re.compile(r"^(?:förvaltningens\s+)?åtagande(?:n|t)?\b", re.IGNORECASE)
"""The label of the förvaltning's commitment: "Åtagande 1.1 …", "Förvaltningens åtagande …"."""


def commitment_level(text: str, niva: MalNiva, above: dict[str, Any] | None) -> MalNiva:
    """The level of the goal a heading reading ``text`` gives, read as ``niva``, under the goal
    ``above`` (None when it stands under none): the förvaltning's for an åtagande under one
    of the nämnd's goals, ``niva`` otherwise."""
    if niva is not MalNiva.NAMND or above is None or above.get("niva") != MalNiva.NAMND.value:
        return niva
    return MalNiva.FORVALTNING if _COMMITMENT.match(" ".join(text.split())) else niva
