"""Merged table cells as a .docx marks them: a cell continuing a merge down (``w:vMerge``
without a value or with "continue") or across (the legacy ``w:hMerge`` that files converted
from Word 97 and written by other programs carry: a "restart" cell, then cells continuing it)
shows the cell it continues, so that every grid position holds what Word shows there. A cell
holding only a ditto mark ("〃", "d:o", "samma som ovan", ``word_ditto``) continues the cell
above it as a merge down does."""

from __future__ import annotations

from lxml import etree

from vplan_desktop.imports.word_blocks import Cell
from vplan_desktop.imports.word_ditto import is_ditto
from vplan_desktop.imports.word_docx_styles import VAL, w


def continued(
    properties: etree._Element | None, cell: etree._Element, row: list[Cell], above: dict[int, Cell]
) -> Cell | None:
    """The cell that ``cell`` (its ``w:tcPr`` ``properties``) continues: the one above it
    (``above`` by grid column; also for a ditto mark) or the one before it in its ``row``;
    None when it starts or is no merge. A cell continuing a merge across but holding text of
    its own is read as itself (its text is not dropped)."""
    if len(row) in above and above[len(row)].text and is_ditto("".join(cell.itertext())):
        return above[len(row)]
    if properties is None:
        return None
    down = properties.find(w("vMerge"))
    if down is not None and down.get(VAL, "continue") == "continue" and len(row) in above:
        return above[len(row)]
    across = properties.find(w("hMerge"))
    if (
        across is not None
        and across.get(VAL, "continue") == "continue"
        and row
        and not "".join(cell.itertext()).strip()
    ):
        return row[-1]
    return None
