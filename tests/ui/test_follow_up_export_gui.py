"""Exporting a follow-up period from the window: the file name suggested is the period's, the
report is written in the background, and a plan without periods says how to make one."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tests.follow_up_filling import PERIOD, fill_delar
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.storage.working import EditSession
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.follow_up_export import _runner, export_follow_up


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_shown_period_is_exported_under_its_name(
    example_path: Path,
    window: QWidget,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with PlanDocument.open(example_path) as doc:
        period_id = fill_delar(doc)
    session = EditSession.open(example_path)
    try:
        context = PlanContext(session)
        context.set_period(period_id)
        suggested: list[str] = []
        target = tmp_path / "rapport.xlsx"

        def save_as(parent: object, caption: str, name: str, filters: str) -> tuple[str, str]:
            suggested.append(Path(name).name)
            return str(target), ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
        runner = _runner(window)
        runner.ask_after = False
        with qtbot.waitSignal(runner.done, timeout=30_000) as done:
            export_follow_up(window, context, "xlsx")
        assert suggested == [f"{PERIOD}.xlsx"]
        assert done.args == [target]
        assert load_workbook(target)["Driftbudget"]["E5"].value == -206
        assert _runner(window) is runner  # one runner per window
    finally:
        context.forget_history()
        session.close()


def test_a_plan_without_periods_says_how_to_make_one(
    example_path: Path, window: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text: told.append(text))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a: pytest.fail("no file is asked for")
    )
    session = EditSession.open(example_path)
    try:
        context = PlanContext(session)
        export_follow_up(window, context, "pdf")
        assert len(told) == 1 and "Lägg till en i vplan under Uppföljning" in told[0]
    finally:
        context.forget_history()
        session.close()
