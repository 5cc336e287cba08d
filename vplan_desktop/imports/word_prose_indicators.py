"""Indicators written as prose, one sentence each, under a målområde's goals: "Andelen företag
som anser att kommunen är lätt att nå ska öka från 61 procent 2025 till 70 procent 2027.",
"Nöjd-Kund-Index … ska öka från 68 under 2025 till 72 under 2027 och 75 under 2028.". The
subject before "ska öka/minska" is the indicator's name, the figure after "från" with its year
the nuläge, each figure after "till" with its year a target; "procent" (or "%") is the unit
"%", another worded unit ("kWh per kvadratmeter") is kept as it stands. A goal's follow-up
told as a sentence is one too: "Målet följs upp genom andelen X, som 2025 var 64 procent och
ska 2027 vara minst 75 procent." names the indicator ("Andel X"), its nuläge and its target.

Which goal a sentence measures: under a goal of its own, that goal. Under a målområde whose
goals were listed together, the sentences in a row are given to the goals in the goals' order
(a later sentence never to an earlier goal), every goal getting one while there are sentences
enough; within that, a sentence goes to the goal sharing most of its words (a word shared
with one goal only counts most)."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_text import cell_target, cell_value

_SENTENCE = re.compile(
    r"^(?P<name>[A-ZÅÄÖ0-9].{2,200}?)\s+ska\s+(?:öka|minska|sjunka|stiga|höjas|sänkas)\s+"
    r"från\s+(?P<base>\S.*?)\s+till\s+(?P<targets>\S.*?)\s*\.?$"
)
_FIGURE = re.compile(
    r"^(?P<value>[-−]?\d[\d  ]*(?:,\d+)?)\s*(?P<unit>%|[^\d()]*?)\s*"
    r"(?:\b(?:år|under|i|för)\s+|\()?(?P<year>(?:19|20)\d\d)\)?$"
)
_FOLLOWED = re.compile(
    r"^(?:målet|målen|det)\s+följs\s+(?:också\s+|även\s+)?upp\s+(?:genom|med|av|utifrån)\s+"
    r"(?P<name>\S.{2,250}?),?\s+som\s+(?:år\s+|under\s+)?(?P<base_year>(?:19|20)\d\d)\s+"
    r"(?:var|låg på|uppgick till)\s+(?P<base>\S.*?)\s+och\s+(?:som\s+)?ska\s+"
    r"(?:år\s+|under\s+)?(?P<year>(?:19|20)\d\d)\s+(?:vara|uppgå till|nå)\s+"
    r"(?P<target>\S.*?)\s*\.?$",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"(?<=\d)\s*procent\b", re.IGNORECASE)
_DEFINITE = {"andelen": "Andel", "antalet": "Antal", "nivån": "Nivå", "graden": "Grad"}
_VALUE = re.compile(r"^(?P<value>[-−]?\d[\d  ]*(?:,\d+)?)\s*(?P<unit>%|[^\d()]*?)$")
_AND = re.compile(r",\s+|\s+(?:och|samt)\s+")
_WORD = re.compile(r"[a-zåäöéü]+")
_COMMON = {"andel", "andelen", "antal", "antalet", "bland", "inom", "genom", "eller", "samt"}
_COMMON |= {"under", "från", "till", "med", "för", "som", "att", "per", "och", "hela"}
STEM = 5
"""Letters two words share at their start to be one word in two forms."""


def _figure(text: str) -> tuple[Any, str, int] | None:
    found = _FIGURE.match(" ".join(text.split()))
    if found is None:
        return None
    return cell_value(found.group("value")), found.group("unit").strip(), int(found.group("year"))


def _followed(text: str) -> dict[str, Any] | None:
    """The indicator of "Målet följs upp genom andelen X, som 2025 var 64 procent och ska 2027
    vara minst 75 procent."; None for any other text."""
    found = _FOLLOWED.match(text)
    if found is None:
        return None
    base = _VALUE.match(found.group("base"))
    target, jamforare = cell_target(_PERCENT.sub(" %", found.group("target")))
    if base is None or target is None:
        return None
    first, _, rest = found.group("name").partition(" ")
    name = f"{_DEFINITE[first.lower()]} {rest}" if first.lower() in _DEFINITE and rest else ""
    name = name or found.group("name")[:1].upper() + found.group("name")[1:]
    unit = base.group("unit").strip()
    indicator: dict[str, Any] = {
        "namn": name.strip()[:300],
        "att_granska": True,
        "enhet": "%" if unit.lower() in ("%", "procent") else unit[:50],
        "nulage": {
            "ar": int(found.group("base_year")),
            "varde": cell_value(base.group("value")),
            "ar_malniva": False,
        },
        "malnivaer": {found.group("year"): target},
        "utfall": {},
    }
    if jamforare is not None:
        indicator["jamforare"] = {found.group("year"): jamforare.value}
    return indicator


def prose_indicator(text: str) -> dict[str, Any] | None:
    """An indicator of the plan's JSON from one such sentence (see the module); None for any
    other text."""
    text = " ".join(text.split())
    if (followed := _followed(text)) is not None:
        return followed
    found = _SENTENCE.match(text)
    if found is None:
        return None
    base = _figure(found.group("base"))
    targets = [_figure(part) for part in _AND.split(found.group("targets"))]
    if base is None or not targets or any(t is None for t in targets):
        return None
    units = {u for _, u, _ in [base, *(t for t in targets if t)] if u}
    if len(units) > 1:
        return None
    unit = next(iter(units), "")
    return {
        "namn": found.group("name").strip()[:300],
        "att_granska": True,
        "enhet": "%" if unit.lower() in ("%", "procent") else unit[:50],
        "nulage": {"ar": base[2], "varde": base[0], "ar_malniva": False},
        "malnivaer": {str(t[2]): t[0] for t in targets if t},
        "utfall": {},
    }


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) >= 4 and w not in _COMMON}


def _same(one: str, other: str) -> bool:
    if one == other:
        return True
    shared = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= STEM


def _scores(names: list[str], goals: list[str]) -> list[list[float]]:
    """Per sentence and goal: the words they share, each weighed 1 / the goals sharing it."""
    goal_words = [_words(g) for g in goals]
    out = []
    for name in names:
        row = [0.0] * len(goals)
        for word in _words(name):
            hits = [i for i, ws in enumerate(goal_words) if any(_same(word, w) for w in ws)]
            for i in hits:
                row[i] += 1 / len(hits)
        out.append(row)
    return out


def assign(names: list[str], goals: list[str]) -> list[int]:
    """Each sentence's goal (an index into ``goals``), in order (see the module)."""
    if not goals:
        return []
    scores = _scores(names, goals)
    # best[i][j]: (goals covered, words shared, choices) with sentence i given to goal j
    best: list[list[tuple[int, float, list[int]] | None]] = []
    for i, row in enumerate(scores):
        best.append([])
        for j, score in enumerate(row):
            if i == 0:
                best[i].append((1, score, [j]))
                continue
            options = [
                (c + (k != j), s + score, [*path, j])
                for k, prior in enumerate(best[i - 1][: j + 1])
                if prior is not None
                for c, s, path in [prior]
            ]
            best[i].append(max(options, key=lambda o: (o[0], o[1])) if options else None)
    last = [o for o in best[-1] if o is not None] if best else []
    return max(last, key=lambda o: (o[0], o[1]))[2] if last else []


def sentence_run(blocks: list[Block], index: int) -> list[Block]:
    """The paragraphs in a row from ``index`` that are such sentences."""
    out = []
    for block in blocks[index:]:
        if block.kind is BlockKind.TABLE or prose_indicator(block.text) is None:
            break
        out.append(block)
    return out
