"""A plan laid out in two columns by one table (a template's margin headings on the left, the
text on the right, no borders): unfolded into the headings and paragraphs it lays out, so that
the rest of the import reads it like any other plan."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block, BlockKind, HeadingBy, Source, unfold
from vplan_desktop.imports.word_goal_fields import is_goal_fields
from vplan_desktop.markdown import Run

MAX_MARGIN = 80
"""A margin heading is a short line."""
_NUMERIC = re.compile(r"^[\d\s.,:%–-]*$")


def is_layout(block: Block) -> bool:
    """``block`` is a two-column table laying out the text: at least three rows, each with a
    short one-line heading on the left (no number, no two alike) and running text on the right
    (not a header row of short labels)."""
    if block.kind is not BlockKind.TABLE or block.width != 2 or len(block.rows) < 3:
        return False
    if is_goal_fields(block):
        return False  # a goal's fields ("Beskrivning | …", "Kopplade mål | …")
    lefts = [row[0] for row in block.rows]
    rights = [row[1] for row in block.rows]
    if any(left is right for left, right in zip(lefts, rights, strict=True)):
        return False  # a row merged across both columns
    texts = [left.text.strip() for left in lefts]
    if any(
        not text or len(text) > MAX_MARGIN or len(left.lines) > 1 or _NUMERIC.match(text)
        for text, left in zip(texts, lefts, strict=True)
    ):
        return False
    if len(set(texts)) < len(texts):
        return False
    long = [r for r in rights if len(r.text) > 60]
    return len(rights[0].text) > 60 and len(long) * 3 >= len(rights) * 2


def _lines(runs: tuple[Run, ...]) -> list[list[Run]]:
    """A cell's runs split at its paragraph breaks."""
    out: list[list[Run]] = [[]]
    for run in runs:
        parts = run.text.split("\n")
        for i, part in enumerate(parts):
            if i:
                out.append([])
            if part:
                out[-1].append(Run(part, run.bold, run.italic))
    return out


def _unfolded(block: Block) -> list[Block]:
    out: list[Block] = []
    for left, right in (row for row in block.rows):
        out.append(
            Block(
                index=0,
                kind=BlockKind.HEADING,
                text=left.text.strip(),
                runs=left.runs or (Run(left.text.strip()),),
                style="Marginalrubrik",
                level=1,
                heading_by=HeadingBy.STYLE,
                bold=True,
            )
        )
        split = _lines(right.runs) if right.runs else [[Run(line)] for line in right.lines]
        for runs in split:
            text = " ".join("".join(r.text for r in runs).split())
            if not text:
                continue
            visible = [r for r in runs if r.text.strip()]
            out.append(
                Block(
                    index=0,
                    kind=BlockKind.PARAGRAPH,
                    text=text,
                    runs=tuple(runs),
                    bold=bool(visible) and all(r.bold for r in visible),
                )
            )
    return out


def unfold_layout(source: Source) -> Source:
    """``source`` with each layout table replaced by its headings and paragraphs (blocks
    numbered again in reading order)."""
    return unfold(source, is_layout, _unfolded, "tabell")
