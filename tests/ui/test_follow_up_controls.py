"""Internkontroll at a follow-up period, as the secretary fills it in: Utförd picked Ja, Nej
or left blank, the deviation and its åtgärd typed, a deviation without åtgärd marked, a
paste all or nothing, the plan's texts never changed here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox

from tests.ui.helpers import column_of, edit_cell, on_disk, type_text
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.follow_up import Mall
from vplan_desktop.follow_up_data import KontrollResultat
from vplan_desktop.services import adoption, follow_up
from vplan_desktop.storage.working import EditSession
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.follow_up_controls import FollowUpControlsEditor
from vplan_desktop.ui.models.follow_up_controls import FollowUpControlsModel
from vplan_desktop.ui.models.follow_up_table import NEEDS_TEXT

PERIOD = "Delår april 2027"


@pytest.fixture
def period_path(example_path: Path) -> Path:
    """The example plan with the tertial periods of 2027 (Delår april 2027 is empty)."""
    with PlanDocument.open(example_path) as doc:
        follow_up.add_periods(doc, Mall.TERTIAL, 2027)
    april = on_disk(example_path).uppfoljning(PERIOD)
    assert april is not None and not april.kontroller
    return example_path


def _period_id(path: Path) -> int:
    found = on_disk(path).uppfoljning(PERIOD)
    assert found is not None
    return found.id


@pytest.fixture
def context(qapp: object, period_path: Path) -> Iterator[PlanContext]:
    session = EditSession.open(period_path)
    ctx = PlanContext(session)
    ctx.set_period(_period_id(period_path))
    yield ctx
    ctx.forget_history()
    session.close()


@pytest.fixture
def editor(qtbot: QtBot, context: PlanContext) -> FollowUpControlsEditor:
    """The editor on screen at a laptop's size, active so that cell editors get the keys."""
    shown = FollowUpControlsEditor(context)
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    return shown


def _results(path: Path) -> list[KontrollResultat]:
    """Each control point's result at the period, in the plan file."""
    plan = on_disk(path)
    period = plan.uppfoljning(PERIOD)
    assert period is not None
    return [period.control(k.id) for k in plan.internkontroll]


def _pick(qtbot: QtBot, view: QAbstractItemView, row: int, typed: str) -> None:
    """Open the Utförd cell with F2, type a choice as a user would and press Enter."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column_of(view, "Utförd")))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    if not isinstance(combo, QComboBox):
        combo = combo.parentWidget() if combo is not None else None
    assert isinstance(combo, QComboBox), "no picker opened"
    assert [combo.itemText(n) for n in range(combo.count())] == ["Ja", "Nej", "–"]
    line = combo.lineEdit()
    assert line is not None
    line.selectAll()
    type_text(line, typed)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_a_control_is_marked_carried_out_or_not_and_undone(
    qtbot: QtBot, editor: FollowUpControlsEditor, context: PlanContext, period_path: Path
) -> None:
    view = editor.view
    assert editor.heading.text() == "<h2>Internkontroll – uppföljning</h2>"
    assert view.accessibleName() == "Internkontroll – uppföljning"
    first = on_disk(period_path).internkontroll[0]
    assert view.model().index(0, 0).data() == first.process
    assert view.model().index(0, column_of(view, "Kontrollmoment")).data() == (first.kontrollmoment)
    _pick(qtbot, view, 0, "Ja")
    _pick(qtbot, view, 1, "nej")
    assert [r.utford for r in _results(period_path)[:3]] == [True, False, None]
    assert [view.model().index(r, column_of(view, "Utförd")).data() for r in range(3)] == [
        "Ja",
        "Nej",
        "",
    ]
    _pick(qtbot, view, 0, "–")  # back to untold
    assert _results(period_path)[0].utford is None
    context.undo_stack.undo()
    assert _results(period_path)[0].utford is True
    context.undo_stack.undo()
    assert _results(period_path)[1].utford is None
    # The plan's own texts are shown, never typed over here.
    for header in ("Process/rutin", "Risk", "Kontrollmoment"):
        flags = view.model().index(0, column_of(view, header)).flags()
        assert not flags & Qt.ItemFlag.ItemIsEditable, header


def test_a_deviation_without_atgard_is_marked_until_one_is_written(
    qtbot: QtBot, editor: FollowUpControlsEditor, period_path: Path
) -> None:
    view = editor.view
    atgard = column_of(view, "Åtgärd")
    edit_cell(
        qtbot, view, 2, column_of(view, "Avvikelse"), "Tre anmälningar förhandsbedömdes sent."
    )
    assert _results(period_path)[2].avvikelse == "Tre anmälningar förhandsbedömdes sent."
    marked = view.model().index(2, atgard).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(marked, QBrush) and marked.color() == NEEDS_TEXT
    assert "ingen åtgärd" in view.model().index(2, atgard).data(Qt.ItemDataRole.ToolTipRole)
    assert view.model().index(3, atgard).data(Qt.ItemDataRole.BackgroundRole) is None

    edit_cell(qtbot, view, 2, atgard, "Veckovis genomgång av inkomna anmälningar.")
    assert _results(period_path)[2].atgard == "Veckovis genomgång av inkomna anmälningar."
    assert view.model().index(2, atgard).data(Qt.ItemDataRole.BackgroundRole) is None


def test_a_paste_with_a_bad_utford_changes_nothing(
    editor: FollowUpControlsEditor, context: PlanContext, period_path: Path
) -> None:
    view = editor.view
    messages: list[str] = []
    context.failed.connect(messages.append)
    view.setCurrentIndex(view.model().index(0, column_of(view, "Utförd")))
    assert not view.paste("Ja\tInga fel\t\nkanske\tFel mottagare\tStickprov igen\n")
    assert messages[-1].startswith("Inget klistrades in. Rad 2, Utförd:")
    assert all(r == KontrollResultat() for r in _results(period_path))

    assert view.paste("Ja\tInga fel\t\nNej\tFel mottagare\tStickprov igen\n")
    assert _results(period_path)[:2] == [
        KontrollResultat(True, "Inga fel", ""),
        KontrollResultat(False, "Fel mottagare", "Stickprov igen"),
    ]
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert all(r == KontrollResultat() for r in _results(period_path))


def test_an_adopted_plans_controls_are_followed_up(
    qtbot: QtBot, example_path: Path, period_path: Path
) -> None:
    with PlanDocument.open(period_path) as doc:
        adoption.adopt(doc, dt.date(2026, 11, 20), "112")
    session = EditSession.open(period_path)
    ctx = PlanContext(session)
    try:
        ctx.set_period(_period_id(period_path))
        assert ctx.read_only
        shown = FollowUpControlsEditor(ctx)
        qtbot.addWidget(shown)
        shown.show()
        shown.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
        view = shown.view
        assert view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
        edit_cell(qtbot, view, 0, column_of(view, "Avvikelse"), "Inga")
        assert _results(period_path)[0].avvikelse == "Inga"
    finally:
        ctx.forget_history()
        session.close()


def test_a_reported_periods_controls_are_read_only(
    qtbot: QtBot, context: PlanContext, period_path: Path
) -> None:
    context.edit_follow_up(
        "Rapportera",
        lambda doc: follow_up.mark_reported(doc, _period_id(period_path), dt.date(2027, 5, 20)),
    )
    shown = FollowUpControlsEditor(context)
    qtbot.addWidget(shown)
    shown.show()
    view = shown.view
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert "Rapporterad 2027-05-20" in shown.period_label.text()
    messages: list[str] = []
    context.failed.connect(messages.append)
    view.setCurrentIndex(view.model().index(0, column_of(view, "Avvikelse")))
    assert not view.paste("Fel belopp\n")
    assert "rapporterad" in messages[-1]
    assert _results(period_path)[0] == KontrollResultat()
    # Undoing the report opens the period again, and the page with it.
    context.undo_stack.undo()
    assert view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers


def test_the_model_keeps_qts_rules(context: PlanContext, qtmodeltester: ModelTester) -> None:
    model = FollowUpControlsModel(context)
    qtmodeltester.check(model)
    context.set_period(None)
    qtmodeltester.check(model)
    assert model.rowCount() == 0
