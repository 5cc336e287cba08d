"""vplan quits cleanly while a job still runs on Qt's thread pool (a plan's checks start on a
timer as the plan opens, an export runs in the background): the program waits for the job
before Qt's objects are torn down, so the job never calls into a window or an application
that is being deleted (which crashed the program now and then as it quit)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DRIVER = """
import sys, time
from pathlib import Path
import shiboken6
from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtWidgets import QWidget
from vplan_desktop.ui.qt_app import application
application()
window = QWidget()
class Job(QRunnable):
    def run(self):
        time.sleep(0.5)
        alive = shiboken6.isValid(window) and shiboken6.isValid(application())
        Path(sys.argv[1]).write_text("kvar" if alive else "borta", encoding="utf-8")
QThreadPool.globalInstance().start(Job())
"""


def test_a_job_still_running_at_exit_finishes_before_qt_is_torn_down(tmp_path: Path) -> None:
    seen = tmp_path / "sett.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, str(seen)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert seen.read_text(encoding="utf-8") == "kvar"
