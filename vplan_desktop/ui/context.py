"""The open plan as the GUI sees it: the file, the undo stack and the latest snapshot.

Every edit goes through ``PlanContext.edit``: the service call runs at once (and is committed
to the plan file), the returned ``Change`` is kept on Qt's undo stack, and every view is told
to refresh from the new snapshot.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.errors import VplanError
from vplan_desktop.services.changes import Change
from vplan_desktop.services.read import read_plan

Edit = Callable[[PlanDocument], Change]


class EditCommand(QUndoCommand):
    """One user action on Qt's undo stack; undo and redo are the service's own inverses."""

    def __init__(self, context: PlanContext, text: str, change: Change) -> None:
        super().__init__(text)
        self.context = context
        self.change = change
        self._done = True  # the edit already ran before the command was pushed

    def redo(self) -> None:
        if self._done:
            return
        self._apply()
        self._done = True

    def undo(self) -> None:
        self._apply()
        self._done = False

    def _apply(self) -> None:
        try:
            self.change = self.change.undo(self.context.document)
        except VplanError as error:
            self.setObsolete(True)
            self.context.failed.emit(error.message)
        self.context.refresh(self.change)


class PlanContext(QObject):
    """One open plan."""

    changed = Signal(object)
    """Emitted with the ``Change`` (or None) after the snapshot was re-read."""
    failed = Signal(str)
    """Emitted with a Swedish message when an edit was refused; nothing changed."""

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self.plan: PlanSnapshot = read_plan(document)

    def edit(self, text: str, action: Edit) -> Change | None:
        """Run ``action`` as one undoable step named ``text``; None if it was refused."""
        try:
            change = action(self.document)
        except VplanError as error:
            self.failed.emit(error.message)
            self.refresh(None)  # views showing the refused value go back to the saved one
            return None
        self.undo_stack.push(EditCommand(self, text, change))
        self.refresh(change)
        return change

    def refresh(self, change: Change | None) -> None:
        self.plan = read_plan(self.document)
        self.changed.emit(change)

    def close(self) -> None:
        self.undo_stack.blockSignals(True)  # the window may be going away with its actions
        self.undo_stack.clear()
        self.document.close()
