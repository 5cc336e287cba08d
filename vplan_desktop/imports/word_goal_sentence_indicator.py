"""An indicator written into a goal's own sentence, its nuläge in the sentences after it:
"Andelen X ska vara minst 90 %. Nuläge 2025: 78 %. Mäts genom …". The goal's subject before
" ska " names the indicator, its measure noun in the indefinite form ("Andelen X" → "Andel X",
"Handläggningstiden …" → "Handläggningstid …"); what the subject shall be is the target of the
plan's first year: "vara minst 90 %" → 90 compared as minst, "vara högst 10 arbetsdagar" → 10
compared as högst (the unit the indicator's), "öka till 55 %" / "minska till 35 %" / "vara 100
%" → the figure, "vara noll" → 0, "minska med 10 %" → the change in words. The unit is the
nuläge's ("%", "tkr") or else the target's. Only a paragraph stating a nuläge holds an
indicator: a goal sentence alone is a goal."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.imports.word_text import cell_target, cell_value

__all__ = ["indicator_name", "sentence_indicator"]

_NULAGE = re.compile(
    r"(?:^|(?<=\s))(?:nuläge|utgångsläge|nuvärde)\s+(?P<year>(?:19|20)\d\d)\s*:\s*"
    r"(?P<value>[^.]*?\d(?:[\d\s]*\d)?(?:,\d+)?\s*(?:%|[^\W\d]{1,15})?)\.(?=\s|$)",
    re.IGNORECASE,
)
_GOAL = re.compile(
    r"^(?P<subject>[A-ZÅÄÖ].{2,200}?)\s+ska\s+(?P<verb>vara|uppgå\s+till|öka|minska|sjunka|stiga)"
    r"\s+(?P<target>.+?)\.?$",
    re.IGNORECASE,
)
_FIGURE = re.compile(
    r"^(?P<cmp>(?:minst|högst|max|maximalt|lägst|under|över)\s+)?"
    r"(?P<number>\d[\d\s]*(?:,\d+)?|[a-zåäö]+)\s*(?P<unit>%|[^\W\d]{1,15})?$",
    re.IGNORECASE,
)
_WORDS = {"noll": 0, "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6}
_WORDS |= {"sju": 7, "åtta": 8, "nio": 9, "tio": 10}
_DEFINITE = (
    ("andelen", "andel"),
    ("antalet", "antal"),
    ("kostnaden", "kostnad"),
    ("kostnaderna", "kostnader"),
    ("tiden", "tid"),
    ("omsättningen", "omsättning"),
    ("nivån", "nivå"),
    ("graden", "grad"),
    ("frekvensen", "frekvens"),
    ("volymen", "volym"),
    ("kvoten", "kvot"),
    ("takten", "takt"),
    ("summan", "summa"),
    ("värdet", "värde"),
    ("frånvaron", "frånvaro"),
    ("närvaron", "närvaro"),
    ("förbrukningen", "förbrukning"),
    ("användningen", "användning"),
    ("utsläppen", "utsläpp"),
    ("resultatet", "resultat"),
)
"""Measure nouns in the definite form a goal's subject takes, and their indefinite form."""


def indicator_name(subject: str) -> str:
    """The indicator's name of a goal's subject: its first word, a measure noun in the definite
    form, made indefinite ("Andelen elever …" → "Andel elever …")."""
    first, _, rest = subject.partition(" ")
    lower = first.lower()
    for definite, indefinite in _DEFINITE:
        if lower.endswith(definite) and len(lower) >= len(definite):
            first = first[: len(first) - len(definite)] + (
                indefinite if len(lower) > len(definite) else indefinite.capitalize()
            )
            break
    return f"{first} {rest}".strip()


def _figure(text: str) -> tuple[Any, str, str] | None:
    """(the figure, its comparison word, its unit) of "minst 90 %", "noll", "10 arbetsdagar"."""
    found = _FIGURE.match(text.strip())
    if found is None:
        return None
    number = found["number"].strip()
    if number.lower() in _WORDS:
        number = str(_WORDS[number.lower()])
    elif not number[:1].isdigit():
        return None
    return number, (found["cmp"] or "").strip(), (found["unit"] or "").strip()


def _target(verb: str, target: str) -> tuple[Any, str, str] | None:
    """(the target's text to read, its unit, the text as kept) of what the subject shall be."""
    verb = verb.lower().split()[0]
    change = re.match(r"^(?:med)\s+(?P<figure>.+)$", target, re.IGNORECASE)
    if verb in ("öka", "minska", "sjunka", "stiga") and change:
        return None if _figure(change["figure"]) is None else (None, "", f"{verb} {target}")
    if verb in ("öka", "minska", "sjunka", "stiga"):
        found = re.match(r"^till\s+(?P<figure>.+)$", target, re.IGNORECASE)
        if found is None:
            return None
        target = found["figure"]
    figure = _figure(target)
    if figure is None:
        return None
    number, compared, unit = figure
    return f"{compared} {number}".strip(), unit, ""


def sentence_indicator(sentence: str, rest: str, year: int) -> tuple[dict[str, Any] | None, str]:
    """(the indicator of the JSON, the rest without its nuläge) a goal's ``sentence`` and the
    sentences after it (``rest``) state, the target for ``year``; (None, rest) when they state
    no nuläge or the sentence no target."""
    base = _NULAGE.search(rest)
    goal = _GOAL.match(sentence)
    target = _target(goal["verb"], goal["target"]) if goal else None
    if base is None or goal is None or target is None:
        return None, rest
    read, target_unit, worded = target
    value_text = base["value"].strip()
    unit_found = re.search(r"(%|[^\W\d]{1,15})$", value_text)
    unit = unit_found.group(1) if unit_found else target_unit
    number = value_text[: unit_found.start()].strip() if unit_found else value_text
    indicator: dict[str, Any] = {
        "namn": indicator_name(goal["subject"])[:300],
        "att_granska": True,
        "malnivaer": {},
        "utfall": {},
        "enhet": unit[:40],
        "nulage": {"ar": int(base["year"]), "varde": cell_value(number), "ar_malniva": False},
    }
    if worded:
        indicator["malnivaer"][str(year)] = worded[:1].upper() + worded[1:]
    else:
        value, jamforare = cell_target(read)
        indicator["malnivaer"][str(year)] = value
        if jamforare is not None:
            indicator["jamforare"] = {str(year): jamforare.value}
    left = (rest[: base.start()] + rest[base.end() :]).strip()
    return indicator, " ".join(left.split())
