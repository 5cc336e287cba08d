"""A table split by a page break with the first page's footnote between its parts: a project
table "Projekt – genomförande ¹ | Beskrivning | Tillhör verksamhet | Ev. beräknad kostnad" ends
its first page with the note "¹ Beslutade projekt i genomförande-fasen …" under it, and the
next page goes on with the same columns and no header ("E-tjänster | … | Individ och
familjeomsorg | Egen tid"). The second part is the rest of the first – its rows read with the
first's header – when only marked note lines ("¹ …", "* …", "Källa: …") stand between them and
its first row is no header of its own: a column of it repeats a text the first part's body
has in the same column. The note stays the text it was."""

from __future__ import annotations

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_notes import is_table_note
from vplan_desktop.imports.word_table import amount

__all__ = ["after_note", "same_rows"]

_MAX_NOTES = 3


def after_note(blocks: list[Block], table: Block, previous: Block) -> bool:
    """Only marked note lines (one to three, none empty of text) stand between the tables
    ``previous`` and ``table``."""
    between = blocks[previous.index + 1 : table.index]
    texts = [b for b in between if b.text.strip()]
    return (
        0 < len(texts) <= _MAX_NOTES
        and all(b.kind is BlockKind.PARAGRAPH for b in between)
        and all(is_table_note(b, key_figures=False) for b in texts)
    )


def same_rows(first: Block, block: Block, header_rows: int) -> bool:
    """``block``'s first row reads as a row of ``first``'s body: beyond its name, a column
    repeats a text (no figure) that ``first``'s body rows have in the same column."""
    if block.width != first.width or not block.rows:
        return False
    top = block.row_texts(0)
    body = [first.row_texts(r) for r in range(max(header_rows, 1), len(first.rows))]
    for column in range(1, len(top)):
        text = top[column].strip()
        if not text or amount(text) is not None:
            continue
        if any(row[column].strip() == text for row in body if column < len(row)):
            return True
    return False
