"""Starting the desktop program: the QApplication, Swedish locale, and the first window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from vplan_desktop import __version__
from vplan_desktop.ui.main_window import MainWindow


def application() -> QApplication:
    """The process's QApplication, created with vplan's name and the Swedish locale."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    app = QApplication(sys.argv[:1])
    app.setApplicationName("vplan")
    app.setApplicationDisplayName("vplan")
    app.setOrganizationName("vplan")
    app.setApplicationVersion(__version__)
    return app


def start(path: Path | None, *, screenshot: Path | None = None) -> int:
    """Show the main window (with the plan at ``path`` open, if given) and run until it closes.

    With ``screenshot`` the window is drawn once, saved as PNG and the program quits.
    """
    app = application()
    window = MainWindow()
    window.resize(1100, 720)
    window.show()
    if path is not None:
        window.open_plan(path)
    if screenshot is not None:
        app.processEvents()
        if not window.grab().save(str(screenshot), "PNG"):
            QMessageBox.critical(window, "vplan", f"Bilden kunde inte sparas: {screenshot}")
            window.close()
            return 2
        window.close()
        return 0
    # Let Python handle Ctrl+C in a terminal: wake the interpreter now and then.
    timer = QTimer()
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return int(app.exec())
