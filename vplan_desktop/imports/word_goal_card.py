"""A "målkort": one table per goal, its rows labelled in the first column – "Målområde | <the
målområde>", "Nämndens mål | <the goal>", then a header row "Indikator | Utgångsvärde | Mål 2027
| …" over one row per indicator, and a last row "Aktiviteter" whose merged cell holds one line
per activity ("• Bokprat i förskoleklasser (ansvar: Bibliotekschef, klart: vt 2027)"). The card
is unfolded into the lines and the table it stands for ("Målområde: …", "Nämndens mål: …", the
indicator table, "Aktiviteter:" and a list item per activity), which the rest of the import
reads as it reads them anywhere else."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source, unfold
from vplan_desktop.imports.word_goal_lists import ListKind, list_label
from vplan_desktop.markdown import Run

__all__ = ["AREA_LINE", "area_name", "is_card", "unfold_cards"]

_GOAL_LABEL = re.compile(r"^(?:nämndens mål|nämndsmål|mål|målet|verksamhetsmål)\s*:?$", re.I)
_AREA_LABEL = re.compile(r"^(?:målområde|fokusområde|perspektiv|strategiskt område)\s*:?$", re.I)
AREA_LINE = re.compile(
    r"^(?:målområde|fokusområde|perspektiv|strategiskt område)\s*:\s*(?P<name>\S.{0,299})$", re.I
)
"""A line "Målområde: <name>": the goals under it are that målområde's."""
_AREA_WORD = re.compile(
    r"^(?:målområde\b\s*\d*\s*[:.–-]?|(?:fokusområde|perspektiv|strategiskt område)\s*:)\s*",
    re.IGNORECASE,
)
_TYPED_NUMBER = re.compile(r"^(?P<kod>\d+(?:\.\d+)+)\.?\s+(?P<name>\S.*)$")


def area_name(heading: str, kod: str = "") -> tuple[str, str]:
    """(name, number) of a målområde from its heading: "Målområde 2: Trygghet" and
    "Perspektiv: Trygghet" → "Trygghet"; a typed outline number ("4.1 Hållbar miljö") is its
    number, not its name."""
    name = _AREA_WORD.sub("", heading) or heading
    if not kod and (typed := _TYPED_NUMBER.match(name)):
        return typed.group("name").strip(), typed.group("kod")
    return name, kod


_INDICATOR_HEAD = re.compile(
    r"^(?:indikator|indikatorer|mått|mätetal|nyckeltal|styrtal)\s*:?$", re.I
)
_BULLET = re.compile(r"^[•●▪◦·‣–—-]\s*")
LABEL_LIMIT = 40
"""Characters: a label cell is a short word or two."""


def _labelled(row: tuple[Cell, ...]) -> tuple[str, Cell] | None:
    """(label, value cell) for a row of a short label and one cell merged across the rest."""
    label = row[0].text.strip()
    rest = row[1:]
    if not rest or not label or len(label) > LABEL_LIMIT or any(c is not rest[0] for c in rest):
        return None
    return label, rest[0]


def _header_row(block: Block) -> int | None:
    return next(
        (
            n
            for n, row in enumerate(block.rows)
            if _INDICATOR_HEAD.match(row[0].text.strip()) and _labelled(row) is None
        ),
        None,
    )


def _activity_head(row: tuple[Cell, ...]) -> bool:
    """``row`` heads the card's activities: "Aktivitet" over their names, other headers
    beside it, no cell merged across the rest."""
    cells = [c.text.strip() for c in dict.fromkeys(row)]
    return (
        list_label(cells[0]) is ListKind.AKTIVITETER
        and _labelled(row) is None
        and sum(bool(c) for c in cells) >= 2
    )


def is_card(block: Block) -> bool:
    """``block`` is a målkort: a row labelling the goal with the goal's text beside it above
    a header row of indicators, at least three columns wide."""
    if block.kind is not BlockKind.TABLE or block.width < 3 or len(block.rows) < 3:
        return False
    header = _header_row(block)
    if header is None:
        return False
    for row in block.rows[:header]:
        found = _labelled(row)
        if found and _GOAL_LABEL.match(found[0]) and found[1].text.strip():
            return True
    return False


def _line(text: str, *, bold: bool = False) -> Block:
    return Block(index=0, kind=BlockKind.PARAGRAPH, text=text, runs=(Run(text, bold),), bold=bold)


def _unfolded(block: Block) -> list[Block]:
    header = _header_row(block)
    assert header is not None
    out: list[Block] = []
    for row in block.rows[:header]:
        found = _labelled(row)
        if found is None:
            out.append(_line(" ".join(c.text for c in dict.fromkeys(row) if c.text)))
            continue
        label, value = found
        text = " ".join(value.text.split())
        if text:
            label = "Målområde" if _AREA_LABEL.match(label) else label.rstrip(":")
            out.append(_line(f"{label}: {text}", bold=bool(_GOAL_LABEL.match(label))))
    end = next(
        (n for n in range(header + 1, len(block.rows)) if _labelled(block.rows[n])),
        len(block.rows),
    )
    # a header row of the card's activities ("Aktivitet | Ansvarig | Klart senast") under
    # the indicators starts a table of its own
    starts = [header, *(n for n in range(header + 1, end) if _activity_head(block.rows[n]))]
    for start, stop in zip(starts, [*starts[1:], end], strict=True):
        rows = block.rows[start:stop]
        text = " | ".join(c.text for c in dict.fromkeys(rows[0]) if c.text)
        out.append(replace(block, rows=rows, header_rows=1, text=text))
    for row in block.rows[end:]:
        found = _labelled(row)
        if found is None:
            out.append(_line(" ".join(c.text for c in dict.fromkeys(row) if c.text)))
            continue
        label, value = found
        lines = [" ".join(t.split()) for t in value.lines or (value.text,)]
        lines = [t for t in lines if t]
        if list_label(label) is ListKind.AKTIVITETER:
            out.append(_line(f"{label.rstrip(':')}:"))
            out += [
                Block(index=0, kind=BlockKind.LIST_ITEM, text=_BULLET.sub("", t)) for t in lines
            ]
        elif lines:
            out.append(_line(f"{label.rstrip(':')}: {' '.join(lines)}"))
    return out


def unfold_cards(source: Source) -> Source:
    """``source`` with each målkort replaced by the lines and indicator table it stands for
    (blocks numbered again in reading order)."""
    return unfold(source, is_card, _unfolded, "målkort")
