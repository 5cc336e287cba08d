"""A Word table cell's lines as the reader sees them: its paragraphs, each also split at its soft
line breaks (w:br, Shift+Enter), so that a cell stacking several entries one per line ("Andel
…<br>Antal …") keeps them apart; and the cell's shading."""

from __future__ import annotations

import re

from lxml import etree

from vplan_desktop.imports.word_docx_styles import w

_BREAKS = (w("br"), w("cr"))
_PAGE_BREAKS = ("page", "column")


def soft_lines(element: etree._Element, lines: tuple[str, ...]) -> tuple[str, ...]:
    """The cell's lines split at soft line breaks as well as at paragraphs, whitespace
    collapsed and empty lines left out; () when no paragraph has a soft break with text on both
    sides, or when the split does not give back the cell's ``lines`` word for word (a footnote
    mark, a symbol or a text box the plain reading does not see)."""
    out: list[str] = []
    broken = False
    for paragraph in element.iter(w("p")):
        pieces = [""]
        for node in paragraph.iter(w("t"), *_BREAKS):
            if node.tag == w("t"):
                if not _in_fallback(node, paragraph):
                    pieces[-1] += node.text or ""
            elif node.get(w("type"), "") not in _PAGE_BREAKS:
                pieces.append("")
        texts = [" ".join(piece.split()) for piece in pieces]
        texts = [text for text in texts if text]
        broken = broken or len(texts) > 1
        out += texts
    if not broken or " ".join(out).split() != " ".join(lines).split():
        return ()
    return tuple(out)


def _in_fallback(node: etree._Element, stop: etree._Element) -> bool:
    """``node`` stands in an mc:Fallback (the same content again for older programs)."""
    parent = node.getparent()
    while parent is not None and parent is not stop:
        if etree.QName(parent).localname == "Fallback":
            return True
        parent = parent.getparent()
    return False


def cell_fill(element: etree._Element) -> str:
    """The cell's shading as six upper-case hex digits ("00B050"); "" for none or "auto"."""
    shading = element.find(f"{w('tcPr')}/{w('shd')}")
    fill = shading.get(w("fill"), "") if shading is not None else ""
    return fill.upper() if re.fullmatch(r"[0-9A-Fa-f]{6}", fill) else ""
