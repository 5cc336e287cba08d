"""Tab-aligned lines whose cells a PDF converter glued together. A table printed without
borders comes back from a PDF as lines whose cells are separated by tabs, but only where
the gap was wide: a header's names stand closer than its figures ("Indikator ⇥ Nuläge 2025
Mål 2027Mål 2029" over "Andel … ⇥ 83 % ⇥ 90 % ⇥ 95 %"), and two cells may meet without
a space ("Högst 14Högst 10"). Such a line, among lines with more cells, is split where a
figure meets a capital letter ("2027Mål") and then after a year followed by a capitalised
name ("Nuläge 2025 Mål"), when that gives it the cells of the lines beside it; the table is
then folded as any tab-aligned table (word_tab_table.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Source

MIN_COLUMNS = 3
"""Fewer cells is a line with a tab in it, not a table's row."""
_GLUED = re.compile(r"(?<=\d)(?=[A-ZÅÄÖ])")
_AFTER_YEAR = re.compile(r"(?<=(?:19|20)\d\d)\s+(?=[A-ZÅÄÖ])")


def _tabbed(block: Block) -> bool:
    return block.kind is BlockKind.PARAGRAPH and len(block.tabbed) >= 2 and bool(block.tabbed[0])


def _split(parts: tuple[str, ...], width: int) -> tuple[str, ...] | None:
    """``parts`` split at glued cells until they are ``width``; None when they cannot be."""
    for pattern in (_GLUED, _AFTER_YEAR):
        if len(parts) >= width:
            break
        parts = tuple(q.strip() for p in parts for q in pattern.split(p))
    return parts if len(parts) == width else None


def _run_end(blocks: list[Block], start: int) -> int:
    end = start
    while end < len(blocks) and _tabbed(blocks[end]):
        end += 1
    return end


def unglue_tab_lines(source: Source) -> Source:
    """``source`` with each tab-aligned line that has fewer cells than the widest line beside
    it split at its glued cells (see the module's docstring); unchanged when none is."""
    blocks = list(source.blocks)
    changed = False
    at = 0
    while at < len(blocks):
        end = _run_end(blocks, at)
        if end - at < 2:
            at = end + 1
            continue
        width = max(len(b.tabbed) for b in blocks[at:end])
        if width >= MIN_COLUMNS:
            for index in range(at, end):
                block = blocks[index]
                if len(block.tabbed) < width and (parts := _split(block.tabbed, width)):
                    blocks[index] = replace(block, tabbed=parts)
                    changed = True
        at = end
    if changed:
        source.blocks = blocks
    return source
