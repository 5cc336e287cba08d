"""The ``vplan`` command's entry point. ``vplan PLAN.vplan`` paints the plan's first frame
(``ui/first_frame.py``) before the rest of vplan loads; everything else goes straight to the
command line (``vplan_desktop.cli``), which opens the window or runs a command."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from vplan_desktop.db.file_header import FILE_SUFFIX
from vplan_desktop.ui.platform_check import has_display, xcb_problem


def _plan_file(arguments: Sequence[str]) -> Path | None:
    """The plan file the window is asked to open: ``vplan PLAN.vplan`` and nothing else."""
    if len(arguments) != 1 or arguments[0].startswith("-") or "://" in arguments[0]:
        return None
    path = Path(arguments[0])
    return path if path.suffix.lower() == FILE_SUFFIX and path.is_file() else None


def paint_first_frame(arguments: Sequence[str]) -> bool:
    """Paint the first frame of the plan file ``arguments`` ask to open, if they do, there is
    a screen for it and a glance can read the file; True if it was painted.

    The garbage collector is off from the glance until the window is ready (``open_window``
    in ui/app.py switches it on): measured, its passes over the growing heap of modules cost
    about 50 ms of the start and find next to nothing."""
    path = _plan_file(arguments)
    if path is None:
        return False
    gc.disable()
    if _first_frame(path):
        return True
    gc.enable()
    return False


def _first_frame(path: Path) -> bool:
    if not has_display():
        return False  # the command line says why no window can open
    try:
        if xcb_problem() is not None:
            return False
        # Deferred: Qt is loaded only for a window (the commands run without it), and only
        # where it can start (a failed load gives the window's own message).
        from vplan_desktop.ui.first_frame import show_first_frame

        return show_first_frame(path, collector_paused=True)
    except Exception:  # a first frame is a courtesy: the window opens anyway
        return False


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``vplan`` with ``argv`` (default: the process's arguments); the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    paint_first_frame(arguments)
    # Deferred, measured: loading the command line (SQLAlchemy, the plan's models, the core)
    # is about half of a cold start, and the first frame is painted before it.
    from vplan_desktop.cli import main as command

    return command(arguments)
