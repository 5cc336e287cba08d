"""What an edit changed, and how to undo it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import ServerUnreachable, VplanError
from vplan_desktop.sections import ItemKind, Part, Section, touched_parts

__all__ = [
    "Change",
    "Edit",
    "ItemKind",
    "Part",
    "Section",
    "all_or_nothing",
    "batch",
    "combined",
    "refused_whole",
]


@dataclass(frozen=True, slots=True)
class Change:
    """The result of one edit.

    ``undo`` applies the opposite edit (in a transaction of its own) and returns its own
    ``Change``, whose ``undo`` in turn redoes the first: an undo stack needs nothing else.
    A change made of several edits (``batch``) lists them in ``parts``.

    ``in_place`` says that only the values of the one item ``item_id`` changed: no item came,
    went or moved, so a view may re-read that item alone. Otherwise every part of the plan an
    edit of ``kind`` can touch (``sections.KINDS``) is read again.
    """

    section: Section
    kind: ItemKind
    item_id: int | None
    undo: Callable[[PlanDocument], Change]
    parts: tuple[Change, ...] = ()
    in_place: bool = False

    def touched(self) -> frozenset[Part]:
        """The parts of the plan this change (all its edits) may have altered."""
        return frozenset(
            part for leaf in self.leaves() for part in touched_parts(leaf.section, leaf.kind)
        )

    def leaves(self) -> tuple[Change, ...]:
        """The single edits this change is made of (itself if it is one)."""
        if not self.parts:
            return (self,)
        return tuple(leaf for part in self.parts for leaf in part.leaves())


Edit = Callable[[PlanDocument], Change]
"""A service call waiting for its plan: ``partial(set_drift_amount, rad_id=…, …)``."""


def batch(doc: PlanDocument, edits: Sequence[Edit]) -> Change:
    """Run ``edits`` as one action: one transaction, all or nothing, and one ``Change`` whose
    undo reverts every edit (in reverse order, again in one transaction).

    The first edit that is refused raises and rolls back the ones before it: nothing of the
    action is written. ``edits`` must not be empty.
    """
    if not edits:
        raise ValueError("a batch needs at least one edit")
    with doc.transaction():
        done = [edit(doc) for edit in edits]
    return combined(done)


def all_or_nothing(doc: PlanDocument, *, edits: list[Edit], refused: str) -> Change:
    """A paste or a clearing of several cells: ``batch`` of ``edits``, and when one of them is
    refused nothing is written and the error says so first (``refused``, "Inget klistrades
    in."). Called with keyword arguments only, each edit a service call with keyword arguments
    only, it is kept whole in the offline journal (``server.recorded_edits``) and made again
    all or nothing."""
    return refused_whole(lambda: batch(doc, edits), refused)


def refused_whole(run: Callable[[], Change], refused: str) -> Change:
    """``run()``; a refusal is raised again, of its own kind, its message after ``refused``.
    A broken connection is raised as it is: the edit is kept on this computer, not refused."""
    try:
        return run()
    except ServerUnreachable:
        raise
    except VplanError as error:
        error.message = f"{refused} {error.message}"
        error.args = (error.message,)
        raise


def combined(done: list[Change]) -> Change:
    """One change of several made in one transaction; its undo reverts them all, in reverse
    order, in one transaction. ``done`` must not be empty."""
    if len(done) == 1:
        return done[0]
    undos = [change.undo for change in reversed(done)]
    first = done[0]
    return Change(
        first.section,  # where the view goes on undo; ``parts`` name every section touched
        first.kind if all(change.kind == first.kind for change in done) else ItemKind.FLERA,
        first.item_id if all(change.item_id == first.item_id for change in done) else None,
        partial(batch, edits=undos),
        parts=tuple(done),
    )
