"""Helpers for the goal tree's GUI tests: answering "Nytt mål" and "Nytt delmål", clicking in
the tree and the goal's form, and the tree as the screen and the plan file show it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from tests.ui.helpers import shown_window, type_text
from vplan_desktop.domain import Namndsmal, PlanSnapshot
from vplan_desktop.sections import Section
from vplan_desktop.ui.editors.goals import GoalsEditor
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.new_goal_dialog import NewGoalDialog


def open_goals(qtbot: QtBot, path: Path) -> tuple[MainWindow, GoalsEditor]:
    """The plan at ``path`` in a shown window, on Mål och indikatorer (Ctrl+3)."""
    window = shown_window(qtbot, path)
    assert isinstance(window, MainWindow) and window.workspace is not None
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.current == Section.MAL
    editor = window.workspace.editors[Section.MAL]
    assert isinstance(editor, GoalsEditor)
    qtbot.waitUntil(editor.isVisible)  # a new page is shown once Qt's events run
    return window, editor


def goal_answer(
    qtbot: QtBot, text: str, level: str | None = None, said: list[str] | None = None
) -> Callable[[QWidget], None]:
    """An answer to "Nytt mål" or "Nytt delmål": ``level`` chosen in its list by the name it
    shows (else the level offered is kept), ``text`` typed into the focused field, then
    Enter. The level offered and any message the dialog showed go to ``said``."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewGoalDialog), f"not a goal dialog: {dialog.windowTitle()}"
        if said is not None:
            said.append(dialog.level.currentText())
        if level is not None:
            found = dialog.level.findText(level)
            assert found >= 0, f"no level {level!r} in the list"
            dialog.level.setCurrentIndex(found)
        field = QApplication.focusWidget()
        assert field is dialog.text, "the goal's text field does not have the keyboard"
        type_text(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        if said is not None and dialog.error.text():
            said.append(dialog.error.text())

    return fill


def select_line(qtbot: QtBot, editor: GoalsEditor, line: str) -> None:
    """Click the item of the goal tree that shows ``line``."""
    model = editor.tree_model
    found = model.match(
        model.index(0, 0), Qt.ItemDataRole.DisplayRole, line, 1, Qt.MatchFlag.MatchRecursive
    )
    assert found, f"{line!r} is not in the goal tree"
    editor.tree.scrollTo(found[0])
    rect = editor.tree.visualRect(found[0])
    qtbot.mouseClick(editor.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.tree.currentIndex() == found[0]


def form_tab(qtbot: QtBot, editor: GoalsEditor) -> None:
    """Click the tab "Målet" of the goal's details."""
    bar = editor.goal_tabs.tabBar()
    assert bar.tabText(0) == "Målet"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    assert editor.goal_form.isVisible()


def choices(combo: QComboBox) -> list[str]:
    return [combo.itemText(n).strip() for n in range(combo.count())]


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Choose in a closed list with the keyboard, as a user does without the mouse: Home or
    End for the first or the last choice, else one arrow key (each key is a choice)."""
    combo.setFocus()
    target = choices(combo).index(text)
    if target == 0:
        qtbot.keyClick(combo, Qt.Key.Key_Home)
    elif target == combo.count() - 1:
        qtbot.keyClick(combo, Qt.Key.Key_End)
    else:
        assert abs(target - combo.currentIndex()) == 1, "choose the next or the previous one"
        key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    assert combo.currentText().strip() == text


def shown_tree(editor: GoalsEditor) -> list[str]:
    """The goal tree as shown: one line per item, indented by its depth."""
    model = editor.tree_model
    lines: list[str] = []

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            lines.append("  " * depth + str(index.data()))
            walk(index, depth + 1)

    walk(QModelIndex(), 0)
    return lines


def goal_line(plan: PlanSnapshot, goal: Namndsmal) -> str:
    """A goal's line as the tree should show it: "KF:s mål 1:2 – Text"."""
    level = plan.uppgifter.niva_namn(goal.niva)
    return f"{level} {goal.kod} – {goal.text}" if goal.kod else f"{level} – {goal.text}"


def plan_tree(plan: PlanSnapshot) -> list[str]:
    """The goal tree as the plan holds it, in the form of ``shown_tree``: under a goal its
    indicators, then the goals under it."""
    lines: list[str] = []

    def goals(area_id: int | None, parent_id: int | None, depth: int) -> None:
        for goal in plan.namndsmal:
            if goal.malomrade_id == area_id and goal.overordnat_id == parent_id:
                lines.append("  " * depth + goal_line(plan, goal))
                lines.extend(
                    "  " * (depth + 1) + i.namn
                    for i in plan.indikatorer
                    if i.namndsmal_id == goal.id
                )
                goals(area_id, goal.id, depth + 1)

    for area in plan.malomraden:
        lines.append(area.rubrik)
        goals(area.id, None, 1)
    if any(g.malomrade_id is None for g in plan.namndsmal):
        lines.append("Utan målområde")
        goals(None, None, 1)
    return lines
