"""The open plan as the GUI sees it: the file, the undo stack and the latest snapshot.

Every edit goes through ``PlanContext.edit``: the service call runs at once (and is committed
to the plan's working copy, which ``ui.saving`` writes back), the returned ``Change`` is kept
on Qt's undo stack, and every view is told to refresh from the new snapshot.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot, PlanStatus
from vplan_desktop.errors import VplanError
from vplan_desktop.services.changes import Change
from vplan_desktop.services.read import read_plan
from vplan_desktop.storage.working import EditSession

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
            return
        self.context.refresh(self.change)
        self.context.revisited.emit(self.change)


class PlanContext(QObject):
    """One open plan."""

    changed = Signal(object)
    """Emitted with the ``Change`` (or None) after the snapshot was re-read."""
    failed = Signal(str)
    """Emitted with a Swedish message when an edit was refused; nothing changed."""
    revisited = Signal(object)
    """Emitted with the ``Change`` an undo or a redo made, after ``changed``: the window goes
    to the section and item it changed, so nothing changes out of sight."""

    def __init__(self, session: EditSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = QUndoStack(self)
        self.plan: PlanSnapshot = read_plan(session.document)

    @property
    def document(self) -> PlanDocument:
        return self.session.document

    @property
    def read_only(self) -> bool:
        """Nothing may be edited: the plan is opened read-only, or it is adopted."""
        return self.session.read_only or self.plan.uppgifter.status is PlanStatus.ANTAGEN

    def reload(self) -> None:
        """The plan was replaced (a restored backup): read it again; nothing to undo."""
        self.undo_stack.clear()
        self.refresh(None)

    def edit(self, text: str, action: Edit) -> Change | None:
        """Run ``action`` as one undoable step named ``text``; None if it was refused."""
        if self.read_only:
            self.failed.emit(
                "Planen är öppnad skrivskyddad; ändringen gjordes inte."
                if self.session.read_only
                else "Planen är antagen och därför låst för ändringar. Välj ”Öppna för "
                "ändringar…” om den ändå måste ändras."
            )
            self.refresh(None)
            return None
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

    def forget_history(self) -> None:
        """Called when the session is closed elsewhere: drop the undo stack quietly."""
        self.undo_stack.blockSignals(True)  # the window may be going away with its actions
        self.undo_stack.clear()
