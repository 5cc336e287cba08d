"""The follow-up status of an activity not done at the period's end, read from its words. A
status that puts the activity off ("Senarelagd", "Skjuts upp till 2027", "Flyttas till 2027")
is postponed (senarelagd). "Ej genomförd" / "Ej klar" says only that the work is not done: it
is postponed, unless the row's comment says plainly that the work has not been started ("Har
inte påbörjats på grund av vakanser", "Arbetet har ännu inte startat"): then it is not started
(ej påbörjad). A comment that also puts the work off keeps it postponed."""

from __future__ import annotations

import re

__all__ = ["postponed", "unstarted"]

_POSTPONED = re.compile(r"senare|senarelag|\b(?:upp)?skj(?:uts|uten|utet)\b|\bflyttas\b")

_NOT_STARTED = re.compile(
    r"(?:^|[.!?;]\s+)"  # at a sentence's start: the sentence says it
    r"(?:(?:arbetet|aktiviteten|insatsen|projektet|uppdraget|åtgärden)\s+)?"
    r"(?:(?:har|är)\s+)?(?:ännu\s+|än\s+)?(?:inte|ej)\s+"
    r"(?:påbörja(?:ts|t|d|de)|starta(?:ts|t|d|de)|inletts|inlett|kommit\s+igång)"
    r"(?!\s+(?:fullt|helt))"  # "inte påbörjats fullt ut": partly begun
    r"(?=\s|[.,;:!?]|$)"
)
"""The comment's sentence saying the work has not been started: "Har inte påbörjats …",
"Arbetet har ännu inte startat.", "Ej påbörjad."."""


def postponed(text: str) -> bool:
    """The status puts the activity off to later ("Senarelagd", "Skjuts upp till 2027",
    "Flyttas till 2027"): the follow-up's "senarelagd", the words kept as its comment."""
    return _POSTPONED.search(text.lower()) is not None


def unstarted(status: str | None, comment: str) -> str | None:
    """ "ej_paborjad" for an activity whose status says it is not done (``status`` "ej_klart":
    "Ej genomförd", "Ej klar") and whose comment says plainly that it has not been started;
    None otherwise (the status decides, "Ej genomförd" being postponed)."""
    if status != "ej_klart" or not comment:
        return None
    text = " ".join(comment.lower().split())
    if _NOT_STARTED.search(text) is None or postponed(text):
        return None
    return "ej_paborjad"
