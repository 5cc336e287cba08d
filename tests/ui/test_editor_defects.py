"""Editor defects a secretary found (issue 13): form fields that showed the old text after an
edit, dates that could not be typed, undo that changed sections out of sight, and removal
without a question."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from tests.ui.goal_helpers import goal_answer
from tests.ui.helpers import (
    Editor,
    click_and_answer,
    context_of,
    editor_of,
    on_disk,
    shown_window,
    type_text,
    workspace_of,
)
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.services.changes import Change, ItemKind, Section
from vplan_desktop.services.read import read_plan
from vplan_desktop.ui.change_place import place_of
from vplan_desktop.ui.date_field import DateField
from vplan_desktop.ui.editors.activities import ActivitiesEditor
from vplan_desktop.ui.editors.budget_grid import DriftbudgetEditor
from vplan_desktop.ui.editors.chapter import ChapterEditor
from vplan_desktop.ui.editors.front_matter import FrontMatterEditor
from vplan_desktop.ui.editors.goals import GoalsEditor
from vplan_desktop.ui.editors.internal_control import InternalControlEditor
from vplan_desktop.ui.editors.key_figures import NyckeltalEditor
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.models.goals import AREA, GOAL, INDICATOR
from vplan_desktop.ui.models.table import ROW_ID_ROLE
from vplan_desktop.ui.removal import removal_question

NBSP = "\u00a0"


@pytest.fixture
def window(qtbot: QtBot, example_path: Path) -> MainWindow:
    main = shown_window(qtbot, example_path)
    qtbot.waitUntil(workspace_of(main).isVisible)  # (shown by a queued call)
    return main


def _open(window: MainWindow, qtbot: QtBot, key: str, kind: type[Editor]) -> Editor:
    window.show_section(key)
    editor = editor_of(window, key, kind)
    qtbot.waitUntil(editor.isVisible)
    return editor


def _type_over(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    type_text(widget, text)


def _column(view: QAbstractItemView, header: str) -> int:
    model = view.model()
    return next(
        c
        for c in range(model.columnCount())
        if str(model.headerData(c, Qt.Orientation.Horizontal)).startswith(header)
    )


def _ctrl(window: MainWindow, qtbot: QtBot, key: Qt.Key) -> None:
    """Press Ctrl+key where the keyboard focus is, as the user would."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)


# --- 7: målområde and nämndsmål fields show what was typed ---------------------------------


def test_malomrade_fields_show_the_new_text_at_once_and_after_the_refresh(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    goals = _open(window, qtbot, "mal", GoalsEditor)
    area_id = context_of(window).plan.malomraden[0].id
    goals.select(AREA, area_id)

    _type_over(goals.area_name, "Kvalitet och trygghet")
    qtbot.keyClick(goals.area_name, Qt.Key.Key_Tab)
    assert on_disk(example_path).malomraden[0].namn == "Kvalitet och trygghet"
    assert goals.area_name.text() == "Kvalitet och trygghet"
    assert goals.tree.currentIndex().data() == "1 Kvalitet och trygghet"

    goals.area_description.setFocus()
    goals.area_description.selectAll()
    type_text(goals.area_description, "Alla ska få en trygg vård.")
    qtbot.keyClick(goals.area_description, Qt.Key.Key_Tab)
    assert on_disk(example_path).malomraden[0].beskrivning == "Alla ska få en trygg vård."
    assert goals.area_description.toPlainText() == "Alla ska få en trygg vård."

    _type_over(goals.area_code, "A")
    qtbot.keyClick(goals.area_code, Qt.Key.Key_Return)  # the next edit refreshes the form again
    saved = on_disk(example_path).malomraden[0]
    assert (saved.kod, saved.namn, saved.beskrivning) == (
        "A",
        "Kvalitet och trygghet",
        "Alla ska få en trygg vård.",
    )
    assert goals.area_code.text() == "A"
    assert goals.area_name.text() == "Kvalitet och trygghet"
    assert goals.area_description.toPlainText() == "Alla ska få en trygg vård."


def test_namndsmal_text_shows_the_new_text_at_once_and_after_the_refresh(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    goals = _open(window, qtbot, "mal", GoalsEditor)
    goal = context_of(window).plan.namndsmal[1]
    goals.select(GOAL, goal.id)
    goals.goal_tabs.setCurrentIndex(0)  # Målet
    _type_over(goals.goal_text, "Fler barn ska få stöd tidigt.")
    qtbot.keyClick(goals.goal_text, Qt.Key.Key_Return)
    assert on_disk(example_path).namndsmal[1].text == "Fler barn ska få stöd tidigt."
    assert goals.goal_text.text() == "Fler barn ska få stöd tidigt."
    assert goals.tree.currentIndex().data() == "Nämndsmål 1 – Fler barn ska få stöd tidigt."
    goals.goal_text.setFocus()
    goals.goal_text.end(False)
    type_text(goals.goal_text, " Och ungdomar.")
    qtbot.keyClick(goals.goal_text, Qt.Key.Key_Tab)
    expected = "Fler barn ska få stöd tidigt. Och ungdomar."
    assert on_disk(example_path).namndsmal[1].text == expected
    assert goals.goal_text.text() == expected


def test_a_typed_area_description_is_saved_when_the_plan_is_closed(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    goals = _open(window, qtbot, "mal", GoalsEditor)
    goals.select(AREA, context_of(window).plan.malomraden[1].id)
    goals.area_description.setFocus()
    goals.area_description.selectAll()
    type_text(goals.area_description, "Skrivet just före stängning.")
    assert window.close_plan()  # the field still has the focus
    assert on_disk(example_path).malomraden[1].beskrivning == "Skrivet just före stängning."


def test_a_goal_field_typed_is_saved_when_the_plan_is_closed(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    goals = _open(window, qtbot, "mal", GoalsEditor)
    goal = context_of(window).plan.namndsmal[1]
    goals.select(GOAL, goal.id)
    goals.goal_tabs.setCurrentIndex(0)  # Målet
    field = goals.goal_form.description
    field.setFocus()
    field.selectAll()
    type_text(field, "Skrivet just före stängning.")
    assert window.close_plan()  # the field still has the focus
    saved = next(g for g in on_disk(example_path).namndsmal if g.id == goal.id)
    assert saved.beskrivning == "Skrivet just före stängning."


# --- 9: dates are typed as people write them, the calendar opens at the plan's first year ---


def _new_activity(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> int:
    """Add an activity (no dates yet) with Ny aktivitet…; its row in the view."""
    editor = _open(window, qtbot, "aktiviteter", ActivitiesEditor)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Läxhjälp", True))
    editor.add_button.click()
    return int(editor.view.currentIndex().row())


def _type_in_cell(
    qtbot: QtBot, view: QAbstractItemView, row: int, column: int, text: str
) -> QLineEdit:
    """Select a cell and type as into a spreadsheet: the first key opens the cell editor."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, text[0])
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit), "no cell editor opened"
    assert field.parent() is view.viewport(), "no cell editor opened"
    qtbot.keyClicks(field, text[1:])
    return field


@pytest.mark.parametrize("typed", ["2027-02-01", "2027-2-1", "1/2 2027", "20270201"])
def test_a_date_is_typed_into_an_empty_cell(
    window: MainWindow,
    example_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    typed: str,
) -> None:
    row = _new_activity(window, qtbot, monkeypatch)
    view = editor_of(window, "aktiviteter", ActivitiesEditor).view
    start = _column(view, "Start")
    assert view.model().index(row, start).data() == ""
    field = _type_in_cell(qtbot, view, row, start, typed)
    assert field.text() == typed
    qtbot.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert on_disk(example_path).aktiviteter[-1].startdatum == dt.date(2027, 2, 1)
    assert view.model().index(row, start).data() == "2027-02-01"


@pytest.mark.parametrize("typed", ["2027-12-24", "24/12 2027", "20271224"])
def test_a_date_is_typed_over_a_filled_cell(
    window: MainWindow, example_path: Path, qtbot: QtBot, typed: str
) -> None:
    view = _open(window, qtbot, "aktiviteter", ActivitiesEditor).view
    end = _column(view, "Slutdatum")
    assert view.model().index(0, end).data() == "2027-09-30"
    field = _type_in_cell(qtbot, view, 0, end, typed)
    assert field.text() == typed  # typing replaces the date that was there
    qtbot.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert on_disk(example_path).aktiviteter[0].slutdatum == dt.date(2027, 12, 24)
    assert view.model().index(0, end).data() == "2027-12-24"


def test_a_date_that_is_no_date_is_refused_and_changes_nothing(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    view = _open(window, qtbot, "aktiviteter", ActivitiesEditor).view
    start = _column(view, "Start")
    field = _type_in_cell(qtbot, view, 0, start, "31/2 2027")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert workspace_of(window).message.text() == "”31/2 2027” är inget giltigt datum."
    assert on_disk(example_path).aktiviteter[0].startdatum == dt.date(2027, 1, 15)
    assert view.model().index(0, start).data() == "2027-01-15"


def test_a_cell_opened_and_left_unchanged_adds_no_undo_step(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = _open(window, qtbot, "aktiviteter", ActivitiesEditor).view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, _column(view, "Start")))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    assert context_of(window).undo_stack.count() == 0


POPUP_ON_OFFSCREEN = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard)"
)
"""The test platform says so for every popup window; a real screen does both."""


def _calendar_of(
    qtbot: QtBot, view: QAbstractItemView, row: int, column: int
) -> tuple[DateField, QCalendarWidget]:
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    field = QApplication.focusWidget()
    assert isinstance(field, DateField)
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.calendar is not None and field.calendar.isVisible()
    return field, field.calendar


@POPUP_ON_OFFSCREEN
def test_the_calendar_of_an_empty_cell_opens_at_the_plans_first_year(
    window: MainWindow, example_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = _new_activity(window, qtbot, monkeypatch)
    view = editor_of(window, "aktiviteter", ActivitiesEditor).view
    _field, calendar = _calendar_of(qtbot, view, row, _column(view, "Start"))
    assert context_of(window).plan.uppgifter.forsta_ar == 2027
    assert (calendar.yearShown(), calendar.monthShown()) == (2027, 1)
    assert calendar.selectedDate() == QDate(2027, 1, 1)
    calendar.setSelectedDate(QDate(2027, 3, 10))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter picks the date
    QApplication.processEvents()
    assert on_disk(example_path).aktiviteter[-1].startdatum == dt.date(2027, 3, 10)
    assert view.model().index(row, _column(view, "Start")).data() == "2027-03-10"


@POPUP_ON_OFFSCREEN
def test_the_calendar_of_a_filled_cell_opens_at_its_date(window: MainWindow, qtbot: QtBot) -> None:
    view = _open(window, qtbot, "aktiviteter", ActivitiesEditor).view
    field, calendar = _calendar_of(qtbot, view, 2, _column(view, "Slutdatum"))
    assert calendar.selectedDate() == QDate(2028, 6, 30)
    assert (calendar.yearShown(), calendar.monthShown()) == (2028, 6)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert field.calendar is None or not field.calendar.isVisible()
    assert context_of(window).undo_stack.count() == 0


# --- 10: undo and redo show what they change ------------------------------------------------


def test_undo_and_redo_go_to_the_activity_they_change(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    view = _open(window, qtbot, "aktiviteter", ActivitiesEditor).view
    owner = _column(view, "Ansvarig")
    field = _type_in_cell(qtbot, view, 3, owner, "Socialchef")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()
    activity = on_disk(example_path).aktiviteter[3]
    assert activity.ansvarig == "Socialchef"

    _open(window, qtbot, "drift", DriftbudgetEditor).view.setFocus()
    _ctrl(window, qtbot, Qt.Key.Key_Z)
    assert workspace_of(window).current == "aktiviteter"
    assert workspace_of(window).navigator.current_key() == "aktiviteter"
    assert view.currentIndex().data(ROW_ID_ROLE) == activity.id
    assert view.currentIndex().column() == owner
    assert on_disk(example_path).aktiviteter[3].ansvarig != "Socialchef"

    _open(window, qtbot, "internkontroll", InternalControlEditor).view.setFocus()
    _ctrl(window, qtbot, Qt.Key.Key_Y)
    assert workspace_of(window).current == "aktiviteter"
    assert view.currentIndex().data(ROW_ID_ROLE) == activity.id
    assert on_disk(example_path).aktiviteter[3].ansvarig == "Socialchef"


def test_undo_of_chapter_text_shows_the_chapter(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    """The secretary's case: the third Ctrl+Z emptied Inledning while Driftbudget was shown."""
    inledning = context_of(window).plan.kapitel[0]
    _open(window, qtbot, f"kapitel:{inledning.id}", ChapterEditor)
    text = workspace_of(window).chapter.text
    text.setFocus()
    text.selectAll()
    type_text(text, "Helt ny inledning.")
    workspace_of(window).flush()
    assert on_disk(example_path).kapitel[0].text == "Helt ny inledning.\n"

    _open(window, qtbot, "drift", DriftbudgetEditor).view.setFocus()
    _ctrl(window, qtbot, Qt.Key.Key_Z)
    assert workspace_of(window).current == f"kapitel:{inledning.id}"
    assert workspace_of(window).navigator.current_key() == f"kapitel:{inledning.id}"
    assert on_disk(example_path).kapitel[0].text == inledning.text
    assert "Helt ny inledning." not in text.toPlainText()
    assert text.hasFocus()


def test_undo_goes_to_the_budget_row_and_the_indicator(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    drift = _open(window, qtbot, "drift", DriftbudgetEditor).view
    budget = _column(drift, "Budget 2027")
    field = _type_in_cell(qtbot, drift, 1, budget, "50000")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()
    row = on_disk(example_path).driftbudget[1]

    goals = _open(window, qtbot, "mal", GoalsEditor)
    indicator = context_of(window).plan.indikatorer[2]
    goals.select(INDICATOR, indicator.id)
    target = _column(goals.indicators, "2028")
    row_in_table = next(
        r
        for r in range(goals.indicators.model().rowCount())
        if goals.indicators.model().index(r, 0).data(ROW_ID_ROLE) == indicator.id
    )
    field = _type_in_cell(qtbot, goals.indicators, row_in_table, target, "99")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert on_disk(example_path).indikatorer[2].malnivaer[2028] == Decimal(99)

    _open(window, qtbot, "uppgifter", FrontMatterEditor)
    workspace_of(window).navigator.setFocus()
    _ctrl(window, qtbot, Qt.Key.Key_Z)  # the target: Mål opens with the indicator selected
    assert workspace_of(window).current == "mal"
    assert goals.tree.currentIndex().data() == indicator.namn
    assert goals.indicators.currentIndex().data(ROW_ID_ROLE) == indicator.id
    assert on_disk(example_path).indikatorer[2].malnivaer[2028] == indicator.malnivaer[2028]

    _ctrl(window, qtbot, Qt.Key.Key_Z)  # the budget cell: Driftbudget opens at its row
    assert workspace_of(window).current == "drift"
    assert drift.currentIndex().data(ROW_ID_ROLE) == row.id
    assert drift.currentIndex().column() == budget
    assert on_disk(example_path).driftbudget[1].belopp != row.belopp


def test_undoing_a_chapter_removal_shows_it_and_counts_it(
    window: MainWindow, example_path: Path, qtbot: QtBot, answers: Answers
) -> None:
    workspace = workspace_of(window)
    chapter = context_of(window).plan.kapitel[3]
    _open(window, qtbot, f"kapitel:{chapter.id}", ChapterEditor)
    sections = len(workspace.navigator.leaf_keys())
    answers.will_click("Ta bort")
    workspace.chapter.remove_button.click()
    assert chapter.id not in [k.id for k in on_disk(example_path).kapitel]
    assert workspace.step_label.text().endswith(f" av {sections - 1}")

    _open(window, qtbot, "drift", DriftbudgetEditor).view.setFocus()
    _ctrl(window, qtbot, Qt.Key.Key_Z)
    key = f"kapitel:{chapter.id}"
    assert workspace.current == key
    assert workspace.navigator.current_key() == key
    assert workspace.chapter.rubrik.text() == chapter.rubrik
    position = workspace.navigator.leaf_keys().index(key) + 1
    assert workspace.step_label.text() == f"Avsnitt {position} av {sections}"
    assert [k.id for k in on_disk(example_path).kapitel][3] == chapter.id


def test_every_section_has_a_place_to_go(example_path: Path) -> None:
    plan = _example(example_path)

    def undo(doc: object) -> Change:
        raise AssertionError

    for section in Section:
        change = Change(section, ItemKind.GRANSKNING, None, undo)
        assert place_of(change, plan, "uppgifter").key == section


def _example(path: Path) -> PlanSnapshot:
    with PlanDocument.open(path, read_only=True) as document:
        return read_plan(document)


def test_a_change_of_several_goes_to_its_row_not_its_verksamhet(example_path: Path) -> None:
    plan = _example(example_path)

    def undo(doc: object) -> Change:
        raise AssertionError

    added = Change(
        Section.DRIFT,
        ItemKind.FLERA,
        None,
        undo,
        parts=(
            Change(Section.DRIFT, ItemKind.VERKSAMHET, 9, undo),
            Change(Section.RESULTAT, ItemKind.RESULTAT_RAD, 4, undo),
        ),
    )
    place = place_of(added, plan, "mal")
    assert (place.key, place.kind, place.row) == ("resultat", "resultat_rad", (4, "intakter"))
    # Granskning's marks name the page they were set on.
    review = Change(Section.INVESTERINGAR, ItemKind.GRANSKNING, None, undo)
    assert place_of(review, plan, "investeringar").key == "investeringar"
    assert place_of(review, plan, "mal").key == "investeringar"


# --- 11: removing an item with content asks first ------------------------------------------


@dataclasses.dataclass
class Answers:
    """The buttons the question box will click, in order, and what it asked: (question,
    default button, buttons)."""

    queue: list[str] = dataclasses.field(default_factory=list)
    asked: list[tuple[str, str, list[str]]] = dataclasses.field(default_factory=list)

    def will_click(self, button: str) -> None:
        self.queue.append(button)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Every question box is answered with the next button in the queue."""
    given = Answers()

    def exec_(box: QMessageBox) -> int:
        buttons = sorted(b.text() for b in box.buttons())  # (their order is the platform's)
        given.asked.append((box.text(), box.defaultButton().text(), buttons))
        choice = given.queue.pop(0)
        next(b for b in box.buttons() if b.text() == choice).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return given


def test_removing_a_chapter_with_text_asks_and_avbryt_keeps_it(
    window: MainWindow, example_path: Path, qtbot: QtBot, answers: Answers
) -> None:
    chapter = on_disk(example_path).kapitel[3]
    _open(window, qtbot, f"kapitel:{chapter.id}", ChapterEditor)
    answers.will_click("Avbryt")
    workspace_of(window).chapter.remove_button.click()
    assert answers.asked == [
        (
            f"Ta bort kapitlet ”Planeringsförutsättningar och omvärldsanalys” med 1{NBSP}759 "
            "tecken text?",
            "Avbryt",
            ["Avbryt", "Ta bort"],
        )
    ]
    assert on_disk(example_path).kapitel[3] == chapter
    assert context_of(window).undo_stack.count() == 0

    answers.will_click("Ta bort")
    workspace_of(window).chapter.remove_button.click()
    assert chapter.id not in [k.id for k in on_disk(example_path).kapitel]
    window.undo()
    assert on_disk(example_path).kapitel[3] == chapter


def test_removing_an_empty_chapter_does_not_ask(
    window: MainWindow,
    example_path: Path,
    qtbot: QtBot,
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Bilagor", True))
    _open(window, qtbot, "kapitel", ChapterEditor)
    workspace_of(window).chapter.add_button.click()
    workspace_of(window).chapter.remove_button.click()
    assert answers.asked == []
    assert "Bilagor" not in [k.rubrik for k in on_disk(example_path).kapitel]


def test_removing_a_goal_with_indicators_asks(
    window: MainWindow,
    example_path: Path,
    qtbot: QtBot,
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    goals = _open(window, qtbot, "mal", GoalsEditor)
    plan = context_of(window).plan
    goal = plan.namndsmal[1]
    indicators = [i for i in plan.indikatorer if i.namndsmal_id == goal.id]
    activities = [a for a in plan.aktiviteter if a.namndsmal_id == goal.id]
    sub_goals = [g for g in plan.namndsmal if g.overordnat_id == goal.id]
    goals.select(GOAL, goal.id)
    answers.will_click("Avbryt")
    goals.remove.click()
    assert answers.asked[-1][0] == (
        "Ta bort målet ”1 Barn och unga som får stöd från nämnden får en bättre "
        "livssituation.” med 1 delmål, 3 indikatorer och en beskrivning? 4 aktiviteter som hör "
        "till målen blir kvar utan mål."
    )
    assert (len(sub_goals), len(indicators), len(activities)) == (1, 3, 4)
    assert goal in on_disk(example_path).namndsmal

    answers.will_click("Ta bort")
    goals.remove.click()
    assert goal not in on_disk(example_path).namndsmal
    assert sub_goals[0] not in on_disk(example_path).namndsmal  # the goal under it went too
    window.undo()
    assert goal in on_disk(example_path).namndsmal
    assert sub_goals[0] in on_disk(example_path).namndsmal

    # a new goal holds nothing: removed at once
    click_and_answer(qtbot, goals.add_goal, goal_answer(qtbot, "Tomt mål"))
    assert "Tomt mål" in [g.text for g in on_disk(example_path).namndsmal]
    asked = len(answers.asked)
    goals.remove.click()
    assert len(answers.asked) == asked
    assert "Tomt mål" not in [g.text for g in on_disk(example_path).namndsmal]


def test_removing_a_malomrade_with_goals_asks(
    window: MainWindow, example_path: Path, qtbot: QtBot, answers: Answers
) -> None:
    goals = _open(window, qtbot, "mal", GoalsEditor)
    area = context_of(window).plan.malomraden[0]
    goals.select(AREA, area.id)
    answers.will_click("Avbryt")
    goals.remove.click()
    assert answers.asked[-1][0].startswith(f"Ta bort målområdet ”{area.rubrik}” med 5 mål, ")
    assert "indikatorer" in answers.asked[-1][0] and "kf" not in answers.asked[-1][0].lower()
    assert area in on_disk(example_path).malomraden


def test_removing_an_activity_with_a_description_asks(
    window: MainWindow,
    example_path: Path,
    qtbot: QtBot,
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = _open(window, qtbot, "aktiviteter", ActivitiesEditor)
    activity = on_disk(example_path).aktiviteter[0]
    editor.view.setCurrentIndex(editor.view.model().index(0, 0))
    answers.will_click("Avbryt")
    editor.remove_button.click()
    assert answers.asked[-1][0] == (
        "Ta bort aktiviteten ”Införa gemensam modell för riskbedömning vid våld i nära "
        "relationer” med en beskrivning på 66 tecken?"
    )
    assert on_disk(example_path).aktiviteter[0] == activity
    answers.will_click("Ta bort")
    editor.remove_button.click()
    assert activity not in on_disk(example_path).aktiviteter

    _new_activity(window, qtbot, monkeypatch)  # no description: removed without a question
    asked = len(answers.asked)
    editor.remove_button.click()
    assert len(answers.asked) == asked
    assert "Läxhjälp" not in [a.namn for a in on_disk(example_path).aktiviteter]


def test_removing_a_filled_control_point_asks_and_a_new_one_goes_at_once(
    window: MainWindow, example_path: Path, qtbot: QtBot, answers: Answers
) -> None:
    editor = _open(window, qtbot, "internkontroll", InternalControlEditor)
    before = len(on_disk(example_path).internkontroll)
    editor.add_button.click()
    assert len(on_disk(example_path).internkontroll) == before + 1
    editor.remove_button.click()
    assert answers.asked == []
    assert len(on_disk(example_path).internkontroll) == before
    editor.view.setCurrentIndex(editor.proxy.index(0, 0))
    answers.will_click("Avbryt")
    editor.remove_button.click()
    assert answers.asked[-1][0].startswith("Ta bort kontrollpunkten ”")
    assert len(on_disk(example_path).internkontroll) == before


def test_removing_a_key_figure_table_with_rows_asks(
    window: MainWindow, example_path: Path, qtbot: QtBot, answers: Answers
) -> None:
    editor = _open(window, qtbot, "nyckeltal", NyckeltalEditor)
    table = on_disk(example_path).nyckeltal[0]
    answers.will_click("Avbryt")
    _button(editor, "Ta bort tabell").click()
    assert answers.asked[-1][0].startswith(f"Ta bort tabellen ”{table.rubrik}” med ")
    assert on_disk(example_path).nyckeltal[0] == table


def _button(editor: QWidget, text: str) -> QPushButton:
    return next(b for b in editor.findChildren(QPushButton) if b.text() == text)


def test_the_question_names_the_chapter_and_its_size(example_path: Path) -> None:
    plan = _example(example_path)
    chapter = dataclasses.replace(plan.kapitel[0], rubrik="Omvärldsanalys", text="x" * 1240)
    assert removal_question(
        dataclasses.replace(plan, kapitel=(chapter,)), ItemKind.KAPITEL, chapter.id
    ) == (f"Ta bort kapitlet ”Omvärldsanalys” med 1{NBSP}240 tecken text?")
    blank = dataclasses.replace(chapter, text="  \n ")
    assert (
        removal_question(dataclasses.replace(plan, kapitel=(blank,)), ItemKind.KAPITEL, blank.id)
        is None
    )


def test_a_long_name_is_cut_after_a_whole_word(example_path: Path) -> None:
    plan = _example(example_path)
    first, goal, *rest = plan.namndsmal
    goal = dataclasses.replace(goal, kod="", text="Alla " + "barn och unga " * 10 + "ska må bra.")
    plan = dataclasses.replace(plan, namndsmal=(first, goal, *rest), aktiviteter=())
    assert removal_question(plan, ItemKind.NAMNDSMAL, goal.id) == (
        "Ta bort målet ”Alla barn och unga barn och unga barn och unga barn och unga barn "
        "och…” med 1 delmål, 3 indikatorer och en beskrivning?"
    )
