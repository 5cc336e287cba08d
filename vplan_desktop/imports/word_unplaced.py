"""The import's last guard against losing text: a sentence of the source that the reading set
aside as the plan's structure (a label, a caption, a line over a goal), or left without any
outcome, but whose words the plan holds nowhere, is kept as text in the chapter it stands in,
and the report and the review say so – for the user to move it where it belongs. A real
plan's shape the import has not learnt can make a rule take a goal's sentence for a label;
the sentence must still reach the plan.

A sentence here is a paragraph, heading or list item ending in ".", "!" or "?" with at least
``MIN_WORDS`` words of four letters or more; it is lost when the plan holds it nowhere as
written and holds less than four fifths of its words anywhere (labels and captions rarely end
in a full stop, a legend explains its codes with "=", and a text whose words the plan holds
was placed, if in other words)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from vplan_desktop import markdown as md
from vplan_desktop.imports.word_blocks import Block, BlockKind, Source
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_result import Became
from vplan_desktop.wording import clipped

MIN_WORDS = 4
"""A sentence has at least this many words of four letters or more."""
_WORD = re.compile(r"[^\W\d_]{4,}")
_SENTENCE_END = re.compile(r"[.!?][”\"')]?$")
_HEADING = re.compile(r"^(?P<what>Kapitlet|Planens del) ”(?P<rubrik>.*?)”")
"""The outcome of a chapter's heading, or of a heading of the plan's parts."""
_CLOSING = ".!?”\"') "
_HELD = 0.8
"""A sentence the plan holds less of than this share of its words, and not as written, is
lost (a goal's sentence shares words with its indicators' names)."""
_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def unplaced(block: Block, plan: str, held: set[str], became: Became | None) -> bool:
    """Whether ``block`` is a sentence set aside as structure (or given no outcome) that the
    plan (``plan``: its texts, case folded; ``held``: their words) lacks: not as written, and
    not most of its words either."""
    if block.kind not in _TEXT_KINDS or became not in (None, Became.STRUKTUR):
        return False
    text = " ".join(block.text.split())
    words = _words(text)
    if len(words) < MIN_WORDS or not _SENTENCE_END.search(text) or "=" in text:
        return False  # few words, no sentence, or a legend ("KF = kommunfullmäktiges mål")
    if text.casefold().rstrip(_CLOSING) in plan:
        return False
    return sum(word in held for word in words) < len(words) * _HELD


def _chapter_before(b: Builder, source: Source, index: int) -> dict[str, Any]:
    """The chapter the block at ``index`` stands in: the one whose heading comes last before
    it, or one named for the plan's part it stands in ("Mål och indikatorer", made after the
    chapter before it when the plan has none of that name); the plan's first chapter when no
    heading comes before it (made when the plan has none)."""
    part = ""
    for at in range(index - 1, -1, -1):
        outcome = b.result.outcomes.get(source.blocks[at].index)
        found = _HEADING.match(outcome.text) if outcome is not None else None
        if found is None:
            continue
        named = next((c for c in b.chapters if c["rubrik"] == found["rubrik"]), None)
        if named is not None and not part:
            return named
        if named is not None:  # the chapter before the part: the part's chapter goes after it
            chapter = b.chapter(part)
            b.chapters.insert(b.chapters.index(named) + 1, b.chapters.pop())
            return chapter
        if found["what"] == "Planens del" and not part:
            part = found["rubrik"]
    if part:
        chapter = b.chapter(part)
        b.chapters.insert(0, b.chapters.pop())
        return chapter
    return b.chapters[0] if b.chapters else b.chapter("Inledning")


def keep_lost_sentences(b: Builder, source: Source) -> None:
    """Every sentence of ``source`` the plan lost kept as text in its chapter, reported. The
    plan's data (``b.result.data``) is built; its chapters are the builder's."""
    plan = " ".join(" ".join(text.split()) for text in _strings(b.result.data)).casefold()
    held = set(_words(plan))
    for block in source.blocks:
        outcome = b.result.outcomes.get(block.index)
        if not unplaced(block, plan, held, outcome.became if outcome else None):
            continue
        chapter = _chapter_before(b, source, block.index)
        runs = block.runs or (md.Run(block.text),)
        paragraph = md.write([md.Paragraph(tuple(runs))]).strip()
        chapter["text"] = "\n\n".join(t for t in (chapter["text"].rstrip("\n"), paragraph) if t)
        chapter["text"] += "\n"
        held.update(_words(block.text))
        line = clipped(" ".join(block.text.split()), 60)
        b.became(
            block.index,
            Became.TEXT,
            f"Text i kapitlet ”{chapter['rubrik']}” (fick ingen annan plats)",
            f"Texten ”{line}” fick ingen plats i planen och står som text i kapitlet "
            f"”{chapter['rubrik']}”: flytta den dit den hör.",
        )
        b.report(
            f"Texten ”{line}” fick ingen plats i planen och står som text i kapitlet "
            f"”{chapter['rubrik']}”."
        )
