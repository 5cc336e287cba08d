"""A goal's fields as a planning system exports them: right under the goal's heading (and the
short lines the system prints under it, "Nämndmål", "Senast ändrad …") a table of two columns,
the field's name on the left and its value on the right: "Beskrivning | <the goal's text>",
"Ansvarig | <who>", "Kopplade mål | KF-mål 1: <the goal it serves>" (one line per goal served,
or "Ej angivet").

The description is the goal's description; any other field (Ansvarig, Syfte …) joins it as a
labelled line ("Ansvarig: Socialchef"). Each goal served that names its level (a KF goal:
"KF-mål 1: …", "Kommunfullmäktiges mål: …") is made (or found, when goals before it named it)
in the goal's målområde: the goal goes under the first, the others are named in the goal's
description. The field names and a field not filled in ("Ej angivet", "–") are structure."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_kf_link import link_line
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_titled_cards import unset
from vplan_desktop.wording import clipped

__all__ = ["is_goal_fields", "read_goal_fields"]

_DESCRIPTION = re.compile(r"^(?:mål)?beskrivning(?:\s+av\s+målet)?$", re.IGNORECASE)
_LINKS = re.compile(
    r"^(?:kopplade|länkade|överordnade)\s+mål|^(?:kopplat|kopplad|koppling|bidrar)\s+till\b|"
    r"^(?:kf-mål|kommunfullmäktiges\s+mål|kommunmål)$",
    re.IGNORECASE,
)
_OTHER = re.compile(
    r"^(?:ansvarig|ansvar|målägare|ägare|syfte|uppföljning|målgrupp|status|giltighetstid|"
    r"period|kommentar)$",
    re.IGNORECASE,
)
LEAD_LINES = 3
"""The short lines a system may print between a goal's heading and its fields."""
SHORT = 60


def _label(text: str) -> str:
    return " ".join(text.split()).rstrip(":").strip()


def is_goal_fields(block: Block) -> bool:
    """``block`` is a table of a goal's fields (see the module): two columns, every left cell
    a field's name (no two alike), a description or the goals served among them."""
    if block.kind is not BlockKind.TABLE or block.width != 2 or len(block.rows) < 2:
        return False
    if any(left is right for left, right in block.rows):
        return False
    labels = [_label(left.text) for left, _right in block.rows]
    if len(set(labels)) < len(labels):
        return False
    known = [bool(_DESCRIPTION.match(t) or _LINKS.match(t) or _OTHER.match(t)) for t in labels]
    return all(known) and any(_DESCRIPTION.match(t) or _LINKS.match(t) for t in labels)


def _under_goal_heading(b: Builder, blocks: list[Block], index: int) -> bool:
    """The table stands right under the heading of the goal being read, only short lines
    between."""
    for back in range(index - 1, max(-1, index - 2 - LEAD_LINES), -1):
        block = blocks[back]
        outcome = b.result.outcomes.get(back)
        if block.kind is BlockKind.HEADING:
            return outcome is not None and outcome.became is Became.MAL
        if block.kind is not BlockKind.PARAGRAPH or len(block.text) > SHORT:
            return False
    return False


def read_goal_fields(b: Builder, blocks: list[Block], block: Block) -> bool:
    """Read ``block`` as the fields of the goal whose heading is right above it; False (the
    table is read on) for any other table."""
    goal = b.current_goal
    if goal is None or not is_goal_fields(block) or not _under_goal_heading(b, blocks, block.index):
        return False
    lines: list[str] = []
    for left, right in block.rows:
        label = _label(left.text)
        values = [
            v
            for v in (" ".join(line.split()) for line in right.stacked or right.lines)
            if v and not unset(v)
        ]
        if not values:
            continue
        if _DESCRIPTION.match(label):
            lines += values
        elif _LINKS.match(label):
            lines += _serves(b, goal, values, label)
        else:
            lines.append(f"{label}: {' '.join(values)}")
    goal["beskrivning"] = "\n\n".join(t for t in (goal["beskrivning"], *lines) if t)
    b.became(block.index, Became.MAL, f"Uppgifter om målet ”{clipped(goal['text'], 50)}”")
    return True


def _serves(b: Builder, goal: dict[str, Any], values: list[str], label: str) -> list[str]:
    """Put ``goal`` under the first KF goal ``values`` name; the lines to keep in its
    description (the other goals served, and lines naming no KF goal)."""
    area = next(a for a in b.areas if a["id"] == goal["malomrade_id"])
    kept: list[str] = []
    for value in values:
        found = link_line(value)
        kf = b.goal(area, MalNiva.KF, *found) if found is not None else None
        if kf is None or kf is goal or kf["niva"] != MalNiva.KF.value:
            kept.append(f"{label}: {value}")
            continue
        if b.goals.index(kf) > b.goals.index(goal):  # a new KF goal: before the goal under it
            b.goals.remove(kf)
            b.goals.insert(b.goals.index(goal), kf)
        if goal["overordnat_id"] in (None, kf["id"]):
            goal["overordnat_id"] = kf["id"]
        else:
            kept.append(f"{label}: {value}")
    return kept
