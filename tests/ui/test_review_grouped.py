"""Granskning with a grouped finding: one row with the count, folding out into its items."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import context_of, editor_of, shown_window, workspace_of
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.read import read_plan
from vplan_desktop.ui.editors.activities import ActivitiesEditor
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.models.table import ROW_ID_ROLE
from vplan_desktop.ui.review import FINDING_ROLE
from vplan_desktop.validation import Finding


def _without_owners(path: Path, number: int) -> list[int]:
    with PlanDocument.open(path) as doc:
        ids = [a.id for a in read_plan(doc).aktiviteter[:number]]
        for activity_id in ids:
            items.update_item(doc, ItemKind.AKTIVITET, activity_id, {"ansvarig": ""})
    return ids


def _group_row(window: MainWindow) -> QModelIndex:
    model = workspace_of(window).review.model
    for top in range(model.rowCount()):
        section = model.index(top, 0)
        for row in range(model.rowCount(section)):
            index = model.index(row, 0, section)
            finding = index.data(FINDING_ROLE)
            if isinstance(finding, Finding) and finding.rule == "aktiviteter.ansvarig":
                return index
    raise AssertionError("no finding aktiviteter.ansvarig")


def test_the_group_is_one_row_and_each_item_can_be_gone_to(
    qtbot: QtBot, example_path: Path
) -> None:
    ids = _without_owners(example_path, 13)
    window = shown_window(qtbot, example_path)
    review = workspace_of(window).review
    qtbot.waitUntil(lambda: "1 varning" in review.summary.text())
    window.show_section("granskning")
    group = _group_row(window)
    assert group.data().startswith("Varning: 13 aktiviteter saknar ansvarig: ”")
    assert group.data().endswith("… och 10 till.")
    assert group.parent().data() == "Aktiviteter – 0 fel, 1 varning, 0 tips"
    assert review.model.rowCount(group) == 13
    assert not review.view.isExpanded(group)  # the items are folded away until asked for
    navigator = workspace_of(window).navigator
    assert "1 varning" in navigator._items["aktiviteter"].toolTip(0)

    # the keyboard: arrow right folds out, arrow down walks the items, Enter goes there
    review.view.setFocus()
    review.view.setCurrentIndex(group)
    qtbot.keyClick(review.view, Qt.Key.Key_Right)
    assert review.view.isExpanded(group)
    for _ in range(5):
        qtbot.keyClick(review.view, Qt.Key.Key_Down)
    fifth = review.view.currentIndex()
    assert fifth.parent() == group
    assert fifth.data(FINDING_ROLE).item_id == ids[4]
    assert fifth.data().startswith("Ange vem som är ansvarig för ”")
    qtbot.keyClick(review.view, Qt.Key.Key_Return)
    assert workspace_of(window).current == "aktiviteter"
    view = editor_of(window, "aktiviteter", ActivitiesEditor).view
    current = view.currentIndex()
    assert current.data(ROW_ID_ROLE) == ids[4]
    assert view.model().headerData(current.column(), Qt.Orientation.Horizontal) == "Ansvarig"
    assert QApplication.focusWidget() is view

    # fixing that one: the group counts 12, stays open, and the list keeps its place
    with qtbot.waitSignal(workspace_of(window).checker.findingsReady, timeout=5000):
        context_of(window).edit(
            "test",
            partial(
                items.update_item,
                kind_name=ItemKind.AKTIVITET,
                item_id=ids[4],
                fields={"ansvarig": "Enhetschef"},
            ),
        )
    group = _group_row(window)
    assert group.data().startswith("Varning: 12 aktiviteter saknar ansvarig")
    assert review.model.rowCount(group) == 12
    assert review.view.isExpanded(group)
    assert review.view.currentIndex() == group


def test_the_group_row_goes_to_the_first_item(qtbot: QtBot, example_path: Path) -> None:
    ids = _without_owners(example_path, 4)
    window = shown_window(qtbot, example_path)
    review = workspace_of(window).review
    qtbot.waitUntil(lambda: "1 varning" in review.summary.text())
    window.show_section("granskning")
    group = _group_row(window)
    assert group.data().startswith("Varning: 4 aktiviteter saknar ansvarig")
    review.view.setFocus()
    review.view.setCurrentIndex(group)
    qtbot.keyClick(review.view, Qt.Key.Key_Return)
    view = editor_of(window, "aktiviteter", ActivitiesEditor).view
    assert view.currentIndex().data(ROW_ID_ROLE) == ids[0]


def test_two_gaps_are_two_rows(qtbot: QtBot, example_path: Path) -> None:
    _without_owners(example_path, 2)
    window = shown_window(qtbot, example_path)
    review = workspace_of(window).review
    qtbot.waitUntil(lambda: "2 varningar" in review.summary.text())
    section = review.model.index(0, 0)
    assert review.model.rowCount(section) == 2
    rows = [review.model.index(n, 0, section) for n in range(2)]
    assert all(row.data().startswith("Varning: Ange vem som är ansvarig för") for row in rows)
    assert not any(review.model.hasChildren(row) for row in rows)
