"""List lines under an "Indikatorer:" or "Aktiviteter:" label that carry their figures and
details in the line itself: an indicator with its baseline and targets in brackets at the end
("Genomsnittligt meritvärde i åk 9 (2025: 221,5, mål 2027: 226, mål 2029: 232)", "… (2025:
212, mål 2027: högst 180)", by school year "(läsår 2025/26: 87 %, mål 2026/27: 90 %)", a school
year counted as the year it ends in; a new measure without a baseline "(nytt mått, mål 2027:
8)") and an activity whose owner and end follow as sentences
("Starta läxhjälp. Ansvarig: Rektorer. Klart: juni 2027.")."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from vplan_desktop.imports.word_activity_lines import owned_activity
from vplan_desktop.imports.word_school_year import is_school_year, year_in
from vplan_desktop.imports.word_text import cell_target, cell_value

__all__ = ["bracketed_indicator", "figures_indicator", "sentence_activity"]

_BRACKETS = re.compile(r"^(?P<name>\S.*?)\s*\((?P<figures>[^()]+)\)\s*\.?$")
_YEAR_MARK = re.compile(
    r"(?:^|(?<=[,;|]))\s*"
    r"(?:(?P<what>mål(?:värde|nivå)?|nuläge|utfall|utgångsläge|utgångsvärde|läsår)\s+)?"
    r"(?P<year>(?:19|20)\d\d(?:\s*/\s*\d\d(?:\d\d)?)?)\s*:\s*",
    re.IGNORECASE,
)
_NEW = re.compile(r"^\s*(?:nytt\s+mått|ny\s+indikator|nytt\s+nyckeltal|ny)\s*[,;]\s*$", re.I)
"""What opens the brackets of a new measure, before its targets ("nytt mått, mål 2027: 8")."""
_SENTENCES = re.compile(
    r"^(?P<name>\S.{2,300}?)\.\s+(?:ansvarig|ansvariga|ansvar)\s*:\s*(?P<who>[^.;]{1,100}?)"
    r"\s*(?:[.;]\s*(?P<rest>(?:klart|klar|slutdatum|klart senast|klar senast)\s*:?\s*[^.]*?))?"
    r"\s*\.?$",
    re.IGNORECASE,
)
_END_LABEL = re.compile(r"^(?:klart senast|klar senast|klart|klar|slutdatum)\s*:?\s*", re.I)


def bracketed_indicator(text: str) -> dict[str, Any] | None:
    """An indicator of the plan's JSON from "<name> (2025: 84 %, mål 2027: 88 %)": a year
    alone (or "nuläge 2025:") gives the nuläge, "mål 2027:" a target. None for a line whose
    brackets are not wholly such figures ("Antal besök (fysiska och digitala)")."""
    found = _BRACKETS.match(" ".join(text.split()))
    if found is None:
        return None
    figures = found.group("figures")
    marks = list(_YEAR_MARK.finditer(figures))
    if not marks or (marks[0].start() != 0 and not _NEW.match(figures[: marks[0].start()])):
        return None
    indicator: dict[str, Any] = {
        "namn": found.group("name").strip()[:300],
        "att_granska": True,
        "malnivaer": {},
        "utfall": {},
        "enhet": "",
    }
    for number, mark in enumerate(marks):
        end = marks[number + 1].start() if number + 1 < len(marks) else len(figures)
        value_text = figures[mark.end() : end].strip().rstrip(",;|").strip()
        if not value_text:
            return None
        year = year_in(mark.group("year"))  # "mål 2026/27:": the school year's end, 2027
        if year is None or ("/" in mark.group("year") and not is_school_year(mark.group("year"))):
            return None
        if "%" in value_text:
            indicator["enhet"] = "%"
        if (mark.group("what") or "").lower().startswith("mål"):
            value, jamforare = cell_target(value_text)
            if value is not None:
                indicator["malnivaer"][str(year)] = value
            if jamforare is not None:
                indicator.setdefault("jamforare", {})[str(year)] = jamforare.value
        elif "nulage" in indicator:  # two baselines: not this shape
            return None
        else:
            indicator["nulage"] = {"ar": year, "varde": cell_value(value_text), "ar_malniva": False}
    return indicator


def figures_indicator(name: str, figures: str) -> dict[str, Any] | None:
    """An indicator from a name line and the line under it holding only its figures
    ("Nuläge 2025: 7,8 | Mål 2027: 8,5 | Mål 2029: 9,0"): at least two, a target among them
    and a figure for where the indicator stands. None for any other pair of lines."""
    name, figures = " ".join(name.split()), " ".join(figures.split())
    if not name or len(name) > 200 or name.endswith(":") or "(" in figures:
        return None
    marks = list(_YEAR_MARK.finditer(figures))
    if len(marks) < 2 or not any((m.group("what") or "").lower().startswith("mål") for m in marks):
        return None
    found = bracketed_indicator(f"{name} ({figures})")
    base = found.get("nulage", {}).get("varde") if found else None
    if not isinstance(base, Decimal):  # "Mål 2027: Alla läser.": yearly goals, not figures
        return None
    return found


def sentence_activity(text: str) -> dict[str, Any] | None:
    """An activity of the plan's JSON from "<name>. Ansvarig: <who>. Klart: juni 2027.";
    None for a line without an "Ansvarig:" sentence after its name."""
    found = _SENTENCES.match(" ".join(text.split()))
    if found is None:
        return None
    return owned_activity(found, _END_LABEL)
