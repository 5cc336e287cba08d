"""Goals typed as bold numbered paragraphs in the plan's goal part: "**1. Fler invånare väljer
att bo och verka i kommunen.**", the number typed, not Word's list numbering, each line a goal
with its indicator (a line or a table) and description under it; a goal under its målområde's
number is numbered by both ("**1.2 Parker och torg är trygga**", as a målhus's boxes print
it), or behind a letter code ("**KS 1 Företagsklimatet förbättras.**"). Two or more such
lines under the same heading, with different numbers, are the nämnd's goals: each keeps its
number as its code (activities name their goal by it) and its words without the number. A bold
line of this shape right over a table is the goal the table measures, not the table's caption.
A lone bold numbered line, one outside the goal part, or one naming its owner ("1. <name>
(Ansvarig: …)", an activity) is left to the other readers."""

from __future__ import annotations

import re

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_activity_lines import activity_line
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_tabled_goals import tabled_goal
from vplan_desktop.wording import clipped

__all__ = ["typed_goal", "typed_number"]

_TYPED = re.compile(
    r"^(?:(?P<nr>\d{1,2})[.)]|(?P<sub>\d{1,2}\.\d{1,2})\.?"
    r"|(?P<code>[A-ZÅÄÖ]{1,4}) ?(?P<cnr>\d{1,2})[.:)]?)\s+(?P<text>[A-ZÅÄÖ][^\n]{3,299})$"
)
MIN_WORDS = 3
"""A goal is a sentence: fewer words are a heading's or a label's."""


def typed_number(block: Block) -> tuple[str, str] | None:
    """("2", "Företagsklimatet förbättras.") for a bold paragraph of a typed number and a
    goal's sentence; None for any other block (a line naming its owner, "1. <name> (Ansvarig:
    …)", is an activity)."""
    if block.kind is not BlockKind.PARAGRAPH or not block.bold or activity_line(block.text):
        return None
    found = _TYPED.match(" ".join(block.text.split()))
    if found is None or len(re.findall(r"[^\W\d_]+", found.group("text"))) < MIN_WORDS:
        return None
    if found.group("code"):  # "KS 1": the goal's code as the plan prints it
        return f"{found.group('code')} {found.group('cnr')}", found.group("text").strip()
    return found.group("nr") or found.group("sub"), found.group("text").strip()


def _series(blocks: list[Block], levels: dict[int, int], at: int) -> set[str]:
    """The numbers of the typed goal lines under the same heading as the line at ``at``."""
    start = next((i for i in range(at, -1, -1) if i in levels), -1)
    end = next((i for i in range(at + 1, len(blocks)) if i in levels), len(blocks))
    return {found[0] for b in blocks[start + 1 : end] if (found := typed_number(b))}


def typed_goal(
    b: Builder,
    blocks: list[Block],
    levels: dict[int, int],
    block: Block,
    part: str,
    path: list[str],
) -> bool:
    """Whether ``block`` is one of the nämnd's goals typed as bold numbered lines in the goal
    part (``part`` "mal"); the goal is made (under the målområde read, else one named by the
    heading over the goals, the last of ``path``) and becomes the goal the lines and tables
    under it belong to."""
    if part != "mal":
        return False
    found = typed_number(block)
    if found is None or len(_series(blocks, levels, block.index)) < 2:
        found = tabled_goal(blocks, levels, block)  # Word's numbers, a table under each
        if found is None:
            return False
    kod, text = found
    area = b.current_area or b.loose_area(path[-1] if path else "Mål")
    b.current_area = area
    b.current_goal = b.goal(area, MalNiva.NAMND, kod, text)
    b.became(block.index, Became.MAL, f"Målet ”{clipped(text, 50)}” (nummer {kod})")
    return True
