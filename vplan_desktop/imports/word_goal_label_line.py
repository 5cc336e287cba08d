"""A goal written as its label alone on a line ("Mål 2.1", "Nämndmål 3", "Mål N1") with the
goal's sentence on the next line, as a layout table's left cell holds it (``word_docx_frame``):
the two lines are one goal, numbered by the label and worded by the sentence. The label line
is structure. A label alone with no sentence under it (a heading, a table, another label, a
lead-in ending in ":") is no goal of its own."""

from __future__ import annotations

import re

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_goal_prose import must_goal
from vplan_desktop.imports.word_goal_table import goal_line, parse_goal
from vplan_desktop.imports.word_result import Became
from vplan_desktop.wording import clipped

__all__ = ["goal_label", "label_line", "label_over_sentence", "labelled_sentence", "prose_goal"]

_ALONE = re.compile(
    r"^(?P<label>[^\d:]{0,40}?mål)\s*"
    r"(?P<kod>(?!(?:19|20)\d\d\b)(?:[A-ZÅÄÖ]{1,3})?\d+(?:\.\d+)*[a-z]?)\s*[:.]?$",  # no year
    re.IGNORECASE,
)
_LONGEST = 400


def goal_label(text: str) -> tuple[MalNiva, str] | None:
    """(level, number) of a goal's label alone ("Mål 2.1" → nämndsmål, "2.1"); None for any
    other line."""
    found = _ALONE.match(" ".join(text.split()))
    if found is None:
        return None
    named = goal_line(f"{found.group('label')} {found.group('kod')}: x")
    return (named[0], named[1]) if named is not None and named[1] else None


def _sentence(block: Block, levels: dict[int, int]) -> bool:
    """A plain paragraph of at least three words that is no label, heading or lead-in."""
    text = " ".join(block.text.split())
    return (
        block.kind is BlockKind.PARAGRAPH
        and block.index not in levels
        and len(text.split()) >= 3
        and len(text) <= _LONGEST
        and not text.endswith(":")
        and goal_label(text) is None
        and goal_line(text) is None
    )


def label_over_sentence(blocks: list[Block], index: int, levels: dict[int, int]) -> bool:
    """The paragraph at ``index`` is a goal's label alone with the goal's sentence under it."""
    return (
        index + 1 < len(blocks)
        and blocks[index].kind is BlockKind.PARAGRAPH
        and index not in levels
        and goal_label(blocks[index].text) is not None
        and _sentence(blocks[index + 1], levels)
    )


def labelled_sentence(
    blocks: list[Block], index: int, levels: dict[int, int]
) -> tuple[MalNiva, str, str] | None:
    """(level, the label's number, the sentence) when the paragraph at ``index`` is the goal's
    sentence under its label alone; None otherwise."""
    if index == 0 or not label_over_sentence(blocks, index - 1, levels):
        return None
    niva, kod = goal_label(blocks[index - 1].text) or (MalNiva.NAMND, "")
    return niva, kod, parse_goal(" ".join(blocks[index].text.split()))[2]


def label_line(b: Builder, blocks: list[Block], index: int, levels: dict[int, int]) -> bool:
    """Whether the paragraph at ``index`` is a goal's label over its sentence (marked as
    structure: the goal is read from the sentence); False for any other line."""
    if not label_over_sentence(blocks, index, levels):
        return False
    b.became(index, Became.STRUKTUR, f"Numret på målet ”{clipped(blocks[index + 1].text, 50)}”")
    return True


def prose_goal(
    blocks: list[Block], index: int, levels: dict[int, int]
) -> tuple[MalNiva, str, str] | None:
    """The goal the paragraph at ``index`` states: a labelled goal line ("Mål 2: …"), a
    sentence under its label alone, or a goal in prose (``word_goal_prose.must_goal``)."""
    text = blocks[index].text
    return (
        goal_line(text)
        or labelled_sentence(blocks, index, levels)
        or must_goal(blocks, index, levels)
    )
