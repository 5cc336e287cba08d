"""A goal's sentence on the line over its indicator table when the table's goal is already
given by a heading ("Mål 1: Läsning" as the heading, "Alla barn ska läsa minst en bok i
veckan." in bold over the table): the line is the goal's description (when it says something
the goal's name does not), not a table caption set aside – the import never drops a sentence
of the source without saying where it went."""

from __future__ import annotations

from typing import Any

from vplan_desktop.imports.word_build import Builder, TableView
from vplan_desktop.imports.word_goal_caption import goal_sentence
from vplan_desktop.imports.word_result import Became
from vplan_desktop.wording import clipped

__all__ = ["keep_goal_caption"]


def _key(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(".!")


def keep_goal_caption(view: TableView, b: Builder, goal: dict[str, Any] | None) -> None:
    """Adds the goal sentence over the table (its caption) to the description of ``goal``,
    the table's goal given elsewhere, and marks the caption's line so; nothing for a caption
    that is no goal's sentence, that is the goal's own name or is in its description."""
    ctx = view.context
    caption = " ".join(ctx.caption.split())
    if goal is None or not caption or not goal_sentence(caption, ctx.lead):
        return
    if _key(caption) == _key(goal["text"]) or _key(caption) in _key(goal["beskrivning"]):
        return
    goal["beskrivning"] = f"{goal['beskrivning']}\n\n{caption}".strip()
    what = f"Beskrivning av målet ”{clipped(goal['text'], 50)}”"
    b.became(view.block.index - 1, Became.TEXT, what)
