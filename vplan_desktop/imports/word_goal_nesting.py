"""Goals labelled on two levels: a goal heading ("Strategiskt mål 1: …") with goals under it
that carry a label of another name ("Prioriterat mål 1.1: …", "Resultatmål 2.1: …", as bold
lines or lower headings) is the level above the nämnd's own goals, fullmäktige's goal the
nämnd breaks down into its own, whatever the kommun calls the two levels. A heading that
names the nämnd as its owner ("Nämndsmål 1") stays the nämnd's; goals under it labelled
the same way ("Mål 1" over "Mål 1.1") are no level of their own."""

from __future__ import annotations

import re

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports import word_goal_table
from vplan_desktop.imports.word_blocks import Block, BlockKind

_LABEL = re.compile(r"^(?P<label>[^\d:–—-]+?)\s*(?:[A-ZÅÄÖ]{0,3}\d[\d.:]*[a-z]?)?\s*[:–—-]")
_OWN = re.compile(r"^(?:nämnds?mål|nämndens\s+mål)$", re.IGNORECASE)


def _label(text: str) -> str:
    """The goal's label without its number: "Strategiskt mål 1: …" → "strategiskt mål"."""
    found = _LABEL.match(" ".join(text.split()))
    return found.group("label").strip().lower() if found else ""


def upper_level(
    blocks: list[Block], levels: dict[int, int], index: int, level: int, text: str
) -> MalNiva | None:
    """KF for the goal heading at ``index`` (of ``level``, reading ``text``) when goals
    labelled otherwise stand under it before the next heading of its level; None else."""
    label = _label(text)
    if not label or _OWN.match(label) or word_goal_table.goal_line(text) is None:
        return None
    if word_goal_table.parse_goal(text)[0] is not MalNiva.NAMND:
        return None  # the document names the level itself ("KF:s mål 1 – …")
    for block in blocks[index + 1 :]:
        own = levels.get(block.index)
        if own is not None and own <= level:
            return None
        heading = own is not None or block.kind is BlockKind.HEADING
        if not (heading or (block.kind is BlockKind.PARAGRAPH and block.bold)):
            continue
        inner = _label(block.text)
        if inner and inner != label and word_goal_table.goal_line(block.text) is not None:
            return MalNiva.KF
    return None


def kf_may_follow(above: dict[str, object], niva: MalNiva) -> bool:
    """Whether a goal of ``niva`` under the goal heading ``above`` breaks that goal down: any
    goal under a goal, and fullmäktige's own goal only under one of fullmäktige's (an
    inriktningsmål over "Kommunfullmäktiges mål för verksamhetsområdet: …"), never under a
    goal of the nämnd's."""
    return niva is not MalNiva.KF or above.get("niva") == MalNiva.KF.value
