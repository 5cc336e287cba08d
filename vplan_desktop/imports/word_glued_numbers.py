"""Heading numbers a PDF converter glued to their text. A numbered heading ("4.1.1 Det ska
vara …") is printed with its number and text apart (a tab or a hanging indent); the converter
keeps the number as a run of its own and the text as the next, with no space between, so the
paragraph reads "4.1.1Det ska vara …". A line (a paragraph's, or one after a line break) that
opens with an outline number of two or more levels ("3.1", "4.1.1"; digits joined by points)
followed directly by a letter gets the space back, so that its number is read as the heading
number it is. A one-level number ("1.Införa …") is a typed list number, read by
word_converted_lines.typed_item."""

from __future__ import annotations

import re

from lxml import etree

from vplan_desktop.imports.word_docx_styles import w

_GLUED = re.compile(r"^(\s*\d{1,2}(?:\.\d{1,2})+\.?)(?=[A-Za-zÅÄÖåäöÉé])")
_P, _T, _BR, _CR = w("p"), w("t"), w("br"), w("cr")


def space_glued_numbers(body: etree._Element) -> None:
    """Puts a space between each line's glued outline number and its text (see the module's
    docstring); ``body`` is changed in place."""
    for paragraph in body.iter(_P):
        nodes = list(paragraph.iter(_T, _BR, _CR))
        fresh = True  # at a line's start: the paragraph's, or after a line break
        for at, node in enumerate(nodes):
            if node.tag != _T:
                fresh = True
            elif node.text and node.text.strip():
                if fresh:
                    _space(nodes[at : at + 2])
                fresh = False


def _space(texts: list[etree._Element]) -> None:
    """Puts the space after the glued number that opens ``texts`` (a line's first w:t and the
    one after it); nothing when they open with none."""
    opening = "".join(t.text or "" for t in texts if t.tag == _T)
    match = _GLUED.match(opening)
    if match is None:
        return
    end = len(match.group(1))
    for node in texts:
        text = node.text or ""
        if node.tag == _T and end <= len(text):  # the number ends in this run
            node.text = f"{text[:end]} {text[end:]}"
            node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            return
        end -= len(text)
