"""Targets that compare in the panel "Värden per år", the long-range target without a year,
and the dialog "Målnivåernas namn" – driven with the keyboard as a secretary drives them, and
checked on screen and in the plan file (each refresh against a full read)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit

from tests.plan_builders import goal_with_indicator
from tests.ui.goal_helpers import open_goals
from tests.ui.helpers import (
    column_of,
    context_of,
    edit_cell,
    on_disk,
    press,
    shown_cells,
    shown_window,
    type_text,
)
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Jamforare, MalNiva
from vplan_desktop.ui.goal_levels import GoalLevelsDialog
from vplan_desktop.ui.indicator_years import IndicatorYearsPanel
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.models.goals import INDICATOR

CTRL = Qt.KeyboardModifier.ControlModifier
NBSP = "\u00a0"


def _with_indicator(path: Path) -> int:
    """Give the empty plan (2026–2028) a goal with one indicator in percent; its id."""
    with PlanDocument.open(path) as doc:
        return goal_with_indicator(doc)


def _panel(qtbot: QtBot, path: Path) -> tuple[MainWindow, IndicatorYearsPanel]:
    indicator = _with_indicator(path)
    window, editor = open_goals(qtbot, path)
    editor.select(INDICATOR, indicator)
    panel = editor.years_panel
    assert panel.isEnabled() and "Andel nöjda" in panel.title()
    return window, panel


def _cell(panel: IndicatorYearsPanel, year: int, header: str) -> tuple[int, int]:
    row = panel.model.row_of(year)
    assert row is not None, f"no row for {year}"
    return row, column_of(panel.table, header)


def test_a_target_typed_with_a_sign_is_shown_with_it_and_undo_takes_it_back(
    qtbot: QtBot, plan_path: Path
) -> None:
    window, panel = _panel(qtbot, plan_path)
    table = panel.table
    row, column = _cell(panel, 2027, "Målnivå")
    edit_cell(qtbot, table, row, column, "≥ 95")
    assert shown_cells(table)[row][column] == f"≥{NBSP}95{NBSP}%"
    saved = on_disk(plan_path).indikatorer[0]
    assert (saved.malnivaer, saved.jamforare) == ({2027: Decimal(95)}, {2027: Jamforare.MINST})

    # In words, as a secretary may write it: shown the one way vplan writes targets.
    edit_cell(qtbot, table, row + 1, column, "högst 2")
    assert shown_cells(table)[row + 1][column] == f"≤{NBSP}2{NBSP}%"
    # F2 opens the cell with the sign and without the unit, ready to be changed.
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    opened = QApplication.focusWidget()
    assert isinstance(opened, QLineEdit) and opened.text() == f"≥{NBSP}95"
    qtbot.keyClick(opened, Qt.Key.Key_Escape)

    press(qtbot, Qt.Key.Key_Z, CTRL)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    undone = on_disk(plan_path).indikatorer[0]
    assert (undone.malnivaer, undone.jamforare) == ({}, {})
    assert shown_cells(table)[row][column] == ""
    assert context_of(window).undo_stack.canRedo()


def test_a_comparison_typed_as_an_outcome_is_refused_in_swedish(
    qtbot: QtBot, plan_path: Path
) -> None:
    window, panel = _panel(qtbot, plan_path)
    said: list[str] = []
    context_of(window).failed.connect(said.append)
    before = on_disk(plan_path)
    row, column = _cell(panel, 2026, "Utfall")
    edit_cell(qtbot, panel.table, row, column, "< 5")
    assert said == ["Utfall 2026 för ”Andel nöjda”: bara en målnivå kan ha ≥, ≤, >, < eller =."]
    assert on_disk(plan_path) == before
    assert shown_cells(panel.table)[row][column] == ""  # not kept as the text "< 5"
    assert not context_of(window).undo_stack.canUndo()


def test_a_paste_with_a_comparison_among_the_outcomes_changes_nothing(
    qtbot: QtBot, plan_path: Path
) -> None:
    window, panel = _panel(qtbot, plan_path)
    said: list[str] = []
    context_of(window).failed.connect(said.append)
    before = on_disk(plan_path)
    table = panel.table
    row, column = _cell(panel, 2026, "Målnivå")
    table.setCurrentIndex(table.model().index(row, column))
    # Målnivå and Utfall of two years: the second year's outcome compares.
    assert not table.paste("≥ 95\t80\nhögst 90\tminst 85\n")
    assert said == [
        "Inget klistrades in. Utfall 2027 för ”Andel nöjda”: bara en målnivå kan ha ≥, ≤, >, < "
        "eller =."
    ]
    assert on_disk(plan_path) == before

    # The same block with plain outcomes goes in whole, as one step.
    assert table.paste("≥ 95\t80\nhögst 90\t85\n")
    saved = on_disk(plan_path).indikatorer[0]
    assert saved.malnivaer == {2026: Decimal(95), 2027: Decimal(90)}
    assert saved.jamforare == {2026: Jamforare.MINST, 2027: Jamforare.HOGST}
    assert saved.utfall == {2026: Decimal(80), 2027: Decimal(85)}
    assert shown_cells(table)[row][column : column + 2] == [f"≥{NBSP}95{NBSP}%", f"80{NBSP}%"]
    context_of(window).undo_stack.undo()
    assert on_disk(plan_path) == before


def test_the_long_range_target_is_typed_below_the_table_and_undone(
    qtbot: QtBot, plan_path: Path
) -> None:
    window, panel = _panel(qtbot, plan_path)
    field = panel.fields["langsiktigt"]
    assert field.isVisible() and field.accessibleName() == "Långsiktigt mål"
    field.setFocus()
    type_text(field, "minst 4")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    saved = on_disk(plan_path).indikatorer[0]
    assert (saved.langsiktigt, saved.langsiktigt_jamforare) == (Decimal(4), Jamforare.MINST)
    assert field.text() == f"≥{NBSP}4{NBSP}%"
    assert saved.malnivaer == {}  # not a year's target

    # The same target in other words is nothing new: no step to undo.
    field.setFocus()
    field.selectAll()
    type_text(field, "≥ 4")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert context_of(window).undo_stack.count() == 1
    assert field.text() == f"≥{NBSP}4{NBSP}%"

    field.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    undone = on_disk(plan_path).indikatorer[0]
    assert (undone.langsiktigt, undone.langsiktigt_jamforare) == (None, None)
    assert field.text() == ""


# --- the dialog "Målnivåernas namn" --------------------------------------------------------------


def _dialog(qtbot: QtBot, window: MainWindow) -> GoalLevelsDialog:
    dialog = GoalLevelsDialog(context_of(window), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_a_level_renamed_in_the_dialog_is_kept_and_undo_brings_the_old_name_back(
    qtbot: QtBot, plan_path: Path
) -> None:
    window = shown_window(qtbot, plan_path)
    dialog = _dialog(qtbot, window)
    assert dialog.windowTitle() == "Målnivåernas namn"
    placeholders = [field.placeholderText() for field in dialog.fields.values()]
    assert placeholders == [
        "KF:s mål",
        "KS:s mål",
        "Nämndsmål",
        "Förvaltningens mål",
        "Uppdrag",
    ]
    assert all(field.text() == "" for field in dialog.fields.values())
    first = dialog.fields[MalNiva.KF]
    assert QApplication.focusWidget() is first  # the first field has the keyboard
    type_text(first, "Kommunfullmäktiges mål")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "  Styrelsens mål ")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter = OK
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()

    saved = on_disk(plan_path).uppgifter
    assert (saved.malniva_kf, saved.malniva_ks) == ("Kommunfullmäktiges mål", "Styrelsens mål")
    assert saved.niva_namn(MalNiva.KF) == "Kommunfullmäktiges mål"
    assert saved.niva_namn(MalNiva.NAMND) == "Nämndsmål"
    stack = context_of(window).undo_stack
    assert stack.count() == 1 and stack.undoText() == "Ändra målnivåernas namn"

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, Qt.Key.Key_Z, CTRL)  # both names at once: one step
    undone = on_disk(plan_path).uppgifter
    assert (undone.malniva_kf, undone.malniva_ks) == ("", "")
    assert undone.niva_namn(MalNiva.KF) == "KF:s mål"

    # Opened again after the undo, it shows vplan's names as placeholders only.
    again = _dialog(qtbot, window)
    assert again.fields[MalNiva.KF].text() == ""


def test_avbryt_and_escape_change_nothing(qtbot: QtBot, plan_path: Path) -> None:
    window = shown_window(qtbot, plan_path)
    before = on_disk(plan_path)
    dialog = _dialog(qtbot, window)
    type_text(dialog.fields[MalNiva.KF], "Inriktningsmål")
    qtbot.keyClick(dialog.fields[MalNiva.KF], Qt.Key.Key_Escape)  # Esc = Avbryt
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()

    dialog = _dialog(qtbot, window)
    type_text(dialog.fields[MalNiva.UPPDRAG], "Särskilda uppdrag")
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Avbryt"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert on_disk(plan_path) == before
    assert context_of(window).undo_stack.count() == 0


def test_a_name_the_plan_refuses_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot, plan_path: Path
) -> None:
    window = shown_window(qtbot, plan_path)
    before = on_disk(plan_path)
    dialog = _dialog(qtbot, window)
    dialog.fields[MalNiva.KF].setText("K" * 600)
    dialog.fields[MalNiva.KS].setText("Styrelsens mål")
    qtbot.keyClick(dialog.fields[MalNiva.KS], Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text().startswith("Namnet på målnivån KF:s mål är för lång")
    assert on_disk(plan_path) == before  # neither name: all or nothing
    dialog.reject()
