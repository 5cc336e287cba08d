"""The user's corrections (``word_tolkning``) found again by each block's signature, when a file
saved for another year's document names a block that is now something else (``word``)."""

from __future__ import annotations

from dataclasses import replace

from vplan_desktop.imports.word_blocks import Source
from vplan_desktop.imports.word_tolkning import Tolkning, signature


def _remapped(source: Source, corrections: Tolkning) -> Tolkning:
    """The corrections with each block found again by its signature when a file saved for
    another year's document names it by a block that is now something else."""
    if not corrections.signatures:
        return corrections
    by_signature: dict[str, list[int]] = {}
    for block in source.blocks:
        by_signature.setdefault(signature(block.text), []).append(block.index)
    moved: dict[int, int] = {}
    for index, wanted in corrections.signatures.items():
        if not wanted:
            continue
        here = source.blocks[index] if 0 <= index < len(source.blocks) else None
        if here is not None and signature(here.text) == wanted:
            continue
        places = by_signature.get(wanted)
        if places:
            moved[index] = min(places, key=lambda p: abs(p - index))
    if not moved:
        return corrections
    return replace(
        corrections,
        headings={moved.get(i, i): v for i, v in corrections.headings.items()},
        tables={moved.get(i, i): v for i, v in corrections.tables.items()},
        signatures={},
    )
