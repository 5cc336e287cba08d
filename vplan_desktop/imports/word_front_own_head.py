"""The head of a nämnd's förvaltning named by the nämnd's own field: "IT-chef: …" on the cover
of the (Gemensamma) IT-nämnden's plan, "Kulturchef: …" on Kulturnämndens. Elsewhere an
IT-chef or a kultur chef heads a unit under the förvaltning and is not read as its head."""

from __future__ import annotations

import re

__all__ = ["own_head"]

_HEAD = re.compile(r"^(?P<role>[\wåäö]{2,30})-?chef\s*[:：]\s*(?P<v>\S.{1,100})$", re.IGNORECASE)


def own_head(text: str, namnd: str) -> str:
    """The name on a "<field>chef: <name>" line when the nämnd is named by that field
    ("IT-chef" and "Gemensamma IT-nämnden"); "" for any other line."""
    found = _HEAD.match(" ".join(text.split()))
    if found is None or not namnd:
        return ""
    field = re.escape(found.group("role").lower())
    named = re.search(rf"(?:^|\s){field}-?nämnd", namnd.lower()) is not None
    return found.group("v").strip() if named else ""
