"""Granskning in the window: findings appear after edits, and each one leads to its place."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import context_of, editor_of, fill_adopt_dialog, shown_window, workspace_of
from vplan_desktop.db.enums import VardeSlag
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items, values
from vplan_desktop.ui.context import Edit
from vplan_desktop.ui.editors.activities import ActivitiesEditor
from vplan_desktop.ui.editors.budget_grid import DriftbudgetEditor
from vplan_desktop.ui.editors.goals import GoalsEditor
from vplan_desktop.ui.editors.internal_control import InternalControlEditor
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.models.table import ROW_ID_ROLE
from vplan_desktop.ui.review import FINDING_ROLE
from vplan_desktop.validation import Finding


@pytest.fixture
def window(qtbot: QtBot, example_path: Path) -> MainWindow:
    main = shown_window(qtbot, example_path)
    qtbot.waitUntil(lambda: "Redo för nämnd" in workspace_of(main).review.summary.text())
    return main


def _edit_and_wait(window: MainWindow, qtbot: QtBot, action: Edit) -> list[Finding]:
    with qtbot.waitSignal(workspace_of(window).checker.findingsReady, timeout=5000) as blocker:
        context_of(window).edit("test", action)
    assert blocker.args is not None
    findings: list[Finding] = blocker.args[0]
    return findings


def _activate(window: MainWindow, qtbot: QtBot, rule: str) -> Finding:
    """Press Enter on the finding of ``rule`` in the Granskning list, as a user would."""
    window.show_section("granskning")
    review = workspace_of(window).review
    model = review.model
    for top in range(model.rowCount()):
        section = model.index(top, 0)
        for row in range(model.rowCount(section)):
            index = model.index(row, 0, section)
            finding = index.data(FINDING_ROLE)
            assert isinstance(finding, Finding)
            if finding.rule == rule:
                review.view.setFocus()
                review.view.setCurrentIndex(index)
                qtbot.keyClick(review.view, Qt.Key.Key_Return)
                return finding
    raise AssertionError(f"no finding {rule}")


def test_findings_follow_edits_and_the_navigator_shows_them(
    window: MainWindow, qtbot: QtBot
) -> None:
    findings = _edit_and_wait(
        window,
        qtbot,
        partial(items.update_item, kind_name=ItemKind.PLAN, item_id=1, fields={"ordforande": ""}),
    )
    assert [f.message for f in findings] == ["Ange ordföranden."]
    review = workspace_of(window).review
    assert "Inte redo för nämnd (1 fel" in review.summary.text()
    item = workspace_of(window).navigator._items["uppgifter"]
    assert "1 fel" in item.toolTip(0) and "Ange ordföranden." in item.toolTip(0)
    assert "Inte redo" in workspace_of(window).navigator._items["granskning"].toolTip(0)
    _edit_and_wait(
        window,
        qtbot,
        partial(
            items.update_item,
            kind_name=ItemKind.PLAN,
            item_id=1,
            fields={"ordforande": "Karin Lindqvist"},
        ),
    )
    assert "Redo för nämnd" in review.summary.text()
    assert "fel" not in item.toolTip(0).splitlines()[1]


def test_jump_to_a_front_matter_field(window: MainWindow, qtbot: QtBot) -> None:
    _edit_and_wait(
        window,
        qtbot,
        partial(
            items.update_item, kind_name=ItemKind.PLAN, item_id=1, fields={"forvaltningschef": ""}
        ),
    )
    _activate(window, qtbot, "uppgifter.saknas")
    assert workspace_of(window).current == "uppgifter"
    assert (
        QApplication.focusWidget() is workspace_of(window).front_matter.fields["forvaltningschef"]
    )


def test_jump_to_a_missing_target_cell(window: MainWindow, qtbot: QtBot) -> None:
    indicator = context_of(window).plan.indikatorer[4]
    _edit_and_wait(
        window,
        qtbot,
        partial(
            values.set_indicator_value,
            indikator_id=indicator.id,
            slag=VardeSlag.MALNIVA,
            ar=2028,
            value=None,
        ),
    )
    _activate(window, qtbot, "mal.malniva_saknas")
    assert workspace_of(window).current == "mal"
    view = editor_of(window, "mal", GoalsEditor).indicators
    current = view.currentIndex()
    assert current.data(ROW_ID_ROLE) == indicator.id
    assert view.model().headerData(current.column(), Qt.Orientation.Horizontal) == "2028"
    assert QApplication.focusWidget() is view


def test_jump_to_an_activity_field_through_the_filter(window: MainWindow, qtbot: QtBot) -> None:
    window.show_section("aktiviteter")
    editor = editor_of(window, "aktiviteter", ActivitiesEditor)
    editor.proxy.set_filter(text="fritidsgården")  # the row is hidden by a filter
    _edit_and_wait(
        window,
        qtbot,
        partial(
            items.update_item, kind_name=ItemKind.AKTIVITET, item_id=9, fields={"ansvarig": ""}
        ),
    )
    _activate(window, qtbot, "aktiviteter.ansvarig")
    current = editor.view.currentIndex()
    assert current.data(ROW_ID_ROLE) == 9
    assert editor.view.model().headerData(current.column(), Qt.Orientation.Horizontal) == "Ansvarig"


def test_jump_to_the_ram_that_is_exceeded(window: MainWindow, qtbot: QtBot) -> None:
    _edit_and_wait(window, qtbot, partial(values.set_kf_ram, ar=2028, belopp=132000))
    finding = _activate(window, qtbot, "drift.over_ram")
    assert "med 150 tkr" in finding.message
    view = editor_of(window, "drift", DriftbudgetEditor).view
    current = view.currentIndex()
    assert current.data(ROW_ID_ROLE) == "ram"
    assert view.model().headerData(current.column(), Qt.Orientation.Horizontal) == "Plan 2028"


def test_jump_to_a_high_risk_without_control(window: MainWindow, qtbot: QtBot) -> None:
    _edit_and_wait(
        window,
        qtbot,
        partial(
            items.update_item,
            kind_name=ItemKind.INTERNKONTROLL,
            item_id=1,
            fields={"kontrollmoment": ""},
        ),
    )
    _activate(window, qtbot, "internkontroll.hog_risk")
    view = editor_of(window, "internkontroll", InternalControlEditor).view
    assert view.currentIndex().data(ROW_ID_ROLE) == 1
    assert (
        view.model().headerData(view.currentIndex().column(), Qt.Orientation.Horizontal)
        == "Kontrollmoment"
    )


def test_status_antagen_is_refused_in_the_form_while_there_are_errors(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit_and_wait(
        window,
        qtbot,
        partial(items.update_item, kind_name=ItemKind.KAPITEL, item_id=2, fields={"text": ""}),
    )
    said = fill_adopt_dialog(monkeypatch, "2026-11-26", "123")
    front = workspace_of(window).front_matter
    front.status.setCurrentIndex(front.status.findData("antagen"))
    front.status.activated.emit(front.status.currentIndex())
    assert "kan inte markeras som antagen" in said[0]
    assert context_of(window).plan.uppgifter.status == "under_beredning"
    assert front.status.currentData() == "under_beredning"
