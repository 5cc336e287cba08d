"""The goals written as one list that Word numbers in levels ("1." / "1.1" / "a)", a multilevel
list on ``w:numPr``), with no headings and no typed numbers: in the goal part, a run of list
items on two levels or more, every item numbered by Word, is the goals' outline.

Its levels are read by what their items say: a level whose items are sentences (most end with
a full stop) is a level of goals, the lowest of them the nämnd's own goals and the nearest one
above it fullmäktige's goals they go under, any other level above them their målområden; a
level of names below the goals is their indicators (by name: their figures come from a table).
A list with no level of sentences is read by place: målområden, then goals, then indicators.
Each goal keeps the number Word shows before it ("1.1", without a closing point or bracket),
so a table naming its goals by number ("Mål | Indikator | …" with "1.1") finds them; a goal
is never named by its number alone."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_result import Became
from vplan_desktop.wording import clipped

__all__ = ["OutlineGoals", "Role", "outline_runs"]


class Role(StrEnum):
    """What an item of the goals' outline is."""

    MALOMRADE = "malomrade"
    KF = "kf"
    NAMND = "namnd"
    INDIKATOR = "indikator"


def _sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?"))


def _level_roles(items: list[Block]) -> dict[int, Role]:
    """Each list level's role, told by whether its items are sentences (see the module)."""
    levels = sorted({b.list_level for b in items})
    sentences = {
        level: 2 * sum(_sentence(b.text) for b in items if b.list_level == level)
        >= sum(1 for b in items if b.list_level == level)
        for level in levels
    }
    goals = [level for level in levels if sentences[level]]
    if not goals:  # names only: målområde, goal, indicators by place
        by_place = [Role.MALOMRADE, Role.NAMND]
        return {level: by_place[n] if n < 2 else Role.INDIKATOR for n, level in enumerate(levels)}
    own = max(goals)
    roles = {level: Role.INDIKATOR for level in levels if level > own} | {own: Role.NAMND}
    for level in reversed([level for level in levels if level < own]):
        kf = sentences[level] and Role.KF not in roles.values()  # the nearest level above
        roles[level] = Role.KF if kf else Role.MALOMRADE
    return roles


def outline_runs(blocks: list[Block], labelled: Callable[[str], object]) -> list[dict[int, Role]]:
    """The goals' outlines in ``blocks``, each as block index → role: a run of list items in a
    row, each with the number Word shows before it, on two levels or more, and not under a
    line that ``labelled`` says announces a list ("Aktiviteter:")."""
    out: list[dict[int, Role]] = []
    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and block.kind is BlockKind.LIST_ITEM:
            run.append(block)
            continue
        before = blocks[run[0].index - 1] if run and run[0].index else None
        under_label = before is not None and bool(labelled(before.text))
        if all(b.number for b in run) and len({b.list_level for b in run}) >= 2 and not under_label:
            roles = _level_roles(run)
            out.append({b.index: roles[b.list_level] for b in run})
        run = []
    return out


def _kod(number: str) -> str:
    """The goal's number as the plan keeps it: "1." → "1", "2.1" → "2.1", "a)" → "a"."""
    return number.strip().strip(".)(").strip()[:20]


class OutlineGoals:
    """Reads, item by item, the goals' outline (``outline_roles``) into the builder."""

    def __init__(self, b: Builder, blocks: list[Block], labelled: Callable[[str], object]) -> None:
        self.b = b
        self.runs = {min(run): run for run in outline_runs(blocks, labelled)}
        """Each outline by its first item's index."""
        self.roles: dict[int, Role] = {}
        """The items of the outline being read."""
        self.area: dict[str, Any] | None = None
        self.upper: dict[str, Any] | None = None
        """The fullmäktige goal the nämnd's goals read next go under."""
        self.goal: dict[str, Any] | None = None
        """The nämnd's goal the indicators read next measure."""

    def read(self, block: Block, heading: str) -> bool:
        """Whether ``block`` (in the goal part under ``heading``) was read as an item of the
        goals' outline. An outline right under a goal of its own is that goal's, not goals."""
        b = self.b
        if block.index in self.runs:
            mine = b.current_goal is None
            self.roles = self.runs[block.index] if mine else {}
            self.area = self.upper = self.goal = None
        role = self.roles.get(block.index)
        if role is None:
            return False
        text = " ".join(block.text.split())
        if role is Role.MALOMRADE:
            self.area = b.area(text, _kod(block.number))
            self.upper = self.goal = None
            b.became(block.index, Became.MALOMRADE, f"Målområdet ”{clipped(text, 50)}”")
            return True
        if role is Role.INDIKATOR:
            if self.goal is None:
                return False  # an indicator before any goal: the line is read on
            indicator = {"id": b.next_id(), "namn": text[:300], "att_granska": True}
            self.goal["indikatorer"].append(indicator | {"malnivaer": {}, "utfall": {}})
            what = f"Indikator till målet ”{clipped(self.goal['text'], 50)}”"
            b.became(block.index, Became.INDIKATOR, what)
            return True
        area = self.area or b.current_area or b.area(heading or "Mål")
        if role is Role.KF:
            self.upper = b.goal(area, MalNiva.KF, _kod(block.number), text)
            self.goal = None
            what = f"Kommunfullmäktiges mål ”{clipped(text, 50)}”"
        else:
            parent = self.upper["id"] if self.upper is not None else None
            self.goal = b.goal(area, MalNiva.NAMND, _kod(block.number), text, parent)
            what = f"Målet ”{clipped(text, 50)}”"
        b.became(block.index, Became.MAL, what)
        return True
