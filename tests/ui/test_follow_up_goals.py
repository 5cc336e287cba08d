"""The goals and indicators at a follow-up period, as the secretary fills them in: an outcome
typed in the tree and a goal's assessment written below it reach the plan file and undo, the
cells show the year's target, the trend and whether the target was met, a level of
måluppfyllelse shows its colour and its name, and an adopted plan's follow-up stays writable
while a reported period does not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit

from tests.ui.helpers import context_of, on_disk, shown_window, type_text, workspace_of
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.follow_up import Mall
from vplan_desktop.follow_up_data import IndikatorUtfall, MalUppfoljning, Uppfoljning
from vplan_desktop.formatting import NBSP
from vplan_desktop.sections import Section
from vplan_desktop.services import adoption, follow_up
from vplan_desktop.storage.working import EditSession
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.follow_up_activities import FollowUpActivitiesEditor
from vplan_desktop.ui.editors.follow_up_goals import FollowUpGoalsEditor
from vplan_desktop.ui.models.follow_up_goals import (
    GRADE,
    MET,
    MET_GREEN,
    OUTCOME,
    TARGET,
    TREND,
    FollowUpGoalTreeModel,
)
from vplan_desktop.ui.models.goals import GOAL, INDICATOR
from vplan_desktop.ui.models.table import WARNING_RED

PERIOD = "Delår april 2027"
FILLED = "Delår augusti 2027"


@pytest.fixture
def period_path(example_path: Path) -> Path:
    """The example plan with the tertial periods of 2027 (all empty)."""
    with PlanDocument.open(example_path) as doc:
        follow_up.add_periods(doc, Mall.TERTIAL, 2027)
    return example_path


def _period(path: Path, name: str = PERIOD) -> Uppfoljning:
    found = on_disk(path).uppfoljning(name)
    assert found is not None
    return found


@pytest.fixture
def contexts(qapp: object) -> Iterator[Callable[..., PlanContext]]:
    """Open a plan as the window does, showing a period; closed after the test."""
    opened: list[tuple[EditSession, PlanContext]] = []

    def open_plan(path: Path, name: str = PERIOD) -> PlanContext:
        session = EditSession.open(path)
        context = PlanContext(session)
        context.set_period(_period(path, name).id)
        opened.append((session, context))
        return context

    yield open_plan
    for session, context in opened:
        context.forget_history()
        session.close()


def _shown(qtbot: QtBot, context: PlanContext) -> FollowUpGoalsEditor:
    """The editor on screen at a laptop's size, active so that cell editors get the keys."""
    editor = FollowUpGoalsEditor(context)
    qtbot.addWidget(editor)
    editor.resize(1100, 700)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def _cell(
    editor: FollowUpGoalsEditor, kind: int, item_id: int, column: int, role: int = 0
) -> object:
    """What the tree shows in a column of an item (no-break spaces as plain ones)."""
    index = editor.tree_model.find(kind, item_id).siblingAtColumn(column)
    found = index.data(role)
    return found.replace(NBSP, " ") if isinstance(found, str) else found


def _type_in_cell(
    qtbot: QtBot, editor: FollowUpGoalsEditor, kind: int, item_id: int, column: int, text: str
) -> None:
    """Go to a cell of the tree, press F2, type over what is there and press Enter."""
    editor.tree.setFocus()
    editor.select(kind, item_id, column)
    qtbot.keyClick(editor.tree, Qt.Key.Key_F2)
    field = QApplication.focusWidget()
    while field is not None and not isinstance(field, QLineEdit):
        field = field.parentWidget()
    assert isinstance(field, QLineEdit), "no cell editor opened"
    field.selectAll()
    type_text(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_an_outcome_typed_in_the_tree_reaches_the_file_with_target_trend_and_met(
    qtbot: QtBot, period_path: Path, contexts: Callable[..., PlanContext]
) -> None:
    context = contexts(period_path)
    editor = _shown(qtbot, context)
    plan = on_disk(period_path)
    share = plan.indikatorer[0]  # Ej återaktualiserade barn, %: target 74 in 2027, 71 in 2025
    assert editor.tree_model.headerData(TARGET, Qt.Orientation.Horizontal) == "Målnivå 2027"
    assert _cell(editor, INDICATOR, share.id, TARGET) == "74 %"
    assert _cell(editor, INDICATOR, share.id, OUTCOME) == ""

    _type_in_cell(qtbot, editor, INDICATOR, share.id, OUTCOME, "75,5")
    assert _period(period_path).outcome(share.id).varde == Decimal("75.5")
    assert _cell(editor, INDICATOR, share.id, OUTCOME) == "75,5 %"
    assert _cell(editor, INDICATOR, share.id, TREND) == "↗ Förbättring"
    assert _cell(editor, INDICATOR, share.id, MET) == "Ja"
    assert _cell(editor, INDICATOR, share.id, MET, Qt.ItemDataRole.ForegroundRole) == QBrush(
        MET_GREEN
    )

    _type_in_cell(qtbot, editor, INDICATOR, share.id, OUTCOME, "70")
    assert _cell(editor, INDICATOR, share.id, TREND) == "↘ Försämring"
    assert _cell(editor, INDICATOR, share.id, MET) == "Nej"
    assert _cell(editor, INDICATOR, share.id, MET, Qt.ItemDataRole.ForegroundRole) == QBrush(
        WARNING_RED
    )

    _type_in_cell(qtbot, editor, INDICATOR, share.id, OUTCOME, "Mäts i höst")  # a text outcome
    assert _period(period_path).outcome(share.id).varde == "Mäts i höst"
    assert _cell(editor, INDICATOR, share.id, MET) == ""  # a text cannot be compared

    for _ in range(3):
        context.undo_stack.undo()
    assert _period(period_path).outcome(share.id) == IndikatorUtfall()
    assert plan.indikatorer == on_disk(period_path).indikatorer  # the plan is untouched


def test_a_goals_assessment_written_below_the_tree_reaches_the_file(
    qtbot: QtBot, period_path: Path, contexts: Callable[..., PlanContext]
) -> None:
    context = contexts(period_path)
    editor = _shown(qtbot, context)
    plan = on_disk(period_path)
    goal = plan.namndsmal[1]
    partly = next(level for level in plan.bedomningsskala if level.namn == "Delvis uppfyllt")
    assert editor.summary.text().endswith(f"{len(plan.namndsmal)} utan bedömning")

    editor.select(GOAL, goal.id)
    shown = editor.details.currentWidget()
    assert shown is not None and shown.isAncestorOf(editor.grade)
    assert editor.grade.currentText() == "(ingen bedömning)"
    editor.grade.setFocus()
    qtbot.keyClick(editor.grade, Qt.Key.Key_Down)
    qtbot.keyClick(editor.grade, Qt.Key.Key_Down)  # Uppfyllt, then Delvis uppfyllt
    assert _period(period_path).goal(goal.id).bedomningsniva_id == partly.id
    qtbot.keyClick(editor.grade, Qt.Key.Key_Tab)  # on to Bedömning
    field = QApplication.focusWidget()
    assert field is editor.goal_texts["bedomning"]
    type_text(field, "Nästan där.")
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # on to Orsak: leaving the field saves it
    type_text(QApplication.focusWidget(), "Vakanser.")
    editor.flush()

    held = _period(period_path).goal(goal.id)
    assert held == MalUppfoljning(partly.id, "Nästan där.", "Vakanser.", "")
    assert _cell(editor, GOAL, goal.id, GRADE) == "Delvis uppfyllt"
    assert isinstance(_cell(editor, GOAL, goal.id, GRADE, Qt.ItemDataRole.DecorationRole), QIcon)
    assert "1 delvis uppfyllt" in editor.summary.text()
    assert partly.farg in editor.summary.text()  # its colour beside its name

    context.undo_stack.undo()
    assert _period(period_path).goal(goal.id).orsak == ""
    for _ in range(3):  # the text, then each level chosen
        context.undo_stack.undo()
    assert _period(period_path).goal(goal.id) == MalUppfoljning()
    assert editor.grade.currentText() == "(ingen bedömning)"


def test_an_indicators_date_and_source_written_in_its_form(
    qtbot: QtBot, period_path: Path, contexts: Callable[..., PlanContext]
) -> None:
    context = contexts(period_path)
    editor = _shown(qtbot, context)
    indicator = on_disk(period_path).indikatorer[3]
    editor.select(INDICATOR, indicator.id)
    editor.outcome.setFocus()
    type_text(editor.outcome, "41,2")
    qtbot.keyClick(editor.outcome, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.outcome_date
    type_text(editor.outcome_date, "30/4 2027")
    qtbot.keyClick(editor.outcome_date, Qt.Key.Key_Tab)
    type_text(editor.source, "Kolada")
    qtbot.keyClick(editor.source, Qt.Key.Key_Tab)
    held = _period(period_path).outcome(indicator.id)
    assert (held.varde, held.datum, held.kalla) == (Decimal("41.2"), dt.date(2027, 4, 30), "Kolada")
    assert _cell(editor, INDICATOR, indicator.id, OUTCOME) == "41,2 %"


def test_a_filled_period_shows_its_levels_by_colour_and_name(
    qtbot: QtBot, followed_up_path: Path, contexts: Callable[..., PlanContext]
) -> None:
    context = contexts(followed_up_path, FILLED)
    editor = _shown(qtbot, context)
    plan = on_disk(followed_up_path)
    period = _period(followed_up_path, FILLED)
    for goal in plan.namndsmal:
        level = plan.bedomningsniva(period.goal(goal.id).bedomningsniva_id)
        assert level is not None
        assert _cell(editor, GOAL, goal.id, GRADE) == level.namn  # never the colour alone
        icon = _cell(editor, GOAL, goal.id, GRADE, Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon)
        centre = icon.pixmap(32, 32).toImage().pixelColor(16, 16)
        assert centre.name() == level.farg
    assert editor.summary.text().startswith(f"<b>{len(plan.namndsmal)} mål:</b>")


def test_an_adopted_plans_follow_up_stays_writable(
    qtbot: QtBot, period_path: Path, contexts: Callable[..., PlanContext]
) -> None:
    with PlanDocument.open(period_path) as doc:
        adoption.adopt(doc, dt.date(2026, 11, 20), "112")
    context = contexts(period_path)
    assert context.read_only
    editor = _shown(qtbot, context)
    indicator = on_disk(period_path).indikatorer[0]
    _type_in_cell(qtbot, editor, INDICATOR, indicator.id, OUTCOME, "80")
    assert _period(period_path).outcome(indicator.id).varde == Decimal(80)
    goal = on_disk(period_path).namndsmal[0]
    editor.select(GOAL, goal.id)
    assert editor.grade.isEnabled()
    assert not editor.goal_texts["bedomning"].isReadOnly()


def test_a_reported_period_is_read_only(
    qtbot: QtBot, period_path: Path, contexts: Callable[..., PlanContext]
) -> None:
    with PlanDocument.open(period_path) as doc:
        follow_up.mark_reported(doc, _period(period_path).id, dt.date(2027, 5, 20))
    context = contexts(period_path)
    editor = _shown(qtbot, context)
    assert "Rapporterad 2027-05-20" in editor.period_label.text()
    indicator = on_disk(period_path).indikatorer[0]
    index = editor.tree_model.find(INDICATOR, indicator.id).siblingAtColumn(OUTCOME)
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    editor.tree.setFocus()
    editor.select(INDICATOR, indicator.id, OUTCOME)
    qtbot.keyClick(editor.tree, Qt.Key.Key_F2)
    assert QApplication.focusWidget() is editor.tree  # no cell editor opened
    assert editor.outcome.isReadOnly()
    assert not editor.outcome_date.calendar_action.isEnabled()
    editor.select(GOAL, on_disk(period_path).namndsmal[0].id)
    assert not editor.grade.isEnabled()
    assert editor.goal_texts["bedomning"].isReadOnly()
    assert "palette(window)" in editor.goal_texts["bedomning"].styleSheet()  # the locked look


def test_every_control_has_a_swedish_name(
    qtbot: QtBot, period_path: Path, contexts: Callable[..., PlanContext]
) -> None:
    editor = _shown(qtbot, contexts(period_path))
    names = {
        w.accessibleName()
        for w in (
            editor.tree,
            editor.grade,
            *editor.goal_texts.values(),
            editor.outcome,
            editor.outcome_date,
            editor.source,
            editor.comment,
        )
    }
    assert names == {
        "Målträd med uppföljning",
        "Måluppfyllelse",
        "Bedömning",
        "Orsak (analys)",
        "Åtgärd",
        "Utfall",
        "Utfallets datum",
        "Källa",
        "Kommentar till utfallet",
    }


def test_the_model_passes_qts_checks(
    qtmodeltester: ModelTester, followed_up_path: Path, contexts: Callable[..., PlanContext]
) -> None:
    context = contexts(followed_up_path, FILLED)
    model = FollowUpGoalTreeModel(context)
    qtmodeltester.check(model)
    assert model.index(0, 0, model.index(0, 1)) == QModelIndex()
    context.set_period(None)
    qtmodeltester.check(model)


def test_a_level_typed_into_the_tree_and_text_left_when_the_period_changes(
    qtbot: QtBot, period_path: Path, contexts: Callable[..., PlanContext]
) -> None:
    context = contexts(period_path)
    editor = _shown(qtbot, context)
    plan = on_disk(period_path)
    goal = plan.namndsmal[0]
    missed = next(level for level in plan.bedomningsskala if level.namn == "Ej uppfyllt")
    editor.tree.setFocus()
    editor.select(GOAL, goal.id, GRADE)
    type_text(editor.tree, "Ej")  # typing opens the cell's picker, as F2 does
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox), "no picker opened"
    field = combo.lineEdit()
    assert field is not None and field.text() == "Ej uppfyllt"  # completed from the scale
    qtbot.keyClick(field, Qt.Key.Key_Return)  # takes the completion
    if editor.tree.state() == QAbstractItemView.State.EditingState:
        qtbot.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert _period(period_path).goal(goal.id).bedomningsniva_id == missed.id
    assert _cell(editor, GOAL, goal.id, GRADE) == "Ej uppfyllt"

    # Written in the form, then another period chosen: the text stays with the first period.
    editor.goal_texts["atgard"].setFocus()
    type_text(editor.goal_texts["atgard"], "Fler handläggare.")
    context.set_period(_period(period_path, "Delår augusti 2027").id)
    assert _period(period_path).goal(goal.id).atgard == "Fler handläggare."
    assert _period(period_path, "Delår augusti 2027").goal(goal.id) == MalUppfoljning()
    assert editor.goal_texts["atgard"].toPlainText() == ""
    assert _cell(editor, GOAL, goal.id, GRADE) == ""


def test_in_the_window_an_adopted_plans_goals_and_activities_follow_up_is_writable(
    qtbot: QtBot, period_path: Path
) -> None:
    with PlanDocument.open(period_path) as doc:
        adoption.adopt(doc, dt.date(2026, 11, 20), "112")
    window = shown_window(qtbot, period_path)
    context = context_of(window)
    assert context.read_only  # the plan's own pages are locked
    context.set_period(_period(period_path).id)
    window.show_section(Section.MAL.value)
    editor = workspace_of(window).stack.currentWidget()
    assert isinstance(editor, FollowUpGoalsEditor)
    qtbot.waitUntil(editor.isVisible)
    goal = on_disk(period_path).namndsmal[0]
    editor.select(GOAL, goal.id)
    assert editor.grade.isEnabled() and not editor.goal_texts["orsak"].isReadOnly()
    indicator = on_disk(period_path).indikatorer[0]
    _type_in_cell(qtbot, editor, INDICATOR, indicator.id, OUTCOME, "77")
    assert _period(period_path).outcome(indicator.id).varde == Decimal(77)

    window.show_section(Section.AKTIVITETER.value)
    activities = workspace_of(window).stack.currentWidget()
    assert isinstance(activities, FollowUpActivitiesEditor)
    assert activities.view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
