"""Starting the desktop program: the QApplication, Swedish locale, and the first window."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from vplan_desktop.cli import IMAGE_FORMATS
from vplan_desktop.db.models import prepare_mappers
from vplan_desktop.errors import VplanError
from vplan_desktop.follow_up_progress import period_named
from vplan_desktop.sections import SECTION_ARGUMENTS, Section, chapter_key
from vplan_desktop.ui.crash_dialog import install_exception_hook
from vplan_desktop.ui.first_frame import take as take_first_frame
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.platform_check import has_display, xcb_problem
from vplan_desktop.ui.qt_app import application
from vplan_desktop.ui.server_opening import open_argument


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


def open_window(path: Path | str | None) -> tuple[MainWindow, bool]:
    """The main window with the plan at ``path`` open (or the start page), in the place of the
    plan's first frame if one is painted (``ui/first_frame.py``); unsaved edits an earlier
    vplan left are offered back first. True with it if the plan opened (or none was asked)."""
    frame = take_first_frame()
    paused = frame is not None and frame.collector_paused
    if paused:
        # What the start has loaded lives as long as the program: the collector need not
        # look at it again (the plan and the window made from here on it does).
        gc.freeze()
    window = MainWindow(start_page=path is None)
    if frame is None:
        window.show()
    else:
        frame.give_way_to(window)
    try:
        window.offer_recovery()
        opened = path is None or window.context is not None or _open(window, path)
    finally:
        if frame is not None:
            frame.hand_over()
        if paused:
            gc.enable()
    QTimer.singleShot(0, prepare_mappers)  # for the first edit, once the window is ready
    return window, opened


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
    if screenshot is not None and not has_display():
        # A picture needs no screen: drawn offscreen, as on a server or in CI.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if not has_display():
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
        window, opened = open_window(path)
    else:
        window = MainWindow(report_error=_to_stderr, start_page=path is None)
        window.resize(*size)
        window.show()
        opened = path is None or _open(window, path)
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
