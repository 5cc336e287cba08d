"""A note to colleagues in square brackets after a name ("Biblioteken når fler invånare.
[ny 2027]", "Månatlig uppföljning av e-lånskostnad [Kolla med ekonomen]"): a draft's remark,
no part of the goal's, indicator's, activity's or kontrollmoment's name. The name is read
without it; the note is kept in the row's description (or method) where the user sees it,
and the report says so. Square brackets are not how a Swedish plan writes a name's own words
(parentheses are: "Index (AMI)"), so only a bracketed piece at the name's end is taken."""

from __future__ import annotations

import re
from typing import Any

_NOTE = re.compile(r"\s*(\[[^\[\]\n]{1,80}\])\s*$")
_FIELDS = (
    ("namndsmal", "text", "beskrivning", "målet"),
    ("aktiviteter", "namn", "beskrivning", "aktiviteten"),
    ("internkontroll", "kontrollmoment", "metod", "kontrollmomentet"),
    ("internkontroll", "process", "metod", "processen"),
)


def split_note(name: str) -> tuple[str, str]:
    """``name`` without a bracketed note at its end, and the note ("" when none); a name that
    is nothing but a bracketed text is kept whole."""
    match = _NOTE.search(name)
    if match is None or not name[: match.start()].strip(" .,:;–-"):
        return name, ""
    return name[: match.start()].rstrip(), match.group(1)


def set_notes_apart(data: dict[str, Any], report: list[str]) -> None:
    """Every goal, indicator, activity and internkontroll row of the plan ``data`` named with
    a bracketed note at the end: the note moved to the row's description, a report line."""
    for key, name_field, note_field, what in _FIELDS:
        for row in data.get(key, []):
            _apart(row, name_field, note_field, what, report)
    for goal in data.get("namndsmal", []):
        for indicator in goal.get("indikatorer", []):
            name, note = split_note(str(indicator.get("namn", "")))
            if note:
                indicator["namn"] = name
                report.append(f"Anteckningen ”{note}” lästes inte in i indikatorn ”{name}”.")


def _apart(
    row: dict[str, Any], name_field: str, note_field: str, what: str, out: list[str]
) -> None:
    name, note = split_note(str(row.get(name_field, "")))
    if not note:
        return
    row[name_field] = name
    row[note_field] = "\n\n".join(t for t in (str(row.get(note_field) or ""), note) if t)
    out.append(f"Anteckningen ”{note}” efter {what} ”{name}” flyttades till beskrivningen.")
