"""Errors nobody expected: a Swedish dialog with "Kopiera detaljer", and the log file.

``install_exception_hook`` replaces ``sys.excepthook`` and ``threading.excepthook``, so an
exception escaping a Qt slot or a worker thread is logged and shown, never printed as a
traceback. The open plan is safe: every edit was committed to the working copy already.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from vplan_desktop.crashlog import log_exception
from vplan_desktop.ui.i18n import tr


class CrashDialog(QMessageBox):
    def __init__(self, details: str, log: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(tr("Ett oväntat fel inträffade"))
        self.setText(
            tr(
                "vplan stötte på ett fel som inte skulle ha hänt. Dina ändringar i planen är "
                "sparade; starta om vplan om något ser fel ut."
            )
        )
        where = tr("Detaljerna finns i loggfilen {log}.").format(log=log) if log else ""
        send = tr("Kopiera detaljerna och skicka dem till den som ger dig support.")
        self.setInformativeText(f"{where} {send}".strip())
        self.setDetailedText(details)
        self.details = details
        self.copy_button = self.addButton(
            tr("&Kopiera detaljer"), QMessageBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.disconnect()
        self.copy_button.clicked.connect(self.copy_details)
        close = self.addButton(tr("Stäng"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(close)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


class _Reporter(QObject):
    """Carries an error from any thread to the GUI thread."""

    report = Signal(str, object)

    def __init__(self) -> None:
        super().__init__()
        self.report.connect(self._show)
        self.showing = False

    def _show(self, details: str, log: object) -> None:
        if self.showing:  # one dialog at a time; the rest are in the log
            return
        self.showing = True
        try:
            CrashDialog(
                details, log if isinstance(log, Path) else None, QApplication.activeWindow()
            ).exec()
        finally:
            self.showing = False


_reporter: _Reporter | None = None


def handle(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    details, log = log_exception(kind, error, trace)
    if _reporter is not None:
        _reporter.report.emit(details, log)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        handle(args.exc_type, args.exc_value, args.exc_traceback)


def install_exception_hook() -> None:
    global _reporter
    if _reporter is None:
        _reporter = _Reporter()
    sys.excepthook = handle
    threading.excepthook = _thread_hook
