"""The main window's file actions over the open plan: saving now or elsewhere, named
versions, earlier versions, comparison, reopening an adopted plan, and what to do when the
plan cannot be written back on close.

``MainWindow`` owns one ``FileActions`` and wires its menu entries and buttons to it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from vplan_desktop.db.file_header import FILE_SUFFIX
from vplan_desktop.errors import VplanError
from vplan_desktop.exports.targets import check_export_target
from vplan_desktop.formatting import format_date
from vplan_desktop.storage.working import EditSession, WriteBackError
from vplan_desktop.ui.dialog_parts import plan_file
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.settings import remember_plan

if TYPE_CHECKING:
    from vplan_desktop.ui.main_window import MainWindow

FILE_FILTER = QT_TR_NOOP("vplan-planer (*{suffix});;Alla filer (*)")


class FileActions:
    """The file actions of ``window``.

    They read the window's open plan (``context``, ``workspace``), its ``saver`` and status
    widgets when they run, not when they are made: one window shows one plan after another.
    Dialogs open over the window, and errors go through its ``report_error``.
    """

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def close_anyway(self, error: WriteBackError) -> bool:
        """The plan cannot be written back: Spara som…, close and recover later, or stay."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Planen kunde inte sparas"))
        box.setText(error.message)
        box.setInformativeText(
            tr(
                "Stänger du ändå finns ändringarna kvar i vplans arbetskopia och erbjuds nästa "
                "gång du startar vplan."
            )
        )
        save_as = box.addButton(tr("Spara &som…"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(tr("Stäng &ändå"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save_as)
        box.exec()
        if box.clickedButton() is save_as:
            return self.save_as()
        return box.clickedButton() is anyway

    def save_now(self) -> bool:
        window = self.window
        if window.context is None or window.workspace is None:
            return False
        window.workspace.flush()
        return window.saver.save_now()

    def save_as(self) -> bool:
        """Write the plan to a new file and go on editing it there."""
        window = self.window
        context = window.context
        # A läsare's plan on the server may be saved as a file of her own.
        read_only = context is not None and context.session.read_only
        if (
            context is None
            or window.workspace is None
            or (read_only and not context.session.address)
        ):
            return False
        window.workspace.flush()
        session = context.session
        name, _ = QFileDialog.getSaveFileName(
            window,
            tr("Spara planen som"),
            str(session.plan.parent),
            tr(FILE_FILTER).format(suffix=FILE_SUFFIX),
        )
        if not name:
            return False
        target = plan_file(name)
        if target is None:
            return False
        try:
            # Never over vplan's own working copies or backups, which it keeps out of sight.
            check_export_target(target, working=session.working, what="Planen")
            session.save_as(target)
        except VplanError as error:
            window.report_error(window, tr("Planen kunde inte sparas"), error.message)
            return False
        remember_plan(target)
        window.problem_bar.show_problem(None)
        window.saver.failing = None
        copied = tr("En kopia av planen på servern är sparad i {name}")  # still open there
        done = tr("Sparad som {name}") if session.address is None else copied
        window.saved_label.setText(done.format(name=target.name))
        window.update_saved_state()
        return True

    def save_version(self) -> None:
        # Deferred for start-up time: a version is written in the JSON interchange format.
        from vplan_desktop.planning.versions import save_version

        window = self.window
        if window.context is None or window.context.session.read_only:
            return
        name, ok = QInputDialog.getText(
            window,
            tr("Spara version"),
            tr("Versionens namn (den sparas i planen och kan jämföras med senare):"),
            text=tr("Version {date}").format(date=format_date(dt.date.today())),
        )
        if not ok:
            return
        try:
            version = save_version(window.context.document, name)
        except VplanError as error:
            window.report_error(window, tr("Versionen kunde inte sparas"), error.message)
            return
        window.saver.schedule()
        window.statusBar().showMessage(
            tr("Versionen ”{namn}” är sparad i planen.").format(namn=version.namn), 8000
        )

    def show_earlier(self) -> None:
        # Deferred for start-up time: the window opens without the dialog.
        from vplan_desktop.ui.versions_dialog import VersionsDialog

        window = self.window
        if window.context is None:
            return
        dialog = VersionsDialog(window.context, window)
        dialog.openRequested.connect(self.open_view)
        dialog.exec()
        window.saver.schedule()

    def open_view(self, path: Path, label: str) -> None:
        """A backup or version in a read-only window of its own."""
        window = self.window
        try:
            session = EditSession.open(path, read_only=True)
        except VplanError as error:
            window.report_error(window, tr("Versionen kunde inte öppnas"), error.message)
            return
        view = window.new_view()
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show_session(session, label)
        view.resize(window.size())
        view.show()
        window.views.append(view)
        view.destroyed.connect(lambda: window.views.remove(view))

    def compare(self) -> None:
        # Deferred for start-up time: the window opens without the dialog.
        from vplan_desktop.ui.compare_dialog import CompareDialog

        window = self.window
        if window.context is not None and window.workspace is not None:
            window.workspace.flush()
            CompareDialog(window.context, window).exec()

    def reopen_adopted(self) -> None:
        # Deferred for start-up time: the window opens without the dialog.
        from vplan_desktop.ui.adoption_dialogs import ReopenDialog

        window = self.window
        if window.context is not None and window.context.read_only:
            ReopenDialog(window.context, window).exec()
            window.update_actions()
