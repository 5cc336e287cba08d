"""The new-user walk with the keyboard alone: new plan → chapter → goal with an indicator and
its target → activity with a goal, an owner and dates → budget pasted from Excel →
internkontroll → Granskning → export → close → open again.

Every key goes to the widget that has the focus, the test never gives a widget the focus or
clicks one, and a mouse button anywhere fails it. Only the native file dialogs are answered
by the test (they are the operating system's, not vplan's).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from tests.ui.helpers import answer_next_dialog, column_of, editor_of, on_disk
from tests.ui.keyboard import Keyboard, no_mouse
from vplan_desktop.db.enums import BudgetTabell
from vplan_desktop.ui.editors.activities import ActivitiesEditor
from vplan_desktop.ui.editors.budget_grid import DriftbudgetEditor
from vplan_desktop.ui.editors.goals import GoalsEditor
from vplan_desktop.ui.editors.internal_control import InternalControlEditor
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.new_goal_dialog import NewGoalDialog
from vplan_desktop.ui.new_plan_dialog import NewPlanDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

KOMMUN, NAMND = "Älvby kommun", "Fritidsnämnden"
CHAPTER_TEXT = "Nämnden vill att fler barn rör på sig efter skolan."
AREA, GOAL, INDICATOR = "Aktiv fritid", "Fler barn idrottar varje vecka", "Andel barn i förening"
ACTIVITY, OWNER = "Prova-på-dagar i skolan", "Fritidschef"
UNITS = ("Idrottshallar", "Simhall")
PASTE = "2 150\t2 200\r\n3\u00a0400\t3500\r\n"  # as Excel puts it on the clipboard
RISK = "Bokningar faktureras inte"


def _activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _typed(keys: Keyboard, text: str) -> Callable[[QWidget], None]:
    """An answer to a dialog: ``text`` typed where its focus is, then Enter."""

    def fill(dialog: QWidget) -> None:
        keys.type(text)
        keys.press(Qt.Key.Key_Return)

    return fill


def _press_button(
    keys: Keyboard, button: QWidget, answer: Callable[[QWidget], None] | None = None
) -> list[str]:
    """Tab to ``button`` and press Space; ``answer`` fills the dialog it opens. The titles of
    the dialogs that opened."""
    keys.tab_to(button)
    seen = answer_next_dialog(keys.qtbot, answer) if answer else []
    keys.press(Qt.Key.Key_Space)
    if answer:
        _activate(keys.qtbot, button.window())
    return seen


def test_the_new_user_walk_needs_no_mouse(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Fritidsnämnden 2027.vplan"
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    _activate(qtbot, window)
    keys = Keyboard(qtbot, window)
    with no_mouse():
        _walk(keys, window, path, tmp_path, monkeypatch)


def _walk(
    keys: Keyboard,
    window: MainWindow,
    path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    qtbot = keys.qtbot

    # 1. Ctrl+N: kommun, Tab, nämnd, Tab to the first year and the file name, Enter.
    def fill_new_plan(dialog: QWidget) -> None:
        assert isinstance(dialog, NewPlanDialog)
        keys.type(KOMMUN)
        keys.press(Qt.Key.Key_Tab)
        keys.type(NAMND)
        keys.tab_to(dialog.first)
        keys.press(Qt.Key.Key_A, CTRL)
        keys.type("2027")
        keys.tab_to(dialog.path)
        keys.press(Qt.Key.Key_A, CTRL)
        keys.type(str(path))
        keys.press(Qt.Key.Key_Return)

    seen = answer_next_dialog(qtbot, fill_new_plan)
    keys.press(Qt.Key.Key_N, CTRL)
    assert seen == ["Ny plan"]
    assert window.workspace is not None and window.context is not None
    _activate(qtbot, window)
    saved = on_disk(path).uppgifter
    assert (saved.kommun, saved.namnd, saved.forsta_ar) == (KOMMUN, NAMND, 2027)

    # 2. Ctrl+2: the first chapter; Tab into its text and type.
    keys.press(Qt.Key.Key_2, CTRL)
    text = window.workspace.chapter.text
    keys.tab_to(text)
    keys.type(CHAPTER_TEXT)
    qtbot.waitUntil(lambda: CHAPTER_TEXT in on_disk(path).kapitel[0].text, timeout=15_000)

    # 3. Ctrl+3: a målområde, a goal under it, an indicator and its target for 2027.
    keys.press(Qt.Key.Key_3, CTRL)
    goals = editor_of(window, "mal", GoalsEditor)
    assert _press_button(keys, goals.add_area, _typed(keys, AREA)) == ["Nytt målområde"]

    def fill_goal(dialog: QWidget) -> None:
        assert isinstance(dialog, NewGoalDialog)
        assert keys.focused() is dialog.text
        keys.type(GOAL)
        keys.press(Qt.Key.Key_Return)

    assert _press_button(keys, goals.add_goal, fill_goal) == ["Nytt mål"]
    assert _press_button(keys, goals.add_indicator, _typed(keys, INDICATOR)) == ["Ny indikator"]
    view = goals.indicators
    keys.tab_to(view)
    keys.edit_cell(view, 0, column_of(view, "2027"), "75")
    plan = on_disk(path)
    assert [a.namn for a in plan.malomraden] == [AREA]
    assert [g.text for g in plan.namndsmal] == [GOAL]
    assert [(i.namn, i.malnivaer.get(2027)) for i in plan.indikatorer] == [(INDICATOR, Decimal(75))]

    # 4. Ctrl+4: an activity, linked to the goal, with an owner and two dates.
    keys.press(Qt.Key.Key_4, CTRL)
    activities = editor_of(window, "aktiviteter", ActivitiesEditor)
    assert _press_button(keys, activities.add_button, _typed(keys, ACTIVITY)) == ["Ny aktivitet"]
    view = activities.view
    keys.tab_to(view)
    goal_column = column_of(view, "Kopplad till")
    if not str(view.model().index(0, goal_column).data()).endswith(GOAL):
        keys.pick_in_cell(view, 0, goal_column, downs=2)  # Hela planen, målområdet, målet
    keys.edit_cell(view, 0, column_of(view, "Ansvarig"), OWNER)
    keys.edit_cell(view, 0, column_of(view, "Start"), "2027-02-01")
    keys.edit_cell(view, 0, column_of(view, "Slutdatum"), "30/11 2027")
    plan = on_disk(path)
    activity = plan.aktiviteter[0]
    assert (activity.namn, activity.ansvarig) == (ACTIVITY, OWNER)
    assert (str(activity.startdatum), str(activity.slutdatum)) == ("2027-02-01", "2027-11-30")
    assert activity.namndsmal_id == plan.namndsmal[0].id

    # 5. Ctrl+5: two verksamheter, then Ctrl+V of a block copied in Excel.
    keys.press(Qt.Key.Key_5, CTRL)
    drift = editor_of(window, "drift", DriftbudgetEditor)
    for unit in UNITS:
        assert _press_button(keys, drift.add_button, _typed(keys, unit)) == ["Ny verksamhet"]
    view = drift.view
    keys.tab_to(view)
    first = next(
        r for r in range(view.model().rowCount()) if view.model().index(r, 0).data() == UNITS[0]
    )
    keys.go_to_cell(view, first, column_of(view, "Budget 2027"))
    QGuiApplication.clipboard().setText(PASTE)  # what Excel put there
    keys.press(Qt.Key.Key_V, CTRL)
    plan = on_disk(path)
    columns = {c.id: c.rubrik for c in plan.kolumner(BudgetTabell.DRIFT)}
    units = {v.id: v.namn for v in plan.verksamheter}
    stored = {
        (units[r.verksamhet_id], columns[c]): amount
        for r in plan.driftbudget
        for c, amount in r.belopp.items()
    }
    assert stored == {
        ("Idrottshallar", "Budget 2027"): 2150,
        ("Idrottshallar", "Plan 2028"): 2200,
        ("Simhall", "Budget 2027"): 3400,
        ("Simhall", "Plan 2028"): 3500,
    }

    # 6. Ctrl+6: a control point, its risk typed, sannolikhet and konsekvens picked.
    keys.press(Qt.Key.Key_6, CTRL)
    control = editor_of(window, "internkontroll", InternalControlEditor)
    _press_button(keys, control.add_button)
    view = control.view
    assert view.model().rowCount() == 1
    keys.tab_to(view)
    keys.edit_cell(view, 0, column_of(view, "Risk"), RISK)
    keys.pick_in_cell(view, 0, column_of(view, "Sannolikhet"), downs=3)  # – 1 2 3
    keys.pick_in_cell(view, 0, column_of(view, "Konsekvens"), downs=2)
    point = on_disk(path).internkontroll[0]
    assert (point.risk, point.sannolikhet, point.konsekvens) == (RISK, 3, 2)

    # 7. Ctrl+8: Granskning, its list has the focus.
    keys.press(Qt.Key.Key_8, CTRL)
    review = window.workspace.review
    qtbot.waitUntil(lambda: keys.focused() is review.view)
    qtbot.waitUntil(lambda: "Kontrollerar" not in review.summary.text(), timeout=10_000)

    # 8. Ctrl+Shift+P and Ctrl+Shift+W export; the save dialog is the operating system's.
    for key, out in (
        (Qt.Key.Key_P, tmp_path / "till nämnden.pdf"),
        (Qt.Key.Key_W, tmp_path / "till nämnden.docx"),
    ):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, o=out, **k: (str(o), ""))
        window.exporter.ask_after = False
        _activate(qtbot, window)
        with qtbot.waitSignal(window.exporter.done, timeout=30_000):
            keys.press(key, CTRL | SHIFT)
        assert out.stat().st_size > 0

    # 9. Ctrl+W closes the plan, Ctrl+O opens it again, Ctrl+4 shows the activity.
    # Closing saves the plan and ends its background work: up to 30 s on a loaded machine,
    # as the exports above (5 s, then 15 s, ran out in CI runs beside other jobs). The window
    # is made active first, as before each export: the key goes to the active window.
    _activate(qtbot, window)
    keys.press(Qt.Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: window.context is None, timeout=30_000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    _activate(qtbot, window)
    keys.press(Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: window.context is not None, timeout=30_000)
    keys.press(Qt.Key.Key_4, CTRL)
    view = editor_of(window, "aktiviteter", ActivitiesEditor).view
    assert view.model().index(0, 0).data() == ACTIVITY
    assert str(view.model().index(0, column_of(view, "Ansvarig")).data()) == OWNER
