"""Activities listed in the plan's own activities chapter ("Aktiviteter 2027"), outside any
goal: one a line (a list item or a paragraph), the owner labelled after the name, set off by a
dash or a comma ("Införa meröppet på biblioteken – ansvarig: Bibliotekschef, klart:
2027-10-31") or in brackets ("… (Ansvarig: Rektor, klart: 2027-06-30)"). Each is an activity
of the nämnd tied to no goal. So is a line whose owner and end follow as sentences, as a
typewritten plan numbers them by hand ("1) Meröppet införs. Ansvarig: bibliotekschef. Klart:
augusti 2027."): the typed number is the list's, not the name's. A line without a labelled
owner stays the chapter's text."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_activity_lines import activity_line
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_build import Builder
from vplan_desktop.imports.word_list_lines import sentence_activity
from vplan_desktop.imports.word_result import Became
from vplan_desktop.wording import clipped

__all__ = ["part_activity"]

_TYPED_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\S)")
"""A number typed before the line ("1) ", "2. ")."""


def part_activity(b: Builder, block: Block) -> bool:
    """Whether ``block``, in the activities' part of the plan, is such a line: it is read as
    an activity of the nämnd (see the module)."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
        return False
    found = activity_line(block.text) or sentence_activity(_TYPED_NUMBER.sub("", block.text))
    if found is None:
        return False
    activity = {"id": b.next_id(), "namndsmal_id": None, **found}
    b.activities.append(activity)
    b.became(block.index, Became.AKTIVITETER, f"Aktiviteten ”{clipped(activity['namn'], 50)}”")
    return True
