"""A goal named by a short form of its words: an indicator table gathered in a chapter of its
own ("Så följer vi upp målen") whose goal column says "Kulturskola utan kö" for the goal "Vi
ska ha en kulturskola utan kö." read earlier. The short form names the goal the plan already
has that shares most of its words – in any form ("läsning" and "läsa", "barns" and "barn") or
as the first part of a compound ("kultur" in "kulturutbudet"), a word shared with several
goals counting less – when that goal shares at least half of the short form's words and no
other goal shares as many. A short form naming no goal so is a goal of its own."""

from __future__ import annotations

import re
from typing import Any

_WORD = re.compile(r"[a-zåäöéüà]+")
_SMALL = {
    "alla", "allt", "att", "av", "de", "den", "det", "dem", "där", "eller", "en", "ett", "fler",
    "flera", "få", "för", "ge", "ha", "har", "hela", "i", "inom", "med", "mer", "och", "om", "på",
    "samt", "ska", "som", "till", "under", "ut", "utan", "vara", "vi", "vår", "våra", "än", "öka",
    "mål", "målet", "nämnden", "bli", "blir", "göra", "genom", "efter", "mot", "vid", "så",
}  # fmt: skip
"""Words that say nothing of which goal is meant."""
_ENDINGS = sorted(
    ["arna", "erna", "orna", "ningar", "ningen", "ning", "ande", "ende", "are", "ens", "ets",
     "het", "en", "et", "ar", "er", "or", "na", "as", "es", "a", "e", "s"],
    key=len,
    reverse=True,
)  # fmt: skip
"""Swedish endings of number, definiteness, the genitive and verbal nouns."""
STEM = 3
"""Letters a word keeps when its ending is taken off."""
COMPOUND = 4
"""Letters a word must have to be read as the first part of a compound."""


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= STEM:
            return word[: -len(ending)]
    return word


def words(text: str) -> set[str]:
    """The words of ``text`` that tell goals apart, each without its ending."""
    return {_stem(w) for w in _WORD.findall(text.lower()) if w not in _SMALL}


def _alike(one: str, other: str) -> bool:
    if one == other:
        return True
    short, long_ = sorted((one, other), key=len)
    return len(short) >= COMPOUND and long_.startswith(short)


def goal_named(text: str, goals: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The goal of ``goals`` that the short form ``text`` names (see the module); None when
    it names none of them, or two as well."""
    wanted = words(text)
    if not wanted or not goals:
        return None
    goal_words = [words(g["text"]) for g in goals]
    scores = [0.0] * len(goals)
    shared = [0] * len(goals)
    for word in wanted:
        hits = [i for i, ws in enumerate(goal_words) if any(_alike(word, w) for w in ws)]
        for i in hits:
            scores[i] += 1 / len(hits)
            shared[i] += 1
    best = max(range(len(goals)), key=lambda i: scores[i])
    runner_up = max((s for i, s in enumerate(scores) if i != best), default=0.0)
    if 2 * shared[best] < len(wanted) or scores[best] <= runner_up:
        return None
    return goals[best]
