"""The first frame (``vplan PLAN`` paints it before the rest of vplan loads) shows what the real
window then shows, takes no input, and gives its place to the window; the ``vplan`` command
still runs its commands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from vplan_desktop.glance import glance
from vplan_desktop.ui import first_frame, launch
from vplan_desktop.ui.app import open_window
from vplan_desktop.ui.first_frame import MENU_TITLES, FirstFrame, show_first_frame
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.main_window import MainWindow


def _frame(path: Path, qtbot: QtBot, *, leaves: bool = False) -> FirstFrame:
    """A first frame of the plan at ``path``; one that ``leaves`` deletes itself."""
    seen = glance(path)
    assert seen is not None
    frame = FirstFrame(seen)
    if not leaves:
        qtbot.addWidget(frame)
    return frame


def _gone(frame: FirstFrame) -> bool:
    """The frame has left: closed, or already deleted."""
    return not shiboken6.isValid(frame) or not frame.isVisible()


def test_the_first_frame_shows_what_the_window_then_shows(example_path: Path, qtbot: QtBot) -> None:
    frame = _frame(example_path, qtbot)
    window = MainWindow(start_page=False)
    qtbot.addWidget(window)
    assert window.open_plan(example_path)
    workspace = window.workspace
    assert workspace is not None
    assert frame.windowTitle() == window.windowTitle()
    real_menus = [action.text() for action in window.menuBar().actions()]
    assert [action.text() for action in frame.menuBar().actions()] == real_menus
    assert real_menus == [tr(title) for title in MENU_TITLES]
    assert frame.navigator.titles() == workspace.navigator.titles()
    assert frame.navigator.leaf_keys() == workspace.navigator.leaf_keys()
    editor = workspace.front_matter
    for name, field in frame.form.fields.items():
        assert field.text() == editor.fields[name].text(), name
    assert frame.form.first_year.value() == editor.first_year.value()
    assert frame.form.last_year.value() == editor.last_year.value()
    assert frame.form.status.currentText() == editor.status.currentText()
    assert frame.form.adopted_date.text() == editor.adopted_date.text()
    assert frame.steps.step_label.text() == workspace.step_label.text()
    assert frame.steps.navigator_button.text() == workspace.navigator_button.text()
    assert workspace.current == "uppgifter"
    assert frame.opening.text() == "Öppnar planen…"


def test_the_first_frame_takes_no_input(example_path: Path, qtbot: QtBot) -> None:
    frame = _frame(example_path, qtbot)
    frame.show()
    qtbot.waitExposed(frame)
    field = frame.form.fields["namnd"]
    before = field.text()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "xyz")
    assert field.text() == before
    frame.close()  # (the user closing it while vplan loads)
    assert frame.isVisible()
    frame.leave()
    qtbot.keyClicks(field, "xyz")  # (after it has left, input flows again)
    assert field.text() != before


def test_the_window_takes_the_first_frames_place(example_path: Path, qtbot: QtBot) -> None:
    assert show_first_frame(example_path)
    frame = first_frame._shown
    assert frame is not None and frame.isVisible()
    frame.setGeometry(40, 30, 700, 500)  # (within the offscreen screen, 800×600)
    geometry = frame.geometry()
    window, opened = open_window(example_path)
    qtbot.addWidget(window)
    assert opened and window.context is not None
    assert window.isVisible()
    assert _gone(frame)
    assert window.geometry().size() == geometry.size()
    assert first_frame.take() is None  # taken once
    window.close()


def test_a_question_while_the_plan_opens_brings_the_window_in_the_frames_place(
    example_path: Path, qtbot: QtBot
) -> None:
    frame = _frame(example_path, qtbot, leaves=True)
    frame.show()
    window = MainWindow(start_page=False)
    qtbot.addWidget(window)
    frame.give_way_to(window)
    assert window.size() == frame.size()
    assert not window.isVisible()
    question = QDialog(window)  # as the opening asks (unsaved edits, a plan in use)
    question.show()
    assert window.isVisible()
    assert _gone(frame)
    question.close()
    assert window.isVisible()


def test_an_adopted_or_unreadable_plan_gets_no_first_frame(
    example_path: Path, tmp_path: Path
) -> None:
    import sqlite3

    adopted = tmp_path / "antagen.vplan"
    adopted.write_bytes(example_path.read_bytes())
    connection = sqlite3.connect(adopted)
    connection.execute("UPDATE plan SET status = 'antagen'")
    connection.commit()
    connection.close()
    broken = tmp_path / "trasig.vplan"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert not show_first_frame(adopted)
    assert not show_first_frame(broken)
    assert first_frame.take() is None


@pytest.mark.parametrize(
    "arguments",
    [[], ["--version"], ["info", "plan.vplan"], ["plan.txt"], ["saknas.vplan"], ["a", "b"]],
)
def test_only_a_plan_file_to_open_gets_a_first_frame(
    arguments: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.txt").write_text("text", encoding="utf-8")
    assert not launch.paint_first_frame(arguments)
    assert first_frame.take() is None


def test_the_vplan_command_still_runs_its_commands(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert launch.main(["info", str(example_path)]) == 0
    assert "Socialnämnden" in capsys.readouterr().out


DRIVER = """
import gc, sys
from pathlib import Path
from vplan_desktop.ui.launch import paint_first_frame
assert paint_first_frame([sys.argv[1]])
print("målad", flush=True)
from vplan_desktop.ui.app import open_window
from vplan_desktop.ui.qt_app import application
window, opened = open_window(Path(sys.argv[1]))
application().processEvents()
print("klar" if opened and window.isVisible() else "ej öppnad", flush=True)
print("samlar" if gc.isenabled() and gc.get_freeze_count() > 0 else "samlar inte", flush=True)
window.close()
application().processEvents()
"""


def test_a_cold_start_through_the_first_frame_opens_the_plan_and_quits_cleanly(
    example_path: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, str(example_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.stdout.split() == ["målad", "klar", "samlar"], result.stderr[-2000:]
    assert result.returncode == 0, result.stderr[-2000:]
    assert QApplication.instance() is not None  # (this process's own app is untouched)
