"""A målområde typed as a bold line in the goal part of a plan whose headings are styled: its
name in capitals and a subtitle after a dash ("TRYGGHET – invånarna känner sig trygga"), the
KF's text under it and the nämnd's goal tables after that, the way a published plan prints
fullmäktige's målområden when its writer did not give them a heading style. The line is the
målområde (named as printed, as a styled heading of the same shape is), the text under it
its description – not the description of the goal whose table came before it. A line
labelled "Målområde: <name>" (``word_goal_card.AREA_LINE``) is read here too."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_goal_card import AREA_LINE

__all__ = ["area_line"]

_CAPS_DASH = re.compile(
    r"^(?P<caps>[A-ZÅÄÖÉÜ][A-ZÅÄÖÉÜ\-/&]+(?:\s+[A-ZÅÄÖÉÜ][A-ZÅÄÖÉÜ\-/&]+)*)"
    r"\s+[–—-]\s+(?P<sub>\S.*)$"
)
_LETTERS = re.compile(r"[A-Za-zÅÄÖÉÜåäöéü]")


def area_line(block: Block) -> str | None:
    """The name of the målområde the paragraph ``block`` of the goal part names: "Målområde:
    Trygghet" gives "Trygghet", a bold line "TRYGGHET – invånarna känner sig trygga" (a word of
    at least three capitals, then a dash and a subtitle that is no capital line too) gives the
    line as printed; None for any other line."""
    text = " ".join(block.text.split())
    if found := AREA_LINE.match(text):
        return found.group("name").strip()
    if block.kind is not BlockKind.PARAGRAPH or not block.bold or len(text) > 200:
        return None
    found = _CAPS_DASH.match(text)
    if found is None or len(_LETTERS.findall(found.group("caps"))) < 3:
        return None
    sub = found.group("sub")
    if sub.upper() == sub or sub.rstrip().endswith((".", ":", "?", "!")):
        return None  # a capital line throughout, or a sentence: no målområde's subtitle
    return text
