"""Figures printed with their unit in every cell ("18 000 pe", "4 350 m³/dygn", "95 000
besök"): a table of them is a table of figures (key figures), not a table of text, though
no cell of it is a bare number."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_table import is_number

__all__ = ["figure_share", "is_figure"]

_WITH_UNIT = re.compile(
    r"^[−–+-]?\d{1,3}(?:[  \u202f]\d{3})*(?:,\d+)?\s*(?P<unit>[a-zåäö%‰³²/.]{1,12})$",
    re.IGNORECASE,
)


def is_figure(text: str) -> bool:
    """The cell is a number, bare or followed by one short unit word."""
    clean = " ".join(text.split())
    return is_number(clean) or _WITH_UNIT.match(clean) is not None


def figure_share(block: Block, header_rows: int) -> float:
    """The share of the body's cells (the first column left out) that are figures."""
    cells = [c for r in range(header_rows, len(block.rows)) for c in block.row_texts(r)[1:] if c]
    return sum(1 for c in cells if is_figure(c)) / len(cells) if cells else 0.0
