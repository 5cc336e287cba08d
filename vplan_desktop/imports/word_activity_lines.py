"""Activities typed as lines under a line naming their goal, not in a table nor under an
"Aktiviteter:" label: a bold "Nämndens mål: <goal>" (or the goal's words alone) makes the
lines under it that goal's, and "1. Införa läsmodell (Ansvarig: Rektor, klart: 2027-06-30)" or
"Införa läsmodell – ansvarig: Rektor, klart: 2027-06-30" is an activity with its owner and end
date. A goal line names a goal the plan already has (from
the goal table or headings above): a name alone is too little to make a goal of."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import Any

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_dates import period_end
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_text import DATE
from vplan_desktop.wording import clipped

__all__ = [
    "END_LABEL",
    "activity_line",
    "end_line",
    "end_of",
    "goal_line",
    "goal_named_by_line",
    "owned_activity",
]

_GOAL_LABEL = re.compile(
    r"^(?:(?:nämndens|kommunfullmäktiges|fullmäktiges)\s+mål|nämndsmål|nämndmål|mål|målet)"
    r"(?:\s+\d+(?:\.\d+)*)?\s*[:：–—-]\s*(?P<goal>\S.*)$",
    re.IGNORECASE,
)
_ACTIVITY = re.compile(
    r"^(?:\d{1,3}[.)]\s+)?(?P<name>\S.{2,300}?)\s*"
    r"\((?:ansvarig|ansvariga|ansvar)\s*:\s*(?P<who>[^,;()]{1,100}?)\s*"
    r"(?:[,;]\s*(?P<rest>[^()]*?))?\s*\)\s*\.?$",
    re.IGNORECASE,
)

_OWNER_AFTER = re.compile(
    r"^(?:\d{1,3}[.)]\s+)?(?P<name>\S.{2,300}?)\s*(?:\s[–—-]|[,;])\s*"
    r"(?:ansvarig|ansvariga|ansvar)\s*:\s*(?P<who>[^,;()]{1,100}?)\s*"
    r"(?:[,;]\s*(?P<rest>[^()]*?))?\s*\.?$",
    re.IGNORECASE,
)
"""The owner labelled after the name and a dash or a comma: "<name> – ansvarig: <who>, klart:
<date>"."""
END_LABEL = re.compile(r"^(?:klart|klar|slutdatum|klart senast|klar senast)\s*[:：]\s*", re.I)
""""klart: 2027-06-30": the label before the date (period_end reads "klart senast …")."""


def _key(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(".:")


def goal_named_by_line(
    text: str, goals: list[dict[str, Any]], *, bold: bool = False
) -> dict[str, Any] | None:
    """The goal a line over activities names: "Nämndens mål: <goal>", or a ``bold`` line of
    the goal's words alone; None for a line naming no goal of ``goals``."""
    clean = " ".join(text.split())
    if len(clean) > 400:
        return None
    found = _GOAL_LABEL.match(clean)
    named_by = [found.group("goal")] if found else []
    for named in [*named_by, clean] if bold else named_by:
        key = _key(named)
        same = [g for g in goals if _key(g["text"]) == key]
        if same:
            return same[-1]
    return None


def goal_line(b: Builder, block: Block) -> bool:
    """Whether ``block`` is a line naming a goal the plan has: the lines under it are that
    goal's (its activities)."""
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    named = goal_named_by_line(block.text, b.goals, bold=block.bold)
    if named is None:
        return False
    b.current_goal = named
    b.became(block.index, Became.STRUKTUR, f"Rubrik för målet ”{clipped(named['text'], 50)}”")
    return True


def end_of(rest: str) -> dict[str, str]:
    """The end date the words after an owner give ("klart senast 2027-03-01", "klart:
    december 2026"); the words kept as the description when the date does not say all."""
    out: dict[str, str] = {}
    date = DATE.search(rest)
    if date is not None:
        with contextlib.suppress(ValueError):  # "2027-13-45": no date; the words stay
            out["slutdatum"] = dt.date.fromisoformat(date.group(0)).isoformat()
    period = period_end(rest) if date is None and rest else None
    if period is not None:  # "klart senast december 2026": the month's last day
        out["slutdatum"] = period[0].isoformat()
    if rest and ("slutdatum" not in out or (period is not None and not period[1])):
        out["beskrivning"] = rest
    return out


def activity_line(text: str) -> dict[str, Any] | None:
    """An activity of the plan's JSON from a typed line "1. <name> (Ansvarig: <who>, klart:
    <date>)" or "<name> – ansvarig: <who>, klart: <date>"; None for a line without its owner
    labelled at the end."""
    clean = " ".join(text.split())
    found = _ACTIVITY.match(clean) or _OWNER_AFTER.match(clean)
    if found is None:
        return None
    return owned_activity(found, END_LABEL)


def owned_activity(found: re.Match[str], end_label: re.Pattern[str]) -> dict[str, Any]:
    """An activity of the plan's JSON from a line matched with its ``name``, ``who`` (the
    owner) and ``rest`` (the end, after ``end_label``, if any) groups."""
    activity: dict[str, Any] = {
        "namn": found.group("name").strip(" –-:")[:300],
        "att_granska": True,
        "ansvarig": found.group("who").strip()[:200],
    }
    rest = end_label.sub("", found.group("rest") or "").strip()
    activity.update(end_of(rest))
    return activity


_END_LINE = re.compile(
    r"^(?:klart|klar|slutdatum|klart senast|klar senast|tidplan|när)\s*[:：]\s*(?P<when>\S.*)$",
    re.IGNORECASE,
)


def end_line(text: str) -> dict[str, str] | None:
    """The end an activity's own line gives ("Klart: juni 2027", "Klart: 2028-06-30", "Klart:
    löpande" kept as words); None for a line not labelled so."""
    found = _END_LINE.match(" ".join(text.split()))
    if found is None:
        return None
    return end_of(found.group("when").strip())
