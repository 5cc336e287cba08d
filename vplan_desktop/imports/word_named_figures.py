"""An indicator printed as its name over a small table of its own figures by year, the way goal
systems export a goal's indicators one by one: the name as a heading or a bold line, then
"Period | Utfall | Målvärde | Status" with a row per year ("2024 | 61 % | | ●", "2027 | | 70 %
| "), or the same table with its years across ("Period | 2024 | 2025 | 2027", then rows
"Utfall", "Målvärde"). The name and its table are one indicator: they are turned into a table
of one row, "Indikator | Utfall 2024 | Utfall 2025 | Mål 2027", the way a goal's indicator
table is read (several such indicators in a row read as one table). A year's value is its
outcome, a target its target; a year labelled a target ("2027 (mål)") holds targets only.
Other columns ("Kommentar", "Status") keep their words, each year's marked with its year when
more than one year has any; a column with nothing in it (a status shown only as a picture) is
left out.

The name must be a line of its own right above the table: a heading below the document's top
level (a chapter's heading over a table is the chapter's) or a wholly bold line; no numbered
caption ("Tabell 3. …"), no goal ("Nämndmål: …", "Nämndsmål 2 – …": the goal's own figures)
and no label of the plan's parts ("Indikatorer", "Nyckeltal"). A table of figures by year
without such a name, or with kinds the rule does not know, stays as it is (word_transpose
turns it)."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.imports.word_chart_table import numbered_caption
from vplan_desktop.imports.word_text import goal_heading, labelled_goal
from vplan_desktop.markdown import Run

__all__ = ["figures_by_year", "name_line", "top_level", "unfold_named_figures"]

_PERIOD = re.compile(r"^(?:år|årtal|period|mätår|mätperiod|tidpunkt)?\s*:?$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:(?:19|20)\d\d)(?:\s*\((?P<mal>mål|målvärde)\)|\s+(?P<mal2>mål))?$",
                   re.IGNORECASE)  # fmt: skip
_VALUE = re.compile(r"^(?:utfall|värde|resultat|uppnått|mätvärde|bokslut)$", re.IGNORECASE)
_BASE = re.compile(r"^(?:nuläge|nulägesvärde|utgångsläge|utgångsvärde|basvärde)$", re.IGNORECASE)
_TARGET = re.compile(r"^(?:mål|målvärde|målnivå|måltal|målsättning)$", re.IGNORECASE)
_OTHER = re.compile(
    r"^(?:status|trend|kommentar|kommentarer|analys|bedömning|måluppfyllelse|källa|not)$",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(
    r"^(?:indikator|indikatorer|nyckeltal|mått|mätetal|resultat|utfall|målvärden?|"
    r"uppföljning|mål|mål och indikatorer|resultatmått|statistik)\s*:?$",
    re.IGNORECASE,
)
MAX_NAME = 200
"""Characters: an indicator's name is a line, not a paragraph."""
HEADER = "Indikator"

Figures = tuple[list[tuple[str, int, str]], dict[str, list[tuple[int, str]]]]
"""(kind, year, text) of each value, target and nuläge; other column's name → (year, text)."""


def _kind(label: str) -> str:
    """The kind a column's or row's label names: "Utfall", "Mål", "Nuläge", or the other
    column's own word ("Status"); "" for a label the rule does not know."""
    label = " ".join(label.split()).rstrip(":")
    if _VALUE.match(label):
        return "Utfall"
    if _TARGET.match(label):
        return "Mål"
    if _BASE.match(label):
        return "Nuläge"
    return label if _OTHER.match(label) else ""


def _year(label: str) -> tuple[int, bool] | None:
    """(year, labelled a target) of a year's label ("2027", "2027 (mål)"); None otherwise."""
    found = _YEAR.match(" ".join(label.split()))
    if found is None:
        return None
    return int(label.strip()[:4]), bool(found.group("mal") or found.group("mal2"))


def _grid(block: Block) -> tuple[list[str], list[tuple[int, bool]], list[list[str]]] | None:
    """(kinds, years, texts[kind][year]) of a table of one measure's figures by year, its
    years down or across; None for any other table."""
    rows = block.rows
    if block.kind is not BlockKind.TABLE or len(rows) < 2 or block.width < 2:
        return None
    if any(rows[r][c] is rows[r][c - 1] for r in range(len(rows)) for c in range(1, block.width)):
        return None  # a merged cell: no plain grid of figures
    top = [c.text for c in rows[0]]
    side = [r[0].text for r in rows]
    if not _PERIOD.match(top[0].strip()):
        return None
    down = [_year(t) for t in side[1:]]
    across = [_year(t) for t in top[1:]]
    if all(y is not None for y in down):  # "Period | Utfall | Målvärde", a row per year
        kinds, years = [_kind(t) for t in top[1:]], [y for y in down if y is not None]
        texts = [[rows[r][c].text for r in range(1, len(rows))] for c in range(1, block.width)]
    elif all(y is not None for y in across):  # "Period | 2024 | 2025", a row per kind
        kinds, years = [_kind(t) for t in side[1:]], [y for y in across if y is not None]
        texts = [[c.text for c in row[1:]] for row in rows[1:]]
    else:
        return None
    if not all(kinds) or len(set(kinds)) < len(kinds) or len({y for y, _ in years}) < len(years):
        return None
    if not any(k in ("Utfall", "Mål", "Nuläge") for k in kinds):
        return None
    return kinds, years, texts


def figures_by_year(block: Block) -> Figures | None:
    """The figures of a table of one measure by year (see the module); None for a table that
    is no such table or holds no figure."""
    grid = _grid(block)
    if grid is None:
        return None
    kinds, years, texts = grid
    figures: list[tuple[str, int, str]] = []
    others: dict[str, list[tuple[int, str]]] = {}
    for kind, column in zip(kinds, texts, strict=True):
        for (year, target_year), text in zip(years, column, strict=True):
            if not text.strip():
                continue
            if kind in ("Utfall", "Mål", "Nuläge"):
                figures.append(("Mål" if target_year else kind, year, text))
            else:
                others.setdefault(kind, []).append((year, text))
    if not figures:
        return None
    return figures, others


def top_level(blocks: list[Block]) -> int:
    """The level of the document's top headings (its chapters'); 1 without headings."""
    return min((b.level or 1 for b in blocks if b.kind is BlockKind.HEADING), default=1)


def name_line(block: Block, top: int, labels: re.Pattern[str]) -> bool:
    """``block`` can name the table right under it: a heading below the ``top`` level or a
    wholly bold line, short, no numbered caption, no goal ("Nämndmål: …") and none of the
    ``labels``."""
    text = block.text.strip()
    if not text or len(text) > MAX_NAME or numbered_caption(text) or labels.match(text):
        return False
    if labelled_goal(text) or goal_heading(text) is not None:
        return False
    if block.kind is BlockKind.HEADING:
        return (block.level or 1) > top
    return block.kind is BlockKind.PARAGRAPH and block.bold


def _cell(text: str, bold: bool = False) -> Cell:
    return Cell(text, (text,) if text else (), runs=(Run(text, bold),) if text else ())


def _table(name: Block, block: Block, found: Figures) -> Block:
    """The indicator ``name`` names as a table of one row."""
    figures, others = found
    order = {"Nuläge": 0, "Utfall": 1, "Mål": 2}
    keys = sorted({(y, k) for k, y, _ in figures}, key=lambda k: (k[0], order[k[1]]))
    values = {(y, k): t for k, y, t in figures}
    top = [_cell(HEADER, True), *(_cell(f"{k} {y}", True) for y, k in keys)]
    row = [_cell(name.text), *(_cell(values[key]) for key in keys)]
    for other, cells in others.items():
        top.append(_cell(other, True))
        many = len(cells) > 1
        row.append(_cell("; ".join(f"{y}: {t}" if many else t for y, t in cells)))
    text = " | ".join(c.text for c in top)
    return replace(block, rows=(tuple(top), tuple(row)), header_rows=1, text=text)


def unfold_named_figures(source: Source) -> Source:
    """``source`` with each name over its table of figures by year turned into a table of one
    indicator (blocks numbered again in reading order)."""
    blocks: list[Block] = []
    changed = False
    top = top_level(source.blocks)
    for block in source.blocks:
        named = bool(blocks) and name_line(blocks[-1], top, _NOT_A_NAME)
        found = figures_by_year(block) if named else None
        if found is not None:
            blocks[-1] = _table(blocks[-1], block, found)
            changed = True
        else:
            blocks.append(block)
    if changed:
        source.blocks = [replace(b, index=i) for i, b in enumerate(blocks)]
    return source
