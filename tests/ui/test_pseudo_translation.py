"""With the pseudo-translation (``VPLAN_TRANS_SCALE=140``, vplan_desktop/ui/i18n.py) every
string is 40 % longer, as a German or Finnish translation or a larger font would make it: no
section of the example plan, no section of its delår and no dialog may then clip a label or a
button. The sections run in a process of their own per screen (``tests.ui.clipping``), as in
test_scaling.py; the delår and the dialogs here, with the pseudo-translation installed before
they are built, their column headers checked too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tests.ui.clipping import clipped, cut_headers
from tests.ui.helpers import context_of, shown_window, workspace_of
from tests.ui.test_accessible_names import _dialogs
from vplan_desktop.ui.flow_layout import FlowLayout
from vplan_desktop.ui.i18n import (
    FILLER,
    PSEUDO_SCALE,
    PseudoTranslator,
    lengthen,
    swedish_translators,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("size", "scale"),
    [("1366x768", "1"), ("1280x720", "1.5")],
    ids=["1366x768-100", "1920x1080-150"],
)
def test_no_section_clips_a_longer_text(
    templates: dict[str, Path], tmp_path: Path, size: str, scale: str
) -> None:
    plan = tmp_path / "plan.vplan"
    plan.write_bytes(templates["example"].read_bytes())
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_SCALE_FACTOR": scale,
        "VPLAN_TRANS_SCALE": str(PSEUDO_SCALE),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.clipping", str(plan), size],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    *_, menus, problems = done.stdout.splitlines()
    assert json.loads(menus)["menus"][0] == "&Arkiv~~"  # the texts were lengthened
    assert json.loads(problems) == {}


def test_the_check_finds_a_cut_placeholder_and_group_title(qtbot: QtBot) -> None:
    """The checks beyond test_scaling.py's labels and buttons: a field narrower than its
    placeholder (unless its tooltip has the text), a group box narrower than its title, a
    column narrower than its header; an icon-only tool button's text is its name, not drawn,
    and is no clipping."""
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    field = QLineEdit()
    field.setPlaceholderText("t.ex. Verksamhetsplan med budget 2027–2029")
    group = QGroupBox("Värden per år för indikatorn")
    icon_button = QToolButton()
    icon_button.setIcon(root.style().standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
    icon_button.setText("Välj datum i kalendern")
    for widget in (field, group, icon_button):
        layout.addWidget(widget)
    root.resize(500, 200)
    root.show()
    assert clipped(root) == []
    field.setFixedWidth(60)
    group.setFixedWidth(60)
    icon_button.setFixedWidth(20)
    found = clipped(root)
    assert [line.split(" ”")[0] for line in found] == ["QLineEdit", "QGroupBox"], found
    field.setToolTip("t.ex. Verksamhetsplan med budget 2027–2029\nTitel på försättsbladet.")
    assert [line.split(" ”")[0] for line in clipped(root)] == ["QGroupBox"]
    table = QTableWidget(1, 2)
    table.setHorizontalHeaderLabels(["År", "Rapportering till nämnden"])
    layout.addWidget(table)
    table.show()
    table.horizontalHeader().resizeSection(1, 200)
    assert cut_headers(root) == []
    table.horizontalHeader().resizeSection(1, 40)
    assert [line.split(": ")[0] for line in cut_headers(root)] == [
        "QHeaderView ”Rapportering till nämnden”"
    ]


def test_a_flow_layout_wraps_its_buttons_instead_of_widening_the_window(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    outer = QVBoxLayout(root)
    row = FlowLayout()
    buttons = [QPushButton(lengthen(text, PSEUDO_SCALE)) for text in ("Ny tabell…", "Ny rad…")]
    for button in buttons:
        row.addWidget(button)
    outer.addLayout(row)
    both = sum(button.sizeHint().width() for button in buttons)
    assert root.minimumSizeHint().width() < both  # as narrow as the widest button
    root.resize(both + 100, 200)
    root.show()
    QApplication.processEvents()
    assert buttons[0].y() == buttons[1].y()  # one line where there is room
    root.resize(max(b.sizeHint().width() for b in buttons) + 20, 200)
    QApplication.processEvents()
    assert buttons[1].y() > buttons[0].y() and clipped(root) == []  # else two, nothing cut


@pytest.fixture
def pseudo(qtbot: QtBot) -> Iterator[None]:
    """The pseudo-translation over Qt's Swedish, for what is built while the test runs."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = PseudoTranslator(PSEUDO_SCALE, swedish_translators(app), app)
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def _report(problems: dict[str, list[str]]) -> str:
    lines = [f"{sum(len(p) for p in problems.values())} clipped text(s):"]
    for where, found in problems.items():
        lines += [f"  [{where}] {line}" for line in found]
    return "\n".join(lines)


def test_no_follow_up_section_clips_a_longer_text(
    qtbot: QtBot, pseudo: None, followed_up_path: Path
) -> None:
    window = shown_window(qtbot, followed_up_path)
    assert window.menuBar().actions()[0].text().endswith(FILLER)
    context = context_of(window)
    context.set_period(context.plan.uppfoljningar[0].id)
    workspace = workspace_of(window)
    problems: dict[str, list[str]] = {}
    for key in workspace.navigator.leaf_keys():
        window.show_section(key)
        for _ in range(3):
            QApplication.processEvents()
        found = clipped(window) + cut_headers(window)
        if found:
            problems[f"delår {key}"] = found
    assert not problems, _report(problems)


def test_no_dialog_clips_a_longer_text(qtbot: QtBot, pseudo: None, followed_up_path: Path) -> None:
    window = shown_window(qtbot, followed_up_path)
    problems: dict[str, list[str]] = {}
    for name, build in _dialogs(window, followed_up_path).items():
        dialog = build()
        qtbot.addWidget(dialog)
        dialog.show()  # not exec(): nothing waits for an answer
        for _ in range(3):
            QApplication.processEvents()
        found = clipped(dialog) + cut_headers(dialog)
        if found:
            problems[name] = found
        dialog.close()
    assert not problems, _report(problems)
