"""Every section at 1366×768 at 100 %, 1920×1080 at 125 % and 150 % and 2560×1440 at 200 %
(what Windows laptops and office screens use): no label or button narrower than its text, and
no horizontal scroll bar in the Uppgifter form. Each size runs in a process of its own
(``tests.ui.clipping``): Qt reads the scale factor when it starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from tests.ui.clipping import clipped

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("size", "scale"),
    # the screen's size in pixels over the scale: 1920×1080 at 150 % is 1280×720 for Qt
    [("1366x768", "1"), ("1536x864", "1.25"), ("1280x720", "1.5"), ("1280x720", "2")],
    ids=["1366x768-100", "1920x1080-125", "1920x1080-150", "2560x1440-200"],
)
def test_no_section_clips_a_label_or_scrolls_the_form(
    templates: dict[str, Path], tmp_path: Path, size: str, scale: str
) -> None:
    plan = tmp_path / "plan.vplan"
    plan.write_bytes(templates["example"].read_bytes())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.clipping", str(plan), size],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.splitlines()[-1]) == {}


def test_the_check_finds_a_clipped_label_and_button(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QHBoxLayout(root)
    label, button = QLabel("Förvaltningschef och nämndsekreterare"), QPushButton("Ta bort kapitel")
    layout.addWidget(label)
    layout.addWidget(button)
    root.show()
    assert clipped(root) == []
    label.setFixedWidth(40)
    button.setFixedWidth(30)
    found = clipped(root)
    assert len(found) == 2 and found[0].startswith("QLabel ”Förvaltningschef")
