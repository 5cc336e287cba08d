"""Utfall och prognos from the ekonom in the window: the period's workbook written, read back
with every change and problem shown, applied on Verkställ as one undo step."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from tests.ui.helpers import context_of, on_disk, shown_window
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.follow_up import Mall
from vplan_desktop.services import follow_up
from vplan_desktop.ui.follow_up_workbook_dialog import (
    NO_PERIOD,
    FollowUpPreviewDialog,
    export_follow_up_workbook,
    import_follow_up_workbook,
)
from vplan_desktop.ui.main_window import MainWindow

APRIL = "Delår april 2027"


@pytest.fixture
def window(qtbot: QtBot, example_path: Path) -> MainWindow:
    """The example (without its shipped delår) open in the window, showing a new, empty
    "Delår april 2027"."""
    with PlanDocument.open(example_path) as doc:
        follow_up.add_periods(doc, Mall.TERTIAL, 2027)
    main = shown_window(qtbot, example_path)
    context = context_of(main)
    period = context.plan.uppfoljning(APRIL)
    assert period is not None
    context.set_period(period.id)
    return main


def _reported(window: MainWindow) -> list[str]:
    said: list[str] = []
    window.report_error = lambda parent, title, message: said.append(message)
    return said


def _filled(window: MainWindow, tmp_path: Path, value: object) -> Path:
    workbook = export_follow_up_workbook(window, context_of(window), tmp_path / "utfall")
    assert workbook == tmp_path / "utfall.xlsx"  # the suffix is added
    book = openpyxl.load_workbook(workbook)
    assert str(book["Driftbudget"]["A1"].value).startswith(f"Utfall och prognos, {APRIL}")
    book["Driftbudget"]["D6"] = value  # Barn och familj, Prognos helår
    book.save(workbook)
    return workbook


def test_written_read_shown_applied_and_undone(
    window: MainWindow, example_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workbook = _filled(window, tmp_path, 49100)
    shown: list[tuple[list[str], bool]] = []

    def accept(dialog: FollowUpPreviewDialog) -> int:
        items = [dialog.list.item(n).text() for n in range(dialog.list.count())]
        shown.append((items, dialog.apply_button.isEnabled()))
        return 1

    monkeypatch.setattr(FollowUpPreviewDialog, "exec", accept)
    assert import_follow_up_workbook(window, context_of(window), workbook) is not None
    assert shown == [
        (["Driftbudget rad 6 (Barn och familj): Prognos helår tomt → 49\u00a0100"], True)
    ]
    period = on_disk(example_path).uppfoljning(APRIL)
    assert period is not None and period.drift_row(2).prognos == Decimal(49100)
    window.undo()
    period = on_disk(example_path).uppfoljning(APRIL)
    assert period is not None and period.drift_row(2).prognos is None


def test_problems_are_shown_and_nothing_can_be_applied(
    window: MainWindow, example_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workbook = _filled(window, tmp_path, "många")
    seen: list[tuple[str, list[str], bool]] = []

    def try_anyway(dialog: FollowUpPreviewDialog) -> int:
        problems = [dialog.problems.item(n).text() for n in range(dialog.problems.count())]
        seen.append((dialog.problem_label.text(), problems, dialog.apply_button.isEnabled()))
        return 1  # even a dialog that said yes applies nothing

    monkeypatch.setattr(FollowUpPreviewDialog, "exec", try_anyway)
    before = example_path.read_bytes()
    assert import_follow_up_workbook(window, context_of(window), workbook) is None
    [(label, problems, enabled)] = seen
    assert label.startswith("Arbetsboken har 1 fel. Inget kan läsas in")
    assert problems == [
        "Driftbudget!D6: Beloppet: ”många” är inte ett tal. Skriv till exempel 1 307, -12,5 "
        "eller 35,71 %."
    ]
    assert not enabled
    assert example_path.read_bytes() == before
    assert not context_of(window).undo_stack.canUndo()


def test_without_a_period_or_with_a_reported_one_nothing_is_read(
    window: MainWindow, example_path: Path, tmp_path: Path
) -> None:
    workbook = _filled(window, tmp_path, 49100)
    said = _reported(window)
    context = context_of(window)
    period = context.period
    assert period is not None
    context.edit_follow_up(
        "Rapportera", lambda doc: follow_up.mark_reported(doc, period.id, dt.date(2027, 5, 20))
    )
    assert import_follow_up_workbook(window, context, workbook) is None
    assert len(said) == 1
    assert said[0].startswith(f"”{APRIL}” är markerad som rapporterad och därför låst.")
    context.set_period(None)
    assert import_follow_up_workbook(window, context, workbook) is None
    assert export_follow_up_workbook(window, context, tmp_path / "x.xlsx") is None
    assert said[1:] == [NO_PERIOD, NO_PERIOD]
    assert not (tmp_path / "x.xlsx").exists()
    period_now = on_disk(example_path).uppfoljning(APRIL)
    assert period_now is not None and period_now.drift == {}


def test_the_file_dialogs_suggest_a_name_and_cancel_does_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    suggested: list[str] = []

    def save_as(parent: object, title: str, where: str, filter_: str) -> tuple[str, str]:
        suggested.append(where)
        return str(tmp_path / "ekonomen.xlsx"), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: ("", ""))
    context = context_of(window)
    assert export_follow_up_workbook(window, context) == tmp_path / "ekonomen.xlsx"
    assert Path(suggested[0]).name == f"{APRIL} – utfall och prognos.xlsx"
    assert (tmp_path / "ekonomen.xlsx").is_file()
    assert import_follow_up_workbook(window, context) is None  # Avbryt in the file dialog
    assert not context.undo_stack.canUndo()
