"""A dot between the thousands of an amount ("-12.500", "142.660", "1.234.567"), as an ekonom
types it or a continental spreadsheet prints it, is a thousands separator where the figure is
money in kronor or tkr: öre have two decimals and nobody writes tkr to the krona, so a dot
followed by exactly three digits is no decimal point there ("1.200 tkr" is 1 200 tkr).

A budget table (driftbudget, resultaträkning, investeringar) is read that way when its amount
columns hold such a figure and none that uses the dot as a decimal point (a dot followed by one,
two or four and more digits: "12.5", "1 234.75"), and nothing names the amounts in mnkr (where
"1.250" may well be 1,25 mnkr). A percentage or a figure with one or two decimals keeps its dot
as a decimal point ("78.5 %"): those never meet the rule. The report says how the figures were
read so the user can check them."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, Cell
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_tolkning import TableKind, role_year
from vplan_desktop.wording import clipped

_MONEY_UNIT = r"(?:tkr|kkr|kr|kronor)\.?"

DOTTED = re.compile(
    rf"^[-−–+]?\s*\(?\s*[-−–]?\s*\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?\s*\)?\s*\**\s*(?:{_MONEY_UNIT})?$",
    re.IGNORECASE,
)
"""A figure with a dot before each group of three digits ("-8.412", "( 1.234.567 )", "1.200 tkr",
"9.874,5"); a trailing note star allowed."""

_DECIMAL_POINT = re.compile(r"\d\.(?:\d{1,2}|\d{4,})(?!\d)")
"""A dot used as a decimal point: followed by one, two, or four and more digits."""

_MNKR = re.compile(r"\b(?:mnkr|mkr|mn\s?kr|miljoner|milj\.)", re.IGNORECASE)

_GROUP_DOT = re.compile(r"(?<=\d)\.(?=\d{3}(?!\d))")


def undotted(text: str) -> str:
    """``text`` with its thousands dots as spaces ("-12.500" → "-12 500")."""
    return _GROUP_DOT.sub(" ", text)


def _amount_columns(roles: list[str]) -> list[int]:
    return [i for i, role in enumerate(roles) if role_year(role) is not None]


def _cells(parts: list[tuple[Block, int]], columns: list[int]) -> list[Cell]:
    out = []
    for block, skip in parts:
        for row in block.rows[max(skip, 0) :]:
            out += [row[i] for i in columns if i < len(row)]
    return out


def thousands_dots(parts: list[tuple[Block, int]], roles: list[str], words: str) -> bool:
    """Whether the budget table ``parts`` writes its amounts with a dot between the thousands;
    ``words`` are its caption, lead-in, headers and title rows (a unit named there)."""
    columns = _amount_columns(roles)
    texts = [c.text.strip() for c in _cells(parts, columns) if c.text.strip()]
    if not any(DOTTED.match(t) for t in texts) or _MNKR.search(words):
        return False
    return not any(_DECIMAL_POINT.search(t) or _MNKR.search(t) for t in texts)


def without_dots(
    parts: list[tuple[Block, int]], roles: list[str]
) -> tuple[list[tuple[Block, int]], int]:
    """The table with its amount cells' thousands dots as spaces, and how many cells changed.
    A cell merged over several columns stays one cell."""
    columns = set(_amount_columns(roles))
    count = 0
    out = []
    for block, skip in parts:
        done: dict[int, Cell] = {}
        rows = []
        for r, row in enumerate(block.rows):
            cells = []
            for i, cell in enumerate(row):
                if r < skip or i not in columns or not DOTTED.match(cell.text.strip()):
                    cells.append(done.get(id(cell), cell))
                    continue
                if id(cell) not in done:
                    lines = tuple(undotted(line) for line in cell.lines)
                    done[id(cell)] = replace(cell, text=undotted(cell.text), lines=lines)
                    count += 1
                cells.append(done[id(cell)])
            rows.append(tuple(cells))
        out.append((replace(block, rows=tuple(rows)), skip))
    return out, count


def dots_note(count: int, example: str, caption: str = "") -> str:
    """The report's line on the amounts read with thousands dots (``caption`` names the table)."""
    what = "ett belopp" if count == 1 else f"{count} belopp"
    where = f"I tabellen ”{clipped(caption, 60)}” " if caption else "I en budgettabell "
    return (
        f"{where}stod {what} med punkt mellan tusentalen (som ”{example}”) och lästes som hela "
        f"tal: ”{example}” är {undotted(example).strip()}. Granska beloppen."
    )


MONEY = {TableKind.DRIFT, TableKind.RESULTAT, TableKind.INVESTERINGAR}
"""The kinds of table whose figures are amounts (a key figure keeps its text as printed)."""


def read_dots(
    b: Builder,
    parts: list[tuple[Block, int]],
    roles: list[str],
    kind: TableKind,
    words: list[str],
) -> list[tuple[Block, int]]:
    """The budget table ``parts`` read with its thousands dots as spaces when it writes them so
    (``thousands_dots``; ``words`` are its caption, lead-in, headers and title rows), the
    report saying so."""
    if kind not in MONEY or not thousands_dots(parts, roles, " ".join(words)):
        return parts
    columns = _amount_columns(roles)
    example = next(c.text.strip() for c in _cells(parts, columns) if DOTTED.match(c.text.strip()))
    read, count = without_dots(parts, roles)
    if count:
        note = dots_note(count, example, words[0] if words else "")
        b.report(note)
        b.result.warnings.append(note)
    return read
