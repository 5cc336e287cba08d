"""Words a plan converted from a PDF shows cut at a line's end, mended in the document's XML
before it is read.

A word wider than its column (a table's narrow column: "Kontrollmoment", "Nämndsekreterare")
is broken by the program that printed the PDF at whatever letter fills the line, with no
hyphen; the converter keeps each of the PDF's lines as a run of the paragraph, ending the line
with a space, so the word reads "Kontrollmome nt" (a line it ends with a line break stopped
short of the column's edge: nothing was cut there, unless the break follows the converter's
space, as it does at each line's end in a table cell). Such a cut is known by:
- the line before it holds that one word of letters only, about as long as the paragraph's
  longest line (a word filling the whole line: a line with room for more would have taken
  the next word), and the next line goes on with a small letter;
- and the rest has no vowel ("nt", "g", "hef": no Swedish word or syllable is without one, a
  unit such as "kr" or "nr" aside), or Swedish hyphenation (pyphen's sv_SE patterns) would not
  break the joined word there ("kontrollmo-ment", not "kontrollmome-nt") while the rest is not
  a word the document uses elsewhere, or the joined word is one the document uses elsewhere
  and the first part is not, or the joined word is (or ends with) one of the labels plans
  head their tables' columns with ("Målvärde", "Kontrollmoment", "Fordonsansvarig") and the
  cut falls inside it: a header cell is narrow and its label is often the one long word in
  it, cut at a syllable ("Målvär" / "de") as often as not.
Two whole words on two lines ("Enhetschef" / "hemtjänst", "Projekt" / "nr") stay apart."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import pyphen
from lxml import etree

from vplan_desktop.imports.word_docx_styles import w

_HYPHENATOR = pyphen.Pyphen(lang="sv_SE")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_CONTINUED = re.compile(r"[a-zåäöéü]+")
FULL = 0.75
"""How long a line must be, against the paragraph's longest, to be read as full."""
_VOWELS = set("aeiouyåäöéüAEIOUYÅÄÖÉÜ")
_UNITS = {"kr", "tkr", "mkr", "mnkr", "nr", "st", "km", "kg", "mm", "cm", "ml", "kwh", "mwh"}
"""Abbreviations without a vowel that stand as words of their own."""
_WORD = re.compile(r"[^\W\d_]+")
COLUMN_LABELS = frozenset({
    "aktivitet", "aktiviteter", "ansvarig", "bedömning", "beskrivning", "frekvens",
    "genomförande", "indikator", "indikatorer", "internkontroll", "kommentar",
    "kontrollansvarig", "kontrollmoment", "konsekvens", "målnivå", "målområde", "måluppfyllelse",
    "målriktning", "målvärde", "målvärden", "måltal", "mätmetod", "nämndsmål", "nämndmål",
    "nyckeltal", "prognos", "rapportering", "riskbedömning", "sannolikhet", "slutdatum",
    "startdatum", "tidplan", "uppföljning", "utgångsläge", "utgångsvärde", "verksamhet"
})  # fmt: skip
"""Labels plans give their tables' columns (and their cells: an ansvarig): a cut inside one
is a cut."""
_T, _BR, _CR, _TAB, _P = w("t"), w("br"), w("cr"), w("tab"), w("p")


@dataclass
class _Cut:
    left: etree._Element
    """The w:t ending with the word's first part (and the converter's space)."""
    first: str
    rest: str
    breaks: list[etree._Element]
    """The line breaks between the two parts, dropped with the space when they are joined."""


def mend_cut_words(body: etree._Element) -> None:
    """Joins the words of ``body`` that the PDF's line ends cut (see the module's docstring);
    ``body`` is changed in place."""
    cuts = [cut for paragraph in body.iter(_P) for cut in _cuts(paragraph)]
    if not cuts:
        return
    words: Counter[str] = Counter()
    for paragraph in body.iter(_P):
        text = " ".join(t.text or "" for t in paragraph.iter(_T))
        words.update(word.lower() for word in _WORD.findall(text))
    for cut in cuts:  # the cuts' own parts are no use elsewhere
        words[cut.first.lower()] -= 1
        words[cut.rest.lower()] -= 1
    for cut in cuts:
        if _is_cut(cut, words):
            cut.left.text = (cut.left.text or "").rstrip()
            for node in cut.breaks:
                node.getparent().remove(node)


def _is_cut(cut: _Cut, words: Counter[str]) -> bool:
    """Whether the two parts are one word cut (see the module's docstring); ``words`` counts
    the document's words used elsewhere."""
    first, rest = cut.first.lower(), cut.rest.lower()
    joined = first + rest
    if any(
        joined.endswith(label) for label in COLUMN_LABELS if len(joined) - len(label) < len(first)
    ):
        return True  # a label, alone or ending a compound ("Fordonsansva" / "rig")
    if not set(rest) & _VOWELS:
        return rest not in _UNITS
    if words[joined] > 0 and words[first] <= 0:
        return True
    if words[first] > 0 and len(rest) > 3:
        return False  # two words the document uses ("alla" / "nyckelskåp")
    return len(first) not in _HYPHENATOR.positions(joined) and words[rest] <= 0


def _cuts(paragraph: etree._Element) -> list[_Cut]:
    """The places in ``paragraph`` where a line holding one word, ended by the converter's
    space and about as long as the paragraph's longest line (it filled the column), is
    followed by a line going on with a small letter (a line ended by a line break stopped
    short of the column's edge: no word was cut there)."""
    out: list[_Cut] = []
    lines: list[int] = []  # the lengths of the paragraph's lines
    line = ""  # the text of the current line so far
    last: etree._Element | None = None  # the w:t that ended the previous line with a space
    previous = ""  # the previous line's text
    breaks: list[etree._Element] = []  # the breaks after the converter's space ending it
    for node in paragraph.iter(_T, _BR, _CR, _TAB):
        if node.tag == _T:
            text = node.text or ""
            start = _CONTINUED.match(text) if not line and last is not None else None
            if start is not None and last is not None and _LETTERS.fullmatch(previous.strip()):
                out.append(_Cut(last, previous.strip(), start.group(), breaks))
            line += text
            if text.endswith(" "):  # the converter's end of a line
                previous, line, last, breaks = line, "", node, []
                lines.append(len(previous.strip()))
        elif node.tag == _TAB:
            line += "\t"
        elif line or last is None:
            lines.append(len(line.strip()))
            previous, line, last = "", "", None
        else:  # a break right after the converter's space ends that same line (in a table
            breaks.append(node)  # cell the converter ends each line with both)
    lines.append(len(line.strip()))
    return [cut for cut in out if len(cut.first) >= FULL * max(lines)]
