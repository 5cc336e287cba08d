"""A goal headed by its label alone ("Nämndmål 3", "Mål 2.1" in a heading style) with the
goal's sentence in the paragraph right under the heading (often in bold), over the goal's
indicator table: the heading numbers the goal and the sentence words it. The two are read as
one goal heading, "Nämndmål 3: <sentence>", so the sentence is the goal (not the table's
caption, which would leave it out of the plan) and the label its number and level. A label
heading with another heading, a table, a list, a lead-in ending in ":" or a paragraph of
several sentences under it keeps its own reading."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Source, join_next
from vplan_desktop.imports.word_goal_label_line import goal_label
from vplan_desktop.imports.word_goal_table import goal_line
from vplan_desktop.markdown import Run

__all__ = ["join_label_headings"]

_LONGEST = 300
"""The longest goal sentence read under its label."""


def _sentence(block: Block) -> bool:
    """A paragraph of one sentence (or bold throughout) of at least three words that is no
    label, labelled goal line or lead-in."""
    text = " ".join(block.text.split())
    shown = [r for r in block.runs if r.text.strip()]
    bold = block.bold or (bool(shown) and all(r.bold for r in shown))
    one = re.search(r"[.!?]\s+[A-ZÅÄÖ]", text) is None
    return (
        block.kind is BlockKind.PARAGRAPH
        and block.level is None
        and block.candidate_level is None
        and len(text.split()) >= 3
        and len(text) <= _LONGEST
        and not text.endswith(":")
        and (bold or one)
        and goal_label(text) is None
        and goal_line(text) is None
    )


def _label_heading(block: Block) -> bool:
    return block.kind is BlockKind.HEADING and goal_label(block.text) is not None


def _joined(heading: Block, sentence: Block) -> Block:
    label = " ".join(heading.text.split()).rstrip(":. ")
    text = " ".join(sentence.text.split())
    return replace(
        heading,
        text=f"{label}: {text}",
        runs=(Run(f"{label}: ", True), *(Run(r.text, True, r.italic) for r in sentence.runs)),
        markdown=f"{label}: {text}" if heading.markdown else "",
    )


def _joins(heading: Block, block: Block) -> bool:
    return _label_heading(heading) and _sentence(block)


def join_label_headings(source: Source) -> Source:
    """``source`` with each goal's label heading and the sentence under it made one heading
    (see the module's docstring); unchanged when it has none."""
    return join_next(source, _joins, _joined)
