"""Goals written only as prose under the goals' chapter: a series of one-sentence paragraphs
"Nämnden ska under 2027 granska …", each perhaps followed by a paragraph on how it is followed
up. A paragraph is read as a goal only when at least two paragraphs under the same heading
are such sentences: a lone "Nämnden ska följa upp …" in the text stays text. The nämnd may
speak of itself as "Vi ska …". A goal may also be set off in bold: a paragraph wholly in bold
that is one sentence ("Vi ska ha en kulturskola utan kö."), with another such bold sentence in
the same chapter, is a goal and the plain paragraphs under it its description (a bold line
without a full stop, or with a label ending in ":", is a title, not a goal; under a goal's own
heading a bold sentence is that goal's text). A paragraph leading in a table over several
goals is the goals' part's text."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_coded_goals import coded_goal
from vplan_desktop.imports.word_group_goal import goals_by_group
from vplan_desktop.imports.word_table import is_title_row
from vplan_desktop.imports.word_text import goal_heading

MUST = re.compile(
    r"^(?:nämnden|styrelsen|direktionen|utskottet|förvaltningen|förbundet|vi)\s+ska\s+\w",
    re.IGNORECASE,
)
_NEXT_SENTENCE = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")
_GOAL_NAMED = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:nämnds?mål|mål)\s*\d", re.I)
"""A heading naming a goal by its number ("Mål 2: …", "1.3 Nämndsmål 4 …")."""
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


def bold_sentence(block: Block) -> bool:
    """``block`` is a paragraph wholly in bold that is one sentence of at least four words
    ending in a full stop, without a label ("Bedömning: …")."""
    text = " ".join(block.text.split())
    bold = block.bold or (bool(block.runs) and all(r.bold for r in block.runs if r.text.strip()))
    return (
        block.kind is BlockKind.PARAGRAPH
        and bold
        and len(text.split()) >= 4
        and len(text) <= LONGEST
        and text.endswith((".", "!"))
        and ":" not in text
        and not _NEXT_SENTENCE.search(text)
    )


def _bold_goal(blocks: list[Block], index: int, levels: dict[int, int]) -> bool:
    """The paragraph at ``index`` is a bold goal sentence with another in the same chapter
    (between the headings of the top level around it)."""
    if not bold_sentence(blocks[index]):
        return False
    above = next((b for b in reversed(blocks[:index]) if b.index in levels), None)
    if above is not None and (goal_heading(above.text) or _GOAL_NAMED.match(above.text)):
        return False  # under a goal's own heading: the bold line is that goal's text
    tops = [i for i, level in levels.items() if level == min(levels.values(), default=1)]
    start = max((i for i in tops if i < blocks[index].index), default=-1)
    end = min((i for i in tops if i > blocks[index].index), default=len(blocks))
    return any(
        bold_sentence(other)
        for other in blocks[start + 1 : end]
        if other.index != blocks[index].index
    )


def must_goal(
    blocks: list[Block], index: int, levels: dict[int, int]
) -> tuple[MalNiva, str, str] | None:
    """(nämndsmål, no number, the sentence) when the paragraph at ``index`` is a "Nämnden ska
    …" goal: such a sentence, with another paragraph under the same heading one too; or a
    bold goal sentence (see the module); (nämndsmål, its code, the goal) for a paragraph
    opening with a bold goal code (``word_coded_goals``)."""
    if coded := coded_goal(blocks[index]):
        return coded
    text = " ".join(blocks[index].text.split())
    if _bold_goal(blocks, index, levels):
        return MalNiva.NAMND, "", text
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
