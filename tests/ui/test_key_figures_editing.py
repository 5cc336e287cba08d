"""Nyckeltal, edited as a user edits them: the buttons under the table and their name dialogs,
values typed into cells, the table chosen in its list, the removal questions answered, and
Ctrl+Z / Ctrl+Y. Every step is checked on screen and in the plan file."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.ui.helpers import (
    button_answer,
    click_and_answer,
    column_of,
    edit_cell,
    on_disk,
    press,
    shown_cells,
    shown_window,
    typed_answer,
)
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.sections import Section
from vplan_desktop.ui.editors.key_figures import NyckeltalEditor
from vplan_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
NBSP = "\u00a0"


def _open(qtbot: QtBot, path: Path) -> tuple[MainWindow, NyckeltalEditor]:
    window = shown_window(qtbot, path)
    assert isinstance(window, MainWindow) and window.workspace is not None
    window.show_section(Section.NYCKELTAL)
    editor = window.workspace.editors[Section.NYCKELTAL]
    assert isinstance(editor, NyckeltalEditor)
    qtbot.waitUntil(editor.isVisible)  # a new page is shown once Qt's events run
    return window, editor


def _button(editor: NyckeltalEditor, text: str) -> QPushButton:
    found = [b for b in editor.findChildren(QPushButton) if b.text() == text]
    assert len(found) == 1, f"no button {text!r}"
    return found[0]


def _tables_shown(editor: NyckeltalEditor) -> list[str]:
    return [editor.tables.itemText(i) for i in range(editor.tables.count())]


def _headers(editor: NyckeltalEditor) -> list[str]:
    model = editor.view.model()
    return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]


def _as_stored(plan: PlanSnapshot) -> list[tuple[str, list[str], list[tuple[str, list[object]]]]]:
    """Each table of the plan file: its heading, its columns and its rows' values in order."""
    return [
        (
            t.rubrik,
            [c.rubrik for c in t.kolumner],
            [(r.namn, [r.varden.get(c.id) for c in t.kolumner]) for r in t.rader],
        )
        for t in plan.nyckeltal
    ]


def test_a_table_is_built_filled_renamed_and_removed_and_each_step_undone(
    qtbot: QtBot, plan_path: Path
) -> None:
    window, editor = _open(qtbot, plan_path)
    assert window.context is not None
    assert editor.empty_hint.isVisible()

    assert click_and_answer(
        qtbot, _button(editor, "Ny tabell…"), typed_answer(qtbot, "Personal")
    ) == ["Ny tabell"]
    assert _tables_shown(editor) == ["Personal"] and editor.tables.currentText() == "Personal"
    assert not editor.empty_hint.isVisible()
    assert _as_stored(on_disk(plan_path)) == [("Personal", [], [])]

    for heading in ("Bokslut 2025", "Budget 2027"):
        assert click_and_answer(
            qtbot, _button(editor, "Ny kolumn…"), typed_answer(qtbot, heading)
        ) == ["Ny kolumn"]
    for name in ("Årsarbetare", "Sjukfrånvaro"):
        assert click_and_answer(qtbot, _button(editor, "Ny rad…"), typed_answer(qtbot, name)) == [
            "Ny rad"
        ]
    assert _headers(editor) == ["Nyckeltal", "Enhet", "Bokslut 2025", "Budget 2027"]
    assert shown_cells(editor.view) == [["Årsarbetare", "", "", ""], ["Sjukfrånvaro", "", "", ""]]

    view = editor.view
    edit_cell(qtbot, view, 0, column_of(view, "Bokslut 2025"), "1 188")
    edit_cell(qtbot, view, 0, column_of(view, "Budget 2027"), "192,5")
    edit_cell(qtbot, view, 1, column_of(view, "Enhet"), "%")
    edit_cell(qtbot, view, 1, column_of(view, "Bokslut 2025"), "7,9")
    edit_cell(qtbot, view, 1, column_of(view, "Budget 2027"), "Uppgift saknas")
    assert shown_cells(view) == [
        ["Årsarbetare", "", f"1{NBSP}188", "192,5"],
        ["Sjukfrånvaro", "%", f"7,9{NBSP}%", "Uppgift saknas"],
    ]
    filled = [
        (
            "Personal",
            ["Bokslut 2025", "Budget 2027"],
            [
                ("Årsarbetare", [Decimal(1188), Decimal("192.5")]),
                ("Sjukfrånvaro", [Decimal("7.9"), "Uppgift saknas"]),
            ],
        )
    ]
    assert _as_stored(on_disk(plan_path)) == filled
    assert on_disk(plan_path).nyckeltal[0].rader[1].enhet == "%"

    seen = click_and_answer(
        qtbot, _button(editor, "Byt namn på tabell…"), typed_answer(qtbot, "Personal och hälsa")
    )
    assert seen == ["Byt namn"]
    assert editor.tables.currentText() == "Personal och hälsa"
    assert on_disk(plan_path).nyckeltal[0].rubrik == "Personal och hälsa"

    # The row with values is removed after the question; the cursor picks the row.
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 0))
    asked: list[str] = []
    click_and_answer(qtbot, _button(editor, "Ta bort rad"), button_answer(qtbot, "Ta bort", asked))
    assert asked == ["Ta bort raden ”Sjukfrånvaro” med 2 värden?"]
    assert [row[0] for row in shown_cells(view)] == ["Årsarbetare"]
    assert [r.namn for r in on_disk(plan_path).nyckeltal[0].rader] == ["Årsarbetare"]

    click_and_answer(
        qtbot, _button(editor, "Ta bort tabell"), button_answer(qtbot, "Ta bort", asked)
    )
    assert asked[1] == "Ta bort tabellen ”Personal och hälsa” med 1 rad och 2 kolumner?"
    assert _tables_shown(editor) == [] and editor.view.model().rowCount() == 0
    assert editor.empty_hint.isVisible()
    assert on_disk(plan_path).nyckeltal == ()

    # Ctrl+Z: the table comes back with its row and values, then the removed row, the name.
    view.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _tables_shown(editor) == ["Personal och hälsa"]
    assert shown_cells(view) == [["Årsarbetare", "", f"1{NBSP}188", "192,5"]]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert shown_cells(view)[1] == ["Sjukfrånvaro", "%", f"7,9{NBSP}%", "Uppgift saknas"]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert editor.tables.currentText() == "Personal"
    assert _as_stored(on_disk(plan_path)) == filled
    # … and the typing, one cell a step, back to the empty table.
    for _ in range(5):
        press(qtbot, Qt.Key.Key_Z, CTRL)
    assert shown_cells(view) == [["Årsarbetare", "", "", ""], ["Sjukfrånvaro", "", "", ""]]
    assert _as_stored(on_disk(plan_path)) == [
        (
            "Personal",
            ["Bokslut 2025", "Budget 2027"],
            [("Årsarbetare", [None, None]), ("Sjukfrånvaro", [None, None])],
        )
    ]
    while window.context.undo_stack.canUndo():
        press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _tables_shown(editor) == [] and on_disk(plan_path).nyckeltal == ()
    assert editor.empty_hint.isVisible()

    # Ctrl+Y all the way: the same table as before the removals.
    while window.context.undo_stack.canRedo():
        press(qtbot, Qt.Key.Key_Y, CTRL)
    assert on_disk(plan_path).nyckeltal == ()  # the last step was the table's removal
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _as_stored(on_disk(plan_path)) == [
        ("Personal och hälsa", ["Bokslut 2025", "Budget 2027"], filled[0][2][:1])
    ]


def test_an_empty_row_goes_without_a_question_and_a_cancelled_name_adds_nothing(
    qtbot: QtBot, example_path: Path
) -> None:
    window, editor = _open(qtbot, example_path)
    assert window.context is not None
    before = _as_stored(on_disk(example_path))

    def cancel(dialog: object) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    for button in ("Ny tabell…", "Ny kolumn…", "Ny rad…"):
        assert len(click_and_answer(qtbot, _button(editor, button), cancel)) == 1
    assert click_and_answer(qtbot, _button(editor, "Ny rad…"), typed_answer(qtbot, "  ")) == [
        "Ny rad"
    ]
    assert window.context.undo_stack.count() == 0
    assert _as_stored(on_disk(example_path)) == before

    click_and_answer(qtbot, _button(editor, "Ny rad…"), typed_answer(qtbot, "Chefer"))
    view = editor.view
    assert shown_cells(view)[-1][0] == "Chefer"
    view.setFocus()
    view.setCurrentIndex(view.model().index(view.model().rowCount() - 1, 2))
    _button(editor, "Ta bort rad").click()  # no values: no question (one would fail the test)
    assert _as_stored(on_disk(example_path)) == before
    assert "Chefer" not in [row[0] for row in shown_cells(view)]


def test_the_chosen_table_is_the_one_edited_and_undo_shows_the_table_it_changed(
    qtbot: QtBot, example_path: Path
) -> None:
    _window, editor = _open(qtbot, example_path)
    assert _tables_shown(editor) == ["Personalnyckeltal", "Volymer och kostnader"]
    assert shown_cells(editor.view)[0][0] == "Årsarbetare"

    # The second table is chosen in the list with the keyboard.
    editor.tables.setFocus()
    qtbot.keyClick(editor.tables, Qt.Key.Key_Down)
    assert editor.tables.currentText() == "Volymer och kostnader"
    view = editor.view
    assert shown_cells(view)[0][0] == "Hushåll med försörjningsstöd, snitt per månad"
    click_and_answer(qtbot, _button(editor, "Ny kolumn…"), typed_answer(qtbot, "Utfall jan"))
    column = column_of(view, "Utfall jan")
    edit_cell(qtbot, view, 2, column, "5 900")
    assert shown_cells(view)[2][column] == f"5{NBSP}900"
    plan = on_disk(example_path)
    volumes = plan.nyckeltal[1]
    assert [c.rubrik for c in volumes.kolumner][-1] == "Utfall jan"
    assert volumes.rader[2].varden[volumes.kolumner[-1].id] == Decimal(5900)
    assert "Utfall jan" not in [c.rubrik for c in plan.nyckeltal[0].kolumner]

    # Back to the first table; Ctrl+Z of the value brings the second one into view again.
    editor.tables.setFocus()
    qtbot.keyClick(editor.tables, Qt.Key.Key_Up)
    assert editor.tables.currentText() == "Personalnyckeltal"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert editor.tables.currentText() == "Volymer och kostnader"
    assert shown_cells(view)[2][column] == ""
    volumes = on_disk(example_path).nyckeltal[1]
    assert volumes.kolumner[-1].id not in volumes.rader[2].varden
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert "Utfall jan" not in _headers(editor)
    assert [c.rubrik for c in on_disk(example_path).nyckeltal[1].kolumner][-1] == "Budget 2027"
