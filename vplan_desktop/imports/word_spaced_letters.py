"""A heading typed with its letters spaced out for emphasis ("V. E K O N O M I", the
typewriter's way of stressing a word, a spärrad line): read as its words ("V. EKONOMI"). The
words of a spaced-out line stand two or more spaces apart ("M Å L  O C H  M Å T T"); a word
of a single letter between spaced ones ("I N L E D N I N G") cannot be told from them and is
joined, which a heading of capitals never loses. A line qualifies only when at least four
letters in a row stand one space apart, so "A. Barn" or "1 234" is left as it is."""

from __future__ import annotations

import re
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Source
from vplan_desktop.imports.word_docx_heading import looks_like_heading

_LEAD = re.compile(r"^(?P<lead>(?:[0-9]{1,2}(?:\.[0-9]{1,2})*|[IVXLC]{1,5}|[A-ZÅÄÖ])[.)]\s+)?")
_SPACED = re.compile(r"^(?:\w ){3,}\w$")
"""Four or more letters, each one space from the next."""
_WORD = re.compile(r"^(?:\w )*\w$")
"""A spaced-out word of any length ("O C H", "I")."""


def despaced(text: str) -> str:
    """``text`` with its spaced-out words closed up ("V. E K O N O M I" → "V. EKONOMI");
    ``text`` itself when it is not spaced out."""
    lead = _LEAD.match(text)
    head = (lead.group("lead") or "") if lead else ""
    rest = text[len(head) :].strip()
    words = re.split(r"\s{2,}", rest)
    if not rest or not all(_WORD.match(w) for w in words):
        return text
    if not any(_SPACED.match(w) for w in words) or any(c.isdigit() for c in rest):
        return text
    return head + " ".join(w.replace(" ", "") for w in words)


def close_spaced_letters(source: Source) -> Source:
    """Every spaced-out line of ``source`` read as its words; a paragraph is looked at again as
    a heading (its capitals make it one)."""
    blocks: list[Block] = []
    for b in source.blocks:
        typed = (
            "".join(r.text for r in b.runs) or b.text
        ).strip()  # the text keeps no double space
        text = typed
        if b.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING):
            text = despaced(typed)
        if text == typed:
            blocks.append(b)
            continue
        changed = replace(b, text=text, runs=(), markdown="")
        if b.kind is BlockKind.PARAGRAPH:
            level, by = looks_like_heading(text, b.bold)
            changed = replace(changed, candidate_level=level, heading_by=by)
        blocks.append(changed)
    return replace(source, blocks=blocks)
