"""The bold labels a goal-management system (Stratsys, Hypergene) prints under a goal's
heading over the goal's fields: "Beskrivning" over the goal's description, "Indikatorer" and
"Aktiviteter" over their tables (those read as the tables' captions). The description's label
is structure, not a part of the description; so are the lines such a system prints right under a
målområde's or goal's heading naming its level ("Målområde", "Nämndmål") or when it was last
edited ("Senast ändrad 2026-09-28")."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_result import Became
from vplan_desktop.wording import clipped

__all__ = ["description_label", "type_line"]

_DESCRIPTION = re.compile(r"^(?:mål)?beskrivning(?:\s+av\s+målet)?\s*:?$", re.IGNORECASE)
_TYPE = re.compile(
    r"^(?:målområde|fokusområde|perspektiv|strategiskt område|nämndmål|nämndsmål|kf-mål|"
    r"kommunmål|strategiskt mål|inriktningsmål|verksamhetsmål|förvaltningsmål|effektmål)$|"
    r"^senast\s+(?:ändrad|ändrat|uppdaterad|uppdaterat|redigerad|sparad)\s*:?\s*"
    r"\d{4}-\d\d-\d\d(?:\s+\d\d:\d\d)?$",
    re.IGNORECASE,
)
LEAD_LINES = 3
"""The lines a system prints under a heading before the goal's own text."""


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


def type_line(b: Builder, blocks: list[Block], block: Block) -> bool:
    """Whether ``block`` is a line naming the level of the målområde or goal whose heading is
    right above it ("Nämndmål") or when it was last edited ("Senast ändrad 2026-09-28"), only
    such lines between: marked as structure; False for any other line."""
    if block.kind is not BlockKind.PARAGRAPH or not _TYPE.match(" ".join(block.text.split())):
        return False
    for back in range(block.index - 1, max(-1, block.index - 1 - LEAD_LINES), -1):
        above = blocks[back]
        if above.kind is BlockKind.HEADING:
            outcome = b.result.outcomes.get(back)
            if outcome is None or outcome.became not in (Became.MAL, Became.MALOMRADE):
                return False
            what = f"Rad under rubriken ”{clipped(above.text, 50)}” (nivå eller ändringsdatum)"
            b.became(block.index, Became.STRUKTUR, what)
            return True
        if not _TYPE.match(" ".join(above.text.split())):
            return False
    return False
