"""An unexpected error: logged, shown in Swedish with "Kopiera detaljer", never a traceback."""

from __future__ import annotations

import sys
import threading

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from vplan_desktop.storage.places import log_folder
from vplan_desktop.ui import crash_dialog
from vplan_desktop.ui.crash_dialog import CrashDialog, install_exception_hook


@pytest.mark.qt_no_exception_capture
def test_errors_in_slots_and_threads_are_logged_and_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(crash_dialog, "_reporter", None)
    shown: list[CrashDialog] = []

    def record(dialog: CrashDialog) -> int:
        shown.append(dialog)
        dialog.copy_button.click()
        return 0

    monkeypatch.setattr(CrashDialog, "exec", record)
    install_exception_hook()

    def broken_slot() -> None:
        raise ZeroDivisionError("division by zero in a slot")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: len(shown) == 1)
    dialog = shown[0]
    assert dialog.windowTitle() == "Ett oväntat fel inträffade"
    assert "Dina ändringar i planen är sparade" in dialog.text()
    assert str(log_folder()) in dialog.informativeText()
    assert "ZeroDivisionError" in QApplication.clipboard().text()

    def broken_worker() -> None:
        raise ValueError("fel i en tråd")

    worker = threading.Thread(target=broken_worker)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(shown) == 2)
    log = (log_folder() / "vplan.log").read_text(encoding="utf-8")
    assert "division by zero in a slot" in log and "fel i en tråd" in log
