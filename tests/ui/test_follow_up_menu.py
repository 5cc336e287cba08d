"""Arkiv → Uppföljning: the delårsrapport and the ekonom's workbook, reachable from the menu
and enabled only where they can work."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QFileDialog

from tests.ui.helpers import context_of, shown_window
from vplan_desktop.services import follow_up
from vplan_desktop.ui.main_window import MainWindow


def _entries(window: MainWindow) -> dict[str, bool]:
    menu = window.follow_up_menu
    return {
        a.text().replace("&", ""): a.isEnabled()
        for a in (*menu.exports, menu.workbook, menu.read_in)
    }


def test_the_menu_follows_the_period_shown(
    qtbot: QtBot, followed_up_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown_window(qtbot, followed_up_path)
    context = context_of(window)
    entries = _entries(window)
    assert entries["Exportera till Word…"] and entries["Exportera till Excel…"]
    assert not entries["Underlag för ekonomen (Excel)…"]  # no period shown yet
    assert not entries["Läs in utfall och prognos från Excel…"]
    period = context.plan.uppfoljningar[0]
    context.set_period(period.id)
    assert all(_entries(window).values())

    out = tmp_path / "underlag.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.follow_up_menu.workbook.trigger()
    book = load_workbook(out)
    assert period.namn in str(book["Driftbudget"]["A1"].value)

    context.edit_follow_up(
        "Rapporterad",
        lambda doc: follow_up.mark_reported(doc, period.id, dt.date(2027, 9, 20)),
    )
    assert not _entries(window)["Läs in utfall och prognos från Excel…"]
    assert _entries(window)["Underlag för ekonomen (Excel)…"]


def test_a_plan_without_periods_offers_no_follow_up_export(
    qtbot: QtBot, example_path: Path
) -> None:
    window = shown_window(qtbot, example_path)
    assert not any(_entries(window).values())
