"""The process's QApplication: vplan's name, the Swedish locale and translations, its icon and
its look. Light (Qt and vplan's style only): the window's first frame needs it before the rest
of vplan has loaded."""

from __future__ import annotations

import atexit
import sys

from PySide6.QtCore import (
    QLocale,
    QMessageLogContext,
    QThreadPool,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from vplan_desktop import __version__
from vplan_desktop.ui.i18n import install_translators
from vplan_desktop.ui.icons import app_icon
from vplan_desktop.ui.style import apply_style

QUIET_QT_MESSAGES = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)
"""Qt's English notes that say nothing to a user (the offscreen platform prints these for
windows it cannot resize or raise); any other message still reaches stderr."""


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if any(quiet in message for quiet in QUIET_QT_MESSAGES):
        return
    print(message, file=sys.stderr)


def _finish_workers() -> None:
    """Wait for the jobs on Qt's thread pool (a plan's checks, an export) before the
    interpreter shuts down: a job still running then would call into an interpreter that is
    being torn down, and the program would crash as it quits."""
    QThreadPool.globalInstance().waitForDone()


def application() -> QApplication:
    """The process's QApplication, created with vplan's name and the Swedish locale."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    qInstallMessageHandler(_qt_message)
    app = QApplication(sys.argv[:1])
    atexit.register(_finish_workers)
    # Qt's own dialogs and buttons (file dialogs, Ja/Nej) in Swedish; VPLAN_TRANS_SCALE=140
    # lengthens every string to test the layouts (vplan_desktop/ui/i18n.py).
    install_translators(app)
    app.setApplicationName("vplan")
    app.setApplicationDisplayName("vplan")
    app.setOrganizationName("vplan")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("vplan")
    apply_style(app)  # vplan's look: font, light or dark palette, style sheet
    return app
