"""A goal's status on its own row of a styrkort: the goal merged across the indicator columns
("Mål 1.1 Gator … är trygga") and, in the status column at the row's end, the goal's
assessment ("Delvis uppfyllt", or a coloured "●" read through the legend, word_symbols.py).
The goal's row is a title row over its indicators (word_table.py); the status beside it is
the goal's, the indicators' own statuses stand on their rows (in a plan, not followed up,
the status is kept in the goal's description). And a follow-up's goal table naming that
column "Status" gives the goals' assessments in it (a plan's "Status" column is no
assessment: the plan is not followed up yet)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from vplan_desktop.imports.word_build import Builder, TableView
from vplan_desktop.imports.word_table import title_status

__all__ = ["assessment_column", "goal_row_status"]

_STATUS = re.compile(r"^(?:status|målstatus|status\s+(?:t[123]|tertial\s*[123]|delår|helår))"
                     r"(?:\s+(?:19|20)\d\d)?$", re.IGNORECASE)  # fmt: skip


def assessment_column(header: str, follow_up: bool) -> bool:
    """Whether a goal table's column ``header`` is its assessment ("Bedömning",
    "Måluppfyllelse"; in a follow-up also "Status", "Status T2 2026")."""
    lower = " ".join(header.lower().split())
    if any(w in lower for w in ("bedömning", "måluppfyllelse", "uppfyllt")):
        return True
    return follow_up and bool(_STATUS.match(lower.strip(": ")))


Assess = Callable[[dict[str, Any], dict[str, Any], str], None]
"""Records a goal's assessment in a follow-up period (word_goal_table.assess)."""


def goal_row_status(
    view: TableView, b: Builder, goal: dict[str, Any], group: str, assess: Assess
) -> None:
    """The status beside the title row ``group`` of ``goal``: in a follow-up's assessment
    column the goal's assessment (``assess``), else kept in the goal's description under
    its column's name."""
    status = _row_status(view, group)
    if not status:
        return
    if view.context.follow_up and view.col("bedomning") == len(view.roles) - 1:
        assess(b.follow_up(), goal, status)
    else:
        kept = f"{view.headers[-1]}: {status}" if view.headers[-1] else status
        goal["beskrivning"] = "\n\n".join(t for t in (goal["beskrivning"], kept) if t)


def _row_status(view: TableView, group: str) -> str:
    """The status in the last column of the title row ``group``; "" when it has none."""
    blocks = {b.index: b for b in [view.block, *(part for part, _skip in view.parts)]}
    for index, row, name in view.rows.groups:
        block = blocks.get(index)
        if name == group and block is not None and len(block.rows[row]) == len(view.roles):
            return title_status(block, row)
    return ""
