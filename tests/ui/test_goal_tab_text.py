"""The "Indikatorer (n)" tab is written only when its count changes: Qt lays the tab bar and
the page out again for any text set, and doing that at every edit of an indicator's value
cost a third of the edit's time to its repainted view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from tests.ui.goal_helpers import goal_line, open_goals, select_line
from tests.ui.helpers import edit_cell
from vplan_desktop.ui.editors.goals import INDICATOR_TAB


def test_an_indicators_value_edited_leaves_the_tab_alone(qtbot: QtBot, example_path: Path) -> None:
    window, editor = open_goals(qtbot, example_path)
    assert window.context is not None
    plan = window.context.plan
    goal = next(g for g in plan.namndsmal if any(i.namndsmal_id == g.id for i in plan.indikatorer))
    count = sum(1 for i in plan.indikatorer if i.namndsmal_id == goal.id)
    select_line(qtbot, editor, goal_line(plan, goal))
    editor.goal_tabs.setCurrentIndex(INDICATOR_TAB)
    assert editor.goal_tabs.tabText(INDICATOR_TAB) == f"Indikatorer ({count})"
    written: list[str] = []
    original = editor.goal_tabs.setTabText

    def counted(index: int, text: str) -> None:
        written.append(text)
        original(index, text)

    editor.goal_tabs.setTabText = counted  # type: ignore[method-assign]
    year = plan.uppgifter.years[0]
    view = editor.indicators
    model = view.model()
    source: Any = getattr(model, "sourceModel", lambda: model)()  # a ColumnTableModel
    column = source.column_for(f"malniva:{year}")
    edit_cell(qtbot, view, 0, column, "77")
    assert "77" in str(model.index(0, column).data())
    assert written == []
    window.context.undo_stack.undo()  # the value back: the count is still the same
    assert written == []
    assert editor.goal_tabs.tabText(INDICATOR_TAB) == f"Indikatorer ({count})"

    # Another goal with another count: then the tab is written.
    counts = {
        g.id: sum(1 for i in plan.indikatorer if i.namndsmal_id == g.id) for g in plan.namndsmal
    }
    other = next(g for g in plan.namndsmal if counts[g.id] != count)
    select_line(qtbot, editor, goal_line(plan, other))
    assert written == [f"Indikatorer ({counts[other.id]})"]
