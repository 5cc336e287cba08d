"""A table named by a run-in heading: the paragraph right above it opens with a short bold
heading ending in a full stop, and its text goes on in the same paragraph ("**Nyckeltal per
invånare.** Utfall enligt Kolada, löpande priser."). The label is the table's name; the
paragraph stays the chapter's text. A label ending in a colon ("**Strategiskt mål:** Fler
barn …") or numbering an item ("**Mål 1.** Handläggningen …") names what follows it in the
paragraph, not the table."""

from __future__ import annotations

from vplan_desktop.imports.word_blocks import Block, BlockKind

__all__ = ["runin_label"]

_MOST_WORDS = 10
_MOST_CHARS = 80


def label_of(block: Block) -> str:
    """The bold run-in heading a paragraph opens with, without its full stop ("Nyckeltal per
    invånare"), when plain text follows it in the paragraph; "" for any other paragraph."""
    if block.kind is not BlockKind.PARAGRAPH or not block.runs:
        return ""
    label = ""
    rest = block.runs
    while rest and rest[0].bold:
        label, rest = label + rest[0].text, rest[1:]
    tail = "".join(r.text for r in rest).strip()
    label = " ".join(label.split())
    if not tail or any(r.bold for r in rest if r.text.strip()):
        return ""
    if not label.endswith(".") or len(label) > _MOST_CHARS or any(c.isdigit() for c in label):
        return ""
    name = label.rstrip(".").strip()
    if not name or not name[0].isupper() or not 2 <= len(name.split()) <= _MOST_WORDS:
        return ""
    return name


def runin_label(blocks: list[Block], index: int) -> str:
    """The run-in label of the paragraph right above the table at ``index``; "" for none."""
    return label_of(blocks[index - 1]) if index > 0 else ""
