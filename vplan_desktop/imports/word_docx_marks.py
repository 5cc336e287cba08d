"""Note references written as plain superscript digits: a figure "85 %" followed by a
superscript run "1" points to a note line under the table; the digit is no part of the
figure, so it is not read into the text (the note's own line is read as written)."""

from __future__ import annotations

import re

from lxml import etree

from vplan_desktop.imports.word_docx_styles import VAL, w
from vplan_desktop.markdown import Run

_MARK = re.compile(r"\s*\d{1,2}(?:\s*,\s*\d{1,2})*\s*")
_FIGURE_END = re.compile(r"[\d%]\s*$")


def note_mark(text: str, properties: etree._Element | None, before: list[Run]) -> bool:
    """True when ``text`` is a superscript run of note numbers ("1", "2,3") right after a
    figure (the text before it ends with a digit or "%")."""
    if properties is None or not _MARK.fullmatch(text):
        return False
    align = properties.find(w("vertAlign"))
    if align is None or align.get(VAL) != "superscript":
        return False
    return bool(_FIGURE_END.search("".join(run.text for run in before)))
