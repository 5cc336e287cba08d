"""An indicator table whose one target column names no year ("Indikator | 2023 | 2024 | 2025 |
Målvärde") with a line right above or right under it saying which year the targets are for
("Målvärdena avser 2027.", "Målvärde = värdet vi vill nå 2028"), as a designed template prints
it: the column holds that year's targets and is read as if headed "Målvärde 2027". The line is
structure, a part of its table: an activity table after it still follows the goal's table.

A sentence of a lead-in saying which years a summary table's yearless columns are for
("Nuläget avser 2025 och målvärdet avser 2027 om inget annat anges.") heads the table under
(or above) it in the same way: "Nuläge" as "Nuläge 2025", "Målvärde" as "Målvärde 2027"; a
cell giving its own year ("48 % (2024)") keeps it. The lead-in stays text. A lead-in over
several tables, right beside none (a chapter's introduction, "Nuläge avser utfall 2025 om inget
annat anges", each goal's table under its goal), heads every such table after it in its
section: up to the next heading of its section's level or above, or the next line stating
years."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_result import Became
from vplan_desktop.markdown import Run

__all__ = ["stated_target_years", "stated_years", "target_year_label", "target_year_of"]

_LINE = re.compile(
    r"^(?:målvärde(?:t|n|na)?|målnivå(?:n|er|erna)?|måltal(?:et|en)?)\b"
    r"\D*?\b(?P<year>(?:19|20)\d\d)\b\D*$",
    re.IGNORECASE,
)
_STATED = re.compile(
    r"\b(?:(?P<base>nuläge(?:t|na)?|utgångsläge(?:t|na)?|utgångsvärde(?:t|n|na)?|basvärde(?:t|n)?)"
    r"|(?P<target>målvärde(?:t|n|na)?|målnivå(?:n|er|erna)?|måltal(?:et|en)?))"
    r"\s+(?:avser|gäller|är\s+från|är\s+för)\s+(?:[a-zåäö]+\s+){0,2}?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
"""A sentence's clause giving a column's year: "Nuläget avser 2025", "målvärdet avser 2027",
"Nuläge avser utfall 2025"."""
_BASE_COLUMN = re.compile(r"^(?:nuläge|utgångsläge|utgångsvärde|basvärde)\s*:?$", re.IGNORECASE)
_STATED_LONGEST = 400
_GOALS = re.compile(r"^mål\s*:?$", re.IGNORECASE)
_COLUMN = re.compile(r"^(?:målvärde|målvärden|målnivå|målnivåer|måltal|mål)\s*:?$", re.IGNORECASE)
_LONGEST = 120


def target_year_of(block: Block) -> int | None:
    """The year a line says a table's targets are for ("Målvärdena avser 2027." → 2027); None
    for any other block."""
    text = " ".join(block.text.split())
    if block.kind is not BlockKind.PARAGRAPH or len(text) > _LONGEST:
        return None
    found = _LINE.match(text)
    return int(found.group("year")) if found else None


def stated_years(block: Block) -> dict[str, int]:
    """The years a paragraph's sentence gives a table's yearless columns ("Nuläget avser 2025
    och målvärdet avser 2027" → {"base": 2025, "target": 2027}); {} for any other block."""
    text = " ".join(block.text.split())
    if block.kind is not BlockKind.PARAGRAPH or len(text) > _STATED_LONGEST:
        return {}
    out: dict[str, int] = {}
    for found in _STATED.finditer(text):
        out.setdefault("base" if found.group("base") else "target", int(found.group("year")))
    if (year := target_year_of(block)) is not None:
        out.setdefault("target", year)
    return out


def _yearless_column(block: Block, pattern: re.Pattern[str] = _COLUMN) -> int | None:
    """The column of the table's one target header without a year ("Målvärde"), or of
    another ``pattern``; None when the table has none or several."""
    if block.kind is not BlockKind.TABLE or len(block.rows) < 2:
        return None
    found = [c for c, cell in enumerate(block.rows[0]) if pattern.match(cell.text.strip())]
    if len(found) > 1:  # "Mål | Indikator | … | Målvärde": the goals' column is no target
        found = [c for c in found if not _GOALS.match(block.rows[0][c].text.strip())]
    return found[0] if len(found) == 1 else None


def _table_of(blocks: list[Block], index: int, years: dict[str, int]) -> int | None:
    """The table the line at ``index`` speaks of: the one right under it, else right above."""
    patterns = [p for k, p in (("target", _COLUMN), ("base", _BASE_COLUMN)) if k in years]
    for at in (index + 1, index - 1):
        if 0 <= at < len(blocks) and any(_yearless_column(blocks[at], p) for p in patterns):
            return at
    return None


def _section_level(blocks: list[Block], index: int) -> int:
    """The level of the heading the block at ``index`` stands under (0 before any)."""
    for block in reversed(blocks[:index]):
        if block.kind is BlockKind.HEADING:
            return block.level or 1
    return 0


def _tables_of(blocks: list[Block], index: int, years: dict[str, int]) -> list[int]:
    """The tables the line at ``index`` speaks of: the one right beside it (``_table_of``);
    else, a lead-in over several tables, every table after it with such a column up to the
    next heading of its section's level or above, or the next line stating years."""
    if (first := _table_of(blocks, index, years)) is not None:
        return [first]
    level = _section_level(blocks, index)
    patterns = [p for k, p in (("target", _COLUMN), ("base", _BASE_COLUMN)) if k in years]
    out = []
    for block in blocks[index + 1 :]:
        if block.kind is BlockKind.HEADING and (block.level or 1) <= max(level, 1):
            break
        if block.kind is BlockKind.PARAGRAPH and stated_years(block):
            break
        if any(_yearless_column(block, p) for p in patterns):
            out.append(block.index)
    return out


def _headed(table: Block, column: int, year: int) -> Block:
    """``table`` with the header of ``column`` given ``year``."""
    old = table.rows[0][column]
    text = f"{old.text.strip().rstrip(':')} {year}"
    new = replace(old, text=text, lines=(text,), markdown="", runs=(Run(text, True),))
    first = tuple(new if cell is old else cell for cell in table.rows[0])
    return replace(table, rows=(first, *table.rows[1:]))


def stated_target_years(source: Source) -> Source:
    """``source`` with each yearless target column a line beside its table gives a year headed
    with that year; ``source`` as it is when no line does."""
    blocks = list(source.blocks)
    changed = False
    for block in source.blocks:
        years = stated_years(block)
        for at in _tables_of(source.blocks, block.index, years) if years else []:
            for key, pattern in (("target", _COLUMN), ("base", _BASE_COLUMN)):
                column = _yearless_column(blocks[at], pattern) if key in years else None
                if column is not None:
                    blocks[at] = _headed(blocks[at], column, years[key])
                    changed = True
    return replace(source, blocks=blocks) if changed else source


def _names_year(cell: Cell, year: int) -> bool:
    return _COLUMN.match(cell.text.replace(str(year), "").strip()) is not None


def target_year_label(b: Builder, blocks: list[Block], block: Block) -> bool:
    """Whether ``block`` is the line giving the year of the target column of the table right
    under or above it (marked as structure, a part of that table); False for any other line."""
    year = target_year_of(block)
    if year is None:
        return False
    index = block.index
    tables = [
        at
        for at in (index + 1, index - 1)
        if 0 <= at < len(blocks)
        and blocks[at].kind is BlockKind.TABLE
        and blocks[at].rows
        and any(str(year) in c.text and _names_year(c, year) for c in blocks[at].rows[0])
    ]
    if not tables:
        return False
    b.became(index, Became.STRUKTUR, f"Året för tabellens målvärden ({year})")
    if tables[0] == index - 1 and b.table_goal is not None and b.table_goal[0] == index - 1:
        b.table_goal = (index, b.table_goal[1])  # the line is the goal table's last part
    return True
