"""An indicator written as a heading under its goal's heading, its figures on the one line
under it: "Andel nöjda brukare" (Heading 4 under the goal's Heading 3), then "Nuläge 2025: 84 %
⇥ Mål 2027: 87 % ⇥ Mål 2028: 90 %". The heading is the goal's indicator, not a goal of its
own; a heading over anything else stays a heading."""

from __future__ import annotations

from typing import Any

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_list_lines import figures_indicator
from vplan_desktop.imports.word_result import Became
from vplan_desktop.wording import clipped

__all__ = ["figures_text", "heading_indicator"]


def figures_text(block: Block) -> str:
    """A figures line's text with its tab stops as separators ("Nuläge 2025: 84 % | Mål 2027:
    87 %"), so that each figure is read apart."""
    parts = [p.strip() for p in block.tabbed if p.strip()]
    return " | ".join(parts) if len(parts) > 1 else block.text


def heading_indicator(
    b: Builder,
    blocks: list[Block],
    block: Block,
    level: int,
    goal_at: dict[int, dict[str, Any]],
    figure_lines: set[int],
) -> bool:
    """Whether the heading ``block`` at ``level`` is an indicator of the goal whose heading is
    above it (in ``goal_at``), its figures on the line under it; the figures' line is added to
    ``figure_lines`` (read with it)."""
    goal = b.current_goal
    if goal is None or not any(at < level and g is goal for at, g in goal_at.items()):
        return False
    following = block.index + 1
    if following >= len(blocks) or blocks[following].kind is not BlockKind.PARAGRAPH:
        return False
    found = figures_indicator(block.text, figures_text(blocks[following]))
    if found is None:
        return False
    goal["indikatorer"].append({"id": b.next_id(), **found})
    b.became(block.index, Became.INDIKATOR, f"Indikator till målet ”{clipped(goal['text'], 50)}”")
    figure_lines.add(following)
    return True
