"""The main window's file actions over the open plan: saving now or elsewhere, named
versions, earlier versions, comparison, reopening an adopted plan, and what to do when the
plan cannot be written back on close. ``MainWindow`` inherits them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from vplan_desktop.db.document import FILE_SUFFIX
from vplan_desktop.errors import VplanError
from vplan_desktop.exports.targets import check_export_target
from vplan_desktop.storage.working import EditSession, WriteBackError
from vplan_desktop.ui.dialog_parts import plan_file
from vplan_desktop.ui.settings import remember_plan

if TYPE_CHECKING:
    from collections.abc import Callable

    from vplan_desktop.ui.context import PlanContext
    from vplan_desktop.ui.saving import SaveProblemBar, Saver
    from vplan_desktop.ui.workspace import PlanWorkspace

FILE_FILTER = f"vplan-planer (*{FILE_SUFFIX});;Alla filer (*)"


class PlanFileActions(QMainWindow):
    """Needs the attributes below from the window that inherits it."""

    context: PlanContext | None
    workspace: PlanWorkspace | None
    saver: Saver
    problem_bar: SaveProblemBar
    saved_label: QLabel
    views: list[QMainWindow]
    report_error: Callable[[QWidget, str, str], object]

    def _saved(self, change: object = None) -> None:
        raise NotImplementedError

    def show_session(self, session: EditSession, label: str = "") -> bool:
        raise NotImplementedError

    def _update_actions(self) -> None:
        raise NotImplementedError

    def _new_view(self) -> QMainWindow:
        raise NotImplementedError

    def _close_anyway(self, error: WriteBackError) -> bool:
        """The plan cannot be written back: Spara som…, close and recover later, or stay."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Planen kunde inte sparas")
        box.setText(error.message)
        box.setInformativeText(
            "Stänger du ändå finns ändringarna kvar i vplans arbetskopia och erbjuds nästa "
            "gång du startar vplan."
        )
        save_as = box.addButton("Spara &som…", QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton("Stäng &ändå", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Avbryt", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save_as)
        box.exec()
        if box.clickedButton() is save_as:
            return self.save_as()
        return box.clickedButton() is anyway

    def save_now(self) -> bool:
        if self.context is None or self.workspace is None:
            return False
        self.workspace.flush()
        return self.saver.save_now()

    def save_as(self) -> bool:
        """Write the plan to a new file and go on editing it there."""
        if self.context is None or self.workspace is None or self.context.session.read_only:
            return False
        self.workspace.flush()
        session = self.context.session
        name, _ = QFileDialog.getSaveFileName(
            self, "Spara planen som", str(session.plan.parent), FILE_FILTER
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
            self.report_error(self, "Planen kunde inte sparas", error.message)
            return False
        remember_plan(target)
        self.problem_bar.show_problem(None)
        self.saver.failing = None
        self.saved_label.setText(f"Sparad som {target.name}")
        self._saved()
        return True

    def save_version(self) -> None:
        from vplan_desktop.formatting import format_date
        from vplan_desktop.services.versions import save_version

        if self.context is None or self.context.session.read_only:
            return
        name, ok = QInputDialog.getText(
            self,
            "Spara version",
            "Versionens namn (den sparas i planen och kan jämföras med senare):",
            text=f"Version {format_date(dt.date.today())}",
        )
        if not ok:
            return
        try:
            version = save_version(self.context.document, name)
        except VplanError as error:
            self.report_error(self, "Versionen kunde inte sparas", error.message)
            return
        self.saver.schedule()
        self.statusBar().showMessage(f"Versionen ”{version.namn}” är sparad i planen.", 8000)

    def show_earlier(self) -> None:
        from vplan_desktop.ui.versions_dialog import VersionsDialog

        if self.context is None:
            return
        dialog = VersionsDialog(self.context, self)
        dialog.openRequested.connect(self._open_view)
        dialog.exec()
        self.saver.schedule()

    def _open_view(self, path: Path, label: str) -> None:
        """A backup or version in a read-only window of its own."""
        try:
            session = EditSession.open(path, read_only=True)
        except VplanError as error:
            self.report_error(self, "Versionen kunde inte öppnas", error.message)
            return
        window = self._new_view()
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show_session(session, label)  # type: ignore[attr-defined]
        window.resize(self.size())
        window.show()
        self.views.append(window)
        window.destroyed.connect(lambda: self.views.remove(window))

    def compare(self) -> None:
        from vplan_desktop.ui.compare_dialog import CompareDialog

        if self.context is not None and self.workspace is not None:
            self.workspace.flush()
            CompareDialog(self.context, self).exec()

    def reopen_adopted(self) -> None:
        from vplan_desktop.ui.adoption_dialogs import ReopenDialog

        if self.context is not None and self.context.read_only:
            ReopenDialog(self.context, self).exec()
            self._update_actions()
