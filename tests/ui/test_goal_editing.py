"""Mål och indikatorer, edited as a user edits them: the buttons under the goal tree and their
name dialogs, F2 in the tree, the form beside it, a target typed in the indicator table, the
removal question answered, and Ctrl+Z / Ctrl+Y after each step. Every step is checked on
screen and in the plan file."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.goal_helpers import (
    form_tab,
    goal_answer,
    goal_line,
    open_goals,
    plan_tree,
    select_line,
    shown_tree,
)
from tests.ui.helpers import (
    button_answer,
    click,
    click_and_answer,
    column_of,
    edit_cell,
    on_disk,
    press,
    type_text,
    typed_answer,
)
from vplan_desktop.db.enums import Jamforare
from vplan_desktop.domain import Namndsmal
from vplan_desktop.ui.editors.goals import GoalsEditor
from vplan_desktop.ui.models.goals import AREA, GOAL, INDICATOR, KIND_ROLE

CTRL = Qt.KeyboardModifier.ControlModifier


def _both(editor: GoalsEditor, path: Path) -> list[str]:
    """The tree on screen, after checking that the plan file holds the same tree."""
    shown = shown_tree(editor)
    assert shown == plan_tree(on_disk(path)), "the screen and the plan file disagree"
    return shown


def _line(path: Path, goal_id: int) -> str:
    """A goal's line in the tree, as the plan file names it."""
    plan = on_disk(path)
    return goal_line(plan, next(g for g in plan.namndsmal if g.id == goal_id))


def _goal(path: Path, goal_id: int) -> Namndsmal:
    return next(g for g in on_disk(path).namndsmal if g.id == goal_id)


def _current(editor: GoalsEditor) -> tuple[int, str]:
    index = editor.tree.currentIndex()
    assert index.isValid(), "nothing is selected in the goal tree"
    return index.data(KIND_ROLE), str(index.data())


# --- building a goal tree from nothing ---------------------------------------------------------


def test_area_goal_and_indicator_are_added_and_each_step_undone(
    qtbot: QtBot, plan_path: Path
) -> None:
    window, editor = open_goals(qtbot, plan_path)
    assert _both(editor, plan_path) == []
    assert editor.empty_hint.isVisible()

    seen = click_and_answer(qtbot, editor.add_area, typed_answer(qtbot, "Trygghet"))
    assert seen == ["Nytt målområde"]
    assert _both(editor, plan_path) == ["Trygghet"]
    assert _current(editor) == (AREA, "Trygghet")
    assert editor.area_name.text() == "Trygghet"
    assert not editor.empty_hint.isVisible()

    seen = click_and_answer(qtbot, editor.add_goal, goal_answer(qtbot, "Fler känner sig trygga"))
    assert seen == ["Nytt mål"]
    assert _both(editor, plan_path) == ["Trygghet", "  Nämndsmål – Fler känner sig trygga"]
    assert _current(editor) == (GOAL, "Nämndsmål – Fler känner sig trygga")
    assert editor.goal_text.text() == "Fler känner sig trygga"
    assert editor.goal_area.currentText() == "Trygghet"

    seen = click_and_answer(qtbot, editor.add_indicator, typed_answer(qtbot, "Andel trygga (%)"))
    assert seen == ["Ny indikator"]
    assert _both(editor, plan_path) == [
        "Trygghet",
        "  Nämndsmål – Fler känner sig trygga",
        "    Andel trygga (%)",
    ]
    assert _current(editor) == (INDICATOR, "Andel trygga (%)")
    assert editor.indicators.model().index(0, 0).data() == "Andel trygga (%)"
    plan = on_disk(plan_path)
    assert plan.namndsmal[0].malomrade_id == plan.malomraden[0].id
    assert plan.indikatorer[0].namndsmal_id == plan.namndsmal[0].id

    # Ctrl+Z takes the steps back one at a time; Ctrl+Y brings them again.
    editor.tree.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _both(editor, plan_path) == ["Trygghet", "  Nämndsmål – Fler känner sig trygga"]
    assert editor.indicators.model().rowCount() == 0
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _both(editor, plan_path) == ["Trygghet"]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _both(editor, plan_path) == []
    assert editor.empty_hint.isVisible()
    assert window.context is not None and not window.context.undo_stack.canUndo()
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Y, CTRL)
    assert _both(editor, plan_path) == [
        "Trygghet",
        "  Nämndsmål – Fler känner sig trygga",
        "    Andel trygga (%)",
    ]


def test_a_cancelled_or_empty_name_adds_nothing(qtbot: QtBot, plan_path: Path) -> None:
    window, editor = open_goals(qtbot, plan_path)

    def cancel(dialog: object) -> None:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    assert click_and_answer(qtbot, editor.add_area, cancel) == ["Nytt målområde"]
    assert click_and_answer(qtbot, editor.add_area, typed_answer(qtbot, "   ")) == [
        "Nytt målområde"
    ]
    assert _both(editor, plan_path) == []
    assert window.context is not None and window.context.undo_stack.count() == 0


def test_a_goal_added_with_no_area_selected_goes_under_utan_malomrade(
    qtbot: QtBot, plan_path: Path
) -> None:
    window, editor = open_goals(qtbot, plan_path)
    assert window.context is not None
    click_and_answer(qtbot, editor.add_goal, goal_answer(qtbot, "Ett mål utan område"))
    goal = "Nämndsmål – Ett mål utan område"
    assert _both(editor, plan_path) == ["Utan målområde", "  " + goal]
    assert editor.goal_area.currentText() == "(inget målområde)"
    click_and_answer(qtbot, editor.add_area, typed_answer(qtbot, "Trygghet"))
    assert _both(editor, plan_path) == ["Trygghet", "Utan målområde", "  " + goal]
    steps = window.context.undo_stack.count()
    click(qtbot, editor.down)  # "Utan målområde" is no place to move an area to
    assert _both(editor, plan_path) == ["Trygghet", "Utan målområde", "  " + goal]
    assert window.context.undo_stack.count() == steps

    # The goal is put under the area by choosing it in the form (arrow key in the list).
    select_line(qtbot, editor, goal)
    editor.goal_tabs.setCurrentIndex(0)  # the tab "Målet"
    assert editor.goal_tabs.tabText(0) == "Målet"
    editor.goal_area.setFocus()
    assert editor.goal_area.currentText() == "(inget målområde)"
    qtbot.keyClick(editor.goal_area, Qt.Key.Key_Up)
    assert _both(editor, plan_path) == ["Trygghet", "  " + goal]
    assert _current(editor) == (GOAL, goal)
    assert editor.goal_area.currentText() == "Trygghet"
    editor.tree.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _both(editor, plan_path) == ["Trygghet", "Utan målområde", "  " + goal]


# --- renaming, in the tree and in the form ------------------------------------------------------


def _rename_in_tree(qtbot: QtBot, editor: GoalsEditor, old: str, new: str) -> None:
    """Select an item, press F2, type the new name and press Enter."""
    select_line(qtbot, editor, old)
    qtbot.keyClick(editor.tree, Qt.Key.Key_F2)
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit) and field.parent() is editor.tree.viewport()
    field.selectAll()
    type_text(field, new)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits through a queued call


def test_items_are_renamed_with_f2_in_the_tree_and_undone(qtbot: QtBot, example_path: Path) -> None:
    _window, editor = open_goals(qtbot, example_path)
    before = _both(editor, example_path)
    assert before[0] == "1 Kvalitet"

    _rename_in_tree(qtbot, editor, "1 Kvalitet", "Kvalitet och trygghet")
    after = _both(editor, example_path)
    assert after[0] == "1 Kvalitet och trygghet"  # the code stays; the name is what changed
    assert on_disk(example_path).malomraden[0].namn == "Kvalitet och trygghet"
    assert editor.area_name.text() == "Kvalitet och trygghet"

    goal = on_disk(example_path).namndsmal[1].text
    assert goal.startswith("Barn och unga")  # a nämndsmål under KF:s mål
    _rename_in_tree(
        qtbot,
        editor,
        _line(example_path, on_disk(example_path).namndsmal[1].id),
        "Fler når egen försörjning",
    )
    assert on_disk(example_path).namndsmal[1].text == "Fler når egen försörjning"
    assert editor.goal_text.text() == "Fler når egen försörjning"

    indicator = on_disk(example_path).indikatorer[0].namn
    _rename_in_tree(qtbot, editor, indicator, "Ej återaktualiserade barn (%)")
    assert on_disk(example_path).indikatorer[0].namn == "Ej återaktualiserade barn (%)"
    assert editor.indicators.model().index(0, 0).data() == "Ej återaktualiserade barn (%)"
    assert _both(editor, example_path) == [
        line.replace(indicator, "Ej återaktualiserade barn (%)").replace(
            goal, "Fler når egen försörjning"
        )
        for line in after
    ]

    editor.tree.setFocus()
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _both(editor, example_path) == before
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Y, CTRL)
    assert on_disk(example_path).malomraden[0].namn == "Kvalitet och trygghet"
    assert on_disk(example_path).indikatorer[0].namn == "Ej återaktualiserade barn (%)"


def test_the_forms_beside_the_tree_save_what_is_typed(qtbot: QtBot, example_path: Path) -> None:
    _window, editor = open_goals(qtbot, example_path)
    select_line(qtbot, editor, "2 Delaktighet")
    editor.area_code.setFocus()
    editor.area_code.selectAll()
    type_text(editor.area_code, "2a")
    qtbot.keyClick(editor.area_code, Qt.Key.Key_Tab)  # leaving the field saves it
    assert on_disk(example_path).malomraden[1].kod == "2a"
    assert "2a Delaktighet" in _both(editor, example_path)
    assert "2 Delaktighet" not in _both(editor, example_path)

    goal = next(g for g in on_disk(example_path).namndsmal if g.text.startswith("Brukarna"))
    select_line(qtbot, editor, _line(example_path, goal.id))
    form_tab(qtbot, editor)
    editor.goal_text.setFocus()
    editor.goal_text.selectAll()
    type_text(editor.goal_text, "Brukarna påverkar sitt stöd.")
    qtbot.keyClick(editor.goal_text, Qt.Key.Key_Return)
    assert _goal(example_path, goal.id).text == "Brukarna påverkar sitt stöd."
    assert "    Nämndsmål 3 – Brukarna påverkar sitt stöd." in _both(editor, example_path)

    # Ctrl+Z with the keyboard still in the field undoes the plan's step, not only the
    # field's typing: screen and file agree after it (they did not: the field's own undo ran).
    assert QApplication.focusWidget() is editor.goal_text
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _goal(example_path, goal.id).text == goal.text
    assert editor.goal_text.text() == goal.text
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert on_disk(example_path).malomraden[1].kod == "2"
    assert "2 Delaktighet" in _both(editor, example_path)
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert on_disk(example_path).malomraden[1].kod == "2a"


def test_the_areas_description_is_saved_when_the_field_is_left(
    qtbot: QtBot, example_path: Path
) -> None:
    _window, editor = open_goals(qtbot, example_path)
    select_line(qtbot, editor, "4 Klimat och hållbarhet")
    text = editor.area_description
    assert text.toPlainText() == on_disk(example_path).malomraden[3].beskrivning != ""
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton)
    text.selectAll()
    type_text(text, "Nämndens del av kommunens klimatarbete.")
    qtbot.keyClick(text, Qt.Key.Key_Tab)  # Tab leaves the text (it does not type a tab)
    assert QApplication.focusWidget() is not text
    assert (
        on_disk(example_path).malomraden[3].beskrivning == "Nämndens del av kommunens klimatarbete."
    )
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert (
        on_disk(example_path).malomraden[3].beskrivning != "Nämndens del av kommunens klimatarbete."
    )
    assert text.toPlainText() == on_disk(example_path).malomraden[3].beskrivning


def test_a_new_goal_goes_to_the_top_of_the_area_of_the_selected_goal(
    qtbot: QtBot, example_path: Path
) -> None:
    _window, editor = open_goals(qtbot, example_path)
    goal = next(g for g in on_disk(example_path).namndsmal if g.text.startswith("Medarbetarna"))
    assert goal.malomrade_id == 3 and goal.overordnat_id is not None  # under KF:s mål 3.1
    select_line(qtbot, editor, _line(example_path, goal.id))
    click_and_answer(qtbot, editor.add_goal, goal_answer(qtbot, "Fler chefer stannar"))
    added = [g for g in on_disk(example_path).namndsmal if g.text == "Fler chefer stannar"]
    assert [(g.malomrade_id, g.overordnat_id) for g in added] == [(3, None)]
    tree = _both(editor, example_path)
    line = "  Nämndsmål – Fler chefer stannar"  # beside KF:s mål, not under the selected goal
    assert tree.index("3 Kompetensförsörjning") < tree.index(line)
    assert tree.index(line) < tree.index("4 Klimat och hållbarhet")
    assert _current(editor) == (GOAL, "Nämndsmål – Fler chefer stannar")


def test_ctrl_z_while_typing_in_a_field_takes_back_the_typing(
    qtbot: QtBot, example_path: Path
) -> None:
    """Text typed but not yet saved is saved as a step and undone: the field shows the plan's
    text again and the step before is untouched; Ctrl+Y brings the typing back, saved."""
    window, editor = open_goals(qtbot, example_path)
    assert window.context is not None
    select_line(qtbot, editor, "3 Kompetensförsörjning")
    editor.area_code.setFocus()
    editor.area_code.selectAll()
    type_text(editor.area_code, "3a")
    qtbot.keyClick(editor.area_code, Qt.Key.Key_Tab)  # saved; the name field has the keyboard
    assert QApplication.focusWidget() is editor.area_name
    editor.area_name.selectAll()
    type_text(editor.area_name, "Personal")
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert editor.area_name.text() == "Kompetensförsörjning"
    area = on_disk(example_path).malomraden[2]
    assert (area.kod, area.namn) == ("3a", "Kompetensförsörjning")
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert editor.area_name.text() == "Personal"
    area = on_disk(example_path).malomraden[2]
    assert (area.kod, area.namn) == ("3a", "Personal")
    assert "3a Personal" in _both(editor, example_path)


# --- a target typed in the indicator table -------------------------------------------------------


def test_a_target_is_typed_in_its_cell_and_undone(qtbot: QtBot, example_path: Path) -> None:
    _window, editor = open_goals(qtbot, example_path)
    indicator = on_disk(example_path).indikatorer[1]
    select_line(qtbot, editor, indicator.namn)
    view = editor.indicators
    row = next(
        r
        for r in range(view.model().rowCount())
        if view.model().index(r, 0).data() == indicator.namn
    )
    column = column_of(view, "2028")
    assert view.model().index(row, column).data() == "92\u00a0%"

    edit_cell(qtbot, view, row, column, "93,5 %")
    assert on_disk(example_path).indikatorer[1].malnivaer[2028] == Decimal("93.5")
    assert view.model().index(row, column).data() == "93,5\u00a0%"

    edit_cell(qtbot, view, row, column, "minst 90 %")  # a target that compares
    saved = on_disk(example_path).indikatorer[1]
    assert (saved.malnivaer[2028], saved.jamforare.get(2028)) == (Decimal(90), Jamforare.MINST)
    assert view.model().index(row, column).data() == "≥\u00a090\u00a0%"

    edit_cell(qtbot, view, row, column, "Öka")  # a target may be words
    saved = on_disk(example_path).indikatorer[1]
    assert (saved.malnivaer[2028], saved.jamforare.get(2028)) == ("Öka", None)
    assert view.model().index(row, column).data() == "Öka"

    press(qtbot, Qt.Key.Key_Z, CTRL)
    saved = on_disk(example_path).indikatorer[1]
    assert (saved.malnivaer[2028], saved.jamforare.get(2028)) == (Decimal(90), Jamforare.MINST)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    saved = on_disk(example_path).indikatorer[1]
    assert (saved.malnivaer[2028], saved.jamforare.get(2028)) == (Decimal("93.5"), None)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert on_disk(example_path).indikatorer[1].malnivaer[2028] == Decimal(92)
    assert view.model().index(row, column).data() == "92\u00a0%"
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert on_disk(example_path).indikatorer[1].malnivaer[2028] == Decimal("93.5")
    assert view.model().index(row, column_of(view, "2029")).data() == "≥\u00a095\u00a0%"
    # the other years and indicators are as they were
    plan = on_disk(example_path)
    assert plan.indikatorer[1].malnivaer[2027] == Decimal(88)
    assert plan.indikatorer[0].malnivaer == indicator_targets(example_path, 0)


def indicator_targets(path: Path, position: int) -> dict[int, object]:
    """An indicator's targets as the example plan ships them."""
    import json

    from vplan_desktop.paths import resource

    shipped = json.loads(resource("example_plan.json").read_text(encoding="utf-8"))
    indicators = [i for g in shipped["namndsmal"] for i in g["indikatorer"]]
    return {int(y): Decimal(str(v)) for y, v in indicators[position]["malnivaer"].items()}


# --- moving up and down --------------------------------------------------------------------------


def test_items_move_up_and_down_among_their_siblings(qtbot: QtBot, example_path: Path) -> None:
    window, editor = open_goals(qtbot, example_path)
    assert window.context is not None
    before = _both(editor, example_path)

    def top(area_id: int) -> list[int]:
        plan = on_disk(example_path)
        return [
            g.id for g in plan.namndsmal if (g.malomrade_id, g.overordnat_id) == (area_id, None)
        ]

    def under(goal_id: int) -> list[int]:
        return [g.id for g in on_disk(example_path).namndsmal if g.overordnat_id == goal_id]

    assert (top(1), under(7)) == ([7, 13], [1, 2])  # KF:s mål and an uppdrag; two nämndsmål
    select_line(qtbot, editor, _line(example_path, 7))
    click(qtbot, editor.down)
    assert top(1) == [13, 7]
    moved = _both(editor, example_path)
    assert moved.index("  " + _line(example_path, 13)) < moved.index("  " + _line(example_path, 7))
    assert _current(editor) == (GOAL, _line(example_path, 7))  # the moved goal stays selected

    # A goal under a goal moves among the goals beside it (not past the indicators above).
    select_line(qtbot, editor, _line(example_path, 2))
    click(qtbot, editor.up)
    assert under(7) == [2, 1]
    assert _current(editor) == (GOAL, _line(example_path, 2))
    steps = window.context.undo_stack.count()
    click(qtbot, editor.up)  # already the first
    assert under(7) == [2, 1] and window.context.undo_stack.count() == steps

    select_line(qtbot, editor, "4 Klimat och hållbarhet")
    click(qtbot, editor.up)
    click(qtbot, editor.up)
    areas = [a.rubrik for a in on_disk(example_path).malomraden]
    assert areas == [
        "1 Kvalitet",
        "4 Klimat och hållbarhet",
        "2 Delaktighet",
        "3 Kompetensförsörjning",
    ]
    assert [line for line in _both(editor, example_path) if not line.startswith(" ")] == areas

    indicator = on_disk(example_path).indikatorer[2]
    select_line(qtbot, editor, indicator.namn)
    click(qtbot, editor.up)
    names = [
        i.namn
        for i in on_disk(example_path).indikatorer
        if i.namndsmal_id == indicator.namndsmal_id
    ]
    assert names.index(indicator.namn) == 1
    view = editor.indicators
    assert view.model().index(1, 0).data() == indicator.namn

    for _ in range(5):
        press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _both(editor, example_path) == before
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert top(1) == [13, 7]


def test_up_on_the_first_item_changes_nothing(qtbot: QtBot, example_path: Path) -> None:
    """Nothing to move: no step on the undo stack that Ctrl+Z would seem to ignore."""
    window, editor = open_goals(qtbot, example_path)
    assert window.context is not None
    before = _both(editor, example_path)
    select_line(qtbot, editor, "1 Kvalitet")
    click(qtbot, editor.up)
    select_line(qtbot, editor, "4 Klimat och hållbarhet")
    click(qtbot, editor.down)
    assert _both(editor, example_path) == before
    assert window.context.undo_stack.count() == 0


# --- removing, with the question answered ---------------------------------------------------------


def test_removing_an_area_asks_and_cancel_keeps_it(qtbot: QtBot, example_path: Path) -> None:
    _window, editor = open_goals(qtbot, example_path)
    before = _both(editor, example_path)
    select_line(qtbot, editor, "1 Kvalitet")
    asked: list[str] = []
    assert click_and_answer(qtbot, editor.remove, button_answer(qtbot, "Avbryt", asked)) == [
        "Ta bort"
    ]
    assert asked == [
        "Ta bort målområdet ”1 Kvalitet” med 5 mål, 6 indikatorer och en beskrivning? "
        "9 aktiviteter som hör till målområdet blir kvar utan mål."
    ]
    assert _both(editor, example_path) == before


def test_removing_an_area_takes_what_is_under_it_and_undo_brings_all_back(
    qtbot: QtBot, example_path: Path
) -> None:
    window, editor = open_goals(qtbot, example_path)
    assert window.context is not None
    before = _both(editor, example_path)
    plan = on_disk(example_path)
    select_line(qtbot, editor, "1 Kvalitet")
    asked: list[str] = []
    click_and_answer(qtbot, editor.remove, button_answer(qtbot, "Ta bort", asked))
    assert asked and asked[0].startswith("Ta bort målområdet ”1 Kvalitet”")
    after = _both(editor, example_path)
    assert "1 Kvalitet" not in after
    assert after == before[12:]  # the area's line, its 5 goals' and their 6 indicators'
    removed = on_disk(example_path)
    assert len(removed.namndsmal) == len(plan.namndsmal) - 5
    assert len(removed.indikatorer) == len(plan.indikatorer) - 6

    editor.tree.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _both(editor, example_path) == before
    restored = on_disk(example_path)
    assert (restored.malomraden, restored.namndsmal, restored.indikatorer) == (
        plan.malomraden,
        plan.namndsmal,
        plan.indikatorer,
    )
    assert restored.aktiviteter == plan.aktiviteter  # their links to the goals came back too
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert _both(editor, example_path) == after


def test_a_goal_and_an_indicator_are_removed_after_the_question(
    qtbot: QtBot, example_path: Path
) -> None:
    window, editor = open_goals(qtbot, example_path)
    assert window.context is not None
    before = _both(editor, example_path)
    goal = _goal(example_path, 4)  # one indicator, an activity of its own
    line = _line(example_path, goal.id)
    select_line(qtbot, editor, line)
    asked: list[str] = []
    click_and_answer(qtbot, editor.remove, button_answer(qtbot, "Ta bort", asked))
    assert asked[0] == (
        "Ta bort målet ”4 Unga i Sjöbacka har en meningsfull fritid.” med 1 indikator? "
        "En aktivitet som hör till målet blir kvar utan mål."
    )
    assert line not in [line.strip() for line in _both(editor, example_path)]

    indicator = on_disk(example_path).indikatorer[0]
    select_line(qtbot, editor, indicator.namn)
    editor.indicators.setCurrentIndex(editor.indicators.model().index(0, 0))
    click_and_answer(qtbot, editor.remove_indicator, button_answer(qtbot, "Ta bort", asked))
    assert asked[1] == (
        "Ta bort indikatorn ”Ej återaktualiserade barn 0–12 år ett år efter avslutad insats, "
        "andel…” med nuläge, 3 målnivåer och 2 utfall?"
    )
    assert indicator.id not in [i.id for i in on_disk(example_path).indikatorer]
    assert indicator.namn not in [
        str(editor.indicators.model().index(r, 0).data())
        for r in range(editor.indicators.model().rowCount())
    ]

    editor.tree.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _both(editor, example_path) == before
    assert on_disk(example_path).indikatorer[0] == indicator


def test_an_empty_item_is_removed_without_a_question(qtbot: QtBot, plan_path: Path) -> None:
    _window, editor = open_goals(qtbot, plan_path)
    click_and_answer(qtbot, editor.add_area, typed_answer(qtbot, "Tillfälligt"))
    click(qtbot, editor.remove)  # nothing in it: no question (a dialog would fail the test)
    assert _both(editor, plan_path) == []
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _both(editor, plan_path) == ["Tillfälligt"]


@pytest.mark.parametrize("answer", ["Avbryt", "Ta bort"])
def test_enter_in_the_question_keeps_the_item(
    qtbot: QtBot, example_path: Path, answer: str
) -> None:
    """Avbryt is the default button: a hurried Enter removes nothing."""
    _window, editor = open_goals(qtbot, example_path)
    before = _both(editor, example_path)
    select_line(qtbot, editor, "3 Kompetensförsörjning")

    def enter(box: object) -> None:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    click_and_answer(qtbot, editor.remove, enter)
    assert _both(editor, example_path) == before
