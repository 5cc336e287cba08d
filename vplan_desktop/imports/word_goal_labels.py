"""The bold labels a goal-management system (Stratsys, Hypergene) prints under a goal's
heading over the goal's fields: "Beskrivning" over the goal's description, "Indikatorer" and
"Aktiviteter" over their tables (those read as the tables' captions). The description's label
is structure, not a part of the description."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_result import Became
from vplan_desktop.wording import clipped

__all__ = ["description_label"]

_DESCRIPTION = re.compile(r"^(?:mål)?beskrivning(?:\s+av\s+målet)?\s*:?$", re.IGNORECASE)


def description_label(b: Builder, block: Block) -> bool:
    """Whether ``block`` is a bold "Beskrivning" alone on its line under a goal's heading:
    the label of the goal's description (marked as structure); False for any other line."""
    goal = b.current_goal
    if goal is None or block.kind is not BlockKind.PARAGRAPH or not block.bold:
        return False
    if _DESCRIPTION.match(block.text.strip()) is None:
        return False
    what = f"Rubrik över beskrivningen av målet ”{clipped(goal['text'], 50)}”"
    b.became(block.index, Became.STRUKTUR, what)
    return True
