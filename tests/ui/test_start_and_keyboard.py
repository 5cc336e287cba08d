"""The start page, the Ny plan dialog and working with the keyboard alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from tests.ui.helpers import answer_next_dialog, context_of, on_disk, type_text, workspace_of
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.new_plan_dialog import NewPlanDialog
from vplan_desktop.ui.settings import settings
from vplan_desktop.ui.start_page import StartPage


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    return main


def _replace(widget: QLineEdit, text: str) -> None:
    widget.selectAll()
    type_text(widget, text)


def test_new_plan_by_keyboard_from_the_start_page(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    target = tmp_path / "Kulturnämnden 2027.vplan"
    seen: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewPlanDialog)
        try:
            seen.append(dialog.windowTitle())
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            focus = QApplication.focusWidget()
            seen.append("kommun först" if focus is dialog.kommun else f"fokus på {focus}")
            type_text(focus, "Provkommun")
            qtbot.keyClick(focus, Qt.Key.Key_Tab)
            type_text(QApplication.focusWidget(), "Kulturnämnden")
            _replace(dialog.path, str(target))
            qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():
                dialog.reject()  # never leave a modal dialog open behind a failed step

    QTimer.singleShot(0, fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["Ny plan", "kommun först"]
    assert window.workspace is not None
    plan = on_disk(target)
    assert (plan.uppgifter.kommun, plan.uppgifter.namnd) == ("Provkommun", "Kulturnämnden")
    # the front matter can now be filled in with Tab and typing alone
    front = window.workspace.front_matter
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    front.fields["forvaltning"].setFocus()
    type_text(front.fields["forvaltning"], "Kulturförvaltningen")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is front.fields["titel"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "Anna Ek")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "M")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    saved = on_disk(target).uppgifter
    assert (saved.forvaltning, saved.ordforande, saved.ordforande_parti) == (
        "Kulturförvaltningen",
        "Anna Ek",
        "M",
    )
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert on_disk(target).uppgifter.ordforande_parti == ""
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert on_disk(target).uppgifter.ordforande_parti == "M"


def test_new_plan_dialog_explains_bad_input(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = NewPlanDialog()
    qtbot.addWidget(dialog)
    dialog.kommun.setText("Provkommun")
    dialog.path.setText(str(tmp_path / "plan.vplan"))
    dialog.accept()
    assert "Nämnden får inte vara tom" in dialog.error.text()
    dialog.namnd.setText("Socialnämnden")
    dialog.last.setValue(dialog.first.value() + 5)
    dialog.accept()
    assert "för lång" in dialog.error.text()
    assert list(tmp_path.iterdir()) == []
    dialog.last.setValue(dialog.first.value() + 2)
    dialog.accept()
    assert dialog.created == tmp_path / "plan.vplan"


def test_recent_plans_on_the_start_page(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    assert window.open_plan(example_path)
    window.close_plan()
    recent = window.start_page.recent
    assert (
        "Socialnämnden – Verksamhetsplan med budget 2027–2029 (2027–2029)" in recent.item(0).text()
    )
    assert "Ändrad " in recent.item(0).text()
    recent.setFocus()
    recent.setCurrentRow(0)
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert window.workspace is not None
    assert context_of(window).document.path == example_path


def test_the_start_page_opens_a_plan_from_the_server_as_the_menu_does(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = window.centralWidget()
    assert isinstance(page, StartPage)
    assert page.server_button.text() == "Öppna från se&rver…"
    assert not page.server_button.isHidden()

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        dialog.reject()

    seen = answer_next_dialog(qtbot, cancel)
    qtbot.mouseClick(page.server_button, Qt.MouseButton.LeftButton)
    assert seen == ["Öppna från server"]  # the menu's dialog (its use: test_server_rights_window)
    assert window.context is None


def test_window_and_splitters_are_remembered(window: MainWindow, example_path: Path) -> None:
    window.open_plan(example_path)
    workspace_of(window).splitter.setSizes([333, 900])
    window.close()
    assert settings().value("fonster/geometri") is not None
    again = MainWindow()
    again.open_plan(example_path)
    assert workspace_of(again).splitter.sizes()[0] == 333
    again.close()


SECTIONS = [
    "uppgifter",
    "kapitel:2",
    "mal",
    "aktiviteter",
    "drift",
    "resultat",
    "investeringar",
    "nyckeltal",
    "internkontroll",
    "granskning",
]


def _screenshot(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "vplan_desktop", "screenshot", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("section", SECTIONS)
def test_screenshot_of_each_section(example_path: Path, tmp_path: Path, section: str) -> None:
    out = tmp_path / "bild.png"
    result = _screenshot(
        str(example_path), "--section", section, "-o", str(out), "--size", "1280x800"
    )
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--section", "kapitel:9"], "inget kapitel 9"),
        (["--section", "budgeten"], "okänt avsnitt"),
        (["--size", "stor"], "ingen storlek"),
    ],
)
def test_screenshot_errors(
    example_path: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    result = _screenshot(str(example_path), "-o", str(tmp_path / "b.png"), *args)
    assert result.returncode == 2
    assert message in result.stderr


def test_screenshot_of_a_follow_up_period(followed_up_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "delår.png"
    args = ["--section", "drift", "--uppfoljning", "delår AUGUSTI 2027", "-o", str(out)]
    assert _screenshot(str(followed_up_path), *args).returncode == 0
    assert out.stat().st_size > 0
    wrong = _screenshot(str(followed_up_path), "--uppfoljning", "Delår maj", "-o", str(out))
    assert wrong.returncode == 2
    assert "Planens uppföljningar: ”Delår augusti 2027”" in wrong.stderr
