"""A follow-up's assessment of a goal written as a line under the goal's heading rather than in
a table: "Mål 1: Fler barn är aktiva" ¶ "Bedömning: Delvis uppnått" ¶ analysis ¶ the goal's
indicator table. The goal may be made only by the table below the line, so the line is held
until the next heading (or the document's end) and then given to the goal its heading names,
or else to the first goal made after it; a line no goal takes stays as chapter text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_goal_table import assess, grade, parse_goal
from vplan_desktop.imports.word_result import Became
from vplan_desktop.wording import clipped

__all__ = ["AssessmentLines", "assessment_words"]

_LINE = re.compile(
    r"^(?:samlad\s+|sammantagen\s+)?(?:bedömning|bedömd\s+måluppfyllelse|måluppfyllelse)"
    r"(?:\s+(?:per|efter|i)\s+\S+(?:\s+\d{4})?)?\s*[:：]\s*(?P<level>\S.{0,60}?)\s*\.?$",
    re.IGNORECASE,
)


def assessment_words(text: str) -> str | None:
    """The assessment a line states ("Bedömning: Delvis uppnått" → "Delvis uppnått"); None
    for any other line, and for words that name no level of the scale."""
    found = _LINE.match(" ".join(text.split()))
    if found is None or grade(found.group("level")) is None:
        return None
    return found.group("level")


def _key(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(".:")


@dataclass
class _Held:
    block: Block
    words: str
    named: str
    """The goal the heading above names, without its label ("Mål 1: …")."""
    last_id: int
    """The highest goal id when the line was read: a goal above it is made after it."""


class AssessmentLines:
    """The assessment lines of a follow-up document, held until their goal is known."""

    def __init__(self, b: Builder, follow_up: bool) -> None:
        self.b = b
        self.follow_up = follow_up
        self.held: list[_Held] = []

    def read(self, block: Block, heading: str) -> bool:
        """Whether ``block`` is an assessment line (then held for its goal)."""
        if not self.follow_up or block.kind is not BlockKind.PARAGRAPH:
            return False
        words = assessment_words(block.text)
        if words is None:
            return False
        named = parse_goal(heading)[2] if heading else ""
        last = max((g["id"] for g in self.b.goals), default=0)
        self.held.append(_Held(block, words, named, last))
        return True

    def settle(self, keep: Callable[[Block], None]) -> None:
        """Gives each held line to its goal; ``keep`` takes a line no goal takes."""
        b = self.b
        for held in self.held:
            key = _key(held.named)
            goal = next((g for g in b.goals if key and _key(g["text"]) == key), None)
            if goal is None:
                later = [g for g in b.goals if g["id"] > held.last_id]
                goal = min(later, key=lambda g: g["id"]) if later else None
            if goal is None:
                keep(held.block)
                continue
            assess(b.follow_up(), goal, held.words)
            what = f"Bedömning av målet ”{clipped(goal['text'], 50)}”: {held.words}"
            b.became(held.block.index, Became.UPPFOLJNING, what)
        self.held = []
