"""Starting the desktop program: the QApplication, Swedish locale, and the first window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QWidget

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


def _has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _to_stderr(parent: QWidget, title: str, message: str) -> None:
    print(f"vplan: {message}", file=sys.stderr)


def start(path: Path | None, *, screenshot: Path | None = None) -> int:
    """Show the main window (with the plan at ``path`` open, if given) and run until it closes.

    With ``screenshot`` the window is drawn once, saved as PNG and the program quits; errors
    then go to stderr instead of dialogs.
    """
    if not _has_display():
        print(
            "vplan: ingen skärm hittades (DISPLAY saknas). Starta vplan i ett skrivbord, "
            "eller använd kommandona i vplan --help.",
            file=sys.stderr,
        )
        return 2
    app = application()
    window = MainWindow(report_error=_to_stderr) if screenshot else MainWindow()
    window.resize(1100, 720)
    window.show()
    opened = path is None or window.open_plan(path)
    if screenshot is not None:
        app.processEvents()
        saved = opened and window.grab().save(str(screenshot), "PNG")
        if opened and not saved:
            print(f"vplan: bilden kunde inte sparas i {screenshot}.", file=sys.stderr)
        window.close()
        return 0 if saved else 2
    # Let Python handle Ctrl+C in a terminal: wake the interpreter now and then.
    timer = QTimer()
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return int(app.exec())
