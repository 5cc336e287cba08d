"""A plan on the server when the connection breaks: the window says it is offline, keeps
the edit being made on this computer, and connects again.

``PlanContext`` tells (``connection_lost``) when an edit, a read or an undo could not reach
the server. The edit is written to the plan's journal (``server.journal``), the window goes
read-only with a banner saying why, and vplan tries to connect again every
``RETRY_SECONDS`` and when the user presses "Försök igen". Once it is back, the plan is read
again and the kept edits are offered (``ui.journal_dialog``): nothing is made again without
the user's choice, and nothing someone else has changed meanwhile is written over.

Read-only while offline, rather than keeping every further edit: the window cannot show an
edit it cannot make (the plan is read from the server), so a second kept edit would build on
a value the user never saw made, and an edit of an item added offline would have no item to
name. The edit in progress when the connection broke (a field being typed in, a chapter's
text) is kept; so is any edit that still reaches ``PlanContext.edit``.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from vplan_desktop.errors import ServerError
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.plan_session import opened_status

if TYPE_CHECKING:
    from vplan_desktop.server.journal import Journal
    from vplan_desktop.ui.context import PlanContext
    from vplan_desktop.ui.main_window import MainWindow

RETRY_SECONDS = 15
"""How often vplan tries to reach the server again while offline."""


class OfflineBar(QWidget):
    """The banner over the sections while the server cannot be reached."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offline")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        layout = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.text, 1)
        self.retry_button = QPushButton(tr("Försök igen"))
        self.retry_button.setToolTip(tr("Anslut till servern igen nu"))
        layout.addWidget(self.retry_button)
        self.hide()

    def show_offline(self, kept: int, detail: str = "") -> None:
        text = tr(
            "Förbindelsen med servern bröts – dina ändringar sparas på den här datorn tills "
            "den är tillbaka. Planen kan inte ändras så länge; vplan försöker ansluta igen."
        )
        if kept:
            text += " " + tr("%n ändring(ar) väntar på servern.", None, kept)
        if detail:
            text += " " + detail
        self.text.setText(text)
        self.show()


class OfflineWatch(QObject):
    """Watches one open plan on a server for a broken connection (``attach``)."""

    probed = Signal(bool)
    """From the probing thread: whether the server answered."""

    def __init__(
        self,
        window: MainWindow,
        context: PlanContext,
        journal: Journal,
        reconnect: Callable[[], None],
        probe: Callable[[], None],
    ) -> None:
        super().__init__(context)
        self.window = window
        self.context = context
        self.journal = journal
        self.reconnect = reconnect
        self.probe = probe
        """Connects to the server and lets go at once, without asking anything: run in a
        thread of its own, so that a server that does not answer (up to the connection's
        time limit) never holds up the window."""
        self._probing = False
        self.replaying = False
        """Kept edits are being made again: one that meets a broken connection is already
        in the journal, and is not kept twice."""
        self.bar = OfflineBar()
        assert window.workspace is not None
        window.workspace.banners.insertWidget(0, self.bar)
        self.bar.retry_button.clicked.connect(self.try_again)
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_SECONDS * 1000)
        self.timer.timeout.connect(self._look)
        self.probed.connect(self._looked)
        context.connection_lost.connect(self._lost)
        # After the window's own slots (connected before): they enable its menus again.
        context.undo_stack.indexChanged.connect(self._menus)
        context.period_changed.connect(self._menus)

    def _menus(self) -> None:
        """While offline, the menu entries that read or write the plan on the server itself
        (not the window's last read of it) are off; the window's own ``update_actions``
        turns them on again once it is back."""
        if not self.context.offline:
            return
        window = self.window
        for action in (
            window.save_as_action,
            window.version_action,
            window.earlier_action,
            window.compare_action,
            window.reopen_action,
            window.import_budget_action,
        ):
            action.setEnabled(False)

    def _lost(self, text: str, action: Any) -> None:
        if text and action is not None and not self.replaying:
            self.keep(text, action)
        self.go_offline()

    def keep(self, text: str, action: Any) -> None:
        """Write the edit ``text`` (``action``) to the journal; if even that fails, say that
        it was not saved, so the user knows to make it again."""
        # Deferred for start-up time: only a plan on the server keeps edits.
        from vplan_desktop.server.recorded_edits import record

        try:
            self.journal.add(record(text, action))
        except ServerError as error:
            self.window.report_error(
                self.window,
                tr("Ändringen kunde inte sparas"),
                tr("”{text}” gjordes inte: {reason}").format(text=text, reason=error.message),
            )

    def kept(self) -> int:
        try:
            return len(self.journal.entries())
        except ServerError:
            return 0

    def go_offline(self, detail: str = "") -> None:
        self.context.set_offline(True)
        self._menus()
        self.bar.show_offline(self.kept(), detail)
        self.window.saved_label.setText(tr("Ingen förbindelse med servern"))
        if not self.timer.isActive():
            self.timer.start()

    def _look(self) -> None:
        """The timer: ask in the background whether the server answers again."""
        if self._probing or not self.context.offline:
            return
        self._probing = True

        def run() -> None:
            try:
                self.probe()
                answered = True
            except Exception:  # any failure: still away, try again later
                answered = False
            with contextlib.suppress(RuntimeError):  # the plan was closed meanwhile
                self.probed.emit(answered)

        threading.Thread(target=run, name="vplan-server-probe", daemon=True).start()

    def _looked(self, answered: bool) -> None:
        self._probing = False
        if answered:
            self.try_again()

    def try_again(self) -> bool:
        """Connect to the server again; once back, read the plan again and offer the kept
        edits. False while it still cannot be reached."""
        if not self.context.offline:
            return True
        try:
            self.reconnect()
        except ServerError as error:
            self.bar.show_offline(
                self.kept(), tr("Senaste försöket: {reason}").format(reason=error.message)
            )
            return False
        self.timer.stop()
        self.bar.hide()
        self.context.set_offline(False)
        self.context.refresh(None)
        if self.context.offline:  # broke again while reading
            return False
        self.window.saved_label.setText(opened_status(self.context.session))
        self.window.update_actions()
        self.offer()
        return True

    def offer(self) -> None:
        """Offer the kept edits, if there are any (``ui.journal_dialog``)."""
        # Deferred for start-up time: the dialog is for plans on a server.
        from vplan_desktop.ui.journal_dialog import offer_journal

        offer_journal(self)


def attach(window: MainWindow, context: PlanContext) -> OfflineWatch | None:
    """Watch ``context``'s plan on the server (nothing for a plan file); kept edits of an
    earlier vplan (one that crashed or was closed offline) are offered at once."""
    session = context.session
    address = session.address
    reconnect = getattr(session, "reconnect", None)
    if address is None or reconnect is None:
        return None
    # Deferred for start-up time: only a plan on the server keeps edits.
    from vplan_desktop.server.connection import connect
    from vplan_desktop.server.credentials import Credentials
    from vplan_desktop.server.journal import Journal

    given = getattr(session, "credentials", None)

    def probe() -> None:
        password = given.password if isinstance(given, Credentials) else None
        connect(address, Credentials(password=password)).close()  # never asks, in a thread

    watch = OfflineWatch(window, context, Journal(address), reconnect, probe)
    if watch.journal.exists():
        QTimer.singleShot(0, watch.offer)
    return watch
