"""A goal table's indicator or activity cell holding several paragraphs, an item each, is read
line by line with the rules of typed lines in the body text: an indicator line carries its
baseline and targets in brackets ("Andel nöjda brukare (2025: 86 %, mål 2027: 90 %)", a new
measure "(nytt mått, mål 2027: 10 %)"), an activity line its owner and end ("Införa fasta
arbetslag (enhetschef hemtjänst, klart juni 2027)", "… (Ansvarig: rektor, klart: 2027-06-30)").
An owner alone in brackets ("… (enhetschef rehabilitering)") is read so only in a table whose
other activities give their owner and end that way: elsewhere brackets may say anything."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.imports.word_activity_lines import activity_line, owned_activity
from vplan_desktop.imports.word_list_lines import bracketed_indicator

__all__ = ["bracketed_activity", "figures_from_line", "indicator_line", "owners_in_brackets"]

_NEW = re.compile(
    r"\(\s*(?:nytt\s+mått|ny\s+indikator|nytt\s+nyckeltal|ny\s+mätning|nuläge\s+saknas|"
    r"utgångsläge\s+saknas)\s*[,;]\s*",
    re.IGNORECASE,
)
"""A new measure's brackets, no baseline before its targets: "(nytt mått, mål 2027: 10 %)"."""
_OWNER_END = re.compile(
    r"^(?P<name>\S.{2,300}?)\s*\((?P<who>[^\d,;:()]{2,80}?)\s*[,;]\s*"
    r"(?P<rest>(?:klart|klar|färdigt?|senast)\b[^()]*?)\s*\)\s*\.?$",
    re.IGNORECASE,
)
_OWNER_ALONE = re.compile(r"^(?P<name>\S.{2,300}?)\s*\((?P<who>[^\d,;:()]{2,80}?)\s*\)\s*\.?$")
_END_WORD = re.compile(r"^(?:klart|klar)\s+(?=(?:senast\s+)?\S)", re.IGNORECASE)


def indicator_line(name: str) -> dict[str, Any] | None:
    """The indicator a line gives with its figures in brackets at the end; a new measure's line
    ("(nytt mått, mål 2027: 10 %)") has targets and no nuläge. None for any other line."""
    clean = " ".join(name.split())
    new = _NEW.search(clean)
    if new is not None:
        clean = clean[: new.start()] + "(" + clean[new.end() :]
    found = bracketed_indicator(clean)
    if found is None or (new is not None and not found["malnivaer"]):
        return None
    return found


def figures_from_line(indicator: dict[str, Any], line: dict[str, Any]) -> None:
    """Gives ``indicator`` (of a table row with no figure cells) the unit, nuläge and targets
    its name's ``line`` (from ``indicator_line``) carried."""
    indicator["namn"] = line["namn"]
    if line["enhet"]:
        indicator["enhet"] = line["enhet"]
    if "nulage" in line:
        indicator["nulage"] = line["nulage"]
    indicator["malnivaer"].update(line["malnivaer"])
    compared = indicator.get("jamforare", {})
    for year in line["malnivaer"]:  # a year's new target brings its own comparison or none
        compared.pop(year, None)
    if line.get("jamforare"):
        indicator.setdefault("jamforare", {}).update(line["jamforare"])


def bracketed_activity(text: str, *, owners: bool) -> dict[str, Any] | None:
    """The activity a line gives with its owner and end in brackets ("<name> (<owner>, klart
    juni 2027)", or labelled "(Ansvarig: <owner>, klart: …)"); with ``owners`` (the table's
    other activities give theirs so) also "<name> (<owner>)". None for any other line."""
    clean = " ".join(text.split())
    labelled = activity_line(clean)
    if labelled is not None:
        return labelled
    found = _OWNER_END.match(clean) or (_OWNER_ALONE.match(clean) if owners else None)
    if found is None:
        return None
    activity = owned_activity(found, _END_WORD) if "rest" in found.re.groupindex else None
    if activity is None:
        activity = {"namn": found.group("name").strip()[:300], "ansvarig": found.group("who")}
    activity["ansvarig"] = activity["ansvarig"].strip()[:200]
    return activity


def owners_in_brackets(lines: list[str]) -> bool:
    """Whether any of a table's activity lines gives its owner and end in brackets ("<name>
    (<owner>, klart juni 2027)"): then an owner alone in brackets is an owner too."""
    return any(_OWNER_END.match(" ".join(t.split())) for t in lines)
