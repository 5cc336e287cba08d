"""An indicator or activity printed as a small card of its own, the way web-based planning
systems export a goal's indicators and activities one by one: a title row merged across the
card naming the kind and the item ("Indikator: Andel … klara inom 14 dagar", "Aktivitet:
Införa …"), a row of the fields' names ("Enhet | Senaste utfall (år) | Målvärde 2027 | …",
"Ansvarig | Startdatum | Slutdatum | Status"), the row of the item's values, and perhaps lines
merged across under them that label their own words ("Polaritet: Högt värde är bra").

Each card is turned into a table of one row, the kind the first column's header and the
name its cell, the fields after it and each labelled line a column of its own ("Indikator |
Enhet | … | Polaritet"), so that the import reads it as it reads a goal's indicator table or an
activity table; cards in a row repeat the same header and are read as one table. A field the
system prints as not filled in ("Ej angivet", "–") is left empty: no value."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source, unfold
from vplan_desktop.markdown import Run

__all__ = ["is_titled_card", "unfold_titled_cards", "unset"]

_TITLE = re.compile(
    r"^(?P<kind>indikator|mått|mätetal|styrtal|resultatmått|aktivitet|åtgärd|insats)\s*:\s*"
    r"(?P<name>\S.*)$",
    re.IGNORECASE,
)
_LINE = re.compile(r"^(?P<label>[A-ZÅÄÖa-zåäö][\wåäö ()-]{0,30}?)\s*:\s*(?P<text>\S.*)$")
"""A line merged across under the values: "Polaritet: Högt värde är bra"."""
_UNSET = re.compile(
    r"^(?:ej|inte)\s+(?:angivet|angiven|angivna|ifyllt|ifylld|ifyllda|satt|satta)\.?$|^[-–—−]$",
    re.IGNORECASE,
)
LABEL_LIMIT = 40
"""Characters: a field's name is a word or a few."""


def unset(text: str) -> bool:
    """``text`` is a planning system's word for a field not filled in ("Ej angivet") or a dash
    alone: no value."""
    return _UNSET.match(" ".join(text.split())) is not None


def _across(row: tuple[Cell, ...]) -> Cell | None:
    """The one cell merged across the whole row; None for a row of several cells."""
    first = row[0]
    if all(cell is first for cell in row) and first.text.strip():
        return first
    return None


def _parts(block: Block) -> tuple[str, str, list[str], list[list[str]], list[tuple[str, str]]]:
    """(kind, name, field names, values rows, labelled lines) of a card; raises ValueError for
    a table that is none."""
    if block.kind is not BlockKind.TABLE or block.width < 2 or len(block.rows) < 3:
        raise ValueError
    title = _across(block.rows[0])
    found = _TITLE.match(" ".join(title.text.split())) if title is not None else None
    if found is None:
        raise ValueError
    header = [" ".join(c.text.split()) for c in block.rows[1]]
    if any(not h or len(h) > LABEL_LIMIT or _across(block.rows[1]) for h in header) or len(
        set(header)
    ) < len(header):
        raise ValueError
    values: list[list[str]] = []
    lines: list[tuple[str, str]] = []
    for row in block.rows[2:]:
        whole = _across(row)
        line = _LINE.match(" ".join(whole.text.split())) if whole is not None else None
        if line is not None:
            lines.append((line.group("label"), line.group("text")))
        elif whole is None and not lines and len({id(c) for c in row}) == len(row):
            values.append([" ".join(c.text.split()) for c in row])
        else:
            raise ValueError
    if not values:
        raise ValueError
    return found.group("kind").capitalize(), found.group("name").strip(), header, values, lines


def is_titled_card(block: Block) -> bool:
    """``block`` is an indicator's or activity's card under its title row (see the module)."""
    try:
        _parts(block)
    except ValueError:
        return False
    return True


def _cell(text: str, bold: bool = False) -> Cell:
    return Cell(text, (text,) if text else (), text, runs=(Run(text, bold),) if text else ())


def _table(block: Block) -> list[Block]:
    kind, name, header, values, lines = _parts(block)
    head = (
        _cell(kind, True),
        *(_cell(h, True) for h in header),
        *(_cell(t, True) for t, _ in lines),
    )
    rows = [
        (
            _cell(name if not number else ""),
            *(_cell("" if unset(v) else v) for v in row),
            *(_cell(text if not number else "") for _, text in lines),
        )
        for number, row in enumerate(values)
    ]
    text = " | ".join(c.text for c in head)
    return [replace(block, rows=(head, *rows), header_rows=1, text=text)]


def unfold_titled_cards(source: Source) -> Source:
    """``source`` with each titled card turned into a table of its item (blocks numbered again
    in reading order)."""
    return unfold(source, is_titled_card, _table, "kort")
