"""Activity tables headed by the questions a plan answers for each activity: "Vad | Hur | Vem |
När" ("Vad ska göras?", "Hur?", "Vem ansvarar?", "När ska det vara klart?"): what is done is
the activity, how its description, who its ansvarig and when its end. A template's two columns
"Vad gör vi? | När?" (what and when alone) are such a table too, and so is one whose activity
column is named and whose other columns ask who and when ("Aktivitet | Vem | När")."""

from __future__ import annotations

import re

__all__ = ["asks_questions", "question_role"]

_QUESTIONS = {
    "vad": "namn",
    "hur": "beskrivning",
    "vem": "ansvarig",
    "när": "slutdatum",
}
_QUESTION = re.compile(r"^(vad|hur|vem|när)\b", re.IGNORECASE)
_NAMED = re.compile(r"^(?:aktivitet|åtgärd|åtagande|insats)(?:er|en|erna)?\b", re.IGNORECASE)
"""A heading naming the activity column rather than asking what is done."""


def question_role(header: str) -> str:
    """The field a question heading names ("Vem ansvarar?" → "ansvarig"); "" for any other
    heading."""
    found = _QUESTION.match(header.strip())
    return _QUESTIONS[found.group(1).lower()] if found else ""


def asks_questions(headers: list[str]) -> bool:
    """The headings ask what is done and at least two more of how, who and when, or what and
    when: a table of activities, one a row."""
    asked = {question_role(h) for h in headers} - {""}
    if "namn" not in asked and any(_NAMED.match(h.strip()) for h in headers):
        asked |= {"namn"} if {"ansvarig", "slutdatum"} <= asked else set()
    return "namn" in asked and (len(asked) >= 3 or "slutdatum" in asked)
