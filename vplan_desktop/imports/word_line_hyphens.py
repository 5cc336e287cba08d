"""Hyphens that a plan converted from a PDF keeps where the PDF's lines ended, mended in the
document's XML before it is read.

The program that printed the PDF hyphenated long words at a line's end ("verk-" / "samhet");
a converter that joins the PDF's lines into paragraphs (Word's own PDF reflow does) keeps the
hyphen inside the word: "verk-samhet", "energi-användning", "kvadrat-meter", in a paragraph
or a table cell alike. Swedish writes real compounds with a hyphen as well ("LED-armaturer",
"e-tjänst", "it-stöd", "sms-tjänst") and leaves one hanging before "och" ("gång- och
cykelvägar"), so a hyphen is taken for a line end's only where the document itself shows the
word joined: a hyphen between two runs of small letters (the first at least two letters
long; a capital may start the word) whose joined word is written without the hyphen elsewhere
in the document, in the same or another form (the other word begins with the first part and at
least three letters of the rest: "verksamhet" for "verk-samheten", "cykelvägarna" for
"cykel-vägar"). A word the document never writes joined keeps its hyphen."""

from __future__ import annotations

import re

from lxml import etree

from vplan_desktop.imports.word_docx_styles import w

_T = w("t")
_HYPHENED = re.compile(r"(?<![\w-])([^\W\d_]?[a-zåäöéü]+)-([a-zåäöéü]+)(?![\w-])")
_WORD = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])")
"""A word standing alone (not part of a hyphened compound)."""
SHARED = 3
"""How many letters of the part after the hyphen a joined word elsewhere must share."""


def mend_line_hyphens(body: etree._Element) -> None:
    """Drops from ``body``'s texts the hyphens kept from the PDF's line ends (see the module's
    docstring); ``body`` is changed in place."""
    texts = [t for t in body.iter(_T) if t.text and "-" in t.text]
    if not texts:
        return
    words = {word.casefold() for t in body.iter(_T) for word in _WORD.findall(t.text or "")}

    def joined(found: re.Match[str]) -> str:
        first, rest = found.groups()
        return first + rest if _written_joined(first, rest, words) else found.group()

    for node in texts:
        node.text = _HYPHENED.sub(joined, node.text or "")


def _written_joined(first: str, rest: str, words: set[str]) -> bool:
    """Whether one of the document's ``words`` writes ``first`` and ``rest`` as one word."""
    if len(first) < 2:
        return False
    stem = (first + rest[:SHARED]).casefold()
    return any(word.startswith(stem) for word in words)
