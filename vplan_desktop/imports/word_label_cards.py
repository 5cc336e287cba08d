"""An "uppdragskort": one table per goal whose first column holds the labels, each merged
down over the rows it labels — "Målområde | <the målområde>", "Mål | <the goal>", then "Så
mäter vi" beside a sub-header "Indikator | Nuläge 2025 | Mål 2027" and a row per indicator,
and "Det här gör vi" beside "Aktivitet | Ansvarig | Klart" and a row per activity. Each part
is turned into the table it stands for, the målområde and goal as columns of their own
("Målområde | Nämndsmål | Indikator | Nuläge 2025 | …", "Nämndsmål | Aktivitet | Ansvarig |
Klart"), which the import reads as it reads a goal table and an activity table anywhere. The
labels are the card's structure."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source, unfold

__all__ = ["is_label_card", "unfold_label_cards"]

_GOAL = re.compile(r"^(?:nämndens mål|nämndsmål|mål|målet|verksamhetsmål)\s*:?$", re.I)
_AREA = re.compile(r"^(?:målområde|fokusområde|perspektiv|strategiskt område)\s*:?$", re.I)
LABEL_LIMIT = 40
"""Characters: a label cell is a short word or two."""
GOAL_HEADER = "Nämndsmål"
AREA_HEADER = "Målområde"


def _spanned(row: tuple[Cell, ...]) -> Cell | None:
    """The one cell a row holds beside its label, merged across the rest; None otherwise."""
    rest = row[1:]
    if not rest or any(c is not rest[0] for c in rest) or not rest[0].text.strip():
        return None
    return rest[0]


def _parts(block: Block) -> tuple[Cell | None, Cell, list[list[tuple[Cell, ...]]]] | None:
    """(målområde, goal, parts) of a card: each part its sub-header and the rows the same
    merged label cell stands beside; None for a table that is no such card."""
    if block.kind is not BlockKind.TABLE or block.width < 3 or len(block.rows) < 4:
        return None
    area: Cell | None = None
    goal: Cell | None = None
    parts: list[list[tuple[Cell, ...]]] = []
    label: Cell | None = None
    for row in block.rows:
        first = row[0]
        text = first.text.strip()
        value = _spanned(row)
        if label is not None and first is label:
            parts[-1].append(row)
        elif value is not None and _GOAL.match(text) and goal is None and not parts:
            goal = value
        elif value is not None and _AREA.match(text) and area is None and not parts:
            area = value
        elif text and len(text) <= LABEL_LIMIT and value is None and goal is not None:
            label = first
            parts.append([row])
        else:
            return None
    if goal is None or not parts or any(len(p) < 2 for p in parts):
        return None
    return area, goal, parts


def is_label_card(block: Block) -> bool:
    """``block`` is a card with its labels merged down the first column."""
    return _parts(block) is not None


def _tables(block: Block) -> list[Block]:
    found = _parts(block)
    assert found is not None
    area, goal, parts = found
    out = []
    for part in parts:
        header, *body = (row[1:] for row in part)
        head: tuple[Cell, ...] = (Cell(GOAL_HEADER), *header)
        lead: tuple[Cell, ...] = (goal,)
        if area is not None:
            head, lead = (Cell(AREA_HEADER), *head), (area, goal)
        rows = (head, *((*lead, *row) for row in body))
        text = " | ".join(c.text for c in dict.fromkeys(head) if c.text)
        out.append(replace(block, rows=rows, header_rows=1, text=text))
    return out


def unfold_label_cards(source: Source) -> Source:
    """``source`` with each card replaced by the tables it stands for (blocks numbered again
    in reading order)."""
    return unfold(source, is_label_card, _tables, "kort")
