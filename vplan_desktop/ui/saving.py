"""Writing the plan back while the user works, and saying so.

Every edit is already committed to the working copy; ``Saver`` writes the plan file back two
seconds after edits stop, on "Spara nu" and when the plan is closed, and takes the ten-minute
backup. When the plan cannot be written back, ``SaveProblemBar`` says why and offers
"Spara som…" and "Försök igen"; the edits stay safe in the working copy meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from vplan_desktop.storage.working import PlanChangedOnDiskError, WriteBackError
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.plan_session import server_status

SAVE_AFTER_MS = 2000
RETRY_MS = 30_000
BACKUP_CHECK_MS = 60_000


class Saver(QObject):
    """Keeps the plan file up to date with the working copy."""

    status = Signal(str)
    """A short text for the status bar: "Sparad 14:02", "Sparar…"."""
    problem = Signal(object)
    """A ``WriteBackError`` (or None once a write-back succeeded again)."""

    def __init__(self, context: PlanContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.failing: WriteBackError | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save_now)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.save_now)
        self._backup = QTimer(self)
        self._backup.setInterval(BACKUP_CHECK_MS)
        self._backup.timeout.connect(self._backup_if_due)
        if not context.session.read_only:
            self._backup.start()
            context.changed.connect(self.schedule)

    def schedule(self) -> None:
        """An edit was committed: write back once the user pauses."""
        if self.context.session.unsaved:
            self.status.emit(tr("Ändringarna sparas…"))
            self._timer.start()
        elif (address := self.context.session.address) is not None:
            self.status.emit(server_status(address))  # the edit is on the server already

    def save_now(self, *, overwrite_changed: bool = False) -> bool:
        """Write back now; False (and ``problem`` emitted) if it could not be done."""
        self._timer.stop()
        self._retry.stop()
        try:
            self.context.session.save(overwrite_changed=overwrite_changed)
        except WriteBackError as error:
            self.failing = error
            self.status.emit(tr("Inte sparad i planfilen – ändringarna finns i arbetskopian"))
            self.problem.emit(error)
            if error.retry:
                self._retry.start()
            return False
        if self.failing is not None:
            self.failing = None
            self.problem.emit(None)
        if (address := self.context.session.address) is not None:
            self.status.emit(server_status(address))  # nothing to write: all is on the server
            return True
        self.status.emit(tr("Sparad {time}").format(time=QTime.currentTime().toString("HH:mm")))
        return True

    def _backup_if_due(self) -> None:
        self.context.session.backup_if_due()

    def stop(self) -> None:
        for timer in (self._timer, self._retry, self._backup):
            timer.stop()


class SaveProblemBar(QWidget):
    """Why the plan could not be written back, with what the user can do about it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sparproblem")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # ui/style.py colours it
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.overwrite_button = QPushButton(tr("Skriv över &ändå"))
        self.save_as_button = QPushButton(tr("Spara &som…"))
        self.retry_button = QPushButton(tr("&Försök igen"))
        for button in (self.overwrite_button, self.save_as_button, self.retry_button):
            layout.addWidget(button)
        self.hide()

    def show_problem(self, error: WriteBackError | None) -> None:
        if error is None:
            self.hide()
            return
        self.text.setText(error.message)
        self.overwrite_button.setVisible(isinstance(error, PlanChangedOnDiskError))
        self.show()
