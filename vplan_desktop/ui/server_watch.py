"""Others' edits of a plan on the server, shown in the window within a second, and who else
has the plan open, in the status bar.

``ServerWatch`` watches the socket of the window's ``PlanListener`` (``server.live``): when
notifications arrive it reads them at once and, 50 ms after the first (a burst of edits is
read again once), has ``PlanContext.refresh`` read what they changed: the items they name, or
the whole plan. While the user is in the middle of an edit (a cell editor open, a field typed
in but not yet saved, a dialog or menu open) the refresh waits until she is done, so nothing
she typed is replaced; the tables keep their current row, selection and scroll position
(``view_places``). Every few seconds it asks who else has the plan open.

When the listening connection breaks the status bar says that others' edits are not shown,
and a new one is tried every ``RETRY_MS`` on a thread of its own (a server that does not
answer must not freeze the window); once it listens again the whole plan is read, since edits
made meanwhile were not heard. While the window is offline (``ui.lost_connection``) it waits for the
window to be back instead.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from vplan_desktop.errors import VplanError
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.view_places import kept_places

if TYPE_CHECKING:
    from vplan_desktop.server.live import Notice, PlanListener
    from vplan_desktop.server.session import ServerSession

COALESCE_MS = 50
"""Edits arriving within this long of the first are read again together."""
BUSY_MS = 250
"""How often a refresh waiting for the user's edit looks again."""
PRESENCE_MS = 4000
"""How often the window asks who else has the plan open."""
RETRY_MS = 15000
"""How often a broken listening connection is tried again."""


def editing(window: QWidget) -> bool:
    """Whether the user is in the middle of an edit a refresh could undo: a cell editor open
    in a table, a field with typed text not yet saved, a dialog or a menu open."""
    if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget():
        return True
    for view in window.findChildren(QAbstractItemView):
        if view.state() is QAbstractItemView.State.EditingState:
            return True
    focus = QApplication.focusWidget()
    if focus is None or not window.isAncestorOf(focus):
        return False
    if isinstance(focus, QAbstractSpinBox):
        focus = focus.lineEdit()
    if isinstance(focus, QLineEdit):
        return focus.isModified() and not focus.isReadOnly()
    if isinstance(focus, QTextEdit | QPlainTextEdit):
        if focus.isReadOnly():
            return False
        # An editor that keeps its own mark of text typed and not yet saved (a chapter's,
        # saved as the user pauses) says; elsewhere, text typed since it was filled in.
        holder = focus.parentWidget()
        while holder is not None:
            mark = getattr(holder, "_dirty", None)
            if isinstance(mark, bool):
                return mark
            holder = holder.parentWidget()
        return focus.document().isModified()
    return False


def others_text(names: list[str]) -> str:
    """The status bar's line of who else has the plan open; empty when nobody has."""
    if not names:
        return ""
    return tr("Även öppen hos: {names}").format(names=", ".join(names))


class ServerWatch(QObject):
    """Brings others' edits into ``context`` and shows who else has the plan open."""

    reopened = Signal(object)
    """A new listening connection (a ``PlanListener``), or why there is none (a message),
    from the thread that tried."""

    def __init__(
        self,
        window: QMainWindow,
        context: PlanContext,
        session: ServerSession,
        listener: PlanListener,
    ) -> None:
        super().__init__(context)
        self.window = window
        self.context = context
        self.session = session
        self.listener = listener
        self.pending: list[Notice] = []
        self.stale = False
        """The whole plan must be read again: edits may have come while nobody listened."""
        self.refreshes = 0
        """How many refreshes others' edits caused (for tests and the benchmark)."""
        self.closed = False
        self._trying = False
        self.label = QLabel()
        self.label.setObjectName("andraIPlanen")
        self.label.hide()
        window.statusBar().insertPermanentWidget(0, self.label)
        self.notifier = self._notifier()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.apply)
        self.presence_timer = QTimer(self)
        self.presence_timer.setInterval(PRESENCE_MS)
        self.presence_timer.timeout.connect(self.update_presence)
        self.presence_timer.start()
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.try_again)
        self.reopened.connect(self._reopened)
        listener.on_close.append(self.stop)
        offline = getattr(context, "offline_changed", None)
        if offline is not None:  # the window's own handling of a broken connection
            offline.connect(self._offline)
        self.update_presence()
        self._readable()  # anything that came while the window was being built

    def _notifier(self) -> QSocketNotifier:
        notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(self._readable)
        return notifier

    def _readable(self) -> None:
        try:
            arrived = self.listener.receive()
        except VplanError as error:
            self._lost(error.message)
            return
        if arrived:
            self.pending += arrived
            if not self.timer.isActive():
                self.timer.start(COALESCE_MS)

    def apply(self) -> None:
        """Read again what the edits that arrived changed, unless the user is editing."""
        if not self.pending and not self.stale:
            return
        if editing(self.window):
            self.timer.start(BUSY_MS)
            return
        # Deferred: psycopg is loaded only for a plan on a server, after the window starts.
        from vplan_desktop.server.live import remote_change

        notices, self.pending = self.pending, []
        change = None if self.stale else remote_change(notices)
        self.stale = False
        self.refreshes += 1
        try:
            with kept_places(self.window):
                self.context.refresh(change)
        except VplanError as error:
            self.context.failed.emit(error.message)

    def update_presence(self) -> None:
        try:
            names = self.listener.others()
        except VplanError as error:
            self._lost(error.message)
            return
        text = others_text(names)
        self.label.setText(text)
        self.label.setToolTip("")
        self.label.setVisible(bool(text))

    def status_text(self) -> str:
        """What the status bar says of others (empty when nobody else has the plan open)."""
        return self.label.text() if self.label.isVisible() else ""

    # --- a broken connection -----------------------------------------------------------

    def _lost(self, message: str) -> None:
        self._halt()
        self.label.setText(tr("Andras ändringar visas inte just nu"))
        self.label.setToolTip(message)
        self.label.show()
        if not getattr(self.context, "offline", False):
            self.retry_timer.start()

    def try_again(self) -> None:
        """Try a new listening connection on a thread of its own (``reopened`` tells)."""
        if self._trying or self.closed:
            return
        self._trying = True
        address = self.session.address
        # No password dialog from another thread: only the password already given.
        from vplan_desktop.server.credentials import Credentials
        from vplan_desktop.server.live import PlanListener

        credentials = Credentials(password=self.session.credentials.password)

        def attempt() -> None:
            try:
                result: object = PlanListener.open(address, credentials)
            except VplanError as error:
                result = error.message
            try:
                self.reopened.emit(result)
            except RuntimeError:  # the window went away meanwhile
                if not isinstance(result, str):
                    result.close()  # type: ignore[attr-defined]

        threading.Thread(target=attempt, name="vplan-lyssnare", daemon=True).start()

    def _reopened(self, result: object) -> None:
        self._trying = False
        if isinstance(result, str):
            self.label.setToolTip(result)
            return
        listener: PlanListener = result  # type: ignore[assignment]
        if self.closed or getattr(self.context, "offline", False):
            listener.close()
            return
        self._adopt(listener)
        self.stale = True  # what came while nobody listened
        self.timer.start(COALESCE_MS)

    def _offline(self, offline: bool) -> None:
        if offline:
            self._halt()
            self.retry_timer.stop()
            self.label.hide()  # who else has it open is not known while offline
            return
        # Back: the window reads the whole plan itself, after this listens again.
        from vplan_desktop.server.live import PlanListener

        try:
            listener = PlanListener.open(self.session.address, self.session.credentials)
        except VplanError as error:
            self._lost(error.message)
            return
        self._adopt(listener)

    def _adopt(self, listener: PlanListener) -> None:
        """Listen through ``listener`` from now on, in place of the broken one."""
        old, self.listener = self.listener, listener
        if self.stop in old.on_close:
            old.on_close.remove(self.stop)
        old.close()
        listener.follow(self.session.document)  # a reconnected session has a new one
        self.session.listener = listener
        listener.on_close.append(self.stop)
        self.notifier.setEnabled(False)
        self.notifier.deleteLater()
        self.notifier = self._notifier()
        self.retry_timer.stop()
        self.presence_timer.start()
        self.update_presence()

    def _halt(self) -> None:
        self.notifier.setEnabled(False)
        self.timer.stop()
        self.presence_timer.stop()
        self.pending = []

    def stop(self) -> None:
        """Stop watching and take the line off the status bar (the plan is closing)."""
        self.closed = True
        self._halt()
        self.retry_timer.stop()
        self.label.hide()
        self.label.deleteLater()


def watch_server(window: QMainWindow, context: PlanContext) -> ServerWatch | None:
    """Show others' edits and who else has the plan open, for a plan on the server; None for
    a plan file, or when the server cannot be listened to (the plan still works, and a
    message says others' edits are not shown)."""
    if context.session.address is None:
        return None
    # Deferred: psycopg is loaded only for a plan on a server.
    from vplan_desktop.server.live import PlanListener
    from vplan_desktop.server.session import ServerSession

    session = context.session
    if not isinstance(session, ServerSession):
        return None
    try:
        listener = PlanListener.open(session.address, session.credentials, session.document)
    except VplanError as error:
        window.statusBar().showMessage(
            tr("Andras ändringar visas inte: {reason}").format(reason=error.message)
        )
        return None
    session.listener = listener
    return ServerWatch(window, context, session, listener)
