"""Words a table cell breaks by hand with a hyphen and a soft line break, mended in the
document's XML before it is read.

A table pasted from Excel keeps the header cells its author wrapped with Alt+Enter to fit a
narrow column, a long word cut where the author chose and marked with a hyphen: "Bok-⏎slut⏎
2025", "Ut-⏎gångs-⏎värde⏎2025", "Mål-⏎värde⏎2027". Word shows the hyphen and the soft line
break (w:br) as they are, so the cell reads "Bok-slut 2025", a word no column rule knows. A
hyphen is a word's break only where it ends a cell's line in a table, right after a letter
(the word's first part at least two letters long), and the next line goes on with a small
letter in the same paragraph: the hyphen and the line break are dropped and the word joined
("Bokslut 2025"). A hyphen left hanging before a conjunction ("gång-⏎och cykelvägar") is no
break: the compound's shared last part, it stays, and so does the line break. A paragraph of
the body is left as it is."""

from __future__ import annotations

import re

from lxml import etree

from vplan_desktop.imports.word_docx_styles import w

_T = w("t")
_BR = w("br")
_CR = w("cr")
_TEXT_BREAK = ("", "textWrapping")
_ENDS_CUT = re.compile(r"(?<![\w-])[^\W\d_][a-zåäöéü]+-$")
"""A line's end: a word's first part (small letters, a capital may start it) and a hyphen."""
_GOES_ON = re.compile(r"^([a-zåäöéü]+)")
_CONJUNCTIONS = frozenset({"och", "eller", "samt", "resp", "respektive", "till", "som"})
"""Words a hyphen hangs before as the shared part of two compounds ("gång- och cykelvägar")."""


def mend_break_hyphens(body: etree._Element) -> None:
    """Joins in ``body``'s table cells the words broken with a hyphen and a soft line break
    (see the module's docstring); ``body`` is changed in place."""
    for cell in body.iter(w("tc")):
        for paragraph in cell.iter(w("p")):
            _mend(paragraph)


def _mend(paragraph: etree._Element) -> None:
    """Joins the broken words of one paragraph of a cell."""
    nodes = [n for n in paragraph.iter(_T, _BR, _CR) if _own(n, paragraph)]
    for at in range(1, len(nodes) - 1):
        before, brk, after = nodes[at - 1], nodes[at], nodes[at + 1]
        if brk.tag == _T or before.tag != _T or after.tag != _T:
            continue
        if brk.tag == _BR and brk.get(w("type"), "") not in _TEXT_BREAK:
            continue
        head = (before.text or "").rstrip()
        rest = _GOES_ON.match(after.text or "")
        if not _ENDS_CUT.search(head) or rest is None or rest.group(1) in _CONJUNCTIONS:
            continue
        parent = brk.getparent()
        if parent is not None:
            before.text = head[:-1]
            parent.remove(brk)


def _own(node: etree._Element, paragraph: etree._Element) -> bool:
    """``node`` belongs to ``paragraph`` itself, not to a paragraph nested in it (a text box)
    or to a drawing's fallback."""
    for parent in node.iterancestors():
        if parent is paragraph:
            return True
        if parent.tag in (w("p"), w("txbxContent")) or parent.tag.endswith("}Fallback"):
            return False
    return False
