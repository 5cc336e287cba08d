"""A goal's assessment as a table gives it: the level of vplan's default scale its words name
("Delvis uppfyllt" is 2), kept in the follow-up period with its words; an empty assessment cell
coloured green, or holding a lone green "●", says "Uppfyllt"; a plan's "Bedömning T2 2026"
column names the follow-up its assessments belong to."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.imports.word_build import Builder, TableView
from vplan_desktop.imports.word_shading import colour_words, reported_period
from vplan_desktop.imports.word_symbols import lone_symbol_words
from vplan_desktop.imports.word_table import Row

__all__ = ["assess", "grade", "reported_in", "shaded_words"]


def grade(text: str) -> int | None:
    """The level of vplan's default scale that an assessment's words name."""
    lower = text.lower().strip()
    if not lower:
        return None
    if "delvis" in lower:
        return 2
    if re.search(r"\b(?:ej|inte)\s+(?:att\s+)?bedöm|går ej|ej mätt|^[-–]$", lower):
        return 4
    if re.search(r"\b(ej|inte|icke|nej)\b", lower):
        return 3  # "Nej" alone in an "Uppfyllt?" column too
    if any(w in lower for w in ("uppfyll", "uppnå", "nått")) or re.search(r"\bja\b", lower):
        return 1  # "Ja", not the letters in "fastighetsjanitor" or "Januari"
    return None


def assess(period: dict[str, Any], goal: dict[str, Any], text: str) -> None:
    """The goal's assessment in the follow-up period: its level, and the words kept."""
    held = next((m for m in period["mal"] if m["namndsmal_id"] == goal["id"]), None)
    if held is None:
        held = {"namndsmal_id": goal["id"], "bedomningsniva_id": grade(text), "bedomning": ""}
        period["mal"].append(held)
    if text not in held["bedomning"]:
        held["bedomning"] = "\n".join(t for t in (held["bedomning"], text) if t)


def shaded_words(view: TableView, row: Row) -> str:
    """The words for the colour of the row's empty assessment cell ("Uppfyllt" for green), or
    of the lone coloured symbol in it (a green "●")."""
    column = view.col("bedomning")
    blocks = [view.block, *(part for part, _skip in view.parts)]
    block = next((bl for bl in blocks if bl.index == row.block), None)
    if column is None or block is None or row.index >= len(block.rows):
        return ""
    cell = block.rows[row.index][column]
    return colour_words(cell.fill) if not cell.text else lone_symbol_words(cell)


def reported_in(view: TableView, b: Builder) -> tuple[int, str, str] | None:
    """A plan's goals assessed in the follow-up the column names ("Bedömning T2 2026"):
    that follow-up's period (made the plan's follow-up)."""
    column = view.col("bedomning")
    if view.context.follow_up or column is None:
        return None
    if b.period is None:
        found = reported_period(view.headers[column])
        if found is None:
            return None
        b.period_spec = found
    return b.period_spec
