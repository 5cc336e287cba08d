"""The one way a user's text enters reportlab's paragraph markup.

reportlab reads the text of a ``Paragraph`` as markup: ``<font size=300>`` sets the size,
``<img src="…"/>`` embeds a file from the disk into the PDF, ``<a href>`` makes a link, an
unclosed tag fails the whole export. The table of contents builds its own paragraphs from the
entry texts it is given, so those entries are markup too. Every user text that reaches a
paragraph or a contents entry goes through ``paragraph_text``; nothing else escapes for
reportlab; bold and italic are vplan's own tags around escaped text (``runs_markup``), never
the user's. (Plain strings drawn on the canvas, table cells drawn as strings, the bookmarks and
the document properties are not markup and take the text as it is.)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from vplan_desktop.markdown import Run

# XML 1.0 cannot hold these (and reportlab's parser fails on them); the plan never keeps them,
# but an export must not depend on that.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})


def paragraph_text(text: str) -> str:
    """``text`` as literal characters in reportlab markup, in element content or a quoted
    attribute value: ``&``, ``<``, ``>`` and both quotes become entities reportlab turns back
    into the characters (so ``&amp;`` typed by the user prints as ``&amp;``)."""
    return _NOT_XML.sub("", text).translate(_ENTITIES)


def line_text(text: str, prepare: Callable[[str], str] | None = None) -> str:
    """``text`` as paragraph markup with its line breaks kept; ``prepare`` changes the plain
    text before it is escaped (soft hyphens put in)."""
    return paragraph_text(prepare(text) if prepare else text).replace("\n", "<br/>")


def runs_markup(runs: tuple[Run, ...], prepare: Callable[[str], str] | None = None) -> str:
    """``runs`` as paragraph markup, each run's text escaped by ``line_text`` inside vplan's
    own ``<b>`` and ``<i>``."""
    parts = []
    for run in runs:
        text = line_text(run.text, prepare)
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)
