"""The budget at a follow-up period, as the secretary fills it in: utfall and prognos typed the
Swedish way reach the plan file, the avvikelse shown is the core's (budget − prognos, and
prognos − budget in the resultaträkning), a large deviation shows its marker and asks for a
comment, a paste is all or nothing, and an adopted plan's follow-up stays writable while a
reported period does not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from tests.ui.helpers import (
    column_of,
    context_of,
    edit_cell,
    on_disk,
    shown_window,
    type_text,
    workspace_of,
)
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell, UppfoljningSlag
from vplan_desktop.follow_up import Mall
from vplan_desktop.formatting import NBSP
from vplan_desktop.sections import Section
from vplan_desktop.services import adoption, follow_up
from vplan_desktop.storage.working import EditSession
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.follow_up_budget import (
    FollowUpBudgetEditor,
    FollowUpDriftEditor,
    FollowUpInvesteringEditor,
    FollowUpResultatEditor,
)
from vplan_desktop.ui.models.follow_up_budget import (
    FollowUpDriftModel,
    FollowUpInvesteringModel,
    FollowUpResultatModel,
)
from vplan_desktop.ui.models.follow_up_table import NEEDS_TEXT

PERIOD = "Delår april 2027"
E = TypeVar("E", bound=FollowUpBudgetEditor)


@pytest.fixture
def period_path(example_path: Path) -> Path:
    """The example plan with the tertial periods of 2027 (Delår april 2027 is empty)."""
    with PlanDocument.open(example_path) as doc:
        follow_up.add_periods(doc, Mall.TERTIAL, 2027)
    april = on_disk(example_path).uppfoljning(PERIOD)
    assert april is not None and not (april.drift or april.resultat or april.investeringar)
    return example_path


def _period_id(path: Path, name: str = PERIOD) -> int:
    found = on_disk(path).uppfoljning(name)
    assert found is not None
    return found.id


@pytest.fixture
def contexts(qapp: object) -> Iterator[Callable[[Path], PlanContext]]:
    """Open a plan as the window does, showing Delår april 2027; closed after the test."""
    opened: list[tuple[EditSession, PlanContext]] = []

    def open_plan(path: Path) -> PlanContext:
        session = EditSession.open(path)
        context = PlanContext(session)
        context.set_period(_period_id(path))
        opened.append((session, context))
        return context

    yield open_plan
    for session, context in opened:
        context.forget_history()
        session.close()


def _shown(qtbot: QtBot, editor: E) -> E:
    """The editor on screen at a laptop's size, active so that cell editors get the keys."""
    qtbot.addWidget(editor)
    editor.resize(1100, 700)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def _cell(view: QAbstractItemView, row: int, header: str, role: int = 0) -> object:
    """What a cell shows (its text with plain spaces for the no-break ones, "1 720", "5 %")."""
    found = view.model().index(row, column_of(view, header)).data(role)
    return found.replace(NBSP, " ") if isinstance(found, str) else found


def _budget(path: Path, tabell: BudgetTabell = BudgetTabell.DRIFT) -> dict[int, Decimal]:
    """Each driftbudget row's Budget 2027 in the plan file, by row id."""
    plan = on_disk(path)
    column = next(c.id for c in plan.kolumner(tabell) if c.rubrik == "Budget 2027")
    return {r.id: Decimal(r.belopp[column]) for r in plan.driftbudget}


def test_utfall_and_prognos_typed_reach_the_file_and_avvikelse_is_budget_minus_prognos(
    qtbot: QtBot, period_path: Path, contexts: Callable[[Path], PlanContext]
) -> None:
    editor = _shown(qtbot, FollowUpDriftEditor(contexts(period_path)))
    view = editor.view
    assert editor.heading.text() == "<h2>Driftbudget – uppföljning</h2>"
    assert "avvikelsen är budget minus prognos för helåret" in editor.help_text
    headers = [view.model().headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == [
        "Verksamhet",
        "Budget 2027",
        "Utfall jan–apr",
        "Prognos helår",
        "Avvikelse",
        "Avvikelse %",
        "Kommentar",
    ]
    assert editor.caption_label.text() == "<i>Nettobelopp i tkr</i>"
    first = on_disk(period_path).driftbudget[0]
    budget = _budget(period_path)[first.id]
    assert _cell(view, 0, "Budget 2027") == "1 720" == f"{budget:,}".replace(",", " ")

    edit_cell(qtbot, view, 0, column_of(view, "Utfall jan–apr"), "-1 250,5")
    edit_cell(qtbot, view, 0, column_of(view, "Prognos helår"), "1 800")

    held = on_disk(period_path).uppfoljning(PERIOD)
    assert held is not None
    assert held.drift_row(first.id).utfall == Decimal("-1250.5")
    assert held.drift_row(first.id).prognos == Decimal(1800)
    # Every amount of the table with its one decimal; avvikelse 1 720 − 1 800 = −80.
    assert _cell(view, 0, "Utfall jan–apr") == "-1 250,5"
    assert _cell(view, 0, "Prognos helår") == "1 800,0"
    assert _cell(view, 0, "Avvikelse") == "-80,0"
    assert _cell(view, 0, "Avvikelse %") == "-4,7 %"  # 80 / 1 720, within 5 %
    assert _cell(view, 0, "Avvikelse %", Qt.ItemDataRole.DecorationRole) is None
    # Typing starts from the amount as stored, without the table's zeros.
    assert _cell(view, 0, "Prognos helår", Qt.ItemDataRole.EditRole) == "1 800"
    # The plan's budget and the computed figures cannot be typed over.
    for header in ("Verksamhet", "Budget 2027", "Avvikelse", "Avvikelse %"):
        flags = view.model().index(0, column_of(view, header)).flags()
        assert not flags & Qt.ItemFlag.ItemIsEditable, header


def test_the_summa_row_sums_the_rows(
    qtbot: QtBot, period_path: Path, contexts: Callable[[Path], PlanContext]
) -> None:
    editor = _shown(qtbot, FollowUpDriftEditor(contexts(period_path)))
    view = editor.view
    budgets = list(_budget(period_path).values())
    prognoses = [b + 100 for b in budgets]  # every verksamhet 100 tkr over its budget
    view.setCurrentIndex(view.model().index(0, column_of(view, "Prognos helår")))
    assert view.paste("".join(f"{p}\n" for p in prognoses))
    last = view.model().rowCount() - 1
    assert last == len(budgets)
    assert _cell(view, last, "Verksamhet") == "Summa"
    assert _cell(view, last, "Budget 2027") == f"{sum(budgets):,}".replace(",", " ")
    assert _cell(view, last, "Prognos helår") == f"{sum(prognoses):,}".replace(",", " ")
    assert _cell(view, last, "Avvikelse") == f"-{100 * len(budgets)}"
    total = view.model().index(last, 0).data(Qt.ItemDataRole.FontRole)
    assert total is not None and total.bold()
    assert not view.model().index(last, column_of(view, "Kommentar")).flags() & (
        Qt.ItemFlag.ItemIsEditable
    )


def test_a_large_deviation_shows_its_marker_and_asks_for_a_comment(
    qtbot: QtBot, period_path: Path, contexts: Callable[[Path], PlanContext]
) -> None:
    editor = _shown(qtbot, FollowUpDriftEditor(contexts(period_path)))
    view = editor.view
    edit_cell(qtbot, view, 1, column_of(view, "Prognos helår"), "52 000")  # budget 48 900
    edit_cell(qtbot, view, 2, column_of(view, "Prognos helår"), "14 500")  # budget 14 300
    assert _cell(view, 1, "Avvikelse") == "-3 100"
    assert _cell(view, 1, "Avvikelse %") == "-6,3 %"
    marker = _cell(view, 1, "Avvikelse %", Qt.ItemDataRole.DecorationRole)
    assert isinstance(marker, QIcon) and not marker.isNull()
    said = _cell(view, 1, "Avvikelse %", Qt.ItemDataRole.ToolTipRole)
    assert said == "Avvikelsen är större än 5 % – kommentera den"
    needs = _cell(view, 1, "Kommentar", Qt.ItemDataRole.BackgroundRole)
    assert isinstance(needs, QBrush) and needs.color() == NEEDS_TEXT
    assert _cell(view, 1, "Avvikelse", Qt.ItemDataRole.ForegroundRole) is not None
    # Within the threshold: no marker, no request.
    assert _cell(view, 2, "Avvikelse %", Qt.ItemDataRole.DecorationRole) is None
    assert _cell(view, 2, "Kommentar", Qt.ItemDataRole.BackgroundRole) is None

    edit_cell(qtbot, view, 1, column_of(view, "Kommentar"), "Fler placeringar än väntat.")
    held = on_disk(period_path).uppfoljning(PERIOD)
    assert held is not None
    assert held.drift_row(on_disk(period_path).driftbudget[1].id).kommentar == (
        "Fler placeringar än väntat."
    )
    assert _cell(view, 1, "Kommentar", Qt.ItemDataRole.BackgroundRole) is None
    assert _cell(view, 1, "Avvikelse %", Qt.ItemDataRole.DecorationRole) is not None
    said = _cell(view, 1, "Avvikelse %", Qt.ItemDataRole.ToolTipRole)
    assert said == "Avvikelsen är större än 5 %; kommenterad."


def test_typing_into_a_cell_without_f2_and_undo(
    qtbot: QtBot, period_path: Path, contexts: Callable[[Path], PlanContext]
) -> None:
    context = contexts(period_path)
    editor = _shown(qtbot, FollowUpDriftEditor(context))
    view = editor.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(3, column_of(view, "Utfall jan–apr")))
    type_text(view, "1")  # the first key opens the cell, as in Excel
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit)
    type_text(field, "2 500")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()
    row = on_disk(period_path).driftbudget[3].id
    held = on_disk(period_path).uppfoljning(PERIOD)
    assert held is not None and held.drift_row(row).utfall == Decimal(12500)
    assert view.currentIndex().row() == 4  # Enter went on down, as in the plan's grids
    assert context.undo_stack.undoText() == "Ändra utfallet för Ekonomiskt bistånd"
    # A cell opened and left as it was, or Delete on empty cells, adds no undo step.
    view.setCurrentIndex(view.model().index(3, column_of(view, "Utfall jan–apr")))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit) and field.text() == "12 500".replace(" ", NBSP)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()
    view.setCurrentIndex(view.model().index(5, column_of(view, "Kommentar")))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert context.undo_stack.count() == 1

    context.undo_stack.undo()
    held = on_disk(period_path).uppfoljning(PERIOD)
    assert held is not None and held.drift_row(row).utfall is None
    assert _cell(view, 3, "Utfall jan–apr") == ""
    context.undo_stack.redo()
    assert _cell(view, 3, "Utfall jan–apr") == "12 500"


def test_a_wrong_amount_is_refused_and_the_cell_stays_open(
    qtbot: QtBot, period_path: Path, contexts: Callable[[Path], PlanContext]
) -> None:
    context = contexts(period_path)
    editor = _shown(qtbot, FollowUpDriftEditor(context))
    view = editor.view
    messages: list[str] = []
    context.failed.connect(messages.append)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, column_of(view, "Prognos helår")))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit)
    type_text(field, "tolv")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert messages and messages[-1].startswith("Prognosen")
    assert QApplication.focusWidget() is field  # to be corrected, not typed again
    held = on_disk(period_path).uppfoljning(PERIOD)
    assert held is not None and not held.drift


def test_a_paste_with_a_bad_cell_changes_nothing(
    qtbot: QtBot, period_path: Path, contexts: Callable[[Path], PlanContext]
) -> None:
    context = contexts(period_path)
    editor = _shown(qtbot, FollowUpDriftEditor(context))
    view = editor.view
    messages: list[str] = []
    context.failed.connect(messages.append)
    view.setCurrentIndex(view.model().index(0, column_of(view, "Utfall jan–apr")))
    assert not view.paste("500\t1 700\n600\tmycket\n")
    assert messages[-1].startswith("Inget klistrades in. Rad 2, Prognos helår: Prognosen")
    held = on_disk(period_path).uppfoljning(PERIOD)
    assert held is not None and not held.drift
    assert context.undo_stack.count() == 0

    assert view.paste("500\t1 700\n600\t49 000\n")
    rows = [r.id for r in on_disk(period_path).driftbudget[:2]]
    held = on_disk(period_path).uppfoljning(PERIOD)
    assert held is not None
    assert [(held.drift_row(r).utfall, held.drift_row(r).prognos) for r in rows] == [
        (Decimal(500), Decimal(1700)),
        (Decimal(600), Decimal(49000)),
    ]
    assert context.undo_stack.count() == 1  # one paste, one undo step
    context.undo_stack.undo()
    held = on_disk(period_path).uppfoljning(PERIOD)
    assert held is not None and not held.drift


def test_the_resultatrakning_avvikelse_is_prognos_minus_budget(
    qtbot: QtBot, period_path: Path, contexts: Callable[[Path], PlanContext]
) -> None:
    editor = _shown(qtbot, FollowUpResultatEditor(contexts(period_path)))
    view = editor.view
    assert editor.caption_label.text() == "<i>Intäkter, kostnader och netto i mnkr</i>"
    name = column_of(view, "Resultaträkning, mnkr")
    assert [_cell(view, r, "Resultaträkning, mnkr") for r in range(3)] == [
        "Barn och familj intäkter",
        "Barn och familj kostnader",
        "Barn och familj netto",
    ]
    assert name == 0
    assert _cell(view, 0, "Budget 2027") == "1,8"
    assert _cell(view, 1, "Budget 2027") == "-50,7"
    edit_cell(qtbot, view, 0, column_of(view, "Utfall jan–apr"), "0,6")
    edit_cell(qtbot, view, 0, column_of(view, "Prognos helår"), "2,0")
    edit_cell(qtbot, view, 1, column_of(view, "Prognos helår"), "-52,7")

    rad = on_disk(period_path).resultatrakning[0].id
    held = on_disk(period_path).uppfoljning(PERIOD)
    assert held is not None
    given = held.resultat_row(rad)
    assert (given.utfall_intakter, given.prognos_intakter, given.prognos_kostnader) == (
        Decimal("0.6"),
        Decimal(2),
        Decimal("-52.7"),
    )
    assert _cell(view, 0, "Avvikelse") == "0,2"  # 2,0 − 1,8: more intäkter than budget
    assert _cell(view, 1, "Avvikelse") == "-2,0"  # −52,7 − (−50,7): more kostnader
    assert _cell(view, 2, "Prognos helår") == "-50,7"  # netto: intäkter + kostnader
    assert _cell(view, 2, "Avvikelse") == "-1,8"
    # 0,2 of 1,8 in intäkter is beyond 5 %, the netto's 1,8 of 48,9 is not: the marker is on
    # the intäkter, and the comment is asked for by the netto only, as Granskning asks.
    assert _cell(view, 0, "Avvikelse %", Qt.ItemDataRole.DecorationRole) is not None
    assert _cell(view, 0, "Avvikelse %", Qt.ItemDataRole.ToolTipRole) == (
        "Avvikelsen är större än 5 %."
    )
    assert _cell(view, 2, "Avvikelse %", Qt.ItemDataRole.DecorationRole) is None
    assert _cell(view, 0, "Kommentar", Qt.ItemDataRole.BackgroundRole) is None
    edit_cell(qtbot, view, 1, column_of(view, "Prognos helår"), "-60")
    assert _cell(view, 2, "Avvikelse %", Qt.ItemDataRole.DecorationRole) is not None
    assert _cell(view, 2, "Avvikelse %", Qt.ItemDataRole.ToolTipRole) == (
        "Avvikelsen är större än 5 % – kommentera den"
    )
    needs = _cell(view, 0, "Kommentar", Qt.ItemDataRole.BackgroundRole)
    assert isinstance(needs, QBrush) and needs.color() == NEEDS_TEXT
    netto = view.model().index(2, column_of(view, "Prognos helår"))
    assert not netto.flags() & Qt.ItemFlag.ItemIsEditable
    # One comment per verksamhet, in a cell over its three lines.
    comment = column_of(view, "Kommentar")
    assert view.rowSpan(0, comment) == 3
    assert view.model().index(0, comment).flags() & Qt.ItemFlag.ItemIsEditable
    assert not view.model().index(1, comment).flags() & Qt.ItemFlag.ItemIsEditable
    edit_cell(qtbot, view, 0, comment, "Köpta platser")
    held = on_disk(period_path).uppfoljning(PERIOD)
    assert held is not None and held.resultat_row(rad).kommentar == "Köpta platser"
    rows = view.model().rowCount()
    assert [_cell(view, r, "Resultaträkning, mnkr") for r in range(rows - 3, rows)] == [
        "Summa intäkter",
        "Summa kostnader",
        "Summa netto",
    ]


def test_investments_show_budget_prognos_and_avvikelse(
    qtbot: QtBot, period_path: Path, contexts: Callable[[Path], PlanContext]
) -> None:
    editor = _shown(qtbot, FollowUpInvesteringEditor(contexts(period_path)))
    view = editor.view
    assert _cell(view, 0, "Projekt") == "Inventarier"
    assert _cell(view, 0, "Budget 2027") == "1 200"
    edit_cell(qtbot, view, 0, column_of(view, "Utfall jan–apr"), "300")
    edit_cell(qtbot, view, 0, column_of(view, "Prognos helår"), "1 500")
    assert _cell(view, 0, "Avvikelse") == "-300"
    assert _cell(view, 0, "Avvikelse %") == "-25,0 %"
    last = view.model().rowCount() - 1
    assert _cell(view, last, "Projekt") == "Summa"
    assert _cell(view, last, "Utfall jan–apr") == "300"
    assert _cell(view, last, "Prognos helår") == ""  # until every project has its prognos
    project = on_disk(period_path).investeringar[0].id
    held = on_disk(period_path).uppfoljning(PERIOD)
    assert held is not None
    assert (held.investment(project).utfall, held.investment(project).prognos) == (
        Decimal(300),
        Decimal(1500),
    )


def test_an_adopted_plans_follow_up_stays_writable(
    qtbot: QtBot, period_path: Path, contexts: Callable[[Path], PlanContext]
) -> None:
    with PlanDocument.open(period_path) as doc:
        adoption.adopt(doc, dt.date(2026, 11, 20), "112")
    context = contexts(period_path)
    assert context.read_only  # the plan itself is frozen
    editor = _shown(qtbot, FollowUpDriftEditor(context))
    view = editor.view
    assert view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    edit_cell(qtbot, view, 0, column_of(view, "Prognos helår"), "1 720")
    held = on_disk(period_path).uppfoljning(PERIOD)
    assert held is not None
    assert held.drift_row(on_disk(period_path).driftbudget[0].id).prognos == Decimal(1720)
    view.setCurrentIndex(view.model().index(1, column_of(view, "Utfall jan–apr")))
    assert view.paste("10\n20\n")  # a paste too: one follow-up action on the adopted plan
    context.undo_stack.undo()
    context.undo_stack.undo()
    held = on_disk(period_path).uppfoljning(PERIOD)
    assert held is not None and not held.drift


def test_a_reported_period_is_read_only(
    qtbot: QtBot, period_path: Path, contexts: Callable[[Path], PlanContext]
) -> None:
    with PlanDocument.open(period_path) as doc:
        follow_up.mark_reported(doc, _period_id(period_path), dt.date(2027, 5, 20))
    context = contexts(period_path)
    messages: list[str] = []
    context.failed.connect(messages.append)
    editor = _shown(qtbot, FollowUpDriftEditor(context))
    view = editor.view
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert "Rapporterad 2027-05-20" in editor.period_label.text()
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, column_of(view, "Prognos helår")))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert QApplication.focusWidget() is view  # no cell editor opened
    assert not view.paste("1 000\n")
    assert "rapporterad" in messages[-1]
    held = on_disk(period_path).uppfoljning(PERIOD)
    assert held is not None and not held.drift
    # Another period, not reported, is writable again in the same editor.
    context.set_period(_period_id(period_path, "Årsredovisning 2027"))
    assert view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    assert view.model().headerData(2, Qt.Orientation.Horizontal) == "Utfall jan–dec"


def test_without_a_period_the_grid_says_to_choose_one(
    qtbot: QtBot, period_path: Path, contexts: Callable[[Path], PlanContext]
) -> None:
    context = contexts(period_path)
    editor = _shown(qtbot, FollowUpDriftEditor(context))
    context.set_period(None)
    assert editor.view.model().rowCount() == 0
    assert editor.hint.isVisible() and "Ingen uppföljning vald" in editor.hint.text()
    context.set_period(_period_id(period_path))
    assert editor.view.model().rowCount() == len(on_disk(period_path).driftbudget) + 1
    assert not editor.hint.isVisible()


def test_a_year_the_plan_only_plans_shows_its_plan_figures(
    qtbot: QtBot, period_path: Path, contexts: Callable[[Path], PlanContext]
) -> None:
    with PlanDocument.open(period_path) as doc:
        follow_up.add_period(
            doc, "Delår juni 2028", 2028, UppfoljningSlag.DELAR, dt.date(2028, 6, 30)
        )
    context = contexts(period_path)
    context.set_period(_period_id(period_path, "Delår juni 2028"))
    drift = _shown(qtbot, FollowUpDriftEditor(context))
    assert drift.view.model().headerData(1, Qt.Orientation.Horizontal) == "Plan 2028"
    assert drift.view.model().headerData(2, Qt.Orientation.Horizontal) == "Utfall jan–jun"
    investments = _shown(qtbot, FollowUpInvesteringEditor(context))
    assert investments.view.model().headerData(1, Qt.Orientation.Horizontal) == "Plan 2028"


def test_names_a_screen_reader_hears(
    qtbot: QtBot, period_path: Path, contexts: Callable[[Path], PlanContext]
) -> None:
    editor = _shown(qtbot, FollowUpDriftEditor(contexts(period_path)))
    view = editor.view
    assert view.accessibleName() == "Driftbudget – uppföljning"
    assert _cell(view, 0, "Budget 2027", Qt.ItemDataRole.AccessibleTextRole) == (
        "Budget 2027, tkr: 1 720"
    )


@pytest.mark.parametrize(
    "model", [FollowUpDriftModel, FollowUpResultatModel, FollowUpInvesteringModel]
)
def test_the_models_keep_qts_rules(
    period_path: Path,
    contexts: Callable[[Path], PlanContext],
    qtmodeltester: ModelTester,
    model: type[FollowUpDriftModel],
) -> None:
    context = contexts(period_path)
    found = model(context)
    qtmodeltester.check(found)
    context.set_period(None)
    qtmodeltester.check(found)
    assert found.rowCount() == 0
    context.set_period(_period_id(period_path, "Delår augusti 2027"))
    qtmodeltester.check(found)
    assert found.rowCount() > 0


def test_undo_in_the_window_goes_back_to_the_cell_it_changes(
    qtbot: QtBot, period_path: Path
) -> None:
    window = shown_window(qtbot, period_path)
    context = context_of(window)
    context.set_period(_period_id(period_path))
    window.show_section(Section.RESULTAT)
    editor = workspace_of(window).editor_for(Section.RESULTAT)
    assert isinstance(editor, FollowUpResultatEditor)
    view = editor.view
    qtbot.waitUntil(view.isVisible)
    edit_cell(qtbot, view, 4, column_of(view, "Prognos helår"), "-40")
    window.show_section(Section.DRIFT)
    context.undo_stack.undo()
    assert workspace_of(window).stack.currentWidget() is editor
    assert view.currentIndex().row() == 3  # the verksamhet's first line
    assert view.currentIndex().column() == column_of(view, "Prognos helår")
