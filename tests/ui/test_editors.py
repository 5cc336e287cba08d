"""Each editor, driven through its widgets: the edit reaches the file, undo takes it away."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from tests.ui.helpers import (
    column_of,
    context_of,
    edit_cell,
    editor_of,
    on_disk,
    shown_window,
    type_text,
    workspace_of,
)
from vplan_desktop.db.enums import BudgetTabell
from vplan_desktop.sections import ItemKind
from vplan_desktop.ui.editors.activities import ActivitiesEditor
from vplan_desktop.ui.editors.budget_grid import DriftbudgetEditor, InvesteringEditor
from vplan_desktop.ui.editors.goals import GoalsEditor
from vplan_desktop.ui.editors.internal_control import InternalControlEditor
from vplan_desktop.ui.editors.key_figures import NyckeltalEditor
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.models.table import ROW_ID_ROLE


@pytest.fixture
def window(qtbot: QtBot, example_path: Path) -> MainWindow:
    main = shown_window(qtbot, example_path)
    return main


def _type_into(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    type_text(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_front_matter_edit_reaches_the_file_and_undoes(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    editor = workspace_of(window).front_matter
    _type_into(qtbot, editor.fields["namnd"], "Kultur- och fritidsnämnden")
    assert on_disk(example_path).uppgifter.namnd == "Kultur- och fritidsnämnden"
    assert window.windowTitle().startswith("Kultur- och fritidsnämnden – ")
    window.undo()
    assert on_disk(example_path).uppgifter.namnd == "Socialnämnden"
    assert editor.fields["namnd"].text() == "Socialnämnden"
    window.redo()
    assert on_disk(example_path).uppgifter.namnd == "Kultur- och fritidsnämnden"


def test_bad_date_is_refused_with_a_message(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    editor = workspace_of(window).front_matter
    _type_into(qtbot, editor.adopted_date, "26/11")
    assert "ÅÅÅÅ-MM-DD" in workspace_of(window).message.text()
    assert on_disk(example_path).uppgifter.antagen_datum is None
    _type_into(qtbot, editor.adopted_date, "2026-11-26")
    _type_into(qtbot, editor.paragraph, "§ 123")
    u = on_disk(example_path).uppgifter
    assert (u.antagen_datum, u.antagen_paragraf) == (dt.date(2026, 11, 26), "123")


def test_chapter_text_is_saved_as_markdown_and_undone(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    first = on_disk(example_path).kapitel[0]
    window.show_section(f"kapitel:{first.id}")
    text = workspace_of(window).chapter.text
    text.setFocus()
    text.moveCursor(text.textCursor().MoveOperation.End)
    type_text(text, " Extra mening.")
    qtbot.waitUntil(lambda: "Extra mening." in on_disk(example_path).kapitel[0].text, timeout=5000)
    saved = on_disk(example_path).kapitel[0].text
    assert "**2027–2029**" in saved  # the bold survives the round trip through the editor
    window.undo()
    assert "Extra mening." not in on_disk(example_path).kapitel[0].text
    assert "Extra mening." not in text.toPlainText()


def test_typing_updates_the_navigator_before_saving(window: MainWindow, qtbot: QtBot) -> None:
    chapter = context_of(window).plan.kapitel[1]
    window.show_section(f"kapitel:{chapter.id}")
    item = workspace_of(window).navigator._items[f"kapitel:{chapter.id}"]
    assert "Klar" in item.toolTip(0)
    workspace_of(window).chapter.text.selectAll()
    type_text(workspace_of(window).chapter.text, "Kort.")
    assert "Bara 1 ord" in item.toolTip(0)


def test_chapter_add_move_remove(
    window: MainWindow, example_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Bilagor", True))
    window.show_section("kapitel")
    workspace_of(window).chapter.add_button.click()
    assert on_disk(example_path).kapitel[1].rubrik == "Bilagor"
    assert workspace_of(window).current.startswith("kapitel:")
    workspace_of(window).chapter.up_button.click()
    assert on_disk(example_path).kapitel[0].rubrik == "Bilagor"
    workspace_of(window).chapter.remove_button.click()
    assert "Bilagor" not in [k.rubrik for k in on_disk(example_path).kapitel]
    window.undo()
    assert on_disk(example_path).kapitel[0].rubrik == "Bilagor"


def test_indicator_target_cell(window: MainWindow, example_path: Path, qtbot: QtBot) -> None:
    window.show_section("mal")
    goals = editor_of(window, "mal", GoalsEditor)
    view = goals.indicators
    model = view.model()
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "2027"
    )
    edit_cell(qtbot, view, 0, column, "80 %")
    indicator = on_disk(example_path).indikatorer[0]
    assert indicator.malnivaer[2027] == Decimal(80)
    assert model.index(0, column).data() == "80\u00a0%"
    edit_cell(qtbot, view, 0, column, "Öka")
    assert on_disk(example_path).indikatorer[0].malnivaer[2027] == "Öka"
    window.undo()
    window.undo()
    assert on_disk(example_path).indikatorer[0].malnivaer[2027] == Decimal(74)


def test_activity_cells_and_pickers(window: MainWindow, example_path: Path, qtbot: QtBot) -> None:
    window.show_section("aktiviteter")
    editor = editor_of(window, "aktiviteter", ActivitiesEditor)
    view = editor.view
    edit_cell(qtbot, view, 0, column_of(view, "Ansvarig"), "Socialchef")
    assert on_disk(example_path).aktiviteter[0].ansvarig == "Socialchef"
    # the status picker: F2 opens it, a key chooses, Enter saves
    view.setCurrentIndex(view.model().index(0, column_of(view, "Status")))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    picker = QApplication.focusWidget()
    assert isinstance(picker, QComboBox)
    picker.setCurrentIndex(picker.findData("klart"))
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert on_disk(example_path).aktiviteter[0].status == "klart"
    edit_cell(qtbot, view, 0, column_of(view, "Kostnad"), "1 450 tkr")
    saved = on_disk(example_path).aktiviteter[0]
    assert (saved.kostnad_tkr, saved.egen_tid) == (Decimal(1450), False)
    for _ in range(3):
        window.undo()
    first = on_disk(example_path).aktiviteter[0]
    assert (first.ansvarig, first.status, first.egen_tid) == (
        "Enhetschef barn och familj",
        "pagar",
        True,
    )


def test_activity_filter_and_gaps(window: MainWindow, example_path: Path, qtbot: QtBot) -> None:
    window.show_section("aktiviteter")
    editor = editor_of(window, "aktiviteter", ActivitiesEditor)
    assert editor.gaps.isHidden()
    qtbot.keyClicks(editor.search, "brukar")
    assert editor.proxy.rowCount() == 2
    editor.search.clear()
    editor.status_filter.setCurrentIndex(editor.status_filter.findData("pagar"))
    editor.status_filter.activated.emit(editor.status_filter.currentIndex())
    assert editor.proxy.rowCount() == 6
    # a goal without activities is pointed out
    goal = context_of(window).plan.aktiviteter[11].namndsmal_id
    from functools import partial

    from vplan_desktop.services import items

    context_of(window).edit(
        "Ta bort", partial(items.delete_items, items=[(ItemKind.AKTIVITET, 12)])
    )
    assert not editor.gaps.isHidden()
    assert "Unga i Sjöbacka" in editor.gaps.text()
    assert goal is not None


def test_paste_from_excel_into_the_driftbudget(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    window.show_section("drift")
    view = editor_of(window, "drift", DriftbudgetEditor).view
    model = view.model()
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    budget = columns.index("Budget 2027")
    view.setFocus()
    view.setCurrentIndex(model.index(0, budget))
    QGuiApplication.clipboard().setText("1 307\t-2 500\r\n2\u00a0000\t3000\r\n")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    plan = on_disk(example_path)
    drift_columns = {c.rubrik: c.id for c in plan.kolumner(BudgetTabell.DRIFT)}
    rows = plan.driftbudget
    assert rows[0].belopp[drift_columns["Budget 2027"]] == 1307
    assert rows[0].belopp[drift_columns["Plan 2028"]] == -2500
    assert rows[1].belopp[drift_columns["Budget 2027"]] == 2000
    total_row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data() == "NETTOKOSTNAD"
    )
    expected = sum(r.belopp[drift_columns["Budget 2027"]] for r in rows)
    assert model.index(total_row, budget).data() == f"{expected:,}".replace(",", "\u00a0")
    assert expected == 130520 - 1720 + 1307 - 48900 + 2000
    window.undo()  # the whole paste is one step
    again = on_disk(example_path).driftbudget
    assert again[0].belopp[drift_columns["Budget 2027"]] == 1720
    assert again[1].belopp[drift_columns["Plan 2028"]] == 49600


def test_bad_paste_changes_nothing(window: MainWindow, example_path: Path, qtbot: QtBot) -> None:
    window.show_section("drift")
    view = editor_of(window, "drift", DriftbudgetEditor).view
    view.setCurrentIndex(view.model().index(0, 1))
    before = on_disk(example_path).driftbudget
    assert not view.paste("100\tett hundra\n")
    assert "Rad 1, Bokslut 2025" in workspace_of(window).message.text()
    assert on_disk(example_path).driftbudget == before


def test_over_the_ram_is_red(window: MainWindow, example_path: Path, qtbot: QtBot) -> None:
    window.show_section("drift")
    view = editor_of(window, "drift", DriftbudgetEditor).view
    model = view.model()
    budget = [
        model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
    ].index("Budget 2027")
    ram_row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "KF:s ram")
    edit_cell(qtbot, view, ram_row, budget, "130 000")
    assert on_disk(example_path).kf_ram[0].belopp == 130000
    diff = model.index(ram_row + 1, budget)
    assert diff.data() == "-520"
    assert diff.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    assert "520 tkr över" in diff.data(Qt.ItemDataRole.ToolTipRole)


def test_investment_and_key_figure_cells(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    window.show_section("investeringar")
    view = editor_of(window, "investeringar", InvesteringEditor).view
    edit_cell(qtbot, view, 1, 4, "700")
    assert on_disk(example_path).investeringar[1].belopp[2029] == 700
    total = view.model().index(3, 4).data()
    assert total == "2\u00a0000"  # 1 300 + 700
    window.show_section("nyckeltal")
    grid = editor_of(window, "nyckeltal", NyckeltalEditor).view
    edit_cell(qtbot, grid, 1, 5, "6,8")
    assert on_disk(example_path).nyckeltal[0].rader[1].varden[4] == Decimal("6.8")
    assert grid.model().index(1, 5).data() == "6,8\u00a0%"
    window.undo()
    assert on_disk(example_path).nyckeltal[0].rader[1].varden[4] == Decimal("7.0")


def test_internal_control_picker_and_matrix_filter(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    window.show_section("internkontroll")
    editor = editor_of(window, "internkontroll", InternalControlEditor)
    view = editor.view
    view.setCurrentIndex(view.model().index(0, 2))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    picker = QApplication.focusWidget()
    assert isinstance(picker, QComboBox)
    assert picker.itemText(2) == "2 Mindre sannolik"
    picker.setCurrentIndex(picker.findData(4))
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert on_disk(example_path).internkontroll[0].sannolikhet == 4
    assert view.model().index(0, 4).data() == "16 Mycket hög"
    matrix = editor.matrix
    centre = matrix._cell_rect(3, 3).center()
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=QPoint(centre))
    assert editor.proxy.rowCount() == 2
    assert "riskvärde 9" in editor.filter_note.text()
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=QPoint(centre))
    assert editor.proxy.rowCount() == 8
    window.undo()
    assert on_disk(example_path).internkontroll[0].sannolikhet == 3


def test_section_shortcuts_and_steps(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert workspace_of(window).current == "mal"
    workspace_of(window).next_button.click()
    assert workspace_of(window).current == "aktiviteter"
    workspace_of(window).previous_button.click()
    workspace_of(window).previous_button.click()
    assert workspace_of(window).current.startswith("kapitel:")
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert workspace_of(window).current == "uppfoljning"
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert workspace_of(window).current == "granskning"
    assert not workspace_of(window).next_button.isEnabled()


def test_row_ids_are_exposed_for_jumps(window: MainWindow) -> None:
    window.show_section("aktiviteter")
    view = editor_of(window, "aktiviteter", ActivitiesEditor).view
    assert view.model().index(0, 0).data(ROW_ID_ROLE) == 1


def test_copy_and_delete_in_a_grid(window: MainWindow, example_path: Path, qtbot: QtBot) -> None:
    window.show_section("drift")
    view = editor_of(window, "drift", DriftbudgetEditor).view
    model = view.model()
    view.setFocus()
    view.selectionModel().select(
        QItemSelection(model.index(0, 0), model.index(1, 2)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect,
    )
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == (
        "Nämnd och förvaltningsledning\t1612\t1705\nBarn och familj\t46210\t48933\n"
    )
    view.selectionModel().clearSelection()
    view.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    columns = {c.rubrik: c.id for c in on_disk(example_path).kolumner(BudgetTabell.DRIFT)}
    assert columns["Bokslut 2024"] not in on_disk(example_path).driftbudget[0].belopp
    window.undo()
    assert on_disk(example_path).driftbudget[0].belopp[columns["Bokslut 2024"]] == 1612


def test_typed_text_survives_closing_at_once(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    chapter = context_of(window).plan.kapitel[0]
    window.show_section(f"kapitel:{chapter.id}")
    text = workspace_of(window).chapter.text
    text.setFocus()
    text.moveCursor(text.textCursor().MoveOperation.End)
    type_text(text, " Sista ordet.")
    window.close()  # before the pause that saves typing
    assert "Sista ordet." in on_disk(example_path).kapitel[0].text
    again = MainWindow()
    qtbot.addWidget(again)
    again.open_plan(example_path)
    again.show_section(f"kapitel:{chapter.id}")
    assert "Sista ordet." in workspace_of(again).chapter.text.toPlainText()


def test_indicator_measured_every_year_picker(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    window.show_section("mal")
    view = editor_of(window, "mal", GoalsEditor).indicators
    model = view.model()
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Varje år"
    )
    view.setFocus()
    view.setCurrentIndex(model.index(0, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    picker = QApplication.focusWidget()
    assert isinstance(picker, QComboBox)
    picker.setCurrentIndex(picker.findData(False))
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert on_disk(example_path).indikatorer[0].varje_ar is False


@pytest.mark.parametrize("fmt", ["docx", "pdf", "xlsx"])
def test_export_from_the_file_menu(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / f"till nämnden.{fmt}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.exporter.ask_after = False  # the "Öppna filen / Visa i mappen" box is not for a test
    action = next(
        a
        for a in window.export_actions
        if a.text()
        .replace("&", "")
        .lower()
        .startswith({"docx": "word", "pdf": "pdf", "xlsx": "excel"}[fmt])
    )
    with qtbot.waitSignal(window.exporter.done, timeout=30_000) as done:
        action.trigger()
    assert done.args == [target]
    assert target.stat().st_size > 1000


def test_budget_import_from_the_file_menu(
    window: MainWindow, example_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openpyxl

    from vplan_desktop.exports.export import export_plan
    from vplan_desktop.ui.budget_import_dialog import BudgetPreviewDialog

    workbook = tmp_path / "budget.xlsx"
    export_plan(context_of(window).plan, "xlsx", workbook)
    book = openpyxl.load_workbook(workbook)
    book["Driftbudget"]["E6"] = 49100
    book.save(workbook)
    shown: list[list[str]] = []

    def accept(dialog: BudgetPreviewDialog) -> int:
        shown.append([dialog.list.item(n).text() for n in range(dialog.list.count())])
        return 1

    monkeypatch.setattr(BudgetPreviewDialog, "exec", accept)
    window.import_budget(workbook)
    assert shown == [["Driftbudget E6 (Barn och familj, Budget 2027): 48\u00a0900 → 49\u00a0100"]]
    columns = {c.rubrik: c.id for c in on_disk(example_path).kolumner(BudgetTabell.DRIFT)}
    assert on_disk(example_path).driftbudget[1].belopp[columns["Budget 2027"]] == 49100
    window.undo()
    assert on_disk(example_path).driftbudget[1].belopp[columns["Budget 2027"]] == 48900


def test_new_verksamhet_is_one_undo_step(
    window: MainWindow, example_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ny verksamhet… adds the verksamhet and its driftbudget row as one action: one Ctrl+Z
    removes both."""
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Fritid", True))
    before = on_disk(example_path)
    window.show_section("drift")
    editor = editor_of(window, "drift", DriftbudgetEditor)
    editor.add_button.click()
    after = on_disk(example_path)
    assert [v.namn for v in after.verksamheter][-1] == "Fritid"
    assert len(after.driftbudget) == len(before.driftbudget) + 1
    assert context_of(window).undo_stack.undoText() == "Lägg till Fritid"
    window.undo()
    undone = on_disk(example_path)
    assert undone.verksamheter == before.verksamheter
    assert undone.driftbudget == before.driftbudget
