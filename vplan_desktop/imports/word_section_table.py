"""A table in sections: rows merged across the whole table label what the rows under them are
– a goal ("Mål 1: …"), then "Indikatorer" over a sub-header of its own ("Indikator |
Utgångsläge 2025 | Målvärde 2027 | Källa") and the goal's indicators, "Åtaganden" (or
"Aktiviteter", "Insatser", "Åtgärder") over another sub-header ("Åtagande | Ansvarig |
Tidsplan") and the goal's activities, then the next goal's row in the same table. Each section
is turned into the table it stands for, read by its own sub-header, with the goal as a column
of its own ("Nämndsmål | Indikator | …", "Nämndsmål | Åtagande | …"), which the import reads
as it reads a goal table and an activity table anywhere. A goal's row may stand right over a
sub-header, without a label ("Indikator | Nuläge | …" names the section). A goal with no
indicators is kept as a line naming it. The label rows are the table's structure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source, unfold
from vplan_desktop.imports.word_goal_lists import ListKind, list_label
from vplan_desktop.imports.word_goal_table import goal_line
from vplan_desktop.markdown import Run

__all__ = ["is_section_table", "unfold_section_tables"]

GOAL_HEADER = "Nämndsmål"
"""The heading of the column the goal is carried in."""
LABEL_LIMIT = 40
"""Characters: a section's label is a word or two."""

Row = tuple[Cell, ...]


@dataclass
class _Section:
    kind: ListKind
    goal: Cell | None
    header: Row
    rows: list[Row] = field(default_factory=list)


def _spanning(row: Row) -> Cell | None:
    """The one filled cell of a row merged across the whole table (all columns, or all but
    one); None for any other row."""
    filled = [c for c in dict.fromkeys(row) if c.text.strip()]
    if len(filled) != 1 or len(row) < 2:
        return None
    return filled[0] if sum(1 for c in row if c is filled[0]) >= len(row) - 1 else None


def _label(row: Row) -> ListKind | None:
    """The kind of section a label row opens: merged across the table, or alone in the first
    cell with the rest empty ("Indikatorer", "Åtaganden:")."""
    first = row[0].text.strip()
    rest_empty = all(not c.text.strip() for c in row if c is not row[0])
    if not first or len(first) > LABEL_LIMIT or not (_spanning(row) or rest_empty):
        return None
    return list_label(first)


_HEADER = re.compile(
    r"^(?:(?P<ind>indikator(?:er)?|mått|mätetal|nyckeltal|styrtal|resultatmått|mätmetod)|"
    r"(?P<act>aktivitet(?:er)?|åtagande(?:n)?|insats(?:er)?|åtgärd(?:er)?))\s*:?$",
    re.IGNORECASE,
)


def _header(row: Row) -> ListKind | None:
    """The kind of section a sub-header names by its first column ("Indikator | Nuläge |
    …", "Åtagande | Ansvarig | Tidsplan"); None for any other row."""
    found = _HEADER.match(row[0].text.strip())
    if found is None or _spanning(row) or sum(1 for c in dict.fromkeys(row) if c.text) < 2:
        return None
    return ListKind.INDIKATORER if found.group("ind") else ListKind.AKTIVITETER


def _parts(block: Block) -> list[_Section | Cell] | None:
    """The goals (their merged rows' cells) and sections of a table in sections, in order;
    None for a table that is no such table."""
    if block.kind is not BlockKind.TABLE or block.width < 3 or len(block.rows) < 4:
        return None
    out: list[_Section | Cell] = []
    goal: Cell | None = None
    section: _Section | None = None
    labelled = False
    rows = block.rows
    r = 0
    while r < len(rows):
        row = rows[r]
        if not any(c.text.strip() for c in row):
            r += 1
            continue
        kind = _label(row)
        spanning = _spanning(row)
        if kind is not None:
            header = rows[r + 1] if r + 1 < len(rows) else None
            if header is None or _spanning(header) or _label(header):
                return None  # a label needs its sub-header
            section = _Section(kind, goal, header)
            out.append(section)
            labelled = True
            r += 2
            continue
        header_kind = _header(row)
        if spanning is not None:
            following = next((x for x in rows[r + 1 :] if any(c.text.strip() for c in x)), None)
            if following is None or (_label(following) or _header(following)) is None:
                return None  # a merged row over no section: a group, not a goal
            goal, section = spanning, None
            out.append(spanning)
        elif header_kind is not None and (section is None or section.rows):
            if section is None or _texts(row) != _texts(section.header):
                section = _Section(header_kind, goal, row)  # a sub-header without a label
                out.append(section)
        elif section is None:
            return None  # rows before any label: a table of another shape
        else:
            section.rows.append(row)
        r += 1
    sections = [p for p in out if isinstance(p, _Section)]
    if not sections or not any(p.rows for p in sections):
        return None
    goals = any(isinstance(p, Cell) for p in out)
    if not (goals or labelled):
        return None  # sub-headers alone, no merged row: a table that repeats its header
    if len(sections) < 2 and not (goals and labelled):
        return None  # one table under its title (a label or a goal): read as such
    return out


def _texts(row: Row) -> list[str]:
    return [c.text for c in row]


def is_section_table(block: Block) -> bool:
    """``block`` is a table whose merged rows label its goals and sections."""
    return _parts(block) is not None


def _own_columns(rows: list[Row]) -> list[Row]:
    """The section's rows without the columns it merges into the one before in every row
    (the åtagande spanning two of the table's columns is one column of the section)."""
    keep = [
        c for c in range(len(rows[0])) if c == 0 or any(row[c] is not row[c - 1] for row in rows)
    ]
    return [tuple(row[c] for c in keep) for row in rows]


def _line(text: str) -> Block:
    return Block(index=0, kind=BlockKind.PARAGRAPH, text=text, runs=(Run(text),))


def _goal_line(goal: Cell) -> Block:
    """A line naming the goal, labelled as one when its row was not ("Nämndsmål: …")."""
    text = " ".join(goal.text.split())
    return _line(text if goal_line(text) else f"{GOAL_HEADER}: {text}")


def _by_goal(parts: list[_Section | Cell]) -> list[tuple[Cell | None, list[_Section]]]:
    """The sections under each goal (under none before the first goal's row), the goal's
    indicators first: they make the goal its activities are linked to."""
    out: list[tuple[Cell | None, list[_Section]]] = []
    for part in parts:
        if isinstance(part, Cell):
            out.append((part, []))
        elif out:
            out[-1][1].append(part)
        else:
            out.append((None, [part]))
    indicators_first = {ListKind.INDIKATORER: 0, ListKind.AKTIVITETER: 1}
    return [(goal, sorted(s, key=lambda p: indicators_first[p.kind])) for goal, s in out]


def _table(block: Block, section: _Section) -> Block:
    rows = _own_columns([section.header, *section.rows])
    if section.goal is not None:
        goal = section.goal
        rows = [(Cell(GOAL_HEADER), *rows[0]), *((goal, *row) for row in rows[1:])]
    text = " | ".join(c.text for c in dict.fromkeys(rows[0]) if c.text)
    return replace(block, rows=tuple(rows), header_rows=1, text=text)


def _unfolded(block: Block) -> list[Block]:
    parts = _parts(block)
    assert parts is not None
    out: list[Block] = []
    for goal, sections in _by_goal(parts):
        filled = [s for s in sections if s.rows]
        if goal is not None and not any(s.kind is ListKind.INDIKATORER for s in filled):
            out.append(_goal_line(goal))  # no indicator table to carry it: its own line
        out += [_table(block, s) for s in filled]
    return out


def unfold_section_tables(source: Source) -> Source:
    """``source`` with each table in sections replaced by the tables (and goal lines) it
    stands for (blocks numbered again in reading order)."""
    return unfold(source, is_section_table, _unfolded, "tabell")
