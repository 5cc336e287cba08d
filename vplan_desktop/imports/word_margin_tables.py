"""Margin headings that a PDF converter sets in a table: a page laid out with its headings in
a left margin and the text in a column to the right ("Målområde 1 Attraktiv kommun" in bold
beside the målområde's text and its goals) may come back as a two-column table of one or two
rows, the margin's bold heading in the left cell and the text's paragraphs in the right (the
layout's other blocks come back as lines, see word_margin_lines.py). Such a table (each left
cell one short bold paragraph, not a label ending with a colon, each right cell paragraphs of
plain text) is unfolded into its cells' paragraphs in reading order: the heading, then the
text."""

from __future__ import annotations

from vplan_desktop.imports.word_blocks import Block, BlockKind, Source, unfold

MAX_ROWS = 2
"""A margin table is a page's piece of the layout: one or two rows."""
LONGEST = 80
"""The longest margin heading."""


def _margin_table(block: Block) -> bool:
    if block.kind is not BlockKind.TABLE or block.width != 2 or not 0 < len(block.rows) <= MAX_ROWS:
        return False
    for left, right in block.rows:
        heads = [p for p in left.paragraphs if p.text.strip()]
        if len(heads) != 1 or left is right:
            return False
        head = heads[0]
        if not head.bold or len(head.text) > LONGEST or head.text.rstrip().endswith(":"):
            return False
        body = [p for p in right.paragraphs if p.text.strip()]
        if not body or body[0].bold or not all(p.size for p in (head, *body)):
            return False  # a converted plan sets a size on every run
    return True


def unfold_margin_tables(source: Source) -> Source:
    """``source`` with each margin table replaced by its paragraphs (see the module's
    docstring); unchanged when it has none."""
    return unfold(source, _margin_table, _paragraphs, "tabell")


def _paragraphs(block: Block) -> list[Block]:
    return [p for row in block.rows for cell in row for p in cell.paragraphs if p.text.strip()]
