"""What an edit changed, and how to undo it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from vplan_desktop.db.document import PlanDocument


class Section(StrEnum):
    """The parts of a plan, in the order the plan presents them."""

    UPPGIFTER = "uppgifter"
    KAPITEL = "kapitel"
    MAL = "mal"
    AKTIVITETER = "aktiviteter"
    BUDGET = "budget"
    INTERNKONTROLL = "internkontroll"


@dataclass(frozen=True, slots=True)
class Change:
    """The result of one edit.

    ``undo`` applies the opposite edit (in a transaction of its own) and returns its own
    ``Change``, whose ``undo`` in turn redoes the first: an undo stack needs nothing else.
    """

    section: Section
    kind: str
    item_id: int | None
    undo: Callable[[PlanDocument], Change]
