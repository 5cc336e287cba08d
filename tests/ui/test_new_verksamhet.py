"""Ny verksamhet… in the budget grids, as a user adds one: the button, the name dialog, the new
row in the grid and in the plan file, one undo step; an empty or taken name is refused with a
message and changes nothing."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import (
    click_and_answer,
    context_of,
    editor_of,
    on_disk,
    press,
    shown_cells,
    shown_window,
    typed_answer,
)
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.sections import Section
from vplan_desktop.ui.editors.budget_grid import (
    DriftbudgetEditor,
    ResultatEditor,
    VerksamhetGridEditor,
)
from vplan_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _open(
    qtbot: QtBot, path: Path, section: Section, kind: type[VerksamhetGridEditor]
) -> tuple[MainWindow, VerksamhetGridEditor]:
    window = shown_window(qtbot, path)
    window.show_section(section)
    editor = editor_of(window, section, kind)
    qtbot.waitUntil(editor.isVisible)  # a new page is shown once Qt's events run
    return window, editor


def _names(editor: VerksamhetGridEditor) -> list[str]:
    """The first column of the grid, as shown."""
    return [row[0] for row in shown_cells(editor.view)]


def _drift(plan: PlanSnapshot) -> list[str]:
    """The driftbudget's rows in the plan file, by their verksamhet's name."""
    names = {v.id: v.namn for v in plan.verksamheter}
    return [names[r.verksamhet_id] for r in plan.driftbudget]


def test_ny_verksamhet_adds_a_row_and_one_undo_takes_it_away(
    qtbot: QtBot, example_path: Path
) -> None:
    window, editor = _open(qtbot, example_path, Section.DRIFT, DriftbudgetEditor)
    context = context_of(window)
    before = on_disk(example_path)
    shown = _names(editor)
    assert shown[-3:] == ["NETTOKOSTNAD", "KF:s ram", "Differens mot ram"]

    seen = click_and_answer(qtbot, editor.add_button, typed_answer(qtbot, "Hemtjänst"))
    assert seen == ["Ny verksamhet"]
    # The new row stands last among the verksamheter, above the totals, with empty amounts.
    assert _names(editor) == [*shown[:-3], "Hemtjänst", *shown[-3:]]
    new_row = shown_cells(editor.view)[len(shown) - 3]
    assert new_row[0] == "Hemtjänst" and set(new_row[1:]) == {""}
    plan = on_disk(example_path)
    assert [v.namn for v in plan.verksamheter] == [
        *(v.namn for v in before.verksamheter),
        "Hemtjänst",
    ]
    assert _drift(plan) == [*_drift(before), "Hemtjänst"]
    assert plan.driftbudget[-1].belopp == {}
    assert context.undo_stack.count() == 1
    assert context.undo_stack.undoText() == "Lägg till Hemtjänst"

    # One Ctrl+Z takes both the row and the verksamhet; Ctrl+Y brings both.
    editor.view.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _names(editor) == shown
    undone = on_disk(example_path)
    assert (undone.verksamheter, undone.driftbudget) == (before.verksamheter, before.driftbudget)
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert "Hemtjänst" in _names(editor)
    assert _drift(on_disk(example_path))[-1] == "Hemtjänst"


def test_an_empty_name_is_refused_with_a_message(qtbot: QtBot, example_path: Path) -> None:
    window, editor = _open(qtbot, example_path, Section.DRIFT, DriftbudgetEditor)
    context = context_of(window)
    workspace = window.workspace
    assert workspace is not None
    before, shown = on_disk(example_path), _names(editor)

    assert click_and_answer(qtbot, editor.add_button, typed_answer(qtbot, "   ")) == [
        "Ny verksamhet"
    ]
    assert workspace.message.isVisible()
    assert workspace.message.text() == "Ange verksamhetens namn."
    assert _names(editor) == shown
    assert on_disk(example_path) == before
    assert context.undo_stack.count() == 0


def test_a_cancelled_dialog_changes_nothing_and_says_nothing(
    qtbot: QtBot, example_path: Path
) -> None:
    window, editor = _open(qtbot, example_path, Section.DRIFT, DriftbudgetEditor)
    workspace = window.workspace
    assert workspace is not None
    before = on_disk(example_path)

    def cancel(dialog: object) -> None:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    assert click_and_answer(qtbot, editor.add_button, cancel) == ["Ny verksamhet"]
    assert not workspace.message.isVisible()
    assert on_disk(example_path) == before
    assert context_of(window).undo_stack.count() == 0


def test_a_verksamhet_already_in_the_driftbudget_is_refused(
    qtbot: QtBot, example_path: Path
) -> None:
    """Case aside, the name is a verksamhet that has its row already."""
    window, editor = _open(qtbot, example_path, Section.DRIFT, DriftbudgetEditor)
    workspace = window.workspace
    assert workspace is not None
    before, shown = on_disk(example_path), _names(editor)

    click_and_answer(qtbot, editor.add_button, typed_answer(qtbot, "barn och FAMILJ"))
    assert workspace.message.isVisible()
    assert workspace.message.text() == "Driftbudgetraden finns redan."
    assert _names(editor) == shown
    assert on_disk(example_path) == before
    assert context_of(window).undo_stack.count() == 0


def test_a_known_verksamhet_gets_its_row_without_a_second_verksamhet(
    qtbot: QtBot, example_path: Path
) -> None:
    """In the resultaträkning, a verksamhet of the driftbudget is typed (in other case): its
    row is added and the plan still has one verksamhet by that name."""
    window, editor = _open(qtbot, example_path, Section.RESULTAT, ResultatEditor)
    before = on_disk(example_path)
    assert "Vuxen och missbruk" not in _names(editor)

    click_and_answer(qtbot, editor.add_button, typed_answer(qtbot, "vuxen och missbruk"))
    # The grid shows the verksamhet's own name, with its intäkter, kostnader and netto rows.
    assert "Vuxen och missbruk" in " ".join(_names(editor))
    plan = on_disk(example_path)
    assert plan.verksamheter == before.verksamheter
    vuxen = next(v.id for v in plan.verksamheter if v.namn == "Vuxen och missbruk")
    assert [r.verksamhet_id for r in plan.resultatrakning] == [
        *(r.verksamhet_id for r in before.resultatrakning),
        vuxen,
    ]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert on_disk(example_path).resultatrakning == before.resultatrakning
    assert context_of(window).undo_stack.count() == 1  # the step is there to redo
