"""A goal table closed by its assessment: the last row merged across the table (often shaded
by the grade) says "Måluppfyllelse: Delvis uppfyllt", "Bedömning: Uppfyllt", "Samlad
bedömning 2026: Ej uppfyllt" under the goal's indicators. Being merged it is read as a title
row with no rows under it; it is the assessment of the table's one goal: in a follow-up kept
in the follow-up (its level from the words), in a plan kept in the goal's description."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from vplan_desktop.imports.word_build import Builder, TableView

__all__ = ["closing_verdicts", "read_verdict_rows"]

_VERDICT = re.compile(
    r"^(?:samlad\s+|sammanvägd\s+|sammantagen\s+|total\s+|nämndens\s+)?"
    r"(?:måluppfyllelse|måluppfyllnad|bedömning|bedömd\s+måluppfyllelse|bedömning\s+av\s+målet)"
    r"(?:\s+(?:19|20)\d\d)?\s*[:–—-]\s*(?P<grade>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


def closing_verdicts(view: TableView) -> list[str]:
    """The grades of the title rows after the table's last row that state an assessment
    ("Måluppfyllelse: Delvis uppfyllt" → "Delvis uppfyllt")."""
    order = {part.index: n for n, (part, _skip) in enumerate(view.parts)}
    rows = view.rows.rows
    last = max(((order.get(r.block, 0), r.index) for r in rows), default=(-1, -1))
    out = []
    for block, row, text in view.rows.groups:
        if (order.get(block, 0), row) <= last:
            continue
        if found := _VERDICT.match(" ".join(text.split())):
            out.append(found.group("grade").strip())
    return out


Assess = Callable[[dict[str, Any], dict[str, Any], str], None]
"""Records a goal's assessment in a follow-up period (word_goal_assess.assess)."""


def read_verdict_rows(
    view: TableView, b: Builder, goals: list[dict[str, Any]], assess: Assess
) -> None:
    """The closing assessment rows of a table of one goal, given to that goal."""
    if len(goals) != 1:
        return
    goal = goals[0]
    for grade in closing_verdicts(view):
        if view.context.follow_up:
            assess(b.follow_up(), goal, grade)
        else:
            kept = f"Bedömning: {grade}"
            goal["beskrivning"] = "\n\n".join(t for t in (goal["beskrivning"], kept) if t)
