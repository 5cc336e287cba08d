"""What an activity works towards, chosen in the column Kopplad till: the whole plan, a
målområde or a goal of any level; its year and revised end date; the filter on a goal and
"Ny aktivitet" under it; a paste over the new columns, whole or not at all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QWidget

from tests.ui.helpers import (
    answer_next_dialog,
    click,
    column_of,
    context_of,
    edit_cell,
    editor_of,
    on_disk,
    press,
    shown_window,
    type_text,
    workspace_of,
)
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import MalNiva
from vplan_desktop.domain import Aktivitet, PlanSnapshot
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.ui.editors.activities import ActivitiesEditor
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.spreadsheet import SpreadsheetView

KF = "Invånarna får god service"
NAMND = "Fler får stöd i tid"
UPPDRAG = "Ta fram en plan för tidiga insatser"
KF_LINE = f"KF:s mål 1 – {KF}"
NAMND_LINE = f"Nämndsmål 1:2 – {NAMND}"
UPPDRAG_LINE = f"Uppdrag från KF KF 2026:3 – {UPPDRAG}"
SUPPORT, CLIMATE, SYSTEM = "Stödsamtal", "Klimatväxling", "Nytt verksamhetssystem"


@pytest.fixture
def tree_path(plan_path: Path) -> Path:
    """Two målområden; under the first a KF goal with a nämndsmål under it, and an uppdrag
    (which the plan calls "Uppdrag från KF"); an activity on the nämndsmål, one on the second
    målområde and one for the whole plan, starting 1 March 2027."""
    with PlanDocument.open(plan_path) as doc:
        items.update_item(doc, ItemKind.PLAN, 1, {"malniva_uppdrag": "Uppdrag från KF"})
        quality = items.add_item(doc, ItemKind.MALOMRADE, {"kod": "1", "namn": "Kvalitet"})
        climate = items.add_item(doc, ItemKind.MALOMRADE, {"kod": "2", "namn": "Klimat"})
        kf = items.add_item(
            doc,
            ItemKind.NAMNDSMAL,
            {"malomrade_id": quality.item_id, "niva": MalNiva.KF, "kod": "1", "text": KF},
        )
        namnd = items.add_item(
            doc,
            ItemKind.NAMNDSMAL,
            {
                "malomrade_id": quality.item_id,
                "overordnat_id": kf.item_id,
                "kod": "1:2",
                "text": NAMND,
            },
        )
        items.add_item(
            doc,
            ItemKind.NAMNDSMAL,
            {
                "malomrade_id": quality.item_id,
                "niva": MalNiva.UPPDRAG,
                "kod": "KF 2026:3",
                "text": UPPDRAG,
            },
        )
        start = dt.date(2027, 3, 1)
        for name, fields in (
            (SUPPORT, {"namndsmal_id": namnd.item_id}),
            (CLIMATE, {"malomrade_id": climate.item_id}),
            (SYSTEM, {}),
        ):
            items.add_item(doc, ItemKind.AKTIVITET, {"namn": name, "startdatum": start, **fields})
    return plan_path


@pytest.fixture
def window(qtbot: QtBot, tree_path: Path) -> MainWindow:
    main = shown_window(qtbot, tree_path)
    main.show_section("aktiviteter")
    return main


def _editor(window: MainWindow) -> ActivitiesEditor:
    return editor_of(window, "aktiviteter", ActivitiesEditor)


def _row(view: SpreadsheetView, name: str) -> int:
    model = view.model()
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)


def _cell(view: SpreadsheetView, name: str, header: str) -> str:
    return str(view.model().index(_row(view, name), column_of(view, header)).data() or "")


def _activity(path: Path, name: str) -> Aktivitet:
    return next(a for a in on_disk(path).aktiviteter if a.namn == name)


def _goal_id(plan: PlanSnapshot, text: str) -> int:
    return next(g.id for g in plan.namndsmal if g.text == text)


def _tie(path: Path, name: str) -> tuple[str | None, str | None]:
    """What the plan file says an activity is tied to: (goal's text, målområde's name)."""
    plan = on_disk(path)
    activity = next(a for a in plan.aktiviteter if a.namn == name)
    goal = next((g.text for g in plan.namndsmal if g.id == activity.namndsmal_id), None)
    area = next((a.namn for a in plan.malomraden if a.id == activity.malomrade_id), None)
    return goal, area


def _open_picker(qtbot: QtBot, view: SpreadsheetView, name: str) -> QComboBox:
    view.setFocus()
    view.setCurrentIndex(view.model().index(_row(view, name), column_of(view, "Kopplad till")))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    picker = QApplication.focusWidget()
    assert isinstance(picker, QComboBox), "no picker opened"
    return picker


def _pick(qtbot: QtBot, view: SpreadsheetView, name: str, choice: str) -> None:
    """Open the activity's Kopplad till with F2, choose ``choice`` and press Enter."""
    picker = _open_picker(qtbot, view, name)
    shown = [picker.itemText(n).strip() for n in range(picker.count())]
    picker.setCurrentIndex(shown.index(choice))
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_the_choices_follow_the_goal_tree_with_the_plans_level_names(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = _editor(window).view
    picker = _open_picker(qtbot, view, SUPPORT)
    indent = "\u2003"
    assert [picker.itemText(n) for n in range(picker.count())] == [
        "Hela planen",
        "Målområde: 1 Kvalitet",
        indent + KF_LINE,
        indent * 2 + NAMND_LINE,
        indent + UPPDRAG_LINE,
        "Målområde: 2 Klimat",
    ]
    assert picker.currentText().strip() == NAMND_LINE  # the activity's own tie is chosen
    press(qtbot, Qt.Key.Key_Escape)
    # The cell shows the same text, without the indent.
    assert [_cell(view, n, "Kopplad till") for n in (SUPPORT, CLIMATE, SYSTEM)] == [
        NAMND_LINE,
        "Målområde: 2 Klimat",
        "Hela planen",
    ]


def test_each_kind_of_tie_is_chosen_in_the_cell_and_undone_step_by_step(
    window: MainWindow, qtbot: QtBot, tree_path: Path
) -> None:
    view = _editor(window).view
    _pick(qtbot, view, SYSTEM, KF_LINE)
    assert _tie(tree_path, SYSTEM) == (KF, None)
    _pick(qtbot, view, SYSTEM, "Målområde: 1 Kvalitet")
    assert _tie(tree_path, SYSTEM) == (None, "Kvalitet")  # the goal is let go of
    _pick(qtbot, view, SYSTEM, UPPDRAG_LINE)
    assert _tie(tree_path, SYSTEM) == (UPPDRAG, None)  # and the målområde
    _pick(qtbot, view, CLIMATE, "Hela planen")
    assert _tie(tree_path, CLIMATE) == (None, None)
    assert _cell(view, SYSTEM, "Kopplad till") == UPPDRAG_LINE
    assert _cell(view, CLIMATE, "Kopplad till") == "Hela planen"
    undo_texts = [
        context_of(window).undo_stack.text(n) for n in range(context_of(window).undo_stack.count())
    ]
    assert undo_texts == ["Ändra koppling"] * 4  # one step each
    window.undo()
    assert _tie(tree_path, CLIMATE) == (None, "Klimat")
    window.undo()
    assert _tie(tree_path, SYSTEM) == (None, "Kvalitet")
    window.undo()
    assert _tie(tree_path, SYSTEM) == (KF, None)
    window.undo()
    assert _tie(tree_path, SYSTEM) == (None, None)
    assert _cell(view, SYSTEM, "Kopplad till") == "Hela planen"


def test_a_tie_is_typed_by_the_start_of_its_name(
    window: MainWindow, qtbot: QtBot, tree_path: Path
) -> None:
    view = _editor(window).view
    picker = _open_picker(qtbot, view, SUPPORT)
    type_text(picker, "Målområde: 2")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert _tie(tree_path, SUPPORT) == (None, "Klimat")
    picker = _open_picker(qtbot, view, SUPPORT)
    type_text(picker, "Målområde: 9")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert workspace_of(window).message.text().startswith("”Målområde: 9” finns inte bland valen.")
    press(qtbot, Qt.Key.Key_Escape)
    assert _tie(tree_path, SUPPORT) == (None, "Klimat")


def _type_cell(qtbot: QtBot, view: SpreadsheetView, name: str, header: str, text: str) -> None:
    """Type into a cell and press Enter; a cell that refuses the text is left with Escape."""
    edit_cell(qtbot, view, _row(view, name), column_of(view, header), text)
    if view.state() == SpreadsheetView.State.EditingState:
        press(qtbot, Qt.Key.Key_Escape)


def test_the_year_cell_takes_a_year_and_refuses_anything_else(
    window: MainWindow, qtbot: QtBot, tree_path: Path
) -> None:
    view = _editor(window).view
    _type_cell(qtbot, view, SYSTEM, "År", "2027")
    assert _activity(tree_path, SYSTEM).ar == 2027
    assert _cell(view, SYSTEM, "År") == "2027"
    before = on_disk(tree_path)
    for typed in ("20x7", "2300", "27"):
        _type_cell(qtbot, view, SYSTEM, "År", typed)
        assert workspace_of(window).message.text() == (
            f"”{typed}” är inget årtal. Skriv ett år från 1900 till 2200."
        )
        assert on_disk(tree_path) == before
        assert _cell(view, SYSTEM, "År") == "2027"
    view.setCurrentIndex(view.model().index(_row(view, SYSTEM), column_of(view, "År")))
    press(qtbot, Qt.Key.Key_Delete)  # empties the cell
    assert _activity(tree_path, SYSTEM).ar is None
    window.undo()
    assert _activity(tree_path, SYSTEM).ar == 2027
    window.undo()
    assert _activity(tree_path, SYSTEM).ar is None


def test_the_revised_end_date_is_typed_as_other_dates_and_checked_against_the_start(
    window: MainWindow, qtbot: QtBot, tree_path: Path
) -> None:
    view = _editor(window).view
    header = "Reviderat"  # the header's first line: "Reviderat slutdatum" on two lines
    assert (
        view.model().headerData(column_of(view, header), Qt.Orientation.Horizontal)
        == "Reviderat\nslutdatum"
    )
    _type_cell(qtbot, view, SUPPORT, header, "31/12 2027")
    assert _activity(tree_path, SUPPORT).slutdatum_reviderat == dt.date(2027, 12, 31)
    assert _cell(view, SUPPORT, header) == "2027-12-31"
    before = on_disk(tree_path)
    _type_cell(qtbot, view, SUPPORT, header, "31/2 2027")
    assert workspace_of(window).message.text() == "”31/2 2027” är inget giltigt datum."
    assert on_disk(tree_path) == before
    _type_cell(qtbot, view, SUPPORT, header, "2027-02-01")  # before the start, 1 March
    assert workspace_of(window).message.text() == (
        "Det reviderade slutdatumet kan inte ligga före startdatum."
    )
    assert on_disk(tree_path) == before
    assert _cell(view, SUPPORT, header) == "2027-12-31"
    window.undo()
    assert _activity(tree_path, SUPPORT).slutdatum_reviderat is None
    assert _cell(view, SUPPORT, header) == ""


def _filter_on(qtbot: QtBot, editor: ActivitiesEditor, choice: str) -> list[str]:
    """Choose ``choice`` in the filter Kopplad till; the activities the table then shows."""
    combo = editor.link_filter
    shown = [combo.itemText(n).strip() for n in range(combo.count())]
    combo.setCurrentIndex(shown.index(choice))
    combo.activated.emit(combo.currentIndex())
    model = editor.view.model()
    return sorted(str(model.index(r, 0).data()) for r in range(model.rowCount()))


def test_the_filter_on_a_kf_goal_shows_the_activities_under_it_and_new_ones_go_there(
    window: MainWindow, qtbot: QtBot, tree_path: Path
) -> None:
    editor = _editor(window)
    assert _filter_on(qtbot, editor, KF_LINE) == [SUPPORT]  # on the nämndsmål under it
    assert _filter_on(qtbot, editor, "Målområde: 2 Klimat") == [CLIMATE]
    assert _filter_on(qtbot, editor, "Målområde: 1 Kvalitet") == [SUPPORT]
    assert _filter_on(qtbot, editor, "Hela planen") == [SYSTEM]
    assert _filter_on(qtbot, editor, "Alla") == sorted([SUPPORT, CLIMATE, SYSTEM])
    assert _filter_on(qtbot, editor, KF_LINE) == [SUPPORT]

    asked: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.labelText())
        field = QApplication.focusWidget()
        type_text(field, "Servicemätning")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    seen = answer_next_dialog(qtbot, answer)
    click(qtbot, editor.add_button)
    assert seen == ["Ny aktivitet"]
    assert asked[0].startswith(f"Kopplad till: {KF_LINE}\n")
    assert _tie(tree_path, "Servicemätning") == (KF, None)
    model = editor.view.model()
    assert sorted(model.index(r, 0).data() for r in range(model.rowCount())) == [
        "Servicemätning",
        SUPPORT,
    ]


def test_the_nämndsmål_without_an_activity_are_listed_and_one_gets_an_activity(
    window: MainWindow, qtbot: QtBot, tree_path: Path
) -> None:
    editor = _editor(window)
    assert editor.gaps.isHidden()  # the nämndsmål has one; KF's goal and the uppdrag need none
    support = _activity(tree_path, SUPPORT).id
    context_of(window).edit(
        "Ta bort",
        lambda doc: items.delete_items(doc, items=[(ItemKind.AKTIVITET, support)]),
    )
    assert not editor.gaps.isHidden()
    assert "Nämndsmål utan aktivitet" in editor.gaps.text()
    assert NAMND in editor.gaps.text() and KF not in editor.gaps.text()
    namnd = _goal_id(on_disk(tree_path), NAMND)
    seen = answer_next_dialog(qtbot, lambda dialog: _name_it(qtbot, "Handledning"))
    editor.gaps.linkActivated.emit(str(namnd))
    assert seen == ["Ny aktivitet"]
    assert _tie(tree_path, "Handledning") == (NAMND, None)
    assert editor.gaps.isHidden()


def _name_it(qtbot: QtBot, name: str) -> None:
    field = QApplication.focusWidget()
    type_text(field, name)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _paste(qtbot: QtBot, view: SpreadsheetView, name: str, header: str, block: str) -> None:
    """Select a cell, put ``block`` on the clipboard and press Ctrl+V."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(_row(view, name), column_of(view, header)))
    QGuiApplication.clipboard().setText(block)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_paste_over_the_new_columns_is_saved_whole_or_not_at_all(
    window: MainWindow, qtbot: QtBot, tree_path: Path
) -> None:
    view = _editor(window).view
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Klimatväxling, Nytt …, Stödsamtal
    before = on_disk(tree_path)
    # Kopplad till, Ansvarig, År (Start, Slutdatum and Reviderat slutdatum follow).
    wrong_year = "Målområde: 1 Kvalitet\tAnna\t2027\nHela planen\tBo\t20x7\n"
    _paste(qtbot, view, CLIMATE, "Kopplad till", wrong_year)
    assert workspace_of(window).message.text() == (
        "Inget klistrades in. Rad 2, År: ”20x7” är inget årtal. Skriv ett år från 1900 till 2200."
    )
    assert on_disk(tree_path) == before
    unknown_tie = "Målområde: 3 Skola\tAnna\n"
    _paste(qtbot, view, CLIMATE, "Kopplad till", unknown_tie)
    assert (
        workspace_of(window)
        .message.text()
        .startswith(
            "Inget klistrades in. Rad 1, Kopplad till: ”Målområde: 3 Skola” är varken ett mål,"
        )
    )
    assert on_disk(tree_path) == before
    # The second row's revised end date lies before its start: the service refuses it.
    too_early = "2027-03-01\t2027-06-30\t2027-09-30\n2027-03-01\t2027-06-30\t2027-01-31\n"
    _paste(qtbot, view, CLIMATE, "Start", too_early)
    assert workspace_of(window).message.text() == (
        "Inget klistrades in. Det reviderade slutdatumet kan inte ligga före startdatum."
    )
    assert on_disk(tree_path) == before

    good = f"{KF_LINE}\tAnna\t2027\nmålområde: 2 klimat\tBo\t\n"
    _paste(qtbot, view, CLIMATE, "Kopplad till", good)
    assert _tie(tree_path, CLIMATE) == (KF, None)
    assert _tie(tree_path, SYSTEM) == (None, "Klimat")
    climate, system = _activity(tree_path, CLIMATE), _activity(tree_path, SYSTEM)
    assert (climate.ansvarig, climate.ar, system.ansvarig, system.ar) == ("Anna", 2027, "Bo", None)
    _paste(qtbot, view, SUPPORT, "Reviderat", "2028-06-30\n")
    assert _activity(tree_path, SUPPORT).slutdatum_reviderat == dt.date(2028, 6, 30)
    window.undo()
    window.undo()  # one step for the whole block
    assert on_disk(tree_path) == before


def test_on_a_laptop_the_search_field_is_not_squeezed_and_goal_lists_open_wide(
    qtbot: QtBot, example_path: Path
) -> None:
    main = shown_window(qtbot, example_path)
    workspace_of(main).set_navigator_shown(True)
    main.resize(1366, 768)
    main.show_section("aktiviteter")
    for _ in range(5):
        QApplication.processEvents()
    editor = _editor(main)
    search = editor.search
    # The long goal texts in the filter once left the search field as narrow as "S…".
    assert search.width() > search.fontMetrics().horizontalAdvance(search.placeholderText())
    view = editor.view
    column = column_of(view, "Kopplad till")
    picker = _open_picker(qtbot, view, str(view.model().index(0, 0).data()))
    longest = max(picker.fontMetrics().horizontalAdvance(picker.itemText(n)) for n in range(4))
    assert picker.view().minimumWidth() > min(longest, 600) > view.columnWidth(column)
    press(qtbot, Qt.Key.Key_Escape)
