"""The window's measurements, each in a fresh process (offscreen), so the bench stays free of Qt.

Cold start: vplan's window with the large plan against a bare PySide6 window, both timed from
the process's start to their first painted window and run in turn in the same bench run, so
that the machine's load falls on both alike; their ratio is what the target is about (the bare
window is what any Qt program costs on this machine). One edit to the repainted view: see
``bench.frames``.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
"""The checkout the drivers import vplan from (the bench's own)."""

VPLAN_DRIVER = """
import os, sys, time
from pathlib import Path
from vplan_desktop.ui.launch import paint_first_frame
# What `vplan PLAN` does: the plan's first frame, before the rest of vplan is loaded ...
painted = paint_first_frame([sys.argv[1]])
print(f"målad {time.process_time()}" if painted else "ingen första bild", flush=True)
import vplan_desktop.cli
from vplan_desktop.ui.app import open_window
from vplan_desktop.ui.qt_app import application
# ... then the window opens the plan and takes the first frame's place.
window, opened = open_window(Path(sys.argv[1]))
window.repaint()
application().processEvents()
print("klar" if opened and window.context is not None else "ej öppnad", flush=True)
os._exit(0)
"""

BARE_DRIVER = """
import os, sys, time
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("vplan"))
screen = window.screen().availableGeometry()  # the size vplan's window takes at a first start
window.resize(min(1366, screen.width() * 9 // 10), min(860, screen.height() * 9 // 10))
window.show()
window.repaint()
app.processEvents()
print(f"målad {time.process_time()}", flush=True)
print("klar", flush=True)
os._exit(0)
"""


class Start(NamedTuple):
    """One cold start: seconds until the first window was painted, until it was ready for
    input (vplan's window with the plan open in the first frame's place; the bare window is
    ready when painted), and the processor time the process used in all (a steadier figure
    than the others on a machine busy with other work)."""

    wall: float
    ready: float
    cpu: float
    painted_cpu: float
    """The processor time the process had used when its first window was painted."""


def _processor_time_of_children() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _painted(driver: str, *args: str) -> Start:
    """Start a process with ``driver`` and time it until it says its first window is painted
    and until it says the window is ready. Shutting down is not part of it. The settings are
    a new user's (a folder of their own), so both windows open at a first start's size."""
    with tempfile.TemporaryDirectory(prefix="vplan-kallstart-") as settings:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": settings}
        # As installed: Python's compiled modules kept beside the sources (pip compiles them
        # at install), not compiled again at every start.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        cpu = _processor_time_of_children()
        start = time.perf_counter()
        with subprocess.Popen(
            [sys.executable, "-c", driver, *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        ) as process:
            assert process.stdout is not None
            painted_line = process.stdout.readline()
            painted = time.perf_counter() - start
            ready_line = process.stdout.readline()
            ready = time.perf_counter() - start
            process.wait()
    said, _, painted_cpu = painted_line.strip().partition(" ")
    if said != "målad":
        raise RuntimeError(f"fönstret ritades inte: {painted_line.strip()}")
    if ready_line.strip() != "klar":
        raise RuntimeError(f"planen öppnades inte: {ready_line.strip()}")
    return Start(painted, ready, _processor_time_of_children() - cpu, float(painted_cpu))


def cold_start(path: Path) -> Start:
    """vplan from its start as ``vplan PLAN``: to the plan's first frame painted (from a glance
    at the file, before the rest of vplan loads), and to the main window in its place with the
    plan opened through its working copy, every section's navigator state and its paint."""
    return _painted(VPLAN_DRIVER, str(path))


def bare_start() -> Start:
    """A bare PySide6 program: QApplication, a main window with a label, its first paint."""
    return _painted(BARE_DRIVER)


def cold_starts(path: Path, runs: int) -> tuple[list[Start], list[Start]]:
    """vplan's and the bare window's start times, measured in turn (one warm-up each first,
    so that neither pays alone for reading the libraries from disk)."""
    cold_start(path)
    bare_start()
    vplan, bare = [], []
    for _ in range(runs):
        bare.append(bare_start())
        vplan.append(cold_start(path))
    return vplan, bare


def edit_frames(path: Path, runs: int) -> dict[str, dict[str, list[float]]]:
    """``bench.frames`` in a process of its own: each case's times, in seconds."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "bench.frames", str(path), str(runs)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"bench.frames misslyckades:\n{result.stderr}")
    times: dict[str, dict[str, list[float]]] = json.loads(result.stdout.splitlines()[-1])
    return times
