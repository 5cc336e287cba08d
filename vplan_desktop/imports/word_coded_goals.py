"""Goals written as paragraphs that open with their code in bold ("**1a.** Utsläppen från
transporter minskar.", "**1.2** …", "**N3:** …"), the rest of the line plain: in the goals'
part each such paragraph is a nämndsmål with that code (so a table naming its goals by code
finds it), and a heading with such paragraphs under it is their målområde, not a goal. A line
wholly in bold is a title, not a coded goal; a code alone is no goal."""

from __future__ import annotations

import re

from vplan_desktop import markdown as md
from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word_blocks import Block, BlockKind

__all__ = ["coded_goal"]

CODE = re.compile(r"^(?P<kod>(?:[A-ZÅÄÖ]{1,3}\s?)?\d{1,2}(?:\.\d{1,2})*[a-zåäö]?)\s*[.):]?$")
"""A goal's code as a plan prints it before the goal: "1a.", "1.2", "N3", "2b)"."""
LONGEST = 400
"""Characters: a goal is a sentence or two, not a paragraph of text."""


def _runs(block: Block) -> tuple[md.Run, ...]:
    if block.runs:
        return block.runs
    return md.inline(block.markdown) if block.markdown else ()


def coded_goal(block: Block) -> tuple[MalNiva, str, str] | None:
    """(nämndsmål, code, goal) when the paragraph ``block`` opens with a goal code in bold and
    goes on in plain text starting with a capital; None for any other block."""
    text = " ".join(block.text.split())
    if block.kind is not BlockKind.PARAGRAPH or len(text) > LONGEST:
        return None
    runs = _runs(block)
    plain = next((i for i, r in enumerate(runs) if r.text.strip() and not r.bold), None)
    if plain is None:
        return None  # wholly bold (or empty): a title
    code = CODE.match(" ".join("".join(r.text for r in runs[:plain]).split()))
    goal = " ".join("".join(r.text for r in runs[plain:]).split())
    if code is None or len(goal.split()) < 2 or not goal[:1].isupper():
        return None
    return MalNiva.NAMND, code.group("kod").replace(" ", "")[:20], goal
