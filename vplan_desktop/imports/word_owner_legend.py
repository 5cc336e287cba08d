"""An activity table whose "Ansvar" column holds abbreviations ("BIB", "ANL", "BIB/KUL")
explained by a legend line right under or over the table ("Förkortningar: BIB = Biblioteken,
ANL = Anläggningsenheten, …"): each activity's ansvarig is written out as the legend explains
it ("Biblioteken"), the way a secretary enters it. A cell is written out only when every code
in it is one the legend explains; any other cell stays as printed. The legend line itself is
kept as the chapter's text."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import BlockKind
from vplan_desktop.imports.word_build import Builder, TableView
from vplan_desktop.imports.word_row_types import code_legend

__all__ = ["owner_legend", "written_out"]

_SEPARATOR = re.compile(r"\s*(?:,|/|&|\+|\boch\b)\s*")
"""Between the codes of a cell naming several owners ("BIB, KUL", "BIB/KUL", "BIB och KUL")."""
_JOINED = ", "


def owner_legend(b: Builder, view: TableView) -> dict[str, str]:
    """The codes the lines right over and right under the table explain, with their words;
    {} when neither line is such a legend."""
    source = b.result.source
    if source is None or view.col("ansvarig") is None:
        return {}
    blocks = source.blocks
    first, last = view.block.index, view.parts[-1][0].index
    out: dict[str, str] = {}
    for index in (first - 1, last + 1):
        if 0 <= index < len(blocks) and blocks[index].kind is BlockKind.PARAGRAPH:
            out |= code_legend(blocks[index].text)
    return out


def written_out(owner: str, legend: dict[str, str]) -> str:
    """``owner`` with its codes written out by ``legend`` ("BIB/KUL" → "Biblioteken,
    Kulturenheten"); ``owner`` as printed when some piece of it is no code of the legend."""
    if not legend:
        return owner
    codes = [c.strip(" .") for c in _SEPARATOR.split(" ".join(owner.split()))]
    if not codes or any(code not in legend for code in codes):
        return owner
    return _JOINED.join(legend[code] for code in codes)
