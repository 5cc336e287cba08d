"""A goal's status and trend shown as symbols on a line of their own under the goal, the way a
goal system prints them: "Status: ● Trend: ↗", the symbols small pictures (the reader puts a
line's pictures right after it, each a block of its own). The line's words are only such
labels ("Status:", "Trend:", "Måluppfyllelse:"), and the pictures following it are its marks.
They are the last follow-up's judgement, not a part of the new plan: the line and its pictures
are the goal's structure, named in the report with what the pictures' alt texts say (one
without alt text as a symbol without text), so nothing goes unsaid. A labels' line without a
picture after it, or one that is not under a goal, is read as any other line."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_result import Became
from vplan_desktop.wording import clipped

__all__ = ["status_marks"]

_LABELS = re.compile(
    r"^(?:(?:status|trend|måluppfyllelse|målstatus|prognos|utveckling)\s*:\s*)+$", re.IGNORECASE
)


def status_marks(b: Builder, blocks: list[Block], block: Block, claimed: set[int]) -> bool:
    """Whether ``block`` is the status line of the goal above it (see the module); its index
    and its pictures' are added to ``claimed`` (read with it)."""
    goal = b.current_goal
    if goal is None or block.kind is not BlockKind.PARAGRAPH:
        return False
    if _LABELS.match(" ".join(block.text.split())) is None:
        return False
    pictures: list[Block] = []
    at = block.index + 1
    while at < len(blocks) and blocks[at].kind is BlockKind.IMAGE:
        pictures.append(blocks[at])
        at += 1
    if not pictures:
        return False
    said = ", ".join(f"”{p.alt}”" if p.alt else "en symbol utan text" for p in pictures)
    what = (
        f"Målets status och trend som symboler ({said}) under målet "
        f"”{clipped(goal['text'], 50)}”: uppföljning, inte en del av planen"
    )
    for marked in (block, *pictures):
        b.became(marked.index, Became.STRUKTUR, what)
        claimed.add(marked.index)
    b.report(what)
    return True
