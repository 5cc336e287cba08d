"""Arkiv → Exportera: choose a file, export on a worker thread with a progress dialog, then offer
to open the file or show it in its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog, QWidget

from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.errors import VplanError
from vplan_desktop.exports.targets import check_export_target
from vplan_desktop.ui.export_template_dialog import ExportTemplateDialog
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.plan_session import PlanSession
from vplan_desktop.ui.settings import export_template

FILTERS = {
    "docx": QT_TR_NOOP("Word-dokument (*.docx)"),
    "pdf": QT_TR_NOOP("PDF-dokument (*.pdf)"),
    "xlsx": QT_TR_NOOP("Excel-arbetsbok (*.xlsx)"),
}


def template_for(fmt: str) -> Path | None:
    """The kommun's template or profile the export to ``fmt`` uses: a Word template for Word
    and PDF, a graphic profile for PDF; none for Excel."""
    chosen = export_template()
    if chosen is None or fmt == "xlsx":
        return None
    if fmt == "docx" and chosen.suffix.lower() not in (".docx", ".dotx"):
        return None
    return chosen


class _Relay(QObject):
    finished = Signal(object, object)  # notices or None, error message or None


class _Job(QRunnable):
    def __init__(
        self,
        plan: PlanSnapshot,
        fmt: str,
        out: Path,
        keep: tuple[Path | None, Path | None],
        relay: _Relay,
        template: Path | None = None,
    ) -> None:
        super().__init__()
        self.plan, self.fmt, self.out, self.relay = plan, fmt, out, relay
        self.plan_file, self.working = keep  # never written over
        self.template = template

    def run(self) -> None:
        # deferred: the exports cost ~15 ms at start-up (~65 ms with markdown-it), for a menu
        from vplan_desktop.exports.export import export_plan

        try:
            notices = export_plan(
                self.plan,
                self.fmt,
                self.out,
                template=self.template,
                plan_file=self.plan_file,
                working=self.working,
            )
        except VplanError as error:
            self.relay.finished.emit(None, error.message)
        except Exception as error:  # a bug in an export must not take the window down
            self.relay.finished.emit(
                None,
                tr("Exporten misslyckades: {error}").format(
                    error=f"{type(error).__name__}: {error}"
                ),
            )
        else:
            self.relay.finished.emit(notices, None)


class ExportRunner(QObject):
    """Runs one export at a time for a window."""

    done = Signal(Path)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.progress: QProgressDialog | None = None
        self.relay = _Relay(self)
        self.relay.finished.connect(self._finished)
        self.out: Path | None = None
        self.ask_after = True

    def choose_and_run(self, plan: PlanSnapshot, fmt: str, source: PlanSession) -> None:
        """Ask where to save (beside the plan by default), then export ``plan`` there.

        ``source`` is the open plan: its file and working copy are never written over.
        """
        from vplan_desktop.exports.export import FORMATS  # deferred: see _Job.run

        template = template_for(fmt)
        if template is not None and not template.is_file():
            QMessageBox.warning(
                self.window,
                tr("Kommunens mall finns inte"),
                tr(
                    "Kommunens mall eller profil ”{template}” finns inte längre. "
                    "Välj en annan, eller ta bort den, under Arkiv → Exportera → "
                    "Kommunens mall och profil…"
                ).format(template=template),
            )
            return
        u = plan.uppgifter
        suggested = source.plan.parent / f"{u.namnd} {u.titel}.{fmt}".replace("/", "-")
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            tr("Exportera som {format}").format(format=FORMATS[fmt]),
            str(suggested),
            tr(FILTERS[fmt]),
        )
        if not name:
            return
        path = Path(name)
        out = path if path.suffix == f".{fmt}" else path.with_name(f"{path.name}.{fmt}")
        try:  # said at once, before the progress dialog; the export checks again
            check_export_target(out, plan=source.plan, working=source.working)
        except VplanError as error:
            QMessageBox.warning(self.window, tr("Exporten kan inte sparas där"), error.message)
            return
        self.run(plan, fmt, out, source)

    def run(
        self, plan: PlanSnapshot, fmt: str, out: Path, source: PlanSession | None = None
    ) -> None:
        self.out = out
        self.progress = QProgressDialog(
            tr("Skapar {name} …").format(name=out.name), "", 0, 0, self.window
        )
        self.progress.setWindowTitle(tr("Exporterar"))
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(300)
        self.progress.setValue(0)
        # The paths are taken now, on this thread: the session may move on while the job runs.
        keep = (source.plan, source.working) if source is not None else (None, None)
        job = _Job(plan, fmt, out, keep, self.relay, template_for(fmt))
        QThreadPool.globalInstance().start(job)

    def extend_menu(self, menu: QMenu) -> None:
        """Arkiv → Exportera gets "Kommunens mall och profil…" under the formats."""
        menu.addSeparator()
        action = menu.addAction(tr("Kommunens &mall och profil…"))
        action.triggered.connect(lambda: ExportTemplateDialog(self.window).exec())

    def _finished(self, notices: list[str] | None, error: str | None) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if error is not None or self.out is None:
            QMessageBox.warning(self.window, tr("Exporten misslyckades"), error or "")
            return
        out = self.out
        self.done.emit(out)
        if not self.ask_after:
            return
        box = QMessageBox(self.window)
        box.setWindowTitle(tr("Exporten är klar"))
        text = tr("{name} är sparad i {folder}.").format(name=out.name, folder=out.parent)
        if notices:
            text += "\n\n" + "\n".join(notices)
        box.setText(text)
        open_button = box.addButton(tr("Öppna filen"), QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton(tr("Visa i mappen"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(tr("Stäng"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
        elif box.clickedButton() is folder_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out.parent)))
