"""Page headers and footers that a plan converted from a PDF keeps as body text: the
converter makes each page a section (Word's own PDF reflow ends it with a hard page break,
word_page_ends.py), and the line the PDF printed at the top or foot of every page
("Västerfors kommun – Gymnasienämnden – Verksamhetsplan 2027–2028", "Sida 3 av 12", a lone
page number) stands first or last in its page. Such a line, found at the edge of two or more
pages (the figures in it may differ: page numbers), or a lone page number at a page's edge,
is set aside as Word's own headers and footers are. A page number is a bare whole number of
at most three digits: an amount ("5 200 tkr", "1,5 mnkr") or a year that differs makes two
lines different texts, as the same sentence with other figures under each chapter's budget
("Nettokostnaden ökar med 5 200 tkr …", "… med 10 800 tkr …") is the chapters' own text."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from vplan_desktop.imports.word_blocks import BlockKind, Source

EDGE = 2
"""How many blocks at each end of a section may be its page's header or footer."""
MAX_LINE = 150
_PAGE_NUMBER = re.compile(r"(?i)^(?:sida\s+)?\d{1,3}(?:\s*(?:av|/)\s*\d{1,3}|\s*\(\d{1,3}\))?$")


_FIGURE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+(?:,\d+)?|\d+(?:,\d+)?")
"""A figure: an amount with its thousands spaced, a decimal, or a bare number."""


def _key(text: str) -> str:
    """``text`` with its page numbers (bare numbers of at most three digits) as "#": lines
    that differ in these alone are the same running line."""

    def page_number(figure: re.Match[str]) -> str:
        word = figure.group()
        return "#" if word.isdigit() and len(word) <= 3 else word

    return _FIGURE.sub(page_number, " ".join(text.lower().split()))


def set_aside_running_lines(source: Source) -> Source:
    """``source`` without the page headers and footers its sections' edges repeat (see the
    module's docstring); unchanged when it has fewer than two sections."""
    starts = [0, *source.section_ends, len(source.blocks)]  # the last: the body's own
    spans = [(a, b) for a, b in pairwise(starts) if b > a]
    if len(spans) < 2:
        return source
    edges: dict[int, int] = {}  # block index → its section
    for section, (start, end) in enumerate(spans):
        for index in [*range(start, min(end, start + EDGE)), *range(max(start, end - EDGE), end)]:
            block = source.blocks[index]
            if block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and block.text:
                edges[index] = section
    sections: dict[str, set[int]] = {}
    for index, section in edges.items():
        text = source.blocks[index].text
        if len(text) <= MAX_LINE:
            sections.setdefault(_key(text), set()).add(section)
    running = {
        index
        for index in edges
        if _PAGE_NUMBER.match(source.blocks[index].text)
        or len(sections.get(_key(source.blocks[index].text), ())) >= 2
    }
    if not running:
        return source
    for index in sorted(running):
        text = source.blocks[index].text
        if text not in source.set_aside:
            source.set_aside.append(text)
    kept = [b for b in source.blocks if b.index not in running]
    # each section's end counted again among the blocks kept (a table split at a page end
    # is joined by the page's end: word_page_tables.py)
    source.section_ends = [sum(1 for b in kept if b.index < end) for end in source.section_ends]
    source.blocks = [replace(b, index=i) for i, b in enumerate(kept)]
    return source
