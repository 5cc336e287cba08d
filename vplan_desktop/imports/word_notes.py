"""A note printed right under a table: "* Simhallen var stängd …", "Källa: SCB", "Anm: …",
"Anm. Prognosen bygger på …", or a line set wholly in italics under a table of key figures
("Prognos 2026 bygger på utfallet till och med september.") or in small print (8 pt, as a
note under a table pasted from a spreadsheet is set: "Kostnaden för 2024 saknas eftersom …"),
or a plain short line there that qualifies the figures ("Uppgifterna för 2025 är preliminära.",
``word_figure_notes``) – the table's note, not text."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_estimate_note import estimate_line
from vplan_desktop.imports.word_figure_notes import qualifies_figures

__all__ = ["is_table_note"]

_MARKED = re.compile(
    r"^(?:\*+|¹|²|³|\d\))\s*\S|^(?:not|källa|källor|fotnot|anm|anmärkning|obs)\s*[:.]",
    re.IGNORECASE,
)
ITALIC_LIMIT = 300
"""Characters: an italic line longer than this is a paragraph of its own, not a note."""
SMALL_PRINT = 9.0
"""Points: a line under a table of key figures set this small or smaller is its note."""


def is_table_note(block: Block, *, key_figures: bool) -> bool:
    """Whether ``block`` (the line right under a table) is the table's note: marked as one
    ("*", "Källa:", "Anm."), or under a table of ``key_figures`` a short line all in
    italics or in small print, or a plain one that qualifies the figures."""
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    text = block.text.strip()
    if _MARKED.match(text):
        return True
    visible = [r for r in block.runs if r.text.strip()]
    italic = bool(visible) and all(r.italic and not r.bold for r in visible)
    small = 0 < block.size <= SMALL_PRINT
    if not key_figures:
        return False
    if (italic or small) and len(text) <= ITALIC_LIMIT:
        return True
    return not any(r.bold for r in visible) and (qualifies_figures(text) or estimate_line(text))
