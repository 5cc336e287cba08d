"""An indicator named with its Kolada id ("Besök på folkbiblioteken per invånare (N09410)",
"N09410 Besök på folkbiblioteken per invånare"), the way plans that follow up Kolada's key
figures print them: the id says where the figures come from (the indicator's source, Kolada,
and its Kolada id), it is no part of the name. A Kolada id is N (municipal) or U (organisational
unit) and five digits."""

from __future__ import annotations

import re

__all__ = ["kolada_in_name"]

_ID = r"(?P<id>[NU]\d{5})"
_LABEL = r"(?:kolada(?:-?id)?|kpi(?:-?id)?|id)\s*:?\s*"
_AFTER = re.compile(rf"\s*[(\[]\s*(?:{_LABEL})?{_ID}\s*[)\]]\.?$", re.IGNORECASE)
"""A name ending in its id in brackets: "… (N09410)", "… (Kolada: N09410)", "… [U09801]"."""
_BEFORE = re.compile(rf"^(?:{_LABEL})?{_ID}(?:\s*[:–—-]\s*|\s+)(?=\S)", re.IGNORECASE)
"""A name starting with its id: "N09410 Besök …", "N09410: Besök …", "U09801 – Andel …"."""


def kolada_in_name(text: str) -> tuple[str, str]:
    """(name, Kolada id) of an indicator's name that carries its Kolada id first or in
    brackets last; (text, "") for a name without one (or that is nothing but the id)."""
    for pattern in (_AFTER, _BEFORE):
        found = pattern.search(text)
        if found is None:
            continue
        name = (text[: found.start()] + text[found.end() :]).strip()
        if name:
            return name, found.group("id").upper()
    return text, ""
