"""An activity written as a list line under a label line ("Aktiviteter:", "Det här gör vi"):
its name, its owner from "(ansvar: …)" or a short name after a dash, or the shapes
``word_end_first_activity`` ("<name> (klart sep 2027, ansvar: controller)") and
``word_list_lines`` ("<name>. Ansvarig: <who>. Klart: juni 2027.") read."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.imports.word_end_first_activity import end_first_activity
from vplan_desktop.imports.word_list_lines import sentence_activity

__all__ = ["activity_from_line"]

_OWNER = re.compile(r"\s*\((?:ansvar|ansvarig|ansvariga)\s*:\s*(?P<who>[^)]+)\)\s*$", re.I)
_DASH_OWNER = re.compile(r"\s+[–—]\s+(?P<who>[A-ZÅÄÖ][^–—.]{1,50})$")


def activity_from_line(text: str) -> dict[str, Any]:
    """An activity of the plan's JSON from a list line, its owner from "(ansvar: …)" or a
    short name after a dash."""
    text = " ".join(text.split())
    if (end_first := end_first_activity(text)) is not None:
        return end_first  # "<name> (klart sep 2027, ansvar: controller)"
    if (sentences := sentence_activity(text)) is not None:
        return sentences  # "<name>. Ansvarig: <who>. Klart: juni 2027."
    activity: dict[str, Any] = {"namn": text[:300], "att_granska": True}
    found = _OWNER.search(text) or _DASH_OWNER.search(text)
    if found and len(found.group("who").split()) <= 6:
        activity["namn"] = text[: found.start()].strip()[:300]
        activity["ansvarig"] = found.group("who").strip()[:200]
    return activity
