"""Footnotes that a plan converted from a PDF keeps as body text: the converter makes each page
a section and prints a note at its page's foot as a line "2 Beräknat på 612 elever …" (its
words may run on in lines of their own, "riksprislista."), while the reference to it is a
smaller digit the reader keeps among its paragraph's or table's notes (``word_docx_marks``).
A note line whose number a reference before it names, standing with only note lines and their
run-on lines (starting in lower case) after it to its page's end, on the reference's page or
the next, is that note: its text replaces the reference among the notes, and the line leaves
the body (a numbered line would else read as a numbered heading, a cover's end). A reference
whose note is not found is left out of the notes (its digit was never part of the text)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell, Source
from vplan_desktop.imports.word_docx_marks import NOTE_MARK

_NOTE_LINE = re.compile(r"^(\d{1,2})\s+(\S.*)$")


def page_notes(source: Source) -> Source:
    """``source`` with its converted footnotes found (see the module's docstring); unchanged
    when no block holds a reference to one."""
    blocks = source.blocks
    marks = [
        (b.index, note[len(NOTE_MARK) :])
        for b in blocks
        for note in b.notes
        if note.startswith(NOTE_MARK)
    ]
    if not marks and not any(_marked_cells(b) for b in blocks):
        return source
    ends = sorted({*source.section_ends, len(blocks)})
    found: dict[str, str] = {}
    taken: set[int] = set()
    for index, number in marks:
        page = bisect_right(ends, index)
        for line in blocks[index + 1 :]:
            if bisect_right(ends, line.index) > page + 1:
                break
            hit = _NOTE_LINE.match(line.text) if line.kind is BlockKind.PARAGRAPH else None
            if hit is None or hit.group(1) != number or line.index in taken:
                continue
            end = ends[bisect_right(ends, line.index)]
            if not all(b.kind is BlockKind.PARAGRAPH for b in blocks[line.index : end]):
                continue
            words = [hit.group(2)]
            taken.add(line.index)
            for more in blocks[line.index + 1 : end]:
                if not more.text[:1].islower():
                    break
                words.append(more.text)
                taken.add(more.index)
            found[f"{index}:{number}"] = " ".join(words)
            break
    kept = [_noted(b, found) for b in blocks if b.index not in taken]
    source.section_ends = [
        sum(1 for b in blocks if b.index < e and b.index not in taken) for e in source.section_ends
    ]
    source.blocks = [replace(b, index=i) for i, b in enumerate(kept)]
    return source


def _noted(block: Block, found: dict[str, str]) -> Block:
    """``block`` with each reference among its notes replaced by the note found for it."""
    if not any(n.startswith(NOTE_MARK) for n in block.notes) and not _marked_cells(block):
        return block
    notes: list[str] = []
    for note in block.notes:
        if not note.startswith(NOTE_MARK):
            notes.append(note)
        elif (text := found.get(f"{block.index}:{note[len(NOTE_MARK) :]}")) and text not in notes:
            notes.append(text)
    if not block.rows:
        return replace(block, notes=tuple(notes))
    cells: dict[int, Cell] = {}
    for row in block.rows:
        for cell in row:
            if id(cell) not in cells:
                inner = tuple(_noted(p, {}) for p in cell.paragraphs)
                cells[id(cell)] = replace(cell, paragraphs=inner)
    rows = tuple(tuple(cells[id(cell)] for cell in row) for row in block.rows)
    return replace(block, notes=tuple(notes), rows=rows)


def _marked_cells(block: Block) -> bool:
    return any(
        note.startswith(NOTE_MARK)
        for cell in block.cells()
        for p in cell.paragraphs
        for note in p.notes
    )
