"""A bold heading a PDF converter broke over two paragraphs: a long goal heading that wrapped
in the PDF ("2.1 Kommunens resultat är minst två procent av", "skatter och statsbidrag.")
comes back as two bold paragraphs, the second going on mid-sentence. Two paragraphs in a row,
both bold throughout in one explicit font size (the converter's mark), the first not ending
a sentence and the second starting with a lower-case word, are one paragraph."""

from __future__ import annotations

from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Source, join_next
from vplan_desktop.markdown import Run

LONGEST = 150
"""The longest heading read as wrapped."""


def _bold(block: Block) -> bool:
    shown = [r for r in block.runs if r.text.strip()]
    return (
        block.kind is BlockKind.PARAGRAPH
        and bool(block.size)
        and bool(shown)
        and all(r.bold for r in shown)
    )


def _wrapped(first: Block, second: Block) -> bool:
    return (
        _bold(first)
        and _bold(second)
        and first.size == second.size
        and not first.text.rstrip().endswith((".", ":", "!", "?", ";"))
        and second.text[:1].islower()
        and len(first.text) + len(second.text) < LONGEST
    )


def _joined(first: Block, second: Block) -> Block:
    tabbed = first.tabbed
    if first.tabbed and second.tabbed:
        tabbed = (*first.tabbed[:-1], f"{first.tabbed[-1]} {second.tabbed[0]}", *second.tabbed[1:])
    return replace(
        first,
        text=f"{first.text} {second.text}",
        runs=(*first.runs, Run(" ", True), *second.runs),
        markdown=f"{first.markdown} {second.markdown}" if first.markdown else "",
        tints=(*first.tints, (" ", ""), *second.tints) if first.tints else (),
        tabbed=tabbed,
    )


def join_wrapped_headings(source: Source) -> Source:
    """``source`` with each bold heading broken over two paragraphs made one (see the
    module's docstring); unchanged when it has none."""
    return join_next(source, _wrapped, _joined)
