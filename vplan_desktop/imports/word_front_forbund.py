"""The cover of a kommunalförbund's plan: the förbund names itself where a kommun's plan names
the kommun ("Räddningstjänstförbundet Mittbygden"), and its plan is adopted by the direktion
(its board), not by a nämnd. The plan keeps the förbund in the kommun's field and the
direktion as its nämnd."""

from __future__ import annotations

import re

__all__ = ["direktion_in", "forbund_in"]

_FORBUND = re.compile(
    r"^(?:[A-ZÅÄÖ][\wåäöé-]*\s+){0,3}[\wåäöé-]*förbund(?:et)?(?:\s+[A-ZÅÄÖ][\wåäöé-]+){0,3}$"
)
_DIREKTION = re.compile(r"\bdirektion(?:en|ens)\b", re.IGNORECASE)


def forbund_in(text: str) -> str:
    """The förbund a cover line names alone ("Räddningstjänstförbundet Mittbygden",
    "Samordningsförbundet Västra"); "" for any other line, a sentence about one too."""
    clean = " ".join(text.split())
    if len(clean) > 80 or not clean[:1].isupper() or _FORBUND.fullmatch(clean) is None:
        return ""
    return clean


def direktion_in(text: str) -> str:
    """ "Direktionen" for a cover line naming the direktion ("Fastställd av direktionen …",
    "Direktionens ordförande: …"); "" for any other."""
    return "Direktionen" if _DIREKTION.search(text) else ""
