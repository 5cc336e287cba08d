"""Activities typed as a numbered list under an "Aktiviteter 2027:" label, each line ending
with its end before its owner: "1. Översyn av taxor (klart sep 2027, ansvar: controller)." –
the month's last day its slutdatum, the owner its ansvarig; lines without the bracket are the
activity's name alone. The numbers are typed ("1. ", "2) ") or Word's own list numbering."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop.imports.word_activity_lines import end_of
from vplan_desktop.imports.word_blocks import Block, BlockKind

__all__ = ["end_first_activity", "typed_item"]

_TYPED = re.compile(r"^\s*(?P<n>\d{1,3})[.)]\s+(?=\S)")
_END_FIRST = re.compile(
    r"^(?P<name>\S.{2,300}?)\s*\(\s*(?P<when>(?:klart|klar|färdigt|slutdatum)\b[^,;()]*?)\s*"
    r"[,;]\s*(?:ansvarig|ansvariga|ansvar)\s*:\s*(?P<who>[^,;()]{1,100}?)\s*\)\s*\.?$",
    re.IGNORECASE,
)
_WHEN_LABEL = re.compile(r"^(?:slutdatum|färdigt)\s*:?\s*|(?<=klart)\s*:|(?<=klar)\s*:", re.I)


def typed_item(block: Block) -> str | None:
    """The words of a paragraph typed as a numbered list's item ("2. Biblioteken erbjuder
    …") without its number; None for any other block."""
    if block.kind is not BlockKind.PARAGRAPH:
        return None
    found = _TYPED.match(block.text)
    return block.text[found.end() :].strip() if found else None


def end_first_activity(text: str) -> dict[str, Any] | None:
    """An activity of the plan's JSON from "<name> (klart <when>, ansvar: <who>)", its typed
    number left out; None for a line not ending so."""
    clean = " ".join(text.split())
    found = _END_FIRST.match(_TYPED.sub("", clean, count=1))
    if found is None:
        return None
    when = _WHEN_LABEL.sub("", found.group("when")).strip()
    activity: dict[str, Any] = {
        "namn": found.group("name").strip(" –-:")[:300],
        "att_granska": True,
        "ansvarig": found.group("who").strip()[:200],
    }
    activity.update(end_of(when))
    return activity
