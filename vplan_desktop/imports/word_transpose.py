"""A table with the years down its first column and the indicators across ("År | Andel unga |
Besök per invånare", then "2025 (utfall)", "2027 (mål)"), or a budget with its verksamheter
across under an empty corner cell ("| Gymnasieskola | … | Summa", then "Bokslut 2025", "Budget
2027"), or indicators across under an empty corner over rows "Nuläge 2025", "Mål 2027", or
indicators across under label rows above the year rows ("Nämndsmål | 1.1 | 1.1 | 1.2",
"Indikator | <name> | …", "Enhet | % | …", then "Utfall 2024", "Mål 2027"; one of the labels
names the indicators, or the corner is empty): turned so that each indicator or verksamhet is
a row and each year a column, the way every other table of the plan is read. A chart's data
table ("Diagram 1: …" above it) stays as printed, and so does a table whose columns are the
parts of a year ("| jan | feb | … | dec", "| Kv 1 | … | Kv 4" over rows "Utfall 2025", "Budget
2026"): each row is then a series over the year, time already runs across."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Source
from vplan_desktop.imports.word_chart_table import under_chart_caption

_YEARS_HEADER = re.compile(r"^(?:år|årtal|period|mätår)\s*:?$", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_KIND_YEAR = re.compile(
    r"^(?:bokslut|utfall|budget|plan|prognos|mål|målvärde|nuläge|utgångsläge|utgångsvärde"
    r"|basvärde)\s*(?:19|20)\d\d(?:\s*\(\w+\))?$",
    re.IGNORECASE,
)
_NAMES = re.compile(
    r"^(?:indikator(?:er|n|ns namn)?|mått|mätetal|nyckeltal|resultatmått)\s*:?$", re.IGNORECASE
)
_PART_OF_YEAR = re.compile(
    r"^(?:jan(?:uari)?|feb(?:ruari)?|mars?|apr(?:il)?|maj|juni?|juli?|aug(?:usti)?"
    r"|sep(?:t|tember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$"
    r"|^(?:q|kv\.?|kvartal|t|tertial)\s*[1-4]$",
    re.IGNORECASE,
)
"""A month ("jan", "mars") or a quarter or tertial ("Kv 1", "Q3", "T2") heading a column."""
_YEAR_TOTAL = re.compile(r"^(?:summa|totalt?|helår|hela året|året)$", re.IGNORECASE)
_LABEL = 30
"""Characters: a row's label ("Enhet", "Nämndsmål") is a word or two."""


def years_down(block: Block) -> bool:
    """The table names the year of each row in its first column, under "År", or names the
    kind and year of the rows closing it, under an empty corner or label rows (see the
    module)."""
    rows = block.rows
    if block.kind is not BlockKind.TABLE or len(rows) < 3 or block.width < 2:
        return False
    corner = rows[0][0].text.strip()
    if _YEARS_HEADER.match(corner):
        return all(_YEAR.search(r[0].text) and len(r[0].text) <= 30 for r in rows[1:])
    labels = [" ".join(r[0].text.split()) for r in rows]
    first = len(rows)  # the first of the year rows closing the table
    while first > 1 and _KIND_YEAR.match(labels[first - 1]):
        first -= 1
    if first == len(rows) or (first > 1 and len(rows) - first < 2):
        return False  # no year rows closing the table (two at least under label rows)
    if first > 1 and not _labels_over_years(labels[:first]):
        return False
    across = [c.text for c in rows[0][1:]]
    named = next((rows[i] for i in range(first) if _NAMES.match(labels[i])), rows[0])
    if _parts_of_year(across):
        return False  # the months or quarters across: each row a series over the year
    return (
        (not corner or first > 1)  # the kind of amount and its year down, names across
        and all(t.strip() and not _YEAR.search(t) for t in across)
        and all(c.text.strip() and not _YEAR.search(c.text) for c in named[1:])
    )


def _parts_of_year(texts: list[str]) -> bool:
    """The columns are two or more months, quarters or tertials, perhaps closed by the year's
    total ("Summa", "Totalt", "Helår")."""
    clean = [" ".join(t.split()) for t in texts]
    if len(clean) > 2 and _YEAR_TOTAL.match(clean[-1]):
        clean = clean[:-1]
    return len(clean) >= 2 and all(_PART_OF_YEAR.match(t) for t in clean)


def _labels_over_years(labels: list[str]) -> bool:
    """The first column's labels above the year rows are short labels without a year, one
    naming the indicators across ("Indikator", "Mått") unless the corner is empty."""
    if not all(len(t) <= _LABEL and not _YEAR.search(t) for t in labels):
        return False
    return not labels[0] or any(_NAMES.match(t) for t in labels)


def turned(block: Block) -> Block:
    """``block`` with its rows as columns."""
    rows = tuple(tuple(row[c] for row in block.rows) for c in range(block.width))
    text = " | ".join(c.text for c in rows[0] if c.text)
    return replace(block, rows=rows, header_rows=1, text=text)


def upright(source: Source) -> Source:
    """``source`` with each table that runs its years downwards turned."""
    blocks = source.blocks
    down = {b.index for b in blocks if years_down(b) and not under_chart_caption(blocks, b)}
    if not down:
        return source
    source.blocks = [turned(b) if b.index in down else b for b in blocks]
    return source
