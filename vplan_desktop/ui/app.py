"""Starting the desktop program: the QApplication, Swedish locale, and the first window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QLocale,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from vplan_desktop import __version__
from vplan_desktop.cli import IMAGE_FORMATS
from vplan_desktop.errors import VplanError
from vplan_desktop.follow_up_progress import period_named
from vplan_desktop.sections import SECTION_ARGUMENTS, Section, chapter_key
from vplan_desktop.ui.crash_dialog import install_exception_hook
from vplan_desktop.ui.i18n import install_translators
from vplan_desktop.ui.icons import app_icon
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.platform_check import xcb_problem
from vplan_desktop.ui.server_opening import open_argument
from vplan_desktop.ui.style import apply_style

QUIET_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)
"""Qt's English notes that say nothing to a user (the offscreen platform prints this one for
every window); any other message still reaches stderr."""


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if any(quiet in message for quiet in QUIET_QT_MESSAGES):
        return
    print(message, file=sys.stderr)


def application() -> QApplication:
    """The process's QApplication, created with vplan's name and the Swedish locale."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    qInstallMessageHandler(_qt_message)
    app = QApplication(sys.argv[:1])
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


def _has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _to_stderr(parent: QWidget, title: str, message: str) -> None:
    print(f"vplan: {message}", file=sys.stderr)


def _open_section(window: MainWindow, name: str) -> bool:
    """Show the section ``name`` ("kapitel:3" is the third chapter)."""
    workspace = window.workspace
    if workspace is None:
        print("vplan: öppna en plan för att visa ett avsnitt.", file=sys.stderr)
        return False
    key = name
    if name.startswith(f"{Section.KAPITEL.value}:"):
        chapters = workspace.context.plan.kapitel
        number = name.split(":", 1)[1]
        if not number.isdigit() or not 1 <= int(number) <= len(chapters):
            print(
                f"vplan: planen har inget kapitel {number} (den har {len(chapters)}).",
                file=sys.stderr,
            )
            return False
        key = chapter_key(chapters[int(number) - 1].id)
    elif name not in SECTION_ARGUMENTS:
        choices = ", ".join(SECTION_ARGUMENTS)
        print(f"vplan: okänt avsnitt ”{name}”. Välj bland: {choices}.", file=sys.stderr)
        return False
    workspace.show_section(key)
    return True


def _show_period(window: MainWindow, name: str) -> bool:
    """Show the follow-up period ``name`` (any capitalisation) in every section."""
    if window.context is None:
        print("vplan: öppna en plan för att visa en uppföljning.", file=sys.stderr)
        return False
    try:
        found = period_named(window.context.plan, name)
    except VplanError as error:
        print(f"vplan: {error.message}", file=sys.stderr)
        return False
    window.context.set_period(found.id)
    return True


def _open(window: MainWindow, path: Path | str) -> bool:
    if isinstance(path, str):  # a plan on a server by its address
        return open_argument(window, path)
    return window.open_plan(path)


def start(
    path: Path | str | None,
    *,
    screenshot: Path | None = None,
    section: str | None = None,
    size: tuple[int, int] = (1280, 800),
    period: str | None = None,
) -> int:
    """Show the main window (with the plan at ``path`` open, if given: a plan file, a
    ``.vplan-server`` link file, or a plan on a server by its address) and run until it closes.

    With ``screenshot`` the window is drawn once, saved as PNG and the program quits; errors
    then go to stderr instead of dialogs.
    """
    if screenshot is not None and not _has_display():
        # A picture needs no screen: drawn offscreen, as on a server or in CI.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if not _has_display():
        print(
            "vplan: ingen skärm hittades (DISPLAY saknas). Starta vplan i ett skrivbord, "
            "eller använd kommandona i vplan --help.",
            file=sys.stderr,
        )
        return 2
    problem = xcb_problem()
    if problem is not None:
        print(f"vplan: {problem}", file=sys.stderr)
        return 2
    app = application()
    if screenshot is None:
        install_exception_hook()
    start_page = path is None
    window = (
        MainWindow(report_error=_to_stderr, start_page=start_page)
        if screenshot
        else MainWindow(start_page=start_page)
    )
    if screenshot is not None:
        window.resize(*size)
    window.show()
    if screenshot is None:
        window.offer_recovery()
    opened = path is None or window.context is not None or _open(window, path)
    window.show_start_page_if_empty()
    if screenshot is None:
        window.welcome_first_time()
    if opened and period is not None:
        opened = _show_period(window, period)
    if opened and window.workspace is not None and screenshot is not None:
        window.workspace.check_now()  # a picture must not show "checking…"
    if opened and section is not None:
        opened = _open_section(window, section)
    if screenshot is not None:
        app.processEvents()
        image_format = IMAGE_FORMATS.get(screenshot.suffix.lower(), "PNG")
        saved = opened and window.grab().save(str(screenshot), image_format)
        if opened and not saved:
            print(f"vplan: bilden kunde inte sparas i {screenshot}.", file=sys.stderr)
        window.close()
        return 0 if saved else 2
    # Let Python handle Ctrl+C in a terminal: wake the interpreter now and then.
    timer = QTimer()
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return int(app.exec())
