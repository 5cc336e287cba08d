"""A målområde printed as its label and number on a line of its own ("Målområde 1",
"Fokusområde 2", "Perspektiv 3") with its name on the line under it ("Attraktiv livsmiljö"),
the way a box in a målhus or on a goal card prints it: in the plan's goal part the two lines
are that målområde (its name the second line, its number the first's), and the goals after it
are its. A label line with no name line under it (the next line a goal, a sentence, a
heading) is left to the other readers."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_result import Became
from vplan_desktop.wording import clipped

__all__ = ["numbered_area"]

_LABEL = re.compile(
    r"^(?:målområde|fokusområde|perspektiv|strategiskt område|inriktningsområde)\s+"
    r"(?P<nr>\d{1,2}|[IVX]{1,4})[.:]?$",
    re.IGNORECASE,
)
_NAME = re.compile(r"^[A-ZÅÄÖ][^.:;!?]{1,99}$")
"""A name: a capital first, short, no sentence's full stop, no label's colon."""
_MAX_WORDS = 8


def numbered_area(
    b: Builder, blocks: list[Block], block: Block, part: str, levels: dict[int, int]
) -> int | None:
    """The index of the name line when ``block`` is a målområde's label line ("Målområde 1")
    in the goal part (``part`` "mal") with the målområde's name under it; the målområde is
    made (or found, named again by a heading) and the goals read after it go under it.
    None for any other block."""
    if part != "mal" or block.kind is not BlockKind.PARAGRAPH:
        return None
    label = _LABEL.match(" ".join(block.text.split()))
    after = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
    if label is None or after is None or after.kind is not BlockKind.PARAGRAPH:
        return None
    name = " ".join(after.text.split())
    if after.index in levels or not _NAME.match(name) or len(name.split()) > _MAX_WORDS:
        return None
    area = b.area(name, label.group("nr"))
    b.current_area, b.current_goal = area, None
    what = f"Målområdet ”{clipped(name, 50)}”"
    b.became(block.index, Became.MALOMRADE, f"{what} (numret {label.group('nr')})")
    b.became(after.index, Became.MALOMRADE, what)
    return after.index
