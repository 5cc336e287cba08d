"""A goal line that explains its goal: a label ("Nämndens mål:", "Mål 2:") opening a paragraph
of prose, the goal's sentence first and one or more sentences on why or how after it ("Nämndens
mål: Fler vuxna blir självförsörjande. Nämnden arbetar med …"). A goal is one sentence: the
first sentence is the goal, the rest of the paragraph its description. A paragraph the label
opens is read so even when it runs longer than a goal line alone may be."""

from __future__ import annotations

import re

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_goal_label_line import prose_goal
from vplan_desktop.imports.word_goal_table import goal_line
from vplan_desktop.imports.word_result import Became
from vplan_desktop.wording import clipped

__all__ = ["explained_goal", "first_sentence", "read_prose_goal"]

_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
"""Where a sentence may end: a full stop, then a capital."""
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:t\.ex|bl\.a|m\.m|m\.fl|s\.k|d\.v\.s|dvs|o\.s\.v|osv|ca|resp|inkl|exkl|jfr"
    r"|nr|kap|fr\.o\.m|t\.o\.m|p\.g\.a|pga|enl|st|kl|tel)\.$",
    re.IGNORECASE,
)
_WORDS = 3
"""The fewest words of a goal's sentence: a shorter first "sentence" is no goal of its own."""


def first_sentence(text: str) -> tuple[str, str]:
    """(the first sentence, the rest) of ``text``; (text, "") for a single sentence."""
    for found in _BREAK.finditer(text):
        head = text[: found.start()].strip()
        if _ABBREVIATION.search(head) or len(head.split()) < _WORDS:
            continue
        return head, text[found.end() :].strip()
    return text.strip(), ""


def explained_goal(text: str) -> tuple[MalNiva, str, str, str] | None:
    """(level, number, the goal's sentence, its description) of a goal line whose goal is
    followed by sentences that explain it; None for any other line (a goal line of one
    sentence included)."""
    text = " ".join(text.split())
    found, rest = goal_line(text), ""
    if found is None:  # longer than a goal line alone: its label and first sentence
        head, rest = first_sentence(text)
        found = goal_line(head) if rest else None
    if found is None:
        return None
    niva, kod, words = found
    goal, description = first_sentence(f"{words} {rest}".strip())
    return (niva, kod, goal, description) if description else None


def read_prose_goal(
    b: Builder, blocks: list[Block], at: int, levels: dict[int, int], home: str
) -> bool:
    """Whether the paragraph at ``at`` states a goal (``explained_goal``, or one of
    ``word_goal_label_line.prose_goal``): the goal made under the current målområde (one
    named ``home`` when there is none), its description the sentences after it."""
    description = ""
    if explained := explained_goal(blocks[at].text):
        niva, kod, goal_text, description = explained
    elif found := prose_goal(blocks, at, levels):
        niva, kod, goal_text = found
    else:
        return False
    area = b.current_area or b.area(home)
    b.current_area = area
    goal = b.current_goal = b.goal(area, niva, kod, goal_text)
    if description and description not in goal["beskrivning"]:
        goal["beskrivning"] = "\n\n".join(t for t in (goal["beskrivning"], description) if t)
    b.became(at, Became.MAL, f"Målet ”{clipped(goal_text, 50)}”")
    return True
