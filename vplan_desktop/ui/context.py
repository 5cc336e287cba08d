"""The open plan as the GUI sees it: the file, the undo stack and the latest snapshot.

Every edit goes through ``PlanContext.edit``: the service call runs at once (and is committed
to the plan's working copy, which ``ui.saving`` writes back), the returned ``Change`` is kept
on Qt's undo stack, and the snapshot is read again only where the ``Change`` says the plan
may have changed (``services.read.read_change``); the views, told which change it was, update
only the rows and cells that differ.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot, PlanStatus
from vplan_desktop.errors import ServerUnreachable, VplanError
from vplan_desktop.follow_up_data import Uppfoljning
from vplan_desktop.server.permissions import Permissions
from vplan_desktop.services.changes import Change
from vplan_desktop.services.read import read_change, read_plan
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.plan_session import PlanSession, permissions_of, refused_writes

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
        if self._apply():
            self._done = True

    def undo(self) -> None:
        if not self._done:
            return  # stepped back to where it was (below)
        if self._apply():
            self._done = False

    def _apply(self) -> bool:
        """Undo (or redo) the edit; False if the server could not be reached: then the undo
        stack steps back to where it was, and the step can be taken once it is back."""
        stack = self.context.undo_stack
        back = stack.redo if self._done else stack.undo
        lost = self.context.offline
        try:
            if not lost:
                with refused_writes():  # a plan on the server: its refusals in Swedish
                    self.change = self.change.undo(self.context.document)
        except ServerUnreachable:
            lost = True
            self.context.connection_lost.emit("", None)
        except VplanError as error:
            self.setObsolete(True)
            self.context.failed.emit(error.message)
            self.context.refresh(None)  # refused: read everything again, to be sure
            return True
        if lost:
            self.context.failed.emit(
                tr(
                    "Förbindelsen med servern är bruten: ångra och gör om går inte förrän "
                    "den är tillbaka."
                )
            )
            QTimer.singleShot(0, back)
            return False
        self.context.refresh(self.change)
        self.context.revisited.emit(self.change)
        return True


class PlanContext(QObject):
    """One open plan."""

    changed = Signal(object)
    """Emitted with the ``Change`` after the snapshot was brought up to date, or with None
    after the whole plan was read again (a refused edit, a restored backup)."""
    failed = Signal(str)
    """Emitted with a Swedish message when an edit was refused; nothing changed."""
    revisited = Signal(object)
    """Emitted with the ``Change`` an undo or a redo made, after ``changed``: the window goes
    to the section and item it changed, so nothing changes out of sight."""

    connection_lost = Signal(str, object)
    """Emitted when the server could not be reached, with an edit's undo text and action
    (to be kept on this computer: ``ui.lost_connection``), or with "" and None when a read or an
    undo failed. Nothing was changed."""
    offline_changed = Signal(bool)
    """Emitted when the window goes offline (True; every editor read-only) or back."""

    period_changed = Signal(object)
    """Emitted with the follow-up period now shown (its id), or None for the plan itself:
    the sections show the period's columns beside the plan's, or the plan alone."""

    def __init__(self, session: PlanSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = QUndoStack(self)
        self.offline = False
        """The server could not be reached: nothing is read, and edits are kept on this
        computer (``ui.lost_connection``) until it is back."""
        with refused_writes():
            self.plan: PlanSnapshot = read_plan(session.document)
        self.period_id: int | None = None
        """The follow-up period the window shows (``period``); None: the plan."""

    @property
    def period(self) -> Uppfoljning | None:
        """The follow-up period the window shows, or None when it shows the plan."""
        return None if self.period_id is None else self.plan.uppfoljning(self.period_id)

    def set_period(self, period_id: int | None) -> None:
        """Show the follow-up period ``period_id`` (None: the plan) in every section."""
        if period_id is not None and self.plan.uppfoljning(period_id) is None:
            period_id = None
        if period_id != self.period_id:
            self.period_id = period_id
            self.period_changed.emit(period_id)

    @property
    def follow_up_read_only(self) -> bool:
        """The shown period cannot be written: the plan is opened read-only, or the period
        is reported (an adopted plan's follow-ups stay writable)."""
        period = self.period
        return self.offline or self.session.read_only or (period is not None and period.rapporterad)

    def set_offline(self, offline: bool) -> None:
        if offline != self.offline:
            self.offline = offline
            self.offline_changed.emit(offline)

    def edit_follow_up(self, text: str, action: Edit) -> Change | None:
        """Run a follow-up edit (``services.follow_up``) as one undoable step: allowed on an
        adopted plan, refused on a plan opened read-only; a reported period is refused by the
        service with its own message. None if it was refused."""
        if self.offline:
            self.connection_lost.emit(text, action)
            return None
        if self.session.read_only:
            self.failed.emit(tr("Planen är öppnad skrivskyddad; ändringen gjordes inte."))
            self.refresh(None)
            return None
        return self._run(text, action)

    @property
    def document(self) -> PlanDocument:
        return self.session.document

    @property
    def permissions(self) -> Permissions:
        """What the user's right in a plan on the server lets her change (a läsare's plan is
        also ``read_only``); the views offer only that, the server decides all the same."""
        return permissions_of(self.session)

    @property
    def read_only(self) -> bool:
        """Nothing may be edited: the plan is opened read-only, or it is adopted, or the
        server cannot be reached (``offline``)."""
        return (
            self.offline
            or self.session.read_only
            or self.plan.uppgifter.status is PlanStatus.ANTAGEN
        )

    def reload(self) -> None:
        """The plan was replaced (a restored backup): read it again; nothing to undo."""
        self.undo_stack.clear()
        self.refresh(None)

    def edit(self, text: str, action: Edit) -> Change | None:
        """Run ``action`` as one undoable step named ``text``; None if it was refused (or
        kept on this computer while the server cannot be reached)."""
        if self.offline:
            self.connection_lost.emit(text, action)
            return None
        if self.read_only:
            self.failed.emit(
                tr("Planen är öppnad skrivskyddad; ändringen gjordes inte.")
                if self.session.read_only
                else tr(
                    "Planen är antagen och därför låst för ändringar. Välj ”Öppna för "
                    "ändringar…” om den ändå måste ändras."
                )
            )
            self.refresh(None)
            return None
        return self._run(text, action)

    def _run(self, text: str, action: Edit) -> Change | None:
        try:
            with refused_writes():  # a plan on the server: its refusals in Swedish
                change = action(self.document)
        except ServerUnreachable:
            self.connection_lost.emit(text, action)
            return None
        except VplanError as error:
            self.failed.emit(error.message)
            self.refresh(None)  # views showing the refused value go back to the saved one
            return None
        self.undo_stack.push(EditCommand(self, text, change))
        self.refresh(change)
        return change

    check_refresh = False
    """Tests set this: every refresh is compared with a full read of the plan, so a service
    whose ``Change`` does not name all it touched fails at once."""

    def refresh(self, change: Change | None) -> None:
        if self.offline:
            return  # the window shows what it read last; read again once the server is back
        try:
            with refused_writes():
                if change is None:
                    self.plan = read_plan(self.document)
                else:
                    self.plan = read_change(self.document, self.plan, change)
        except ServerUnreachable:
            self.connection_lost.emit("", None)  # the window shows what it read last
            return
        if change is not None and self.check_refresh:
            whole = read_plan(self.document)
            if whole != self.plan:
                stale = [
                    name
                    for name in whole.__dataclass_fields__
                    if getattr(whole, name) != getattr(self.plan, name)
                ]
                raise AssertionError(f"{change.kind} {change.item_id}: stale parts {stale}")
        self.changed.emit(change)
        if self.period_id is not None and self.period is None:
            self.set_period(None)  # the period shown was removed

    def forget_history(self) -> None:
        """Called when the session is closed elsewhere: drop the undo stack quietly."""
        self.undo_stack.blockSignals(True)  # the window may be going away with its actions
        self.undo_stack.clear()
