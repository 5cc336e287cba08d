"""Goals of a förvaltning's units, each written as a paragraph opening with its code in bold
("**EK1** Inköpen görs enligt upphandlade avtal.") and followed by a line naming the goal it
serves ("Bidrar till: KS 1", "Kopplat till mål: KS 2", "Stödjer: Nämndsmål 3"), anywhere in the
plan – typically under each avdelning's own heading in a chapter of the avdelningar's plans. The
line names a goal read before it (by its code, spaces aside, or its words): the coded goal is a
goal one level under that one (a förvaltningsmål under a nämndsmål), in the same målområde, and
keeps its code, so that the indicator and activity tables after it find it by the code in
their "Mål" column. The link line is structure. When a heading has one such goal under it,
that heading names the goal: a table under it without a "Mål" column measures that goal. A
coded paragraph without such a line is read as before."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_coded_goals import coded_goal
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_structure import strip_outline
from vplan_desktop.wording import clipped

__all__ = ["contributing_goal", "contribution_line"]

_LINE = re.compile(
    r"^(?:bidrar\s+till|kopplat\s+till|kopplad\s+till|koppling\s+till|stödjer|stöder)"
    r"(?:\s+(?:[\wåäö-]+s\s+)?mål(?:et)?)?\s*:\s*(?P<ref>\S.{0,300})$",
    re.IGNORECASE,
)
"""A line naming the goal a goal serves: "Bidrar till: KS 1", "Kopplat till nämndens mål: …"."""
_BELOW = {
    MalNiva.KF.value: MalNiva.NAMND,
    MalNiva.KS.value: MalNiva.NAMND,
    MalNiva.NAMND.value: MalNiva.FORVALTNING,
    MalNiva.FORVALTNING.value: MalNiva.FORVALTNING,
}
"""The level of a goal serving a goal of each level."""


def contribution_line(text: str) -> str:
    """The goal a "Bidrar till: …" line names, as printed; "" for any other line."""
    found = _LINE.match(" ".join(text.split()))
    return found.group("ref").strip() if found else ""


def _key(text: str) -> str:
    return "".join(text.lower().split()).rstrip(".")


def _served(goals: list[dict[str, Any]], ref: str) -> dict[str, Any] | None:
    """The goal ``ref`` names: by its code (spaces aside, "KS 1" is "KS1") or its words."""
    key = _key(ref)
    coded = [g for g in goals if g["kod"] and _key(g["kod"]) == key]
    worded = [g for g in goals if _key(g["text"]) == key]
    found = coded or worded
    return found[-1] if found else None


def _next_text(blocks: list[Block], index: int) -> Block | None:
    """The first block after ``index`` with text."""
    return next((b for b in blocks[index + 1 :] if b.text.strip()), None)


def _link_of(b: Builder, blocks: list[Block], block: Block) -> dict[str, Any] | None:
    """The goal served by the coded goal paragraph ``block``, named on the line after it."""
    after = _next_text(blocks, block.index)
    if coded_goal(block) is None or after is None or after.kind is not BlockKind.PARAGRAPH:
        return None
    ref = contribution_line(after.text)
    return _served(b.goals, ref) if ref else None


def _heading_over(blocks: list[Block], levels: dict[int, int], index: int) -> Block | None:
    return next((b for b in reversed(blocks[:index]) if b.index in levels), None)


def _alone(blocks: list[Block], levels: dict[int, int], index: int) -> bool:
    """The coded goal at ``index`` is the only one followed by a link line between the
    headings around it."""
    start = _heading_over(blocks, levels, index)
    first = start.index + 1 if start is not None else 0
    end = min((i for i in levels if i > index), default=len(blocks))
    return not any(
        coded_goal(other) is not None
        and (after := _next_text(blocks, other.index)) is not None
        and contribution_line(after.text)
        for other in blocks[first:end]
        if other.index != index
    )


def contributing_goal(
    b: Builder, blocks: list[Block], levels: dict[int, int], block: Block
) -> bool:
    """Reads ``block`` when it is a coded goal followed by the line naming the goal it serves,
    or that line (see the module's docstring); False for any other block."""
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    previous = next((p for p in reversed(blocks[: block.index]) if p.text.strip()), None)
    if previous is not None and contribution_line(block.text):
        served = _link_of(b, blocks, previous)
        outcome = b.result.outcomes.get(previous.index)
        if served is not None and outcome is not None and outcome.became is Became.MAL:
            what = f"Koppling till målet ”{clipped(served['text'], 50)}”"
            b.became(block.index, Became.STRUKTUR, what)
            return True
        return False
    served = _link_of(b, blocks, block)
    coded = coded_goal(block)
    if served is None or coded is None:
        return False
    _, kod, text = coded
    area = next(a for a in b.areas if a["id"] == served["malomrade_id"])
    niva = _BELOW.get(served["niva"], MalNiva.FORVALTNING)
    goal = b.goal(area, niva, kod, text, served["id"])
    heading = _heading_over(blocks, levels, block.index)
    if heading is not None and _alone(blocks, levels, block.index):
        b.by_heading.setdefault(strip_outline(heading)[1], goal)
        b.by_heading.setdefault(heading.text, goal)
    b.became(block.index, Became.MAL, f"Målet ”{clipped(text, 60)}” (kod {kod})")
    return True
