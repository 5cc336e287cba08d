"""The unit of an indicator, from what the plan prints of it: a unit column ("Enhet"), its own
figures ("17 %", "31 dagar", "4,1 av 5") or its name ("Energianvändning …, kWh per
kvadratmeter", "Medarbetarundersökning, HME (index)"), and "Andel …" with no figures yet is a
share in per cent. A figure dated in its cell ("4,5 veckor (2025)", "2025: 4,5 veckor") has
its unit in words before or after the year. A target relative to the baseline ("Minska med 10 %
jämfört med 2025", "+2 procentenheter") states a change, not a figure in the indicator's unit:
its "%" says nothing of the unit. A share written out ("61 procent") is in per cent like "61 %"
and read so."""

from __future__ import annotations

import re

__all__ = ["indicator_unit", "name_unit", "relative_target", "strip_unit", "word_unit"]

_WORD_UNIT = re.compile(
    r"^(?:(?:≥|≤|>=|<=|minst|lägst|högst|max(?:imalt)?|mer än|mindre än|över|under)\s*)?"
    r"[−-]?\d[\d\s\u00a0,.]*\s+(?P<unit>dagar|dygn|veckor|månader|timmar|minuter|min|tim|st|"
    r"stycken|kr|kronor|tkr|personer|besök|ärenden|elever|barn|platser|av\s\d{1,3})$",
    re.IGNORECASE,
)
"""A figure with its unit in words ("31 dagar"), or a score on a scale ("4,1 av 5"): the scale
is the indicator's unit, the figure its value."""
_PERCENT_WORD = re.compile(
    r"^(?P<figure>(?:(?:≥|≤|>=|<=|minst|lägst|högst|max(?:imalt)?)\s*)?[−–-]?\d[\d\s\u00a0,.]*?)"
    r"\s*procent$",
    re.IGNORECASE,
)
"""A figure in per cent written out ("61 procent", "minst 95 procent")."""

_RELATIVE = re.compile(
    r"\b(?:öka|höja|minska|sänka|förbättra|reducera)(?:s|r|t)?\s+med\b|"
    r"\b(?:ökning|höjning|minskning|sänkning|förbättring|reducering|förändring)\s+(?:med|på)\b|"
    r"\bjämfört\s+med\b|\bi\s+förhållande\s+till\b|\bprocentenheter\b",
    re.IGNORECASE,
)
"""A target stated as a change from the baseline or an earlier year."""

_UNIT_WORDS = (
    r"%|procent|kr|kronor|tkr|mnkr|kwh|mwh|gwh|ton|kg|dagar|dygn|veckor|månader|timmar|"
    r"minuter|antal|st|index|poäng|m²|m2|kvm|kvadratmeter|km|mil|liter|besök|personer"
)
_NAME_UNIT = re.compile(
    rf"(?:,\s*|\s*\(\s*)(?P<unit>(?:{_UNIT_WORDS})(?:\s*(?:/|per)\s*[a-zåäö²0-9 –-]{{1,30}})?)"
    r"\s*\)?\.?$",
    re.IGNORECASE,
)
"""A name ending in its unit after a comma or in brackets: "…, kWh per kvadratmeter", "…
(antal)", "…, kr/invånare"."""


_YEAR = r"(?:läsår\s+)?(?:19|20)\d\d(?:\s*/\s*\d\d(?:\d\d)?)?"
_DATED = re.compile(
    rf"^(?P<before>\s*{_YEAR}\s*:\s*)?(?P<figure>.*?)(?P<after>\s*\(\s*{_YEAR}\s*\)\s*)?$",
    re.IGNORECASE,
)
"""A cell whose figure carries its year before it ("2025: 4,5 veckor") or after it in brackets
("4,5 veckor (2025)", "4,5 veckor (läsår 2024/25)")."""


def _dated(text: str) -> tuple[str, str, str]:
    """(the year before, the figure, the year after) of ``text``; the year parts "" when the
    cell names no year."""
    found = _DATED.match(text.strip())
    if found is None:  # the pattern matches any text: never
        return "", text.strip(), ""
    return found.group("before") or "", found.group("figure"), found.group("after") or ""


def word_unit(text: str) -> str:
    """The unit in words after a figure ("31 dagar", "max 10 dagar" → "dagar", "4,1 av 5" →
    "av 5"), a figure dated in its cell too ("4,5 veckor (2025)" → "veckor"); "" for any other
    text."""
    found = _WORD_UNIT.match(_dated(text)[1].strip())
    return found.group("unit").lower() if found else ""


def strip_unit(text: str, unit: str) -> str:
    """``text`` without ``unit`` after its figure; a dated cell keeps its year ("4,5 veckor
    (2025)" → "4,5 (2025)")."""
    if unit == "%" and (percent := _PERCENT_WORD.match(_dated(text)[1].strip())):
        before, _, after = _dated(text)
        return f"{before}{percent.group('figure').strip()} %{after}".strip()
    if not unit or word_unit(text) != unit:
        return text
    before, figure, after = _dated(text)
    return f"{before}{figure.strip()[: -len(unit)].strip()}{after}".strip()


def relative_target(text: str) -> bool:
    """A target stated as a change ("Minska med 10 % jämfört med 2025", "+2 procentenheter",
    "Ökning med 5 %"), not as a figure in the indicator's unit."""
    return _RELATIVE.search(" ".join(text.split())) is not None


def name_unit(name: str) -> str:
    """The unit an indicator's name ends in ("…, kWh per kvadratmeter" → "kWh per
    kvadratmeter", "… (%)" and "…, procent" → "%"); "" for a name without one ("Hållbart
    medarbetarengagemang, HME")."""
    found = _NAME_UNIT.search(name.strip())
    if found is None or found.start() == 0:
        return ""
    unit = " ".join(found.group("unit").split())
    return "%" if unit.lower() == "procent" else unit


def indicator_unit(name: str, given: str, values: list[str], nulage: str) -> str:
    """The unit of the indicator ``name`` with the unit column's ``given``, its ``values``
    (outcomes and targets as printed) and its ``nulage``: the column's, else "%" or the unit in
    words of its figures (relative targets left out), else the unit its name ends in, else "%"
    for an "Andel …" with no values; "" when nothing says. A column's "procent" is "%"."""
    if given:
        return "%" if given.strip().lower() == "procent" else given
    own = [f for f in [*values, nulage] if f and not relative_target(f)]
    if any("%" in f or _PERCENT_WORD.match(_dated(f)[1].strip()) for f in own):
        return "%"
    worded = {word_unit(f) for f in own} - {""}
    if len(worded) == 1:  # "31 dagar": the unit in words beside each figure
        return worded.pop()
    if named := name_unit(name):
        return named
    if not any(values) and name.lower().startswith("andel "):
        return "%"  # "Andel …" with no figures yet: a share, in per cent
    return ""
