"""The goal tree as a user builds and edits it: KF:s mål → nämndsmål → förvaltningens mål with
"Nytt mål" and "Nytt delmål" (button and shortcut), a goal moved under another goal or to
another målområde in its form, its target in words per year typed in the form's table, the
removal of a goal with the goals under it, and a level the plan names its own way. Every step
is checked on screen and in the plan file, and undone."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from functools import partial
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from tests.ui.goal_helpers import (
    choices,
    choose,
    form_tab,
    goal_answer,
    open_goals,
    plan_tree,
    select_line,
    shown_tree,
)
from tests.ui.helpers import (
    answer_next_dialog,
    button_answer,
    click_and_answer,
    context_of,
    edit_cell,
    on_disk,
    press,
    shown_cells,
    type_text,
    typed_answer,
)
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Jamforare, MalNiva
from vplan_desktop.domain import Namndsmal
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import goal_tree, items
from vplan_desktop.storage.working import EditSession
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.goals import GoalsEditor
from vplan_desktop.ui.goal_levels import GoalLevelsDialog
from vplan_desktop.ui.models.goals import GOAL, INDICATOR, KIND_ROLE, GoalTreeModel
from vplan_desktop.ui.models.table import ROW_ID_ROLE
from vplan_desktop.ui.new_goal_dialog import EMPTY_TEXT
from vplan_desktop.ui.removal import removal_question

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
KF1, KF2 = "Alla känner sig trygga", "Tryggare offentliga miljöer"
NAMND, FORV = "Fler unga känner sig trygga", "Fritidsgårdarna har öppet fler kvällar"
INDICATOR_NAME = "Andel unga som känner sig trygga (%)"
BEFORE = [
    "Trygghet",
    f"  KF:s mål – {KF1}",
    f"    Nämndsmål – {NAMND}",
    f"      {INDICATOR_NAME}",
    f"      Förvaltningens mål – {FORV}",
    f"  KF:s mål – {KF2}",
    "Hälsa",
]


@pytest.fixture
def tree_path(plan_path: Path) -> Path:
    """The empty plan with a small goal tree in "Trygghet" (see ``BEFORE``) and an empty
    målområde "Hälsa"."""
    with PlanDocument.open(plan_path) as doc:

        def add(kind: ItemKind, **fields: object) -> int:
            item_id = items.add_item(doc, kind, dict(fields)).item_id
            assert isinstance(item_id, int)
            return item_id

        area = add(ItemKind.MALOMRADE, namn="Trygghet")
        add(ItemKind.MALOMRADE, namn="Hälsa")
        kf1 = add(ItemKind.NAMNDSMAL, malomrade_id=area, niva=MalNiva.KF, text=KF1)
        add(ItemKind.NAMNDSMAL, malomrade_id=area, niva=MalNiva.KF, text=KF2)
        namnd = add(ItemKind.NAMNDSMAL, overordnat_id=kf1, niva=MalNiva.NAMND, text=NAMND)
        add(ItemKind.NAMNDSMAL, overordnat_id=namnd, niva=MalNiva.FORVALTNING, text=FORV)
        add(ItemKind.INDIKATOR, namndsmal_id=namnd, namn=INDICATOR_NAME, enhet="%")
    return plan_path


def _both(editor: GoalsEditor, path: Path) -> list[str]:
    """The tree on screen, after checking that the plan file holds the same tree."""
    shown = shown_tree(editor)
    assert shown == plan_tree(on_disk(path)), "the screen and the plan file disagree"
    return shown


def _goal(path: Path, text: str) -> Namndsmal:
    return next(g for g in on_disk(path).namndsmal if g.text == text)


def _activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


# --- building the tree ---------------------------------------------------------------------------


def test_a_tree_of_three_levels_is_built_with_new_goal_and_sub_goal_and_undone(
    qtbot: QtBot, plan_path: Path
) -> None:
    window, editor = open_goals(qtbot, plan_path)
    click_and_answer(qtbot, editor.add_area, typed_answer(qtbot, "Trygghet"))
    assert not editor.add_sub_goal.isEnabled()  # no goal selected to go under

    offered: list[str] = []
    seen = click_and_answer(
        qtbot, editor.add_goal, goal_answer(qtbot, KF1, level="KF:s mål", said=offered)
    )
    assert (seen, offered) == (["Nytt mål"], ["Nämndsmål"])
    assert _both(editor, plan_path) == ["Trygghet", f"  KF:s mål – {KF1}"]
    assert editor.add_sub_goal.isEnabled()

    # The number typed in the form shows in the tree.
    form_tab(qtbot, editor)
    code = editor.goal_form.lines["kod"]
    code.setFocus()
    type_text(code, "1")
    qtbot.keyClick(code, Qt.Key.Key_Tab)
    assert _both(editor, plan_path) == ["Trygghet", f"  KF:s mål 1 – {KF1}"]

    # Nytt delmål with the button: one level below KF:s mål is offered.
    offered.clear()
    seen = click_and_answer(qtbot, editor.add_sub_goal, goal_answer(qtbot, NAMND, said=offered))
    assert (seen, offered) == (["Nytt delmål"], ["Nämndsmål"])
    # … and with its shortcut, from the tree: below a nämndsmål, förvaltningens mål.
    offered.clear()
    seen = answer_next_dialog(qtbot, goal_answer(qtbot, FORV, said=offered))
    editor.tree.setFocus()
    press(qtbot, Qt.Key.Key_D, CTRL_SHIFT)
    _activate(qtbot, window)
    assert (seen, offered) == (["Nytt delmål"], ["Förvaltningens mål"])
    built = [
        "Trygghet",
        f"  KF:s mål 1 – {KF1}",
        f"    Nämndsmål – {NAMND}",
        f"      Förvaltningens mål – {FORV}",
    ]
    assert _both(editor, plan_path) == built
    assert editor.tree.currentIndex().data() == f"Förvaltningens mål – {FORV}"
    kf, namnd, forv = (_goal(plan_path, text) for text in (KF1, NAMND, FORV))
    assert (kf.niva, namnd.niva, forv.niva) == (MalNiva.KF, MalNiva.NAMND, MalNiva.FORVALTNING)
    assert (kf.overordnat_id, namnd.overordnat_id, forv.overordnat_id) == (None, kf.id, namnd.id)
    assert {kf.malomrade_id, namnd.malomrade_id, forv.malomrade_id} == {kf.malomrade_id}

    # The tree's context menu offers the same, with the shortcut beside it.
    menu = {action.text(): action.shortcut().toString() for action in editor.tree.actions()}
    assert menu["Nytt delmål…"] == "Ctrl+Shift+D"
    assert {"Nytt mål…", "Ny indikator…", "Flytta upp", "Flytta ner", "Ta bort"} <= set(menu)

    editor.tree.setFocus()
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _both(editor, plan_path) == ["Trygghet", f"  KF:s mål – {KF1}"]
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Y, CTRL)
    assert _both(editor, plan_path) == built


@pytest.mark.parametrize("typed", ["", "   "])
def test_a_goal_without_text_is_refused_with_a_message(
    qtbot: QtBot, plan_path: Path, typed: str
) -> None:
    window, editor = open_goals(qtbot, plan_path)
    click_and_answer(qtbot, editor.add_area, typed_answer(qtbot, "Trygghet"))
    said: list[str] = []
    click_and_answer(qtbot, editor.add_goal, goal_answer(qtbot, typed, said=said))
    assert said == ["Nämndsmål", EMPTY_TEXT]  # the dialog said so and stayed open
    assert EMPTY_TEXT == "Skriv målet i fältet Målet – ett mål utan text kan inte läggas till."
    assert _both(editor, plan_path) == ["Trygghet"]
    assert context_of(window).undo_stack.count() == 1  # the area only


# --- the form: place in the tree, level and number -----------------------------------------------


def test_a_goal_is_put_under_another_goal_and_in_another_area_in_its_form(
    qtbot: QtBot, tree_path: Path
) -> None:
    window, editor = open_goals(qtbot, tree_path)
    assert _both(editor, tree_path) == BEFORE
    namnd, forv = _goal(tree_path, NAMND), _goal(tree_path, FORV)

    select_line(qtbot, editor, f"KF:s mål – {KF1}")
    form_tab(qtbot, editor)
    parent = editor.goal_form.parent_goal
    # Not itself, nor a goal under it: a goal cannot lie under its own sub-goal.
    assert choices(parent) == ["(inget – överst i målområdet)", f"KF:s mål – {KF2}"]

    select_line(qtbot, editor, f"Nämndsmål – {NAMND}")
    form_tab(qtbot, editor)
    assert choices(parent) == [
        "(inget – överst i målområdet)",
        f"KF:s mål – {KF1}",
        f"KF:s mål – {KF2}",
    ]
    assert parent.currentText().strip() == f"KF:s mål – {KF1}"
    choose(qtbot, parent, f"KF:s mål – {KF2}")
    moved = [
        "Trygghet",
        f"  KF:s mål – {KF1}",
        f"  KF:s mål – {KF2}",
        f"    Nämndsmål – {NAMND}",
        f"      {INDICATOR_NAME}",
        f"      Förvaltningens mål – {FORV}",
        "Hälsa",
    ]
    assert _both(editor, tree_path) == moved
    assert _goal(tree_path, NAMND).overordnat_id == _goal(tree_path, KF2).id
    assert editor.tree.currentIndex().data() == f"Nämndsmål – {NAMND}"  # still selected

    choose(qtbot, parent, "(inget – överst i målområdet)")
    assert _goal(tree_path, NAMND).overordnat_id is None
    assert f"  Nämndsmål – {NAMND}" in _both(editor, tree_path)

    # Another målområde: the goal goes to its top, the goals under it follow.
    choose(qtbot, editor.goal_area, "Hälsa")
    assert _both(editor, tree_path)[-4:] == [
        "Hälsa",
        f"  Nämndsmål – {NAMND}",
        f"    {INDICATOR_NAME}",
        f"    Förvaltningens mål – {FORV}",
    ]
    hälsa = on_disk(tree_path).malomraden[1].id
    assert (_goal(tree_path, NAMND).malomrade_id, _goal(tree_path, FORV).malomrade_id) == (
        hälsa,
        hälsa,
    )
    assert choices(parent) == ["(inget – överst i målområdet)"]  # nothing else in Hälsa

    editor.tree.setFocus()
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _both(editor, tree_path) == BEFORE
    restored = on_disk(tree_path)
    assert [g for g in restored.namndsmal if g.id in (namnd.id, forv.id)] == [namnd, forv]
    assert context_of(window).undo_stack.canRedo()


def test_level_number_and_the_other_fields_are_saved_from_the_form(
    qtbot: QtBot, tree_path: Path
) -> None:
    _window, editor = open_goals(qtbot, tree_path)
    select_line(qtbot, editor, f"Förvaltningens mål – {FORV}")
    assert editor.goal_tabs.currentIndex() == 0  # no indicators: the form is shown
    form = editor.goal_form
    assert choices(form.level) == [
        "KF:s mål",
        "KS:s mål",
        "Nämndsmål",
        "Förvaltningens mål",
        "Uppdrag",
    ]
    choose(qtbot, form.level, "Uppdrag")
    assert f"      Uppdrag – {FORV}" in _both(editor, tree_path)
    for name, text in (
        ("kod", "KF 2026:3"),
        ("ansvarig", "Fritidschef"),
        ("adressat", "Kultur- och fritidsnämnden"),
        ("foljs_upp_genom", "Verksamhetsberättelsen"),
    ):
        field = form.lines[name]
        field.setFocus()
        type_text(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
    form.description.setFocus()
    type_text(form.description, "Öppet till klockan 22 fyra kvällar i veckan.")
    qtbot.keyClick(form.description, Qt.Key.Key_Tab)
    saved = _goal(tree_path, FORV)
    assert (saved.niva, saved.kod, saved.ansvarig, saved.adressat) == (
        MalNiva.UPPDRAG,
        "KF 2026:3",
        "Fritidschef",
        "Kultur- och fritidsnämnden",
    )
    assert (saved.foljs_upp_genom, saved.beskrivning) == (
        "Verksamhetsberättelsen",
        "Öppet till klockan 22 fyra kvällar i veckan.",
    )
    assert f"      Uppdrag KF 2026:3 – {FORV}" in _both(editor, tree_path)

    # Ctrl+Z in a field undoes the plan's last step, not the field's own typing.
    assert QApplication.focusWidget() is not form.description
    form.description.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _goal(tree_path, FORV).beskrivning == ""
    assert form.description.toPlainText() == ""


# --- the target in words per year -----------------------------------------------------------------


def test_year_texts_are_typed_in_the_table_and_each_is_one_undo_step(
    qtbot: QtBot, tree_path: Path
) -> None:
    window, editor = open_goals(qtbot, tree_path)
    select_line(qtbot, editor, f"KF:s mål – {KF1}")
    table = editor.goal_form.year_texts
    assert table.isVisible()
    years = context_of(window).plan.uppgifter.years
    assert shown_cells(table) == [[str(year), ""] for year in years]
    first, second = years[0], years[1]
    steps = context_of(window).undo_stack.count()

    edit_cell(qtbot, table, 0, 1, "En modell finns klar")
    edit_cell(qtbot, table, 1, 1, "Modellen används i alla utredningar")
    assert _goal(tree_path, KF1).arstexter == {
        first: "En modell finns klar",
        second: "Modellen används i alla utredningar",
    }
    assert shown_cells(table)[:2] == [
        [str(first), "En modell finns klar"],
        [str(second), "Modellen används i alla utredningar"],
    ]
    table.setCurrentIndex(table.model().index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # emptied: the year has no text any more
    assert _goal(tree_path, KF1).arstexter == {second: "Modellen används i alla utredningar"}
    assert context_of(window).undo_stack.count() == steps + 3

    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _goal(tree_path, KF1).arstexter[first] == "En modell finns klar"
    assert shown_cells(table)[0] == [str(first), "En modell finns klar"]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _goal(tree_path, KF1).arstexter == {first: "En modell finns klar"}
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _goal(tree_path, KF1).arstexter == {}
    assert shown_cells(table) == [[str(year), ""] for year in years]
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert _goal(tree_path, KF1).arstexter == {first: "En modell finns klar"}


# --- removing a goal with the goals under it ------------------------------------------------------


def test_removing_a_goal_takes_its_sub_goals_and_undo_brings_them_back(
    qtbot: QtBot, tree_path: Path
) -> None:
    _window, editor = open_goals(qtbot, tree_path)
    before = on_disk(tree_path)
    select_line(qtbot, editor, f"KF:s mål – {KF1}")
    asked: list[str] = []
    click_and_answer(qtbot, editor.remove, button_answer(qtbot, "Ta bort", asked))
    assert asked == [f"Ta bort målet ”{KF1}” med 2 delmål och 1 indikator?"]
    assert _both(editor, tree_path) == ["Trygghet", f"  KF:s mål – {KF2}", "Hälsa"]
    after = on_disk(tree_path)
    assert [g.text for g in after.namndsmal] == [KF2]
    assert after.indikatorer == ()

    editor.tree.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _both(editor, tree_path) == BEFORE
    restored = on_disk(tree_path)
    assert (restored.namndsmal, restored.indikatorer) == (before.namndsmal, before.indikatorer)
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert _both(editor, tree_path) == ["Trygghet", f"  KF:s mål – {KF2}", "Hälsa"]


def test_the_question_counts_sub_goals_year_texts_and_activities(tree_path: Path) -> None:
    with PlanDocument.open(tree_path) as doc:
        namnd = next(g for g in on_disk(tree_path).namndsmal if g.text == NAMND)
        goal_tree.set_year_text(doc, namnd.id, 2027, "Hälften av fritidsgårdarna har kvällsöppet")
        items.add_item(
            doc, ItemKind.AKTIVITET, {"namn": "Trygghetsvandring", "namndsmal_id": namnd.id}
        )
    plan = on_disk(tree_path)
    kf = next(g for g in plan.namndsmal if g.text == KF1)
    namnd = next(g for g in plan.namndsmal if g.text == NAMND)
    assert removal_question(plan, ItemKind.NAMNDSMAL, namnd.id) == (
        f"Ta bort målet ”{NAMND}” med 1 delmål, 1 indikator och mål för 1 år? "
        "En aktivitet som hör till målen blir kvar utan mål."
    )
    assert removal_question(plan, ItemKind.NAMNDSMAL, kf.id) == (
        f"Ta bort målet ”{KF1}” med 2 delmål och 1 indikator? "
        "En aktivitet som hör till målen blir kvar utan mål."
    )
    area = plan.malomraden[0]
    assert removal_question(plan, ItemKind.MALOMRADE, area.id) == (
        "Ta bort målområdet ”Trygghet” med 4 mål och 1 indikator? "
        "En aktivitet som hör till målområdet blir kvar utan mål."
    )


# --- a level the plan names its own way -----------------------------------------------------------


def test_a_level_renamed_for_the_plan_shows_in_the_tree_the_form_and_the_new_goal_dialog(
    qtbot: QtBot, tree_path: Path
) -> None:
    window, editor = open_goals(qtbot, tree_path)
    select_line(qtbot, editor, f"Nämndsmål – {NAMND}")
    resets: list[object] = []
    editor.tree_model.modelReset.connect(lambda: resets.append(None))

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, GoalLevelsDialog)
        field = dialog.fields[MalNiva.KF]
        field.setFocus()
        type_text(field, "Inriktningsmål")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    assert click_and_answer(qtbot, editor.levels_button, rename) == ["Målnivåernas namn"]
    assert _both(editor, tree_path)[1] == f"  Inriktningsmål – {KF1}"
    assert not resets  # the lines were repainted, the tree not rebuilt
    assert editor.tree.currentIndex().data() == f"Nämndsmål – {NAMND}"
    form_tab(qtbot, editor)
    assert choices(editor.goal_form.level)[0] == "Inriktningsmål"
    assert f"Inriktningsmål – {KF1}" in choices(editor.goal_form.parent_goal)

    offered: list[str] = []

    def look(dialog: QWidget) -> None:
        combo = dialog.findChild(QComboBox)
        assert combo is not None
        offered.extend(combo.itemText(n) for n in range(combo.count()))

    click_and_answer(qtbot, editor.add_goal, look)  # looked at, then closed
    assert offered[0] == "Inriktningsmål"

    editor.tree.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _both(editor, tree_path) == BEFORE
    assert context_of(window).plan.uppgifter.malniva_kf == ""


# --- the indicator table under a goal: targets that compare ---------------------------------


def test_a_target_that_compares_is_typed_and_shown_with_its_sign(
    qtbot: QtBot, tree_path: Path
) -> None:
    window, editor = open_goals(qtbot, tree_path)
    select_line(qtbot, editor, INDICATOR_NAME)
    assert editor.goal_tabs.currentIndex() == 1  # an indicator: the indicators are shown
    view = editor.indicators
    year = context_of(window).plan.uppgifter.years[0]
    column = next(
        c
        for c in range(view.model().columnCount())
        if view.model().headerData(c, Qt.Orientation.Horizontal) == str(year)
    )
    edit_cell(qtbot, view, 0, column, "minst 95")
    indicator = on_disk(tree_path).indikatorer[0]
    assert (indicator.malnivaer[year], indicator.jamforare) == (
        Decimal(95),
        {year: Jamforare.MINST},
    )
    assert view.model().index(0, column).data() == "≥\u00a095\u00a0%"
    assert view.model().index(0, column).data(Qt.ItemDataRole.EditRole) == "≥\u00a095"
    edit_cell(qtbot, view, 0, column, "80")
    indicator = on_disk(tree_path).indikatorer[0]
    assert (indicator.malnivaer[year], indicator.jamforare) == (Decimal(80), {})
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert on_disk(tree_path).indikatorer[0].jamforare == {year: Jamforare.MINST}


# --- the tree model, without widgets ------------------------------------------------------


@pytest.fixture
def context(qapp: QApplication, tree_path: Path) -> Iterator[PlanContext]:
    session = EditSession.open(tree_path)
    ctx = PlanContext(session)
    yield ctx
    ctx.forget_history()
    session.close()


def test_the_tree_model_nests_goals_and_finds_every_item(
    qtmodeltester: ModelTester, context: PlanContext
) -> None:
    tree = GoalTreeModel(context)
    qtmodeltester.check(tree)
    walked: list[tuple[int, str]] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(tree.rowCount(parent)):
            index = tree.index(row, 0, parent)
            kind, item_id = index.data(KIND_ROLE), index.data(ROW_ID_ROLE)
            assert tree.find(kind, item_id) == index
            assert tree.parent(index) == parent
            walked.append((kind, str(index.data())))
            walk(index)

    walk(QModelIndex())
    assert [text for _, text in walked] == [line.strip() for line in BEFORE]
    assert [kind for kind, _ in walked].count(GOAL) == 4
    assert [kind for kind, _ in walked].count(INDICATOR) == 1

    # A goal moved under another is found in its new place; the model stays sound.
    namnd = next(g for g in context.plan.namndsmal if g.text == NAMND)
    kf2 = next(g for g in context.plan.namndsmal if g.text == KF2)
    context.edit(
        "x",
        partial(
            items.update_item,
            kind_name=ItemKind.NAMNDSMAL,
            item_id=namnd.id,
            fields={"overordnat_id": kf2.id},
        ),
    )
    found = tree.find(GOAL, namnd.id)
    assert found.parent() == tree.find(GOAL, kf2.id)
    assert tree.rowCount(found) == 2  # its indicator, then its förvaltningens mål
    assert tree.index(0, 0, found).data(KIND_ROLE) == INDICATOR
    assert tree.index(1, 0, found).data(KIND_ROLE) == GOAL
    qtmodeltester.check(tree)


def test_a_goals_text_repaints_its_line_only(context: PlanContext) -> None:
    tree = GoalTreeModel(context)
    namnd = next(g for g in context.plan.namndsmal if g.text == NAMND)
    rows: list[int] = []
    resets: list[object] = []
    tree.dataChanged.connect(lambda top, bottom: rows.append(top.row()))
    tree.modelReset.connect(lambda: resets.append(None))
    context.edit(
        "x",
        partial(
            items.update_item,
            kind_name=ItemKind.NAMNDSMAL,
            item_id=namnd.id,
            fields={"text": "Unga känner sig tryggare"},
        ),
    )
    assert (rows, resets) == ([0], [])
    assert tree.find(GOAL, namnd.id).data() == "Nämndsmål – Unga känner sig tryggare"


def test_the_selection_and_the_form_stay_when_the_tree_is_rebuilt(
    qtbot: QtBot, tree_path: Path
) -> None:
    """A goal added elsewhere (by another step, an undo) rebuilds the tree: the goal the user
    was on stays selected and its form stays filled."""
    window, editor = open_goals(qtbot, tree_path)
    select_line(qtbot, editor, f"Förvaltningens mål – {FORV}")
    kf2 = _goal(tree_path, KF2)
    context_of(window).edit(
        "x",
        partial(
            items.add_item,
            kind_name=ItemKind.NAMNDSMAL,
            fields={"overordnat_id": kf2.id, "text": "Belysta gångvägar"},
        ),
    )
    assert "    Nämndsmål – Belysta gångvägar" in _both(editor, tree_path)
    assert editor.tree.currentIndex().data() == f"Förvaltningens mål – {FORV}"
    assert editor.goal_text.text() == FORV
    editor.tree.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _both(editor, tree_path) == BEFORE
