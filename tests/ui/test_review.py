"""Granskning in the window: findings appear after edits, and each one leads to its place."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from helpers import fill_adopt_dialog, shown_window

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vplan_desktop.db.enums import VardeSlag
from vplan_desktop.services import items, values
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.models.table import ROW_ID_ROLE
from vplan_desktop.ui.review import FINDING_ROLE
from vplan_desktop.validation import Finding


@pytest.fixture
def window(qtbot, example_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    main = shown_window(qtbot, example_path)
    qtbot.waitUntil(lambda: "Redo för nämnd" in main.workspace.review.summary.text())
    return main


def _edit_and_wait(window: MainWindow, qtbot, action) -> list[Finding]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.workspace.checker.findingsReady, timeout=5000) as blocker:
        window.context.edit("test", action)
    return blocker.args[0]


def _activate(window: MainWindow, qtbot, rule: str) -> Finding:  # type: ignore[no-untyped-def]
    """Press Enter on the finding of ``rule`` in the Granskning list, as a user would."""
    window.show_section("granskning")
    review = window.workspace.review
    model = review.model
    for top in range(model.rowCount()):
        section = model.index(top, 0)
        for row in range(model.rowCount(section)):
            index = model.index(row, 0, section)
            finding = index.data(FINDING_ROLE)
            if finding.rule == rule:
                review.view.setFocus()
                review.view.setCurrentIndex(index)
                qtbot.keyClick(review.view, Qt.Key.Key_Return)
                return finding
    raise AssertionError(f"no finding {rule}")


def test_findings_follow_edits_and_the_navigator_shows_them(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    findings = _edit_and_wait(
        window,
        qtbot,
        partial(items.update_item, kind_name="plan", item_id=1, fields={"ordforande": ""}),
    )
    assert [f.message for f in findings] == ["Ange ordföranden."]
    review = window.workspace.review
    assert "Inte redo för nämnd (1 fel" in review.summary.text()
    item = window.workspace.navigator._items["uppgifter"]
    assert "1 fel" in item.toolTip(0) and "Ange ordföranden." in item.toolTip(0)
    assert "Inte redo" in window.workspace.navigator._items["granskning"].toolTip(0)
    _edit_and_wait(
        window,
        qtbot,
        partial(
            items.update_item, kind_name="plan", item_id=1, fields={"ordforande": "Karin Lindqvist"}
        ),
    )
    assert "Redo för nämnd" in review.summary.text()
    assert "fel" not in item.toolTip(0).splitlines()[1]


def test_jump_to_a_front_matter_field(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _edit_and_wait(
        window,
        qtbot,
        partial(items.update_item, kind_name="plan", item_id=1, fields={"forvaltningschef": ""}),
    )
    _activate(window, qtbot, "uppgifter.saknas")
    assert window.workspace.current == "uppgifter"
    assert QApplication.focusWidget() is window.workspace.front_matter.fields["forvaltningschef"]


def test_jump_to_a_missing_target_cell(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    indicator = window.context.plan.indikatorer[4]
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
    assert window.workspace.current == "mal"
    view = window.workspace.editors["mal"].indicators
    current = view.currentIndex()
    assert current.data(ROW_ID_ROLE) == indicator.id
    assert view.model().headerData(current.column(), Qt.Orientation.Horizontal) == "2028"
    assert QApplication.focusWidget() is view


def test_jump_to_an_activity_field_through_the_filter(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_section("aktiviteter")
    editor = window.workspace.editors["aktiviteter"]
    editor.proxy.set_filter(text="fritidsgården")  # the row is hidden by a filter
    _edit_and_wait(
        window,
        qtbot,
        partial(items.update_item, kind_name="aktivitet", item_id=9, fields={"ansvarig": ""}),
    )
    _activate(window, qtbot, "aktiviteter.ansvarig")
    current = editor.view.currentIndex()
    assert current.data(ROW_ID_ROLE) == 9
    assert editor.view.model().headerData(current.column(), Qt.Orientation.Horizontal) == "Ansvarig"


def test_jump_to_the_ram_that_is_exceeded(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _edit_and_wait(window, qtbot, partial(values.set_kf_ram, ar=2028, belopp=132000))
    finding = _activate(window, qtbot, "drift.over_ram")
    assert "med 150 tkr" in finding.message
    view = window.workspace.editors["drift"].view
    current = view.currentIndex()
    assert current.data(ROW_ID_ROLE) == "ram"
    assert view.model().headerData(current.column(), Qt.Orientation.Horizontal) == "Plan 2028"


def test_jump_to_a_high_risk_without_control(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _edit_and_wait(
        window,
        qtbot,
        partial(
            items.update_item, kind_name="internkontroll", item_id=1, fields={"kontrollmoment": ""}
        ),
    )
    _activate(window, qtbot, "internkontroll.hog_risk")
    view = window.workspace.editors["internkontroll"].view
    assert view.currentIndex().data(ROW_ID_ROLE) == 1
    assert (
        view.model().headerData(view.currentIndex().column(), Qt.Orientation.Horizontal)
        == "Kontrollmoment"
    )


def test_status_antagen_is_refused_in_the_form_while_there_are_errors(
    window: MainWindow, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _edit_and_wait(
        window,
        qtbot,
        partial(items.update_item, kind_name="kapitel", item_id=2, fields={"text": ""}),
    )
    said = fill_adopt_dialog(monkeypatch, "2026-11-26", "123")
    front = window.workspace.front_matter
    front.status.setCurrentIndex(front.status.findData("antagen"))
    front.status.activated.emit(front.status.currentIndex())
    assert "kan inte markeras som antagen" in said[0]
    assert window.context.plan.uppgifter.status.value == "under_beredning"
    assert front.status.currentData() == "under_beredning"
