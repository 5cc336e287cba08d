"""A goal written as a bold line of its own over a label line announcing how it is measured
("Så här mäter vi:", "Så mäter vi", "Hur mäter vi?") and a bulleted list of indicators, each
carrying its figures in brackets ("Andel … (2025: 64 %, mål 2027: 70 %)"), as a verksamhet
writes its goals in running text rather than in headings or tables. The bold line is a
nämndsmål of the målområde above (its closing full stop dropped), the label line is structure
and the list under it is the goal's indicators; the heading over such goals is their
målområde, not a goal."""

from __future__ import annotations

import re

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_result import Became
from vplan_desktop.wording import clipped

__all__ = ["measure_label", "measured_goal", "read_measured_goal"]

_LABEL = re.compile(
    r"^(?:så\s+(?:här\s+)?mäter\s+vi|hur\s+mäter\s+vi|så\s+(?:här\s+)?följer\s+vi\s+upp"
    r"|mäts\s+genom|indikatorer|mått)\s*[:?]?$",
    re.IGNORECASE,
)
_LONGEST = 300
"""Characters: a goal line is one sentence."""


def measure_label(block: Block) -> bool:
    """Whether ``block`` is a line announcing a goal's indicators ("Så här mäter vi:")."""
    text = " ".join(block.text.split())
    return block.kind is BlockKind.PARAGRAPH and _LABEL.match(text) is not None


def measured_goal(blocks: list[Block], index: int) -> str | None:
    """The goal's text of a bold line at ``index`` standing over a measure label and a list
    item; None for any other block."""
    block = blocks[index]
    text = " ".join(block.text.split())
    if block.kind is not BlockKind.PARAGRAPH or not block.bold or not text:
        return None
    if len(text) > _LONGEST or measure_label(block) or text.endswith(":"):
        return None
    if index + 2 >= len(blocks) or not measure_label(blocks[index + 1]):
        return None
    if blocks[index + 2].kind is not BlockKind.LIST_ITEM:
        return None
    return text.removesuffix(".").strip() or None


def read_measured_goal(b: Builder, blocks: list[Block], block: Block) -> Became | None:
    """How ``block`` was read: as a measured goal's line (``Became.MAL``, a goal of the
    målområde read and the goal being read), as the label line under it (``Became.STRUKTUR``:
    the list that follows is the goal's indicators); None for any other block."""
    area = b.current_area
    if area is None:
        return None
    if (text := measured_goal(blocks, block.index)) is not None:
        b.current_goal = b.goal(area, MalNiva.NAMND, "", text)
        b.became(block.index, Became.MAL, f"Målet ”{clipped(text, 50)}”")
        return Became.MAL
    goal, above = b.current_goal, block.index - 1
    if goal is None or above < 0 or not measure_label(block):
        return None
    if measured_goal(blocks, above) is None:
        return None
    what = f"Rubrik för indikatorerna till ”{clipped(goal['text'], 50)}”"
    b.became(block.index, Became.STRUKTUR, what)
    return Became.STRUKTUR
