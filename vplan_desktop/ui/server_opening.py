"""Opening a plan on the kommun's server in the window: by its address (``vplan ADRESS``, the
recent list), by a ``.vplan-server`` link file, or from Arkiv → "Öppna från server…".

The password is asked for only when the server wants one that libpq does not have
(``.pgpass``, a service file, Kerberos); it is kept in memory while the plan is open and never
written. A password the server refuses is asked for once more, with the server's answer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QWidget

from vplan_desktop.errors import VplanError
from vplan_desktop.server.address import LINK_SUFFIX, PlanAddress, parse_address, read_link_file
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.plan_session import shows

if TYPE_CHECKING:
    from vplan_desktop.ui.main_window import MainWindow

T = TypeVar("T")


def is_server_target(target: Path | PlanAddress) -> bool:
    """Whether ``target`` is a plan on a server: an address, or a link file to one."""
    return isinstance(target, PlanAddress) or target.suffix.lower() == LINK_SUFFIX


class PasswordAsker:
    """Asks for the server's password in a dialog (the characters are not shown); after a
    refused password, the dialog says so above the question."""

    def __init__(self, parent: QWidget | None) -> None:
        self.parent = parent
        self.problem = ""
        """Why the password is asked for again: the server's answer to the last one."""

    def __call__(self, question: str) -> str:
        dialog = QInputDialog(self.parent)
        dialog.setObjectName("losenord")
        dialog.setWindowTitle(tr("Lösenord till servern"))
        text = question.strip()
        if self.problem:
            text = f"{self.problem}\n\n{text}"
        dialog.setLabelText(text)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(tr("&Anslut"))
        dialog.setCancelButtonText(tr("Avbryt"))
        QApplication.setOverrideCursor(Qt.CursorShape.ArrowCursor)  # over a busy cursor
        try:
            accepted = dialog.exec()
        finally:
            QApplication.restoreOverrideCursor()
        answer = dialog.textValue() if accepted else ""
        dialog.deleteLater()
        return answer


def credentials_for(parent: QWidget | None) -> Credentials:
    """New credentials that ask the user in a dialog over ``parent``."""
    return Credentials(PasswordAsker(parent))


def with_password(credentials: Credentials, action: Callable[[], T]) -> T:
    """``action()``, which connects with ``credentials``; when the server refuses the password
    the user typed, it is asked for once more (saying why) and ``action`` runs again."""
    # Deferred for start-up time: psycopg is loaded only when a server is asked.
    from vplan_desktop.server.connection import PasswordRefused

    try:
        return busy(action)
    except PasswordRefused as error:
        if credentials.prompt is None or credentials.password is None:
            raise  # not a password the user typed (.pgpass): asking would not help
        credentials.password = None
        if isinstance(credentials.prompt, PasswordAsker):
            credentials.prompt.problem = error.message
        return busy(action)


def busy(action: Callable[[], T]) -> T:
    """``action()`` under a waiting cursor (the server may take a moment to answer)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return action()
    finally:
        QApplication.restoreOverrideCursor()


def open_server_plan(
    window: MainWindow, target: Path | PlanAddress, credentials: Credentials | None = None
) -> bool:
    """Open the plan on a server that ``target`` names (an address or a link file) in
    ``window``; what goes wrong is explained and nothing changes."""
    # Deferred for start-up time: psycopg and the plan copier are for plans on a server.
    from vplan_desktop.server.session import ServerSession

    try:
        address = target if isinstance(target, PlanAddress) else read_link_file(target)
        address.needs_plan()
    except VplanError as error:
        window.report_error(window, tr("Planen kunde inte öppnas"), error.message)
        return False
    if window.session is not None and shows(window.session, address):
        return True
    if not window.close_plan():
        return False
    given = credentials if credentials is not None else credentials_for(window)
    try:
        session = with_password(given, lambda: ServerSession.open(address, given))
    except VplanError as error:
        window.report_error(window, tr("Planen kunde inte öppnas"), error.message)
        return False
    return window.show_session(session)


def open_argument(window: MainWindow, text: str) -> bool:
    """Open the plan the command line names by its address (``vplan postgresql://…``)."""
    try:
        address = parse_address(text)
    except VplanError as error:
        window.report_error(window, tr("Planen kunde inte öppnas"), error.message)
        return False
    return open_server_plan(window, address)


def choose_server_plan(window: MainWindow) -> bool:
    """Arkiv → "Öppna från server…": the user finds the plan in the dialog, and it opens."""
    # Deferred for start-up time: the window opens without the dialog.
    from vplan_desktop.ui.server_dialog import ServerPlanDialog

    dialog = ServerPlanDialog(window)
    if not dialog.exec() or dialog.chosen is None:
        return False
    credentials = dialog.credentials
    if isinstance(credentials.prompt, PasswordAsker):
        credentials.prompt.parent = window  # asked over the window once the dialog is gone
    return open_server_plan(window, dialog.chosen, credentials)
