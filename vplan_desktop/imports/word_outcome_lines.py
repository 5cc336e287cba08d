"""Indicators written as list lines with their outcomes first and the target after: "Andel
digitala bokningar – utfall 2023: 48 %, 2024: 57 %, 2025: 66 %. Målvärde 2027: ≥ 80 %." (a
styrkort's styrtal under a goal, as bullets instead of a table). Each "year: figure" of the
history is an outcome of that year; a word in the history that is no figure ("ny mätning")
says only that there is no earlier figure."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.imports.word_text import cell_target, cell_value

__all__ = ["outcome_line"]

_LINE = re.compile(
    r"^(?P<name>\S.{2,300}?)\s+[–—-]\s+(?:utfall|utfallet)\s*:?\s*(?P<history>.+?)\.\s+"
    r"(?:målvärde|målnivå|mål)\s+(?P<year>(?:19|20)\d\d)\s*:\s*(?P<target>\S.*?)\s*\.?$",
    re.IGNORECASE,
)
_PAIR = re.compile(
    r"^(?P<year>(?:19|20)\d\d)\s*:\s*(?P<value>[-−+]?\d[\d\s\u00a0]*(?:,\d+)?\s*%?)$"
)


def outcome_line(text: str) -> dict[str, Any] | None:
    """An indicator of the plan's JSON from "<name> – utfall <year>: <figure>, …. Målvärde
    <year>: <target>."; None for a line not written so."""
    found = _LINE.match(" ".join(text.split()))
    if found is None:
        return None
    outcomes: dict[str, Any] = {}
    words: list[str] = []
    for piece in (p.strip() for p in re.split(r",\s+", found.group("history"))):
        pair = _PAIR.match(piece)
        if pair is None:
            words.append(piece)
            continue
        value = cell_value(pair.group("value"))
        if value is None or isinstance(value, str):
            return None  # a figure not read: the line stays as it is
        outcomes[pair.group("year")] = value
    if not outcomes:
        return None
    target, year = found.group("target"), found.group("year")
    printed = found.group("history") + " " + target
    indicator: dict[str, Any] = {
        "namn": found.group("name").strip()[:300],
        "att_granska": True,
        "malnivaer": {},
        "utfall": outcomes,
        "enhet": "%" if "%" in printed else "",
    }
    value, jamforare = cell_target(target)
    if value is not None:
        indicator["malnivaer"][year] = value
    if jamforare is not None:
        indicator["jamforare"] = {year: jamforare.value}
    return indicator
