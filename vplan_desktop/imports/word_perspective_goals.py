"""The kommun's goals as a perspective matrix, and the verksamhet's goals under their labels, as
a socialförvaltning writes its plan.

The matrix is a table whose header row names the perspectives, each with its number ("1
Medborgare | 2 Utveckling | 3 Process | …"), and whose cells under them hold the goals coded by
perspective and goal ("1:1 Kommunen är trygg att bo i …", "2.1 …"), a column as long as its
perspective has goals (the other cells empty). Under a heading naming the kommun's or
fullmäktige's goals each cell is a KF goal (its code its number, not its words) of a målområde
named by the perspective.

Further on the verksamhet picks among them: a label line "Mål 1:2" (the code of a KF goal read
before) over plain paragraphs, each paragraph one goal of the nämnd under that KF goal – its
first sentence the goal, the rest its description. A paragraph stating its figures ("… ska
vara minst 90 %. Nuläge 2025: 78 %. Mäts genom …") also holds the goal's indicator
(``word_goal_sentence_indicator``). The label line is structure."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_goal_explained import first_sentence
from vplan_desktop.imports.word_goal_sentence_indicator import sentence_indicator
from vplan_desktop.imports.word_result import Became
from vplan_desktop.wording import clipped

__all__ = ["label_goal", "perspective_goals", "read_perspective_goals"]

_PERSPECTIVE = re.compile(r"^(?P<nr>\d{1,2})[.)]?\s+(?P<name>[A-ZÅÄÖ][^\d:]{0,58})$")
"""A perspective's header cell: its number, then its name."""
_GOAL = re.compile(r"^(?P<nr>\d{1,2})[:.](?P<sub>\d{1,2})[.)]?\s+(?P<text>[A-ZÅÄÖ]\S*\s+\S.*)$")
"""A goal's line in the matrix: "1:1 Kommunen är …"."""
_KOMMUN = re.compile(r"\bkommun(?:ens|fullmäktiges)\b|\bfullmäktiges\b|\bKF\b", re.IGNORECASE)
"""A heading or line naming the kommun's goals."""
_GOALS = re.compile(r"mål", re.IGNORECASE)
"""A heading over goals ("Kommunens mål", "Målområden")."""
_LABEL = re.compile(r"^(?:kf-)?mål\s+(?P<kod>\d{1,2}[:.]\d{1,2})\s*:?$", re.IGNORECASE)
"""A label line naming a KF goal by its code: "Mål 1:2"."""
_LONGEST_GOAL = 400
"""Characters: a goal in the matrix is a sentence or two."""
_LONGEST_PARAGRAPH = 1000
"""Characters: a goal's paragraph is its sentence and a few on how it is measured."""


def _lines(cell: Cell) -> list[str]:
    own = [p.text for p in cell.paragraphs] if cell.paragraphs else list(cell.lines)
    return [t for t in (" ".join(x.split()) for x in own or [cell.text]) if t]


def perspective_goals(block: Block) -> list[tuple[str, str, list[tuple[str, str]]]] | None:
    """Each perspective's (number, name, [(code, goal)]) of a perspective matrix; None for any
    other table."""
    rows = block.rows
    if block.kind is not BlockKind.TABLE or block.width < 2 or len(rows) < 2:
        return None
    header = rows[0]
    if len({id(c) for c in header}) != len(header):
        return None
    heads = [_PERSPECTIVE.match(" ".join(c.text.split())) for c in header]
    if any(h is None for h in heads):
        return None
    numbers = [h["nr"] for h in heads if h is not None]
    if len(set(numbers)) != len(numbers):
        return None
    out = []
    for column, head in enumerate(heads):
        assert head is not None
        goals: list[tuple[str, str]] = []
        for row in rows[1:]:
            if len(row) != len(header):
                return None
            for line in _lines(row[column]):
                found = _GOAL.match(line)
                if found is None or found["nr"] != head["nr"] or len(line) > _LONGEST_GOAL:
                    return None
                goals.append((f"{found['nr']}:{found['sub']}", found["text"].strip()))
        if not goals:
            return None
        out.append((head["nr"], head["name"].strip(), goals))
    return out


def read_perspective_goals(b: Builder, block: Block, path: list[str]) -> bool:
    """Reads ``block`` as a perspective matrix of goals under a heading over goals (KF goals
    under one naming the kommun's goals, the nämnd's otherwise); False (nothing read) for any
    other table."""
    if not path or not _GOALS.search(path[-1]):
        return False  # numbered items under another heading ("Aktiviteter")
    found = perspective_goals(block)
    if found is None:
        return False
    niva = MalNiva.KF if path and _KOMMUN.search(path[-1]) else MalNiva.NAMND
    count = 0
    for number, name, goals in found:
        area = b.area(name, number)
        for kod, text in goals:
            b.goal(area, niva, kod, text)
            count += 1
    b.current_goal = None
    whose = "kommunens" if niva is MalNiva.KF else "nämndens"
    what = f"{count} mål i {len(found)} perspektiv ({whose})"
    b.became(block.index, Became.MAL, what)
    return True


def _kf_goal(b: Builder, block: Block) -> dict[str, Any] | None:
    """The KF goal a label line "Mål 1:2" names; None for any other line."""
    if block.kind is not BlockKind.PARAGRAPH:
        return None
    found = _LABEL.match(" ".join(block.text.split()))
    if found is None:
        return None
    kod = found["kod"].replace(".", ":")
    return next(
        (
            g
            for g in b.goals
            if g["niva"] in (MalNiva.KF.value, MalNiva.KS.value)
            and g["kod"].replace(".", ":") == kod
        ),
        None,
    )


_FIGURE_FIRST = re.compile(r"^(?!(?:19|20)\d\d\b)\d[\d\s]*(?:,\d+)?\s*%?\s+(?!\d)[a-zåäö]")
"""A sentence opening with a figure of what it counts ("25 % av alla sökande …"), not with a
year ("2027 blir ett bra år" states no goal)."""


def _goal_paragraph(block: Block) -> bool:
    """A plain paragraph that may state a goal: a sentence of three words or more opening with
    a capital or with a figure of what it counts, not wholly bold, no lead-in."""
    text = " ".join(block.text.split())
    visible = [r for r in block.runs if r.text.strip()]
    return (
        block.kind is BlockKind.PARAGRAPH
        and len(text.split()) >= 3
        and len(text) <= _LONGEST_PARAGRAPH
        and (text[:1].isupper() or _FIGURE_FIRST.match(text) is not None)
        and not text.endswith(":")
        and not (visible and all(r.bold for r in visible))
    )


def label_goal(b: Builder, blocks: list[Block], block: Block, first: int) -> bool:
    """Whether ``block`` is a label line naming a KF goal over the nämnd's goals (read as
    structure) or one of the goals' paragraphs under it (read as a goal under that KF goal,
    with its indicator when the paragraph gives its figures); False for any other block."""
    if _kf_goal(b, block) is not None:
        following = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
        if following is None or not _goal_paragraph(following):
            return False
        b.became(block.index, Became.STRUKTUR, f"Etikett: kommunens mål {block.text.strip()}")
        return True
    if not _goal_paragraph(block):
        return False
    at = block.index - 1
    while at >= 0 and _kf_goal(b, blocks[at]) is None and _goal_paragraph(blocks[at]):
        at -= 1
    kf = _kf_goal(b, blocks[at]) if at >= 0 else None
    if kf is None:
        return False
    area = next(a for a in b.areas if a["id"] == kf["malomrade_id"])
    sentence, rest = first_sentence(" ".join(block.text.split()))
    goal = b.goal(area, MalNiva.NAMND, "", sentence, kf["id"])
    indicator, rest = sentence_indicator(sentence, rest, first)
    if indicator is not None:
        goal["indikatorer"].append({"id": b.next_id(), **indicator})
    if rest and rest not in goal["beskrivning"]:
        goal["beskrivning"] = "\n\n".join(t for t in (goal["beskrivning"], rest) if t)
    b.current_area, b.current_goal = area, goal
    b.became(block.index, Became.MAL, f"Målet ”{clipped(sentence, 50)}”")
    return True
