"""An activity's status word with a qualifier after it: "Pågår (försenat)", "Pågår – enligt
plan", "Ej påbörjad, väntar på beslut", "Klart: med avvikelser". The word before the qualifier
is the status ("Pågår (försenat)" is pågår); the qualifier says more than the status does (late,
waiting), so the words are kept beside it as its comment."""

from __future__ import annotations

import re
from collections.abc import Callable

from vplan_desktop.imports.word_percent_status import percent_status

__all__ = ["qualified_status", "says_more"]

_QUALIFIED = re.compile(
    r"^(?P<word>[a-zåäö][a-zåäö ]{1,30}?)\s*"
    r"(?:\((?P<bracket>[^()]{1,120})\)|(?:\s[–—-]\s*|[,:;]\s*)(?P<after>\S.{0,120}))$",
    re.IGNORECASE,
)


def qualified_status(text: str, status: Callable[[str], str | None]) -> str | None:
    """The status of a cell giving a status word and a qualifier ("Pågår (försenat)" →
    "pagar"), ``status`` reading the word alone; None when the words before the qualifier are
    no status ("Beslut (juni)") or the cell has no qualifier; the word is given lower case."""
    found = _QUALIFIED.match(" ".join(text.split()).rstrip("."))
    if found is None:
        return None
    return status(found.group("word").strip().lower())


def says_more(text: str, status: Callable[[str], str | None]) -> bool:
    """The status cell ``text`` says more than its status: how far the work has come ("75 %
    klart") or a qualifier ("Pågår (försenat)"); its words are kept beside the status."""
    return bool(percent_status(text) or qualified_status(text, status))
