"""Where a page of a Word document ends, as far as its body shows: at a section's end (a plan
converted from a PDF makes each page a section) and at a hard page break (Word's own PDF
reflow, and a writer, end a page with one) that no text follows in its paragraph. The page's
header and footer lines and a table split over the page end are looked for there
(word_running_lines.py, word_page_tables.py)."""

from __future__ import annotations

from lxml import etree

from vplan_desktop.imports.word_docx_styles import w

_T, _BR = w("t"), w("br")


def ends_page(paragraph: etree._Element) -> bool:
    """Whether the page ends after ``paragraph``'s text: its properties close a section, or a
    hard page break stands after its last text."""
    properties = paragraph.find(w("pPr"))
    if properties is not None and properties.find(w("sectPr")) is not None:
        return True
    after_break = None
    for node in paragraph.iter(_T, _BR):
        if node.tag == _BR and node.get(w("type")) == "page":
            after_break = ""
        elif node.tag == _T and after_break is not None:
            after_break += node.text or ""
    return after_break is not None and not after_break.strip()
