"""A .docx paragraph's left indent: ``w:ind`` in its properties (``w:left``, or ``w:start`` as
newer Word writes it), in twentieths of a point. Plans nest a table's rows under a row by this
alone (word_indent_rows.py); an indent the paragraph's style gives is not read."""

from __future__ import annotations

from lxml import etree

from vplan_desktop.imports.word_docx_styles import w


def left_indent(properties: etree._Element | None) -> int:
    """The left indent set on a paragraph with ``properties`` (``w:pPr``); 0 for none."""
    ind = properties.find(w("ind")) if properties is not None else None
    if ind is None:
        return 0
    for name in ("left", "start"):
        value = ind.get(w(name), "")
        if value.lstrip("-").isdigit():
            return max(int(value), 0)
    return 0
