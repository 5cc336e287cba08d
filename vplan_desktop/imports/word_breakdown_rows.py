"""An indicator broken down under its own row: a goal table's row with the indicator's name and
figures (the whole school's, the whole nämnd's) followed by rows indented under it, each
naming a part ("Ekonomiprogrammet", "Yrkesprogram", "Förskola") with that part's own nuläge
and targets. The indent is the name cell's paragraph indent (``w:ind``) or spaces typed before
the name. Each part is an indicator of its own under the same goal, named "<indicator> –
<part>": by its bare name it would be one more "Ekonomiprogrammet" under the goal, not saying
what it measures. A deeper row is named after the row it is indented under ("A – B – C")."""

from __future__ import annotations

from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_build import TableView
from vplan_desktop.imports.word_table import Row

__all__ = ["name_breakdowns"]

_SPACE = 60
"""A typed space's width in twentieths of a point (about 3 pt at 11 pt text); a tab is four."""


def _indent(row: Row, column: int, blocks: dict[int, Block]) -> int | None:
    """The name cell's indent: its paragraph's ``w:ind`` plus the spaces typed before it."""
    block = blocks.get(row.block)
    if block is None or row.index >= len(block.rows) or column >= len(block.rows[row.index]):
        return None
    paragraphs = block.rows[row.index][column].paragraphs
    if not paragraphs:
        return None
    first = paragraphs[0]
    text = "".join(run.text for run in first.runs) if first.runs else first.text
    text = text.replace("\t", "    ")
    typed = len(text) - len(text.lstrip(" \u00a0"))
    return first.indent + typed * _SPACE


def _figured(view: TableView, row: Row) -> bool:
    """The row gives figures: a nuläge, a target, an outcome."""
    return any(
        (role == "nulage" or ":" in role) and index < len(row.cells) and row.cells[index].strip()
        for index, role in enumerate(view.roles)
    )


def name_breakdowns(view: TableView) -> list[str]:
    """Name each row of ``view``'s goal table that is indented under an indicator's row with
    figures "<indicator> – <part>"; the names given, in order."""
    column = view.col("namn")
    if column is None:
        return []
    blocks = {part.index: part for part, _ in view.parts}
    rows = view.rows.rows
    indents = [_indent(r, column, blocks) for r in rows]
    if any(i is None for i in indents) or len(set(indents)) < 2:
        return []
    out: list[str] = []
    open_rows: list[tuple[int, str, bool]] = []  # rows above still open: indent, name, figures
    for row, indent in zip(rows, indents, strict=True):
        assert indent is not None
        name = row.cells[column].strip() if column < len(row.cells) else ""
        while open_rows and open_rows[-1][0] >= indent:
            open_rows.pop()
        if name and open_rows and open_rows[-1][1] and open_rows[-1][2] and _figured(view, row):
            parent = open_rows[-1][1]
            if not name.lower().startswith(parent.lower()):
                name = f"{parent} – {name}"
                row.cells[column] = name
                if column < len(row.lines):
                    row.lines[column] = (name,)
                out.append(name)
        open_rows.append((indent, name, _figured(view, row)))
    return out
