"""The first window: start page, opening plans, refusing bad files, quitting cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMessageBox, QPushButton

from vplan_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    QStandardPaths.setTestModeEnabled(True)
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    return main


def test_start_page_offers_the_ways_to_begin(window: MainWindow) -> None:
    buttons = {b.text(): b for b in window.findChildren(QPushButton)}
    assert list(buttons) == [
        "&Ny plan…",
        "Ö&ppna…",
        "Öppna från se&rver…",
        "Öppna &exempelplan",
        "Ny plan från &förra årets plan…",
    ]
    assert buttons["Ny plan från &förra årets plan…"].isEnabled()
    assert "förra årets" in buttons["Ny plan från &förra årets plan…"].toolTip()
    assert window.windowTitle() == "vplan"


def test_open_plan_shows_its_front_matter(window: MainWindow, example_path: Path) -> None:
    assert window.open_plan(example_path)
    assert window.workspace is not None
    assert window.workspace.front_matter.fields["namnd"].text() == "Socialnämnden"
    assert window.windowTitle() == "Socialnämnden – Verksamhetsplan med budget 2027–2029[*] – vplan"


def test_example_button_writes_and_opens_the_example(window: MainWindow, qtbot: QtBot) -> None:
    button = next(b for b in window.findChildren(QPushButton) if b.text() == "Öppna &exempelplan")
    button.click()
    assert window.document is not None
    assert window.document.path.name == "Exempelplan.vplan"
    # Opening it again replaces the copy instead of failing on the existing file.
    window.open_example()
    assert window.document is not None and window.document.path.exists()


def test_bad_file_is_explained_and_changes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window.report_error = lambda parent, title, text: shown.append(text)
    garbage = tmp_path / "bild.vplan"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert not window.open_plan(garbage)
    assert shown == ["”bild.vplan” är inte en vplan-fil."]
    assert window.document is None
    assert garbage.read_bytes() == b"\x89PNG\r\n\x1a\n" + bytes(200)


APP_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from vplan_desktop.ui import app as vplan_app
    from vplan_desktop.ui.main_window import MainWindow

    def busy():
        windows = vplan_app.application().topLevelWidgets()
        window = next(w for w in windows if isinstance(w, MainWindow))
        for number in range(5000):
            window.setWindowTitle(f"vplan {number}")  # Qt calls that return None
            window.statusBar().showMessage(str(number))
            window.update()
        window.open_plan(Path(sys.argv[1]))
        window.close()

    QTimer.singleShot(0, busy)
    sys.exit(vplan_app.start(None))
    """
)


def test_app_starts_works_and_quits_with_exit_code_0(example_path: Path, tmp_path: Path) -> None:
    """Guards the PySide6 pin: 6.12.0 aborts at exit after many Qt calls that return None."""
    script = tmp_path / "run_app.py"
    script.write_text(APP_SCRIPT, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(script), str(example_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_screenshot_command_writes_a_png(example_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "fonster.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "vplan_desktop", "screenshot", str(example_path), "-o", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("target", ["saknad-mapp/bild.png", "bild.png"])
def test_screenshot_errors_go_to_stderr_not_a_dialog(tmp_path: Path, target: str) -> None:
    garbage = tmp_path / "skräp.vplan"
    garbage.write_bytes(b"inte en plan" * 20)
    plan = garbage if target == "bild.png" else None
    args = ["screenshot", *([str(plan)] if plan else []), "-o", str(tmp_path / target)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "vplan_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    expected = "inte en vplan-fil" if plan else "bilden kunde inte sparas"
    assert expected in result.stderr


def test_without_a_display_the_gui_says_so(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "vplan_desktop"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "ingen skärm" in result.stderr


def test_a_screenshot_needs_no_display(tmp_path: Path, example_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    picture = tmp_path / "bild.png"
    command = ["screenshot", str(example_path), "-o", str(picture), "--section", "kapitel:6"]
    result = subprocess.run(
        [sys.executable, "-m", "vplan_desktop", *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert picture.read_bytes().startswith(b"\x89PNG")
