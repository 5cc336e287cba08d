"""Goal headings that open with the goal's code: a large city's template codes its goals by
skolform or verksamhet ("GY1 Fler elever når en gymnasieexamen", "VUX2 Nyanlända lär sig
svenska snabbare", "GEM1 …", "KS 3 …") – one to four capitals and a number, glued or spaced –
and prints each goal as a heading with its code before the sentence. The code is the goal's
kod and the sentence its text, so that the goal given earlier in a summary table "Kod |
Nämndsmål" is the same goal and an activity linking goals by code finds it. A heading is read
so only where the document codes its headings consistently: another heading of the same level
opens with a code too (one "EU 2 …" heading is a title, not a code)."""

from __future__ import annotations

import re

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_goal_table import parse_goal
from vplan_desktop.imports.word_structure import strip_outline

__all__ = ["CODE", "TYPED_OUTLINE", "coded_heading", "heading_goal"]

CODE = r"[A-ZÅÄÖ]{1,4} ?\d{1,2}(?:\.\d{1,2})*[a-zåäö]?"
"""A goal's code of capitals and a number: "GY1", "VUX2", "KS 3", "N1.2", "GEM1a"."""
_HEADING = re.compile(rf"^(?P<kod>{CODE})[.:)]?\s+(?:[–-]\s+)?(?P<text>[A-ZÅÄÖ][\w-]*(?:\s+\S+)+)$")
"""A heading made of a code and a sentence of at least two words starting with a capital (its
first word may end in a hyphen: "Gång- och cykelvägnätet …")."""
TYPED_OUTLINE = re.compile(r"^(?P<kod>\d+(?:\.\d+)+)\.?\s+(?P<text>[A-ZÅÄÖ]\S*(?:\s+\S+)+)$")
"""A system's outline number typed before a goal heading's words ("3.1.2 Fler föräldrar …"),
as a målområde heading's is (``word_goal_card.area_name``): the goal's number, not its words."""


def _split(block: Block) -> tuple[str, str] | None:
    found = _HEADING.match(" ".join(strip_outline(block)[1].split()))
    if found is None:
        return None
    return found.group("kod").replace(" ", ""), found.group("text")


def coded_heading(
    blocks: list[Block], levels: dict[int, int], index: int
) -> tuple[str, str] | None:
    """(code, goal) of the heading at ``index`` when it opens with a goal code and another
    heading of its level (``levels``: block index → heading level) opens with one too; None
    otherwise."""
    level = levels.get(index)
    found = _split(blocks[index]) if level is not None else None
    if found is None:
        return None
    others = (i for i, at in levels.items() if at == level and i != index)
    return found if any(_split(blocks[i]) is not None for i in others) else None


def heading_goal(
    blocks: list[Block], levels: dict[int, int], index: int
) -> tuple[MalNiva, str, str]:
    """(level, code, text) of the goal the heading at ``index`` gives: a coded heading's code
    and sentence as a nämndsmål, else its words (without an outline number) as ``parse_goal``
    reads them."""
    coded = coded_heading(blocks, levels, index)
    if coded is not None:
        return MalNiva.NAMND, *coded
    words = strip_outline(blocks[index])[1]
    typed = TYPED_OUTLINE.match(words)  # "3.1.2 Fler …": a styled heading's typed number
    if typed is not None:
        niva, kod, text = parse_goal(typed.group("text"))
        return niva, kod or typed.group("kod"), text
    return parse_goal(words)
