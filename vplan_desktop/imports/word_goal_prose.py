"""Goals written only as prose under the goals' chapter: a series of one-sentence paragraphs
"Nämnden ska under 2027 granska …", each perhaps followed by a paragraph on how it is followed
up. A paragraph is read as a goal only when at least two paragraphs under the same heading
are such sentences: a lone "Nämnden ska följa upp …" in the text stays text. A paragraph
leading in a table over several goals is the goals' part's text."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_group_goal import goals_by_group
from vplan_desktop.imports.word_table import is_title_row

MUST = re.compile(
    r"^(?:nämnden|styrelsen|direktionen|utskottet|förvaltningen|förbundet)\s+ska\s+\w",
    re.IGNORECASE,
)
_NEXT_SENTENCE = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")
LONGEST = 300


def must_sentence(text: str) -> bool:
    """One sentence "Nämnden ska …" of at most 300 characters (no lead-in ending in ":")."""
    text = " ".join(text.split())
    return (
        bool(MUST.match(text))
        and len(text) <= LONGEST
        and not text.endswith(":")
        and not _NEXT_SENTENCE.search(text)
    )


def must_goal(
    blocks: list[Block], index: int, levels: dict[int, int]
) -> tuple[MalNiva, str, str] | None:
    """(nämndsmål, no number, the sentence) when the paragraph at ``index`` is a "Nämnden ska
    …" goal: such a sentence, with another paragraph under the same heading one too."""
    text = " ".join(blocks[index].text.split())
    if not must_sentence(text):
        return None
    start = index
    while start > 0 and blocks[start - 1].index not in levels:
        start -= 1
    end = index
    while end + 1 < len(blocks) and blocks[end + 1].index not in levels:
        end += 1
    series = any(
        other.kind is BlockKind.PARAGRAPH and must_sentence(other.text)
        for other in blocks[start : end + 1]
        if other.index != blocks[index].index
    )
    return (MalNiva.NAMND, "", text) if series else None


def leads_in(blocks: list[Block], index: int, goals: list[dict[str, Any]]) -> bool:
    """The paragraph at ``index`` leads in the table right under it, whose group rows name two
    or more goals by number ("Målområde Trygg vård – Mål 1"): it is the goals' part's text,
    not the description of the goal read last."""
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    if after is None or after.kind is not BlockKind.TABLE:
        return False
    groups = [after.rows[r][0].text for r in range(len(after.rows)) if is_title_row(after, r)]
    return len({id(goal) for goal in goals_by_group(groups, goals).values()}) >= 2
