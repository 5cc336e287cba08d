"""The ordförande and the förvaltningschef from where a plan signs them rather than on its cover:
a name above its role ("Lena Håkansson (S) ¶ Ordförande"), in a signature table (the names in
one row, the roles in the row under it, or both in one cell) or as two lines of text."""

from __future__ import annotations

import re
from itertools import pairwise

from vplan_desktop.imports.word_blocks import Block, BlockKind

_NAME = re.compile(
    r"^[A-ZÅÄÖÉ][\wåäöéü'’-]+(?:\s+(?:af\s+|von\s+|de\s+)?[A-ZÅÄÖÉ][\wåäöéü'’-]+){1,3}"
    r"(?:\s*\([A-ZÅÄÖa-zåäö]{1,6}\))?$"
)
"""A person's name, perhaps with the party ("Lena Håkansson (S)")."""
_CHAIR = re.compile(r"^(?:nämndens\s+|styrelsens\s+)?(?:nämnds)?ordförande\b.{0,40}$", re.I)
_HEAD = re.compile(r"^(?P<role>[\wåäö]+isk\s+|[\wåäö]+(?:-\s*och\s+[\wåäö]+)?)chef\b.{0,40}$", re.I)
"""A head's role: "Socialchef", "Kultur- och fritidschef", "Teknisk chef"."""
MAX_BLOCKS = 400
"""Only the first part of the document is searched (a förord, an inledning)."""


def _role(text: str, not_heads: re.Pattern[str]) -> str:
    """ "ordforande", "forvaltningschef" or "" for a role line."""
    text = " ".join(text.split())
    if _CHAIR.match(text):
        return "ordforande"
    found = _HEAD.match(text)
    if found and not not_heads.match(found.group("role")):
        return "forvaltningschef"
    return ""


def _pairs(block: Block) -> list[tuple[str, str]]:
    """(name line, role line) pairs a block gives: a table's cells over the cells under them
    and the lines of one cell; a paragraph gives none (see ``signed``)."""
    out: list[tuple[str, str]] = []
    if block.kind is not BlockKind.TABLE or len(block.rows) > 6 or block.width > 4:
        return out
    for r, row in enumerate(block.rows):
        for c, cell in enumerate(row):
            lines = [" ".join(t.split()) for t in cell.lines if t.strip()]
            out += list(pairwise(lines))
            if r and block.rows[r - 1][c] is not cell:
                out.append((block.rows[r - 1][c].text, cell.text))
    return out


def signed(blocks: list[Block], not_heads: re.Pattern[str]) -> dict[str, str]:
    """The ordförande and the förvaltningschef the blocks sign with a name above the role;
    ``not_heads`` names the roles that do not head the förvaltning."""
    out: dict[str, str] = {}
    blocks = blocks[:MAX_BLOCKS]
    for number, block in enumerate(blocks):
        pairs = _pairs(block)
        if block.kind is BlockKind.PARAGRAPH and number + 1 < len(blocks):
            after = blocks[number + 1]
            if after.kind is BlockKind.PARAGRAPH:
                pairs.append((block.text, after.text))
        for name, role_text in pairs:
            name = " ".join(name.split())
            role = _role(role_text, not_heads)
            if role and role not in out and len(name) <= 60 and _NAME.match(name):
                out[role] = name
    return out
