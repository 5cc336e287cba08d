"""A goal stated on the line right over its indicator table behind a bold label ("**Åtagande:**
Systemen är tillgängliga när verksamheterna behöver dem.", "**Nämndsmål 2:** Fler …"): the line
is the table's caption, the goal the table measures, though only its label is bold. A plan
whose goals are service commitments labels each "Åtagande" over a table of service levels."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block, BlockKind

__all__ = ["labelled_caption"]

_LABEL = re.compile(
    r"^(?:åtagande|vårt åtagande|nämndsmål|nämndmål|nämndens mål|förvaltningsmål|verksamhetsmål|"
    r"effektmål|resultatmål|mål)(?:\s+[A-ZÅÄÖ]{0,3}\d+(?:\.\d+)*)?\s*:$",
    re.IGNORECASE,
)
_LONGEST = 400


def labelled_caption(block: Block) -> bool:
    """Whether the paragraph opens with a bold goal label ending in ":" ("Åtagande:", "Mål 2:")
    followed by the goal's words, one sentence, not in bold."""
    if block.kind is not BlockKind.PARAGRAPH or len(block.text) > _LONGEST:
        return False
    runs = [r for r in block.runs if r.text.strip()]
    if len(runs) < 2 or not runs[0].bold:
        return False
    label = " ".join(runs[0].text.split())
    rest = " ".join("".join(r.text for r in runs[1:]).split())
    one_sentence = re.search(r"[.!?]\s+\S", rest) is None  # a description after it: no caption
    return _LABEL.match(label) is not None and len(rest.split()) >= 3 and one_sentence
