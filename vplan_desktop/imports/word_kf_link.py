"""Kommunfullmäktige's goals written as lines in the goal part. Under a målområde's heading,
before its goals, "Kommunfullmäktiges mål: …" is the målområde's KF goal: the nämndsmål after
it go under it. Right under a nämndsmål's heading (or its goal line) a line naming the KF goal
("Kopplat till fullmäktiges mål: …", "Koppling till KF-mål: …", "Kommunfullmäktiges mål: …")
is that goal's own link: the KF goal is made in the goal's målområde (or found, when several
goals name the same one) and the nämndsmål goes under it, the goals after it do not."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_contributing_goals import contributing_goal
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_text import kf_line
from vplan_desktop.wording import clipped

_LINK = re.compile(
    r"^(?:(?:kopplat|kopplad|kopplas|koppling|kopplingen|länkat|länkad)\s+till\s+)?"
    r"(?:kommunfullmäktiges\s+|fullmäktiges\s+|kf:s\s+|kf-)"
    r"(?:inriktningsmål|strategiska\s+mål|mål)(?:\s+(?P<kod>\d+(?:\.\d+)*))?\s*:\s*"
    r"(?P<text>\S.*)$",
    re.IGNORECASE,
)


def link_line(text: str) -> tuple[str, str] | None:
    """(number, goal) of a line naming a KF goal ("Koppling till KF-mål 2: Text"); None for
    any other line."""
    found = _LINK.match(" ".join(text.split()))
    if found is None:
        return None
    return found.group("kod") or "", found.group("text").strip()


def goal_link(b: Builder, blocks: list[Block], levels: dict[int, int], block: Block) -> bool:
    """``block`` right under the current nämndsmål's heading or goal line names its KF goal:
    the goal goes under that KF goal; also a unit's coded goal and the line naming the goal it
    serves (``word_contributing_goals``). False (the line is read on) for any other line."""
    if contributing_goal(b, blocks, levels, block):
        return True
    goal = b.current_goal
    found = link_line(block.text)
    if goal is None or found is None or goal["niva"] != MalNiva.NAMND.value or not block.index:
        return False
    previous = blocks[block.index - 1]
    outcome = b.result.outcomes.get(previous.index)
    if outcome is None or outcome.became is not Became.MAL:
        return False
    if previous.index not in levels and not previous.bold:
        return False  # a goal read from a sentence or a table: the line is no heading's
    kod, text = found
    area = _area_of(b, goal)
    known = {id(g) for g in b.goals}
    kf = b.goal(area, MalNiva.KF, kod, text)
    if kf is goal or kf["niva"] != MalNiva.KF.value:
        return False  # the line names a goal of the nämnd's own: kept as its description
    if id(kf) not in known:  # a new KF goal: before the first goal under it
        b.goals.remove(kf)
        b.goals.insert(b.goals.index(goal), kf)
    goal["overordnat_id"] = kf["id"]
    b.became(
        block.index,
        Became.MAL,
        f"Kommunfullmäktiges mål ”{clipped(text, 50)}” över målet ”{clipped(goal['text'], 50)}”",
    )
    return True


def area_goal(b: Builder, block: Block, path: list[str]) -> bool:
    """A "Kommunfullmäktiges mål: …" line under a målområde's heading: the målområde's KF
    goal, over the nämndsmål read after it. False for any other line."""
    kf = kf_line(block.text)
    if not kf:
        return False
    area = b.current_area or b.area(path[-1] if path else "Mål")
    b.current_area = area
    goal = b.goal(area, MalNiva.KF, "", kf)
    b.given[area["id"]] = goal
    b.by_heading.setdefault(path[-1] if path else "", goal)
    b.became(block.index, Became.MAL, f"Kommunfullmäktiges mål ”{clipped(kf, 50)}”")
    return True


def _area_of(b: Builder, goal: dict[str, Any]) -> dict[str, Any]:
    return next(a for a in b.areas if a["id"] == goal["malomrade_id"])
