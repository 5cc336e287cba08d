"""Note references written as plain superscript digits: a figure "85 %" followed by a
superscript run "1" points to a note line under the table; the digit is no part of the
figure, so it is not read into the text (the note's own line is read as written). So is a
superscript "1" right after a word ("Andel nöjda brukare¹", "Index (AMI)¹": an indicator marked
as decided by fullmäktige, its note under the table); a superscript digit after a unit ("m²",
"km²") is the unit's power and stays.

A plan converted from a PDF keeps no superscript and no footnotes: a note's reference is a run
of one or two digits in a font clearly smaller than its line's, right after a word or figure
("gymnasieskolan" 11 pt, "1" 6,5 pt; "106,2" 9 pt, "2" 6,5 pt), and the note itself a line
"1 Folkbokförda …" at the page's foot. Such a reference is not read into the text either (it
would make "106,2" "106,22"); it is kept among the paragraph's notes as ``NOTE_MARK`` and its
number, for ``word_page_notes`` to replace with the note's text."""

from __future__ import annotations

import re

from lxml import etree

from vplan_desktop.imports.word_docx_para import Para
from vplan_desktop.imports.word_docx_styles import VAL, w

_MARK = re.compile(r"\s*\d{1,2}(?:\s*,\s*\d{1,2})*\s*")
_FIGURE_END = re.compile(r"[\d%]\s*$")
_WORD_END = re.compile(r"(?:[^\W\d_]{3,}|\))$")
"""A word of three letters or more, or a closing parenthesis: no unit ("m", "km", "dm")."""
_UNIT_END = re.compile(r"(?<![^\W\d_])(?:kvm|[kcdm]?m)$", re.IGNORECASE)
NOTE_MARK = "\u2063"
"""Before a note's number among a paragraph's notes: the note is still to be found."""
SMALLER = 0.85
"""A converted note reference's size is at most this share of its line's."""


def note_mark(text: str, properties: etree._Element | None, out: Para) -> bool:
    """True when ``text`` is a superscript run of note numbers ("1", "2,3") right after a
    figure (the text before it ends with a digit or "%") or a word that is no unit, or a
    converted plan's reference in a smaller font (then kept among ``out.notes``)."""
    if properties is None or not _MARK.fullmatch(text):
        return False
    align = properties.find(w("vertAlign"))
    before = "".join(run.text for run in out.runs)
    if align is None or align.get(VAL) != "superscript":
        return _shrunk_mark(text, properties, out, before)
    if _FIGURE_END.search(before):
        return True
    return bool(_WORD_END.search(before)) and not _UNIT_END.search(before)


def _shrunk_mark(text: str, properties: etree._Element, out: Para, before: str) -> bool:
    size = properties.find(w("sz"))
    raw = size.get(VAL, "") if size is not None else ""
    line = out.line_sizes[-1]
    if not raw.isdigit() or not line or int(raw) / 2 > SMALLER * line:
        return False
    if not before or before[-1].isspace() or text.strip().startswith("0"):
        return False
    out.notes.extend(NOTE_MARK + n.strip() for n in text.split(","))
    return True
