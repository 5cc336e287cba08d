"""The small things a secretary trips over: focus, Enter, Word's keys, list cells, messages,
counts in Swedish, labels, sizes and the Redigera menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from tests.ui.helpers import context_of, editor_of, shown_window, type_text, workspace_of
from vplan_desktop.sections import ItemKind, Section
from vplan_desktop.ui.editors.budget_grid import DriftbudgetEditor
from vplan_desktop.ui.editors.goals import GoalsEditor
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.models.table import ROW_ID_ROLE
from vplan_desktop.ui.spreadsheet import SpreadsheetView


@pytest.fixture
def window(qtbot: QtBot, example_path: Path) -> MainWindow:
    return shown_window(qtbot, example_path)


def _column(view: QAbstractItemView, header: str) -> int:
    model = view.model()
    return next(
        c
        for c in range(model.columnCount())
        if str(model.headerData(c, Qt.Orientation.Horizontal)).splitlines()[0] == header
    )


def _open_cell(
    qtbot: QtBot, view: QAbstractItemView, row: int, column: int, first_key: str
) -> QWidget:
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, first_key)
    editor = QApplication.focusWidget()
    assert editor is not None and editor.parent() is view.viewport(), "no cell editor opened"
    return editor


def test_ctrl_8_puts_the_focus_in_the_findings_list(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    review = workspace_of(window).review
    assert workspace_of(window).current == "granskning"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is review.view)
    # the checks run on another thread: the first finding is chosen as they arrive, so that
    # arrows and Enter work at once
    qtbot.waitUntil(lambda: review.view.currentIndex().isValid(), timeout=2000)


def test_enter_moves_down_in_the_budget_grid_also_after_an_edit(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_section("drift")
    view = editor_of(window, "drift", DriftbudgetEditor).view
    column = _column(view, "Budget 2027")
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, column))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, column)
    field = _open_cell(qtbot, view, 1, column, "5")
    qtbot.keyClicks(field, "00")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert view.model().index(1, column).data() == "500"
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, column)


def test_a_bad_number_keeps_the_typed_text_and_does_not_move_the_window(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_section("drift")
    view = editor_of(window, "drift", DriftbudgetEditor).view
    column = _column(view, "Budget 2027")
    before = view.model().index(0, column).data()
    grid_top = view.mapTo(window, view.rect().topLeft())
    field = _open_cell(qtbot, view, 0, column, "1")
    qtbot.keyClicks(field, "2x")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()
    message = workspace_of(window).message
    assert message.isVisible() and message.text()
    assert view.mapTo(window, view.rect().topLeft()) == grid_top  # nothing pushed down
    assert QApplication.focusWidget() is field and isinstance(field, QLineEdit)
    assert field.text() == "12x"  # still open with what was typed, to be corrected
    assert view.model().index(0, column).data() == before
    workspace_of(window).navigator.setFocus(Qt.FocusReason.MouseFocusReason)  # a click elsewhere
    QApplication.processEvents()
    assert field.isVisible() and field.text() == "12x"
    field.setFocus()
    field.setText("12")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert view.model().index(0, column).data() == "12"


def _indicator_view(window: MainWindow) -> SpreadsheetView:
    window.show_section("mal")
    goals = editor_of(window, "mal", GoalsEditor)
    view = goals.indicators
    assert view.model().rowCount() > 0
    return view


@pytest.mark.parametrize(
    ("typed", "shown"),
    [("Termin", None), ("tert", "Tertial"), ("Månad", "Månad")],
)
def test_a_list_cell_takes_only_a_choice_it_names(
    window: MainWindow, qtbot: QtBot, typed: str, shown: str | None
) -> None:
    view = _indicator_view(window)
    column = _column(view, "Frekvens")
    before = view.model().index(0, column).data()
    row_id = view.model().index(0, column).data(ROW_ID_ROLE)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, column))
    qtbot.keyClick(view, typed[0])
    field = QApplication.focusWidget()
    assert isinstance(field, QComboBox) and field.isEditable()
    type_text(field, typed[1:])
    assert field.currentText().casefold().startswith(typed.casefold())
    qtbot.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()
    plan = context_of(window).plan
    frekvens = next(i for i in plan.indikatorer if i.id == row_id).frekvens
    assert frekvens is not None
    from vplan_desktop.domain import FREKVENS_LABELS

    if shown is None:
        assert FREKVENS_LABELS[frekvens] == before
        assert "”Termin” finns inte bland valen" in workspace_of(window).message.text()
        assert "Tertial" in workspace_of(window).message.text()
        assert QApplication.focusWidget() is field and field.currentText() == "Termin"
    else:
        assert FREKVENS_LABELS[frekvens] == shown


def test_ctrl_f_and_ctrl_k_format_as_in_swedish_word_and_the_buttons_show_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_section("kapitel")
    chapter = workspace_of(window).chapter
    text = chapter.text
    text.setFocus()
    text.clear()
    qtbot.keyClicks(text, "vanlig ")
    bold, italic = chapter.format_buttons["fet"], chapter.format_buttons["kursiv"]
    assert (bold.accessibleName(), italic.accessibleName()) == ("Fet", "Kursiv")
    qtbot.keyClick(text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(text, "fet")
    assert bold.isChecked()
    qtbot.keyClick(text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(text, " ")
    qtbot.keyClick(text, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(text, "kursiv")
    assert italic.isChecked() and not bold.isChecked()
    qtbot.keyClick(text, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # English keys too
    qtbot.keyClicks(text, " slut")
    assert not italic.isChecked()
    assert chapter.markdown().strip() == "vanlig **fet** *kursiv* slut"
    text.moveCursor(text.textCursor().MoveOperation.Start)
    for _ in range(9):  # into "fet"
        text.moveCursor(text.textCursor().MoveOperation.Right)
    assert bold.isChecked() and not italic.isChecked()


def test_no_text_shortcut_uses_ctrl_alt_or_a_shifted_digit(window: MainWindow) -> None:
    window.show_section("kapitel")
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        for action in widget.actions():
            found += [s.toString() for s in action.shortcuts()]
    found += [a.shortcut().toString() for a in window.findChildren(type(window.undo_action))]
    assert "Ctrl+F" in found and "Ctrl+K" in found
    for shortcut in found:
        assert "Alt" not in shortcut.split("+")[:-1] or not shortcut.startswith("Ctrl"), shortcut
        keys = shortcut.split("+")
        assert not ("Shift" in keys and keys[-1].isdigit()), shortcut


def test_adopting_lists_every_error_before_asking_for_date_and_paragraph(
    window: MainWindow, qtbot: QtBot
) -> None:
    from functools import partial

    from vplan_desktop.services import items
    from vplan_desktop.ui.adoption_dialogs import AdoptDialog

    context_of(window).edit(
        "test",
        partial(items.update_item, kind_name=ItemKind.PLAN, item_id=1, fields={"ordforande": ""}),
    )
    context_of(window).edit(
        "test",
        partial(items.update_item, kind_name=ItemKind.KAPITEL, item_id=2, fields={"text": ""}),
    )
    dialog = AdoptDialog(context_of(window), window)
    qtbot.addWidget(dialog)
    dialog.show()
    listed = dialog.blocker_list.text()
    assert "Ange ordföranden." in listed and listed.count("•") >= 2
    assert dialog.blocker_list.isVisible() and not dialog.date.isVisible()
    assert dialog.height() >= dialog.sizeHint().height()
    assert dialog.blocker_list.height() >= dialog.blocker_list.heightForWidth(
        dialog.blocker_list.width()
    )


def test_review_headings_count_in_swedish(window: MainWindow, qtbot: QtBot) -> None:
    from vplan_desktop.validation import Finding, Severity

    review = workspace_of(window).review
    one = Finding(Severity.VARNING, "En varning.", Section.UPPGIFTER, rule="test.en")
    review.show_findings([one])
    heading = review.model.index(0, 0).data()
    assert heading.endswith("0 fel, 1 varning, 0 tips"), heading
    review.show_findings([one, one])
    assert review.model.index(0, 0).data().endswith("0 fel, 2 varningar, 0 tips")


def test_labels_buttons_and_about_read_right(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from vplan_desktop.ui.new_plan_dialog import NewPlanDialog
    from vplan_desktop.ui.versions_dialog import VersionsDialog

    dialog = NewPlanDialog()
    qtbot.addWidget(dialog)
    labels = {label.text(): label for label in dialog.findChildren(QLabel)}
    for text in ("&Period:", "&Spara som:"):
        assert labels[text].buddy() is not None, f"{text} would show its & literally"
    box = QMessageBox(QMessageBox.Icon.Warning, "t", "x", QMessageBox.StandardButton.Ok)
    qtbot.addWidget(box)
    assert [b.text() for b in box.buttons()] == ["OK"]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(buttons)
    assert [b.text() for b in buttons.buttons()] == ["OK"]
    import inspect

    from vplan_desktop.ui import main_window

    assert "offline" not in inspect.getsource(main_window)
    assert "Spara version…." not in inspect.getsource(VersionsDialog)


def test_the_first_window_is_not_small(qtbot: QtBot) -> None:
    main = MainWindow()
    qtbot.addWidget(main)
    screen = main.screen().availableGeometry()
    assert main.width() >= min(1024, screen.width() * 9 // 10)
    assert main.height() >= min(700, screen.height() * 9 // 10)


def test_the_edit_menu_cuts_copies_pastes_and_selects_in_the_focused_widget(
    window: MainWindow, qtbot: QtBot
) -> None:
    menu = next(m for m in window.menuBar().actions() if m.text() == "&Redigera").menu()
    assert isinstance(menu, QMenu)
    texts = [a.text() for a in menu.actions()]
    for wanted in ("Klipp &ut", "&Kopiera", "Klistra &in", "&Markera allt"):
        assert wanted in texts
    actions = window.clipboard_actions
    assert actions["copy"].shortcut() == QKeySequence(QKeySequence.StandardKey.Copy)
    field = workspace_of(window).front_matter.fields["namnd"]
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    actions["selectAll"].trigger()
    assert field.selectedText() == field.text()
    actions["copy"].trigger()
    assert QGuiApplication.clipboard().text() == field.text()
    window.show_section("drift")
    view = editor_of(window, "drift", DriftbudgetEditor).view
    column = _column(view, "Budget 2027")
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    view.setCurrentIndex(view.model().index(0, column))
    QGuiApplication.clipboard().setText("777\n")
    actions["paste"].trigger()
    assert view.model().index(0, column).data() == "777"
    actions["cut"].trigger()
    assert QGuiApplication.clipboard().text() == "777\n"
    assert view.model().index(0, column).data() == ""
    actions["selectAll"].trigger()
    assert len(view.selectedIndexes()) == view.model().rowCount() * view.model().columnCount()
