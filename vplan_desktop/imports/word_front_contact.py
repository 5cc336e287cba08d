"""The head of the förvaltning named on a cover line under another label, the role after the
name: "Kontaktperson: Annika Berg, kommundirektör", "Ansvarig: Per Ek, förvaltningschef",
"Handläggare: Eva Lund, socialdirektör". The role decides: a förvaltningschef, a "<field>chef"
or "<field>direktör" that heads a förvaltning (not ``not_heads``: an ekonomichef, a
kommunikationschef), or the kommundirektör/kommunchef of a plan whose nämnd is a styrelse (the
kommunstyrelse's förvaltning is led by the kommundirektör). A contact with any other role
("Ann Ek, controller") is no förvaltningschef."""

from __future__ import annotations

import re

__all__ = ["contact_head"]

_LINE = re.compile(
    r"^[\wåäö][\wåäö -]{1,30}\s*[:：]\s*"
    r"(?P<name>[A-ZÅÄÖÉ][\wåäöéü'’-]+(?:\s+[A-ZÅÄÖÉ][\wåäöéü'’-]+){1,3})\s*[,–-]\s*"
    r"(?P<role>[\wåäö]+(?:-\s*och\s+[\wåäö]+)?)(?P<kind>chef|direktör)\b\.?$",
    re.IGNORECASE,
)
"""A "Label: Name, role" line whose role is a chef or direktör."""


def contact_head(text: str, namnd: str, not_heads: re.Pattern[str]) -> str:
    """The name on a "Kontaktperson: <name>, <role>" line when the role heads the förvaltning
    (see the module's docstring); "" for any other line."""
    found = _LINE.match(" ".join(text.split()))
    if found is None:
        return ""
    role = found.group("role").lower().rstrip("-")
    kommun = role in ("kommun", "stads", "region") and "styrelse" in namnd.lower()
    if kommun or role == "förvaltnings" or not not_heads.match(role):
        return found.group("name").strip()
    return ""
