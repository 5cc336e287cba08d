"""The activities at a follow-up period, as the secretary fills them in: status, comment and
revised end date typed in the grid reach the plan file and undo, a status shows its marker and
its word, an activity past its end date while still under way is marked and says why, a paste
is all or nothing, and an adopted plan's follow-up stays writable while a reported period
does not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox

from tests.ui.helpers import column_of, edit_cell, on_disk, type_text
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import UppfoljningStatus
from vplan_desktop.follow_up import Mall
from vplan_desktop.follow_up_data import AktivitetUppfoljning
from vplan_desktop.services import adoption, follow_up
from vplan_desktop.storage.working import EditSession
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.follow_up_activities import FollowUpActivitiesEditor
from vplan_desktop.ui.models.follow_up_activities import PASSED_TINT, FollowUpActivityModel

PERIOD = "Delår april 2027"
YEAR_END = "Årsredovisning 2027"
FILLED = "Delår augusti 2027"


@pytest.fixture
def period_path(example_path: Path) -> Path:
    """The example plan with the tertial periods of 2027 (Delår april 2027 is empty)."""
    with PlanDocument.open(example_path) as doc:
        follow_up.add_periods(doc, Mall.TERTIAL, 2027)
    return example_path


@pytest.fixture
def filled_path(followed_up_path: Path) -> Path:
    """The example plan as shipped, with its filled-in Delår augusti 2027."""
    return followed_up_path


def _period_id(path: Path, name: str = PERIOD) -> int:
    found = on_disk(path).uppfoljning(name)
    assert found is not None
    return found.id


@pytest.fixture
def contexts(qapp: object) -> Iterator[Callable[..., PlanContext]]:
    """Open a plan as the window does, showing a period; closed after the test."""
    opened: list[tuple[EditSession, PlanContext]] = []

    def open_plan(path: Path, name: str = PERIOD) -> PlanContext:
        session = EditSession.open(path)
        context = PlanContext(session)
        context.set_period(_period_id(path, name))
        opened.append((session, context))
        return context

    yield open_plan
    for session, context in opened:
        context.forget_history()
        session.close()


def _shown(qtbot: QtBot, context: PlanContext) -> FollowUpActivitiesEditor:
    """The editor on screen at a laptop's size, active so that cell editors get the keys."""
    editor = FollowUpActivitiesEditor(context)
    qtbot.addWidget(editor)
    editor.resize(1100, 700)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def _held(path: Path, activity_id: int, name: str = PERIOD) -> AktivitetUppfoljning:
    """What the plan file holds for an activity at a period."""
    period = on_disk(path).uppfoljning(name)
    assert period is not None
    return period.activity(activity_id)


def _cell(view: QAbstractItemView, row: int, header: str, role: int = 0) -> object:
    return view.model().index(row, column_of(view, header)).data(role)


def _choose_status(qtbot: QtBot, view: QAbstractItemView, row: int, text: str) -> None:
    """F2 on a Status cell, type the status's name into its picker, Enter."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column_of(view, "Status")))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    while combo is not None and not isinstance(combo, QComboBox):
        combo = combo.parentWidget()
    assert isinstance(combo, QComboBox), "no status picker opened"
    line = combo.lineEdit()
    assert line is not None
    line.selectAll()
    type_text(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_status_comment_and_revised_end_date_typed_reach_the_file_and_undo(
    qtbot: QtBot, period_path: Path, contexts: Callable[..., PlanContext]
) -> None:
    context = contexts(period_path)
    editor = _shown(qtbot, context)
    view = editor.view
    first = on_disk(period_path).aktiviteter[0]
    assert _cell(view, 0, "Aktivitet") == first.namn
    assert _cell(view, 0, "Slutdatum") == "2027-09-30"  # the plan's, read-only
    assert not view.model().index(0, column_of(view, "Slutdatum")).flags() & (
        Qt.ItemFlag.ItemIsEditable
    )

    _choose_status(qtbot, view, 0, "Pågår")
    edit_cell(qtbot, view, 0, column_of(view, "Kommentar"), "Utbildning i maj.")
    edit_cell(qtbot, view, 0, column_of(view, "Reviderat slutdatum"), "31/10 2027")

    assert _held(period_path, first.id) == AktivitetUppfoljning(
        UppfoljningStatus.PAGAR, "Utbildning i maj.", dt.date(2027, 10, 31)
    )
    assert _cell(view, 0, "Status") == "Pågår"
    assert isinstance(_cell(view, 0, "Status", Qt.ItemDataRole.DecorationRole), QIcon)
    assert _cell(view, 0, "Reviderat slutdatum") == "2027-10-31"
    assert "1 pågår" in editor.summary.text()
    plan_row = on_disk(period_path).aktiviteter[0]
    assert plan_row == first  # the plan's own activity is untouched

    for _ in range(3):
        context.undo_stack.undo()
    assert _held(period_path, first.id) == AktivitetUppfoljning()
    assert _cell(view, 0, "Status") == ""


def test_each_status_has_its_own_marker_beside_its_word(
    qtbot: QtBot, filled_path: Path, contexts: Callable[..., PlanContext]
) -> None:
    context = contexts(filled_path, FILLED)
    editor = _shown(qtbot, context)
    view = editor.view
    seen: dict[str, bytes] = {}
    for row in range(view.model().rowCount()):
        word = str(_cell(view, row, "Status"))
        if not word:
            assert _cell(view, row, "Status", Qt.ItemDataRole.DecorationRole) is None
            continue
        icon = _cell(view, row, "Status", Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon), f"{word}: no marker"
        image = icon.pixmap(16, 16).toImage()
        seen[word] = bytes(image.constBits())
    assert set(seen) == {"Pågår", "Ej påbörjad", "Klar", "Avbruten", "Senarelagd"}
    assert len(set(seen.values())) == 5  # five different markers


def test_an_activity_past_its_end_date_still_under_way_is_marked(
    qtbot: QtBot, period_path: Path, contexts: Callable[..., PlanContext]
) -> None:
    context = contexts(period_path, YEAR_END)  # ends 2027-12-31
    editor = _shown(qtbot, context)
    view = editor.view
    assert "passerat" not in editor.summary.text()
    _choose_status(qtbot, view, 0, "pågår")  # ends 2027-09-30 in the plan
    _choose_status(qtbot, view, 1, "Klar")  # ends 2027-12-31: on time either way

    assert _cell(view, 0, "Slutdatum", Qt.ItemDataRole.BackgroundRole) == QBrush(PASSED_TINT)
    assert isinstance(_cell(view, 0, "Slutdatum", Qt.ItemDataRole.DecorationRole), QIcon)
    tip = str(_cell(view, 0, "Aktivitet", Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith("Slutdatum har passerats (2027-09-30) men aktiviteten har status ”Pågår”")
    assert _cell(view, 1, "Slutdatum", Qt.ItemDataRole.BackgroundRole) is None
    assert "1 har passerat slutdatum" in editor.summary.text()

    # A revised end date after the period's end lifts the mark.
    edit_cell(qtbot, view, 0, column_of(view, "Reviderat slutdatum"), "2028-03-31")
    assert _cell(view, 0, "Slutdatum", Qt.ItemDataRole.BackgroundRole) is None
    assert "passerat" not in editor.summary.text()


def test_a_paste_is_one_action_and_all_or_nothing(
    qtbot: QtBot, period_path: Path, contexts: Callable[..., PlanContext]
) -> None:
    context = contexts(period_path)
    messages: list[str] = []
    context.failed.connect(messages.append)
    editor = _shown(qtbot, context)
    view = editor.view
    ids = [a.id for a in on_disk(period_path).aktiviteter[:2]]
    view.setCurrentIndex(view.model().index(0, column_of(view, "Status")))
    assert view.paste("Pågår\tI gång\nKlar\tFärdig\n")
    assert [_held(period_path, i).status for i in ids] == [
        UppfoljningStatus.PAGAR,
        UppfoljningStatus.KLAR,
    ]
    assert _held(period_path, ids[1]).kommentar == "Färdig"

    view.setCurrentIndex(view.model().index(0, column_of(view, "Status")))
    assert not view.paste("Avbruten\tStoppad\t31 feb 2027\n")
    assert messages[-1].startswith("Inget klistrades in. Rad 1, Reviderat slutdatum:")
    assert _held(period_path, ids[0]).status is UppfoljningStatus.PAGAR  # nothing changed

    assert not view.paste("Halvklar\n")
    assert "Status" in messages[-1] and "Halvklar" in messages[-1]

    context.undo_stack.undo()  # the good paste was one step
    assert [_held(period_path, i) for i in ids] == [AktivitetUppfoljning()] * 2


def test_an_adopted_plans_follow_up_stays_writable(
    qtbot: QtBot, period_path: Path, contexts: Callable[..., PlanContext]
) -> None:
    with PlanDocument.open(period_path) as doc:
        adoption.adopt(doc, dt.date(2026, 11, 20), "112")
    context = contexts(period_path)
    assert context.read_only  # the plan itself is frozen
    editor = _shown(qtbot, context)
    view = editor.view
    assert view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    first = on_disk(period_path).aktiviteter[0].id
    edit_cell(qtbot, view, 0, column_of(view, "Kommentar"), "Efter antagandet.")
    assert _held(period_path, first).kommentar == "Efter antagandet."
    view.setCurrentIndex(view.model().index(0, column_of(view, "Status")))
    assert view.paste("Klar\n")
    assert _held(period_path, first).status is UppfoljningStatus.KLAR


def test_a_reported_period_is_read_only(
    qtbot: QtBot, period_path: Path, contexts: Callable[..., PlanContext]
) -> None:
    with PlanDocument.open(period_path) as doc:
        follow_up.mark_reported(doc, _period_id(period_path), dt.date(2027, 5, 20))
    context = contexts(period_path)
    messages: list[str] = []
    context.failed.connect(messages.append)
    editor = _shown(qtbot, context)
    view = editor.view
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert "Rapporterad 2027-05-20" in editor.period_label.text()
    index = view.model().index(0, column_of(view, "Kommentar"))
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert QApplication.focusWidget() is view  # no cell editor opened
    assert not view.paste("Ändrat\n")
    assert on_disk(period_path).uppfoljning(PERIOD).aktiviteter == {}  # type: ignore[union-attr]


def test_switching_period_shows_that_periods_columns(
    qtbot: QtBot, filled_path: Path, contexts: Callable[..., PlanContext]
) -> None:
    with PlanDocument.open(filled_path) as doc:
        follow_up.add_periods(doc, Mall.TERTIAL, 2027)
    context = contexts(filled_path)
    editor = _shown(qtbot, context)
    view = editor.view
    assert _cell(view, 0, "Status") == ""
    context.set_period(_period_id(filled_path, FILLED))
    assert _cell(view, 0, "Status") == "Pågår"
    assert str(_cell(view, 0, "Kommentar")).startswith("Modellen är beslutad")
    context.set_period(None)
    assert view.model().rowCount() == 0


def test_the_model_passes_qts_checks(
    qtmodeltester: ModelTester, filled_path: Path, contexts: Callable[..., PlanContext]
) -> None:
    context = contexts(filled_path, FILLED)
    model = FollowUpActivityModel(context)
    qtmodeltester.check(model)
    context.set_period(None)
    qtmodeltester.check(model)
