"""What stands around a table besides its rows: the footnotes referenced in its cells (kept,
never dropped), and a line just above it naming the goal its indicators measure
("Indikatorer: Gator och cykelvägar är säkra året runt.", "Indikatorer för mål 2", "Bidrar
till mål 4")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from vplan_desktop import markdown as md
from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_goal_table import parse_goal

__all__ = ["goal_named_above", "keep_table_notes"]

_INDICATORS_FOR = re.compile(
    r"^indikator(?:er|erna)?\s*(?::|för|till)\s*(?:(?:nämnds)?målet\s*:?\s*)?(?P<goal>\S.{2,400})$",
    re.IGNORECASE,
)
_CONTRIBUTES_TO = re.compile(
    r"^(?:bidrar|kopplat?|kopplas|kopplad|knyter an|hör|följer upp)\s+(?:till\s+)?"
    r"(?P<goal>(?:nämnds?)?mål(?:et)?\s*\d+(?:\.\d+)*)\s*\.?$",
    re.IGNORECASE,
)
"""A line naming by its number the one goal the table below serves ("Bidrar till mål 4",
"Kopplat till nämndsmål 2.1")."""


def _key(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(".:")


def goal_named_above(text: str, goals: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The goal an "Indikatorer: <goal>" line names, by its words or its number ("Mål 2",
    "Nämndsmål 1.1"); None for any other line and for a goal the plan does not have yet
    (the line then stays text: a name alone is too little to make a goal of)."""
    line = " ".join(text.split())
    found = _INDICATORS_FOR.match(line) or _CONTRIBUTES_TO.match(line)
    if found is None:
        return None
    named = found.group("goal")
    key = _key(named)
    same = [g for g in goals if _key(g["text"]) == key]
    if same:
        return same[-1]
    niva, kod, _text = parse_goal(named)
    bare = re.fullmatch(r"\D{0,20}?\s*(\d+(?:\.\d+)*)", named.strip().rstrip(".:"))
    kod = kod or (bare.group(1) if bare else "")  # "mål 4": the goal numbered 4
    if kod and bare:
        numbered = [g for g in goals if g["kod"] == kod and g["niva"] == niva.value]
        return numbered[-1] if len(numbered) == 1 else None
    return None


def keep_table_notes(
    b: Builder, parts: list[Block], table: dict[str, Any] | None, chapter: Callable[[], int]
) -> None:
    """The footnotes referenced in the cells of a table (``parts``, with its continuations):
    a key-figure table's own notes, otherwise "Fotnot: …" in the chapter the table is in."""
    notes = [note for part in parts for note in part.notes]
    if not notes:
        return
    if table is not None:
        table["fotnoter"] = "\n".join(t for t in (table["fotnoter"], *notes) if t)
        return
    index = chapter()
    for note in notes:
        b.text(index, md.Paragraph((md.Run(f"Fotnot: {note}"),)))
    b.report(f"Fotnot i en tabell: text i kapitlet ”{b.chapters[index]['rubrik']}”")
