"""Indicators with their years as rows ("Mål | Indikator | År | Värde | Målvärde"): each
indicator spans a row per year, its name merged down them (or written on its first row only),
a column "År" naming each row's year, a column of values ("Värde", "Utfall", "Resultat") and
perhaps one of targets ("Målvärde", "Mål", "Målnivå"). Such a table is turned into one row
per indicator with a column per year and kind – "Utfall 2024" for a year's value, "Mål 2030"
for a year's target – the way goal tables with the years across are read.

A year's value is its outcome, unless the row's year is labelled a target ("2030 (mål)",
"Mål 2030"). A target cell merged down several of the indicator's rows is set once, for the
last year it covers (the year the plan sets it for); a target on a row of its own is that
year's. The columns left of the indicator ("Mål" with the goal's code merged down over its
indicators) keep their cells; any other column keeps the indicator's first text in it."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.markdown import Run

__all__ = ["fold_year_rows", "year_rows"]

_YEARS_HEADER = re.compile(r"^(?:år|årtal|mätår|period)\s*:?$", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TARGET_YEAR = re.compile(r"\bmål", re.IGNORECASE)
_VALUE = re.compile(r"^(?:värde|värden|utfall|resultat|bokslut|uppnått|redovisat)\b", re.I)
_TARGET = re.compile(r"^(?:mål|målvärde|målvärden|målnivå|målnivåer|måltal)\b", re.IGNORECASE)
LONGEST_YEAR = 30
"""Characters: a year's cell is the year and perhaps a word ("2030 (mål)")."""


def _year_column(block: Block) -> int | None:
    """The column naming each body row's year under "År", with a column left of it."""
    for column, cell in enumerate(block.rows[0]):
        if column and _YEARS_HEADER.match(cell.text.strip()):
            cells = [row[column].text for row in block.rows[1:]]
            if all(_YEAR.search(t) and len(t) <= LONGEST_YEAR for t in cells):
                return column
    return None


def _groups(block: Block, name: int) -> list[list[int]]:
    """The body rows of each indicator: a name starts one, a cell merged down it or an empty
    cell continues it."""
    groups: list[list[int]] = []
    for r in range(1, len(block.rows)):
        cell = block.rows[r][name]
        if cell.text.strip() and not block.is_merged_down(r, name):
            groups.append([r])
        elif groups:
            groups[-1].append(r)
        else:
            return []
    return groups


def year_rows(block: Block) -> bool:
    """``block`` is a table of indicators with their years as rows (see the module)."""
    if block.kind is not BlockKind.TABLE or len(block.rows) < 3 or block.width < 3:
        return False
    year = _year_column(block)
    if year is None:
        return False
    headers = [c.text.strip() for c in block.rows[0][year + 1 :]]
    if not any(_VALUE.match(h) or _TARGET.match(h) for h in headers):
        return False
    groups = _groups(block, year - 1)
    if not groups or all(len(g) < 2 for g in groups):
        return False
    for group in groups:  # each year once per indicator
        years = [_YEAR.search(block.rows[r][year].text) for r in group]
        if len({y.group(0) for y in years if y}) != len(group):
            return False
    return True


def _cell(text: str, bold: bool = False) -> Cell:
    return Cell(text, (text,) if text else (), runs=(Run(text, bold),) if text else ())


def _figures(block: Block, group: list[int], year: int) -> dict[tuple[int, str], str]:
    """(year, "Utfall" or "Mål") → the cell's text, for one indicator's rows."""
    out: dict[tuple[int, str], str] = {}
    header = block.rows[0]
    for column in range(year + 1, block.width):
        name = header[column].text.strip()
        kind = "Mål" if _TARGET.match(name) else "Utfall" if _VALUE.match(name) else ""
        if not kind:
            continue
        for n, r in enumerate(group):
            cell = block.rows[r][column]
            below = group[n + 1] if n + 1 < len(group) else None
            if not cell.text.strip() or (below is not None and block.rows[below][column] is cell):
                continue  # empty, or merged on down: set on the last row it covers
            label = block.rows[r][year].text
            found = _YEAR.search(label)
            if found is None:
                continue
            as_target = kind == "Mål" or bool(_TARGET_YEAR.search(label))
            out.setdefault((int(found.group(0)), "Mål" if as_target else "Utfall"), cell.text)
    return out


def folded(block: Block) -> Block:
    """``block`` (a ``year_rows`` table) with one row per indicator and a column per year."""
    year = _year_column(block)
    assert year is not None
    groups = _groups(block, year - 1)
    figures = [_figures(block, group, year) for group in groups]
    keys = sorted({k for f in figures for k in f}, key=lambda k: (k[0], k[1] != "Utfall"))
    header = block.rows[0]
    kinds = {c for c in range(year + 1, block.width) if _VALUE.match(header[c].text.strip())}
    kinds |= {c for c in range(year + 1, block.width) if _TARGET.match(header[c].text.strip())}
    others = [c for c in range(year + 1, block.width) if c not in kinds]
    top = [*header[:year], *(_cell(f"{kind} {y}", True) for y, kind in keys)]
    top += [header[c] for c in others]
    rows = [tuple(top)]
    for group, found in zip(groups, figures, strict=True):
        first = block.rows[group[0]]
        row = [*first[:year], *(_cell(found.get(k, "")) for k in keys)]
        for column in others:
            row.append(next((block.rows[r][column] for r in group if block.rows[r][column].text),
                            first[column]))  # fmt: skip
        rows.append(tuple(row))
    text = " | ".join(c.text for c in top if c.text)
    return replace(block, rows=tuple(rows), header_rows=1, text=text)


def fold_year_rows(source: Source) -> Source:
    """``source`` with each table of indicators with their years as rows folded."""
    if any(year_rows(b) for b in source.blocks):
        source.blocks = [folded(b) if year_rows(b) else b for b in source.blocks]
    return source
