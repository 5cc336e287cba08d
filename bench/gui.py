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
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
"""The checkout the drivers import vplan from (the bench's own)."""

VPLAN_DRIVER = """
import os, sys
from pathlib import Path
import vplan_desktop.cli  # what the vplan command imports first
from vplan_desktop.ui.app import application
from vplan_desktop.ui.main_window import MainWindow
app = application()
window = MainWindow(start_page=False)
window.resize(1280, 800)
window.show()
window.open_plan(Path(sys.argv[1]))
window.repaint()
app.processEvents()
print("målad", flush=True)
os._exit(0)
"""

BARE_DRIVER = """
import os, sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("vplan"))
window.resize(1280, 800)
window.show()
window.repaint()
app.processEvents()
print("målad", flush=True)
os._exit(0)
"""


class Start(NamedTuple):
    """One cold start: seconds until the window was painted, and the processor time the
    process used in all (a steadier figure than the first on a machine busy with other work)."""

    wall: float
    cpu: float


def _processor_time_of_children() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _painted(driver: str, *args: str) -> Start:
    """Start a process with ``driver`` and time it until it says its window is painted.
    Writing a picture and shutting down are not part of it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
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
        line = process.stdout.readline()
        painted = time.perf_counter() - start
        process.wait()
    if line.strip() != "målad":
        raise RuntimeError("fönstret ritades inte")
    return Start(painted, _processor_time_of_children() - cpu)


def cold_start(path: Path) -> Start:
    """vplan from its start to the main window painted with the plan: the imports of the vplan
    command, Qt, the plan opened through its working copy, every section's navigator state
    and the first paint."""
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
