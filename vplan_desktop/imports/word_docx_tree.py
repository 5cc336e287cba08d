"""Walking a Word table's XML the way Word shows it: a parent's own rows or cells and a cell's
paragraphs and tables, through content controls, custom XML and tracked insertions, and whether
an element holds text once tracked deletions are left out. Shared by the readers that look at a
table's layout before it becomes a block (``word_docx_frame``, ``word_icon_beside``)."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from vplan_desktop.imports.word_docx_styles import w

__all__ = ["TBL", "TC", "TR", "P", "T", "content", "has_text", "own"]

P, TBL, TR, TC, T = w("p"), w("tbl"), w("tr"), w("tc"), w("t")
_WRAPPERS = {w("sdt"), w("sdtContent"), w("customXml"), w("ins"), w("moveTo")}
_DELETED = {w("del"), w("moveFrom")}


def own(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """``parent``'s children tagged ``tag``, through content controls and insertions."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from own(child, tag)


def content(cell: etree._Element) -> Iterator[etree._Element]:
    """A cell's paragraphs and tables in order, through content controls and insertions."""
    for child in cell:
        if child.tag in (P, TBL):
            yield child
        elif child.tag in _WRAPPERS:
            yield from content(child)


def has_text(element: etree._Element) -> bool:
    """``element`` holds text that is not a tracked deletion."""
    return any(
        (t.text or "").strip()
        for t in element.iter(T)
        if not any(a.tag in _DELETED for a in t.iterancestors())
    )
