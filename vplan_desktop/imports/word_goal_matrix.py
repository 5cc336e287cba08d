"""A goal matrix: a table whose columns are the målområden ("Lärande | Trygghet | Hållbarhet"
in its one header row, names that open with no number) and whose cells under them list each
målområde's goals, every goal a paragraph of its own opening with its number ("1.1 Alla elever
lämnar …", "2b Barn känner sig trygga"). The numbers are unique in the table and every column
has a goal; a table under a line or heading naming another list ("Aktiviteter per målområde")
is none. The matrix is unfolded into the lines it stands for, column by column: "Målområde:
<name>" and each goal as a paragraph opening with its number in bold, which the rest of the
import reads as a målområde's goals keeping their numbers (``word_coded_goals``), so that tables
linking indicators and activities to goals by number find them."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source, unfold
from vplan_desktop.markdown import Run

__all__ = ["is_goal_matrix", "unfold_goal_matrices"]

_GOAL = re.compile(
    r"^[•●▪◦·‣–—-]?\s*(?P<kod>\d{1,2}(?:\.\d{1,2})*[a-zåäö]?)[.):]?\s+(?P<text>[A-ZÅÄÖ]\S*\s+\S.*)$"
)
"""A goal's line: its number, then a sentence of two words or more starting with a capital."""
_OTHER = re.compile(r"aktivitet|åtgärd|insats|indikator|nyckeltal|uppdrag|mått", re.I)
_GOALS = re.compile(r"\b(?:mål|målen|nämndsmål|nämndmål|nämndens mål|målsättningar)\b", re.I)
AREA_LONGEST = 60
"""Characters: a målområde's name is a few words."""
GOAL_LONGEST = 400
"""Characters: a goal is a sentence or two."""


def _lines(cell: Cell) -> list[str]:
    own = [p.text for p in cell.paragraphs] if cell.paragraphs else list(cell.lines)
    lines = [" ".join(t.split()) for t in own or [cell.text]]
    return [t for t in lines if t]


def _goals(block: Block) -> list[tuple[str, list[tuple[str, str]]]] | None:
    """Each column's målområde with its goals (number, goal); None for any other table."""
    rows = block.rows
    if block.kind is not BlockKind.TABLE or block.width < 2 or len(rows) < 2:
        return None
    header = rows[0]
    if len({id(c) for c in header}) != len(header):
        return None  # a title merged across: no målområde per column
    names = [" ".join(c.text.split()) for c in header]
    if not all(n and len(n) <= AREA_LONGEST and not n[0].isdigit() for n in names):
        return None
    out: list[tuple[str, list[tuple[str, str]]]] = []
    seen: set[str] = set()
    for column, name in enumerate(names):
        goals: list[tuple[str, str]] = []
        for row in rows[1:]:
            for line in _lines(row[column]) if row[column] is not header[column] else []:
                found = _GOAL.match(line)
                if found is None or len(line) > GOAL_LONGEST or found["kod"] in seen:
                    return None
                seen.add(found["kod"])
                goals.append((found["kod"], found["text"]))
        if not goals:
            return None
        out.append((name, goals))
    return out


def is_goal_matrix(block: Block) -> bool:
    """``block`` is a goal matrix (see the module)."""
    return _goals(block) is not None


def _line(runs: tuple[Run, ...]) -> Block:
    text = "".join(r.text for r in runs)
    return Block(index=0, kind=BlockKind.PARAGRAPH, text=text, runs=runs)


def _unfolded(block: Block) -> list[Block]:
    found = _goals(block)
    assert found is not None
    out = []
    for name, goals in found:
        out.append(_line((Run(f"Målområde: {name}"),)))
        out += [_line((Run(kod, bold=True), Run(f" {text}"))) for kod, text in goals]
    return out


def _titled_other(blocks: list[Block], index: int) -> bool:
    """The line right above the table or the heading over it names another list than goals
    ("Aktiviteter per målområde", "Indikatorer"): numbered items of that, not goals."""
    line = blocks[index - 1] if index else None
    heading = next((b for b in reversed(blocks[:index]) if b.kind is BlockKind.HEADING), None)
    for above in (line, heading):
        if above is not None and _OTHER.search(above.text) and not _GOALS.search(above.text):
            return True
    return False


def unfold_goal_matrices(source: Source) -> Source:
    """``source`` with each goal matrix replaced by the lines it stands for (blocks numbered
    again in reading order)."""
    found = {
        b.index
        for b in source.blocks
        if is_goal_matrix(b) and not _titled_other(source.blocks, b.index)
    }
    return unfold(source, lambda b: b.index in found, _unfolded, "målmatris")
