"""Key figures printed as lines, the way a fact box ("Nämnden i siffror", a text box or a shaded
box beside the prose) prints them: a short title line, maybe a line naming the figures'
column ("Utfall 2025", "2025"), then three or more lines "name: figure" ("Invånare 31
december: 24 318", "Parkmark, hektar: 96"), each the figure alone after the name. The lines
are a table of key figures: the title stays the line over it (its caption), the column line
heads the figures' column, each "name: figure" line is a row. A name holding a year or
labelling a target or an outcome ("Nuläge 2025: 7,8", "Målvärde 2027: 40 %") is an
indicator's figure, not a key figure, and such lines are left as they are."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.markdown import Run

__all__ = ["fold_fact_lines"]

_LINE = re.compile(
    r"^(?P<name>[A-ZÅÄÖ][^:]{1,80}?)\s*:\s*"
    r"(?P<value>[-−+]?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?(?:\s?(?:%|tkr|mnkr|kr|st))?)$"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_LABEL = re.compile(
    r"^(?:nuläge|utgångsläge|utgångsvärde|mål|målvärde|utfall|budget|prognos|bokslut|plan|"
    r"resultat|värde|indikator)\b",
    re.IGNORECASE,
)
_COLUMN = re.compile(
    r"^(?:(?:utfall|bokslut|budget|prognos|plan|per|år)\s+)?(?:(?:19|20)\d\d)(?:[-–/]\d{2,4})?$",
    re.IGNORECASE,
)
MIN_LINES = 3
MAX_TITLE = 60


def _fact(block: Block) -> tuple[str, str] | None:
    """(name, figure) of a "name: figure" line; None for any other block."""
    if block.kind is not BlockKind.PARAGRAPH:
        return None
    found = _LINE.match(" ".join(block.text.split()))
    if found is None or _YEAR.search(found.group("name")) or _LABEL.match(found.group("name")):
        return None
    return found.group("name").strip(), found.group("value").strip()


def _title(block: Block) -> bool:
    """A fact box's title: a short line of its own, no sentence, no label."""
    text = " ".join(block.text.split())
    return (
        block.kind is BlockKind.PARAGRAPH
        and 0 < len(text) <= MAX_TITLE
        and not text.endswith((".", ":"))
        and ":" not in text
        and _fact(block) is None
    )


def _cell(text: str, bold: bool = False) -> Cell:
    return Cell(text, (text,) if text else (), runs=(Run(text, bold),) if text else ())


def _table(column: str, facts: list[Block]) -> Block:
    rows = [(_cell(""), _cell(column, True))]
    for line in facts:
        name, value = _fact(line) or ("", "")
        rows.append((_cell(name), _cell(value)))
    return Block(
        index=0,
        kind=BlockKind.TABLE,
        text=" | ".join(c.text for c in rows[0] if c.text),
        rows=tuple(rows),
        header_rows=1,
        notes=tuple(n for line in facts for n in line.notes),
        drawn=facts[0].drawn,
    )


def fold_fact_lines(source: Source) -> Source:
    """``source`` with each fact box's "name: figure" lines replaced by their table of key
    figures, under the box's title (blocks numbered again in reading order)."""
    old, blocks, at, found = source.blocks, [], 0, False
    while at < len(old):
        block = old[at]
        column = old[at + 1] if at + 1 < len(old) else None
        has_column = column is not None and bool(_COLUMN.match(" ".join(column.text.split())))
        start = at + 1 + (1 if has_column else 0)
        end = start
        while end < len(old) and _fact(old[end]) is not None:
            end += 1
        if _title(block) and end - start >= MIN_LINES:
            head = " ".join(column.text.split()) if has_column and column is not None else ""
            blocks += [block, _table(head, old[start:end])]
            at, found = end, True
        else:
            blocks.append(block)
            at += 1
    if found:
        source.blocks = [replace(b, index=i) for i, b in enumerate(blocks)]
    return source
