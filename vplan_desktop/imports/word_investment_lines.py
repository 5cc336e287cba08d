"""Investments written as a list instead of a table, one project a line with its amounts by
year in words: "Gång- och cykelväg, etapp 2: 6 500 tkr 2027 och 4 000 tkr 2028",
"Beläggningsunderhåll gator: 5 000 tkr per år", under a line naming the investments
("Investeringar 2027–2029", "Nämnden planerar följande investeringar:"). Two or more such
lines in a row are folded into the investment table they stand for – "Investering (tkr)" and a
column per year – so the investment reader takes each line as a project with its amounts: the
text before the colon its name, each "<amount> tkr <year>" its amount that year, "<amount> tkr
per år" (or "varje år", "årligen") the amount in each year of the period the line above names
(else of the years the list names). A bullet giving one amount without a year ("GNSS-mottagare,
250 tkr") is that project's amount in the one year the line above names ("Nämnden har 650 tkr i
investeringsbudget för 2027:"); such bullets under a line naming no year, or several, stay
text. Lines without "investering" above them stay text."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.markdown import Run

__all__ = ["fold_investment_lines", "investment_line"]

_AMOUNT = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?"
_LINE = re.compile(r"^(?P<name>[^\W\d][^:]{1,150}?)\s*:\s*(?P<amounts>\d.*?)\.?$")
_YEARLY = re.compile(
    rf"^(?P<amount>{_AMOUNT})\s*(?P<unit>tkr|mnkr|kr)\s+(?:per\s+år|varje\s+år|årligen)$",
    re.IGNORECASE,
)
_BY_YEAR = re.compile(
    rf"^(?P<amount>{_AMOUNT})\s*(?P<unit>tkr|mnkr|kr)\s+(?:år\s+)?(?P<year>(?:19|20)\d\d)$",
    re.IGNORECASE,
)
_BARE = re.compile(
    rf"^(?P<name>[^\W\d].{{1,150}}?)\s*[,:]\s*(?P<amount>{_AMOUNT})\s*(?P<unit>tkr|mnkr)$",
    re.IGNORECASE,
)
"""An investment bullet with one amount and no year: "E-arkiv, etapp 2, 400 tkr"."""
BARE = -1
"""The year key of a bare line's amount: the year the line above the list names."""
_PERIOD = re.compile(r"\b((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b")
_NAMES = re.compile(r"\binvestering", re.IGNORECASE)
MIN_LINES = 2
LEAD_LINES = 2
"""How far above the list the line naming the investments may stand."""


def investment_line(text: str) -> tuple[str, str, dict[int, str], bool] | None:
    """(name, unit, amount by year, whether the amounts are yearly) of an investment line;
    a yearly line's amounts are under year 0 (the period fills them in); None for any other
    line."""
    if bare := _BARE.match(" ".join(text.split()).rstrip(".")):
        return bare["name"].strip(), bare["unit"].lower(), {BARE: bare["amount"]}, False
    found = _LINE.match(" ".join(text.split()))
    if found is None:
        return None
    amounts = found["amounts"]
    if yearly := _YEARLY.match(amounts):
        return found["name"].strip(), yearly["unit"].lower(), {0: yearly["amount"]}, True
    by_year: dict[int, str] = {}
    units = set()
    for part in re.split(r",\s+|\s+och\s+", amounts):
        piece = _BY_YEAR.match(part.strip())
        if piece is None or int(piece["year"]) in by_year:
            return None
        by_year[int(piece["year"])] = piece["amount"]
        units.add(piece["unit"].lower())
    if len(units) != 1:
        return None
    return found["name"].strip(), units.pop(), by_year, False


def _lead(blocks: list[Block], start: int) -> tuple[int, int] | None:
    """The period of the line naming the investments above ``start`` ((0, 0) when it names
    none, (year, -year) when it names one year alone); None when no line above names them."""
    for block in reversed(blocks[max(0, start - LEAD_LINES) : start]):
        if block.kind is BlockKind.PARAGRAPH and _NAMES.search(block.text):
            period = _PERIOD.search(block.text)
            years = set(re.findall(r"\b(?:19|20)\d\d\b", block.text))
            lone = int(years.pop()) if len(years) == 1 else 0
            return (int(period[1]), int(period[2])) if period else (lone, -lone)
    return None


def _cell(text: str, bold: bool = False) -> Cell:
    return Cell(text, (text,) if text else (), runs=(Run(text, bold),) if text else ())


def _table(lines: list[Block], period: tuple[int, int]) -> Block | None:
    read = [investment_line(line.text) for line in lines]
    if any(r is not None and BARE in r[2] for r in read):  # one year, named above the list
        lone = period[0] and period[1] == -period[0]
        if not lone or not all(r is not None and BARE in r[2] for r in read):
            return None
        read = [(r[0], r[1], {period[0]: r[2][BARE]}, False) for r in read if r is not None]
        period = (period[0], period[0])
    period = period if period[1] >= 0 else (0, 0)
    named = sorted({y for r in read if r is not None for y in r[2] if y})
    first, last = period if period[0] else (named[0], named[-1]) if named else (0, 0)
    if not first or first > last or any(y < first or y > last for y in named):
        return None
    years = list(range(first, last + 1))
    unit = next(r[1] for r in read if r is not None)
    rows = [(_cell(f"Investering ({unit})", True), *(_cell(str(y), True) for y in years))]
    for found in read:
        if found is None or found[1] != unit:
            return None
        name, _, amounts, yearly = found
        by_year = dict.fromkeys(years, amounts[0]) if yearly else amounts
        rows.append((_cell(name), *(_cell(by_year.get(y, "")) for y in years)))
    return Block(
        index=0,
        kind=BlockKind.TABLE,
        text=" | ".join(c.text for c in rows[0]),
        rows=tuple(rows),
        header_rows=1,
        notes=tuple(n for line in lines for n in line.notes),
    )


def fold_investment_lines(source: Source) -> Source:
    """``source`` with each list of investment lines under a line naming the investments
    replaced by its investment table (blocks numbered again in reading order)."""
    old, blocks, at, found = source.blocks, [], 0, False
    while at < len(old):
        end = at
        while end < len(old) and old[end].kind in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
            if investment_line(old[end].text) is None:
                break
            end += 1
        period = _lead(old, at) if end - at >= MIN_LINES else None
        table = _table(old[at:end], period) if period is not None else None
        if table is not None:
            blocks.append(table)
            at, found = end, True
        else:
            blocks.append(old[at])
            at += 1
    if found:
        source.blocks = [replace(b, index=i) for i, b in enumerate(blocks)]
    return source
