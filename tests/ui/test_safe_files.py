"""The window over the working copy: write-back, faults, locks, recovery, adoption, versions."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QTableWidget,
)

from tests.plan_files import namnd_on_disk
from tests.ui.helpers import context_of, editor_of, fill_adopt_dialog, shown_window, workspace_of
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import adoption, items
from vplan_desktop.storage import locks
from vplan_desktop.storage.backups import list_backups
from vplan_desktop.storage.working import EditSession, find_unsaved
from vplan_desktop.ui.adoption_dialogs import ReopenDialog
from vplan_desktop.ui.compare_dialog import CompareDialog
from vplan_desktop.ui.editors.activities import ActivitiesEditor
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.recovery_dialog import RecoveryDialog
from vplan_desktop.ui.versions_dialog import VersionsDialog


def _rename(window: MainWindow, name: str) -> None:
    context_of(window).edit(
        "Ändra nämnd",
        partial(items.update_item, kind_name=ItemKind.PLAN, item_id=1, fields={"namnd": name}),
    )


def _text(table: QTableWidget, row: int, column: int) -> str:
    """The text of a table's cell (a cell of vplan's tables always has an item)."""
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item.text()


def _click(text: str) -> Callable[[QMessageBox], int]:
    """A QMessageBox.exec that presses the button called ``text``."""

    def press(box: QMessageBox) -> int:
        [button] = [b for b in box.buttons() if b.text() == text]
        button.click()
        return 0

    return press


@pytest.fixture
def window(qtbot: QtBot, example_path: Path) -> MainWindow:
    return shown_window(qtbot, example_path)


def test_edits_reach_the_plan_file_after_a_pause(
    window: MainWindow, example_path: Path, qtbot: QtBot
) -> None:
    _rename(window, "Kulturnämnden")
    assert namnd_on_disk(example_path) == "Socialnämnden"
    assert window.isWindowModified()
    qtbot.waitUntil(lambda: namnd_on_disk(example_path) == "Kulturnämnden", timeout=20000)
    assert window.saved_label.text().startswith("Sparad ")
    assert not window.isWindowModified()


def test_spara_nu_writes_at_once(window: MainWindow, example_path: Path) -> None:
    _rename(window, "Kulturnämnden")
    window.save_action.trigger()
    assert namnd_on_disk(example_path) == "Kulturnämnden"
    assert window.save_action.shortcut().toString() == "Ctrl+S"


def test_a_deleted_plan_offers_save_as(
    window: MainWindow, example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    example_path.unlink()
    _rename(window, "Kulturnämnden")
    assert window.file_actions.save_now() is False
    bar = window.problem_bar
    assert bar.isVisible() and "flyttats eller tagits bort" in bar.text.text()
    assert "Spara som" in bar.text.text()
    assert "arbetskopia" in window.saved_label.text()
    target = example_path.with_name("Räddad plan.vplan")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    bar.save_as_button.click()
    assert namnd_on_disk(target) == "Kulturnämnden"
    assert not bar.isVisible()
    assert window.windowFilePath() == str(target)
    window.close()
    assert not locks.lock_path(target).exists()


def test_closing_a_plan_that_cannot_be_written_asks_and_keeps_the_edits(
    qtbot: QtBot, example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown_window(qtbot, example_path)
    example_path.unlink()
    _rename(window, "Kulturnämnden")
    monkeypatch.setattr(QMessageBox, "exec", _click("Avbryt"))
    window.close()
    assert window.context is not None
    monkeypatch.setattr(QMessageBox, "exec", _click("Stäng &ändå"))
    window.close()
    assert window.context is None
    [unsaved] = find_unsaved()
    assert unsaved.plan == example_path


def _crash_with_edit(plan: Path) -> None:
    """A vplan that committed an edit and died before writing the plan back."""
    session = EditSession.open(plan)
    items.update_item(session.document, ItemKind.PLAN, 1, {"namnd": "Kulturnämnden"})
    session.document.close()  # the process dies: its note and lock name a process now gone
    if session.owner is not None:  # and the OS lets go of its locks
        session.owner.release()
    gone = os.getpid() + 100000
    assert session.working is not None
    note = session.working.with_suffix(".json")
    note.write_text(json.dumps({**json.loads(note.read_text()), "pid": gone}), encoding="utf-8")
    lock = locks.lock_path(plan)
    lock.write_text(json.dumps({**json.loads(lock.read_text()), "pid": gone}), encoding="utf-8")


def test_the_next_start_offers_to_recover(
    qtbot: QtBot, example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _crash_with_edit(example_path)

    seen: list[str] = []

    def answer(dialog: RecoveryDialog) -> int:
        seen.append(dialog.windowTitle())
        dialog.compare_button.click()
        first = dialog.view.topLevelItem(0)
        assert first is not None
        seen.append(first.text(0))
        dialog.resume_button.click()
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", answer)
    window = MainWindow()
    qtbot.addWidget(window)
    window.offer_recovery()
    assert seen == ["Återställ osparade ändringar i exempel.vplan", "Uppgifter"]
    assert window.context is not None
    assert window.context.plan.uppgifter.namnd == "Kulturnämnden"
    assert window.file_actions.save_now()
    assert namnd_on_disk(example_path) == "Kulturnämnden"
    window.close()
    assert find_unsaved() == []


def test_discarding_at_start_opens_the_file_and_keeps_a_backup(
    qtbot: QtBot, example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _crash_with_edit(example_path)
    monkeypatch.setattr(RecoveryDialog, "exec", lambda dialog: dialog.discard_button.click())
    window = MainWindow()
    qtbot.addWidget(window)
    window.offer_recovery()
    assert window.context is not None
    assert window.context.plan.uppgifter.namnd == "Socialnämnden"
    assert any(namnd_on_disk(b.path) == "Kulturnämnden" for b in list_backups(example_path))
    window.close()
    assert find_unsaved() == []


def test_a_second_window_is_told_who_has_the_plan(
    window: MainWindow, qtbot: QtBot, example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts: list[str] = []

    def read_only(box: QMessageBox) -> int:
        texts.append(box.text())
        return _click("Öppna &skrivskyddad")(box)

    monkeypatch.setattr(QMessageBox, "exec", read_only)
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert second.open_plan(example_path)
    assert "redan öppnad av" in texts[0] and "datorn" in texts[0]
    assert second.context is not None and second.context.session.read_only
    assert "(skrivskyddad)" in second.windowTitle()
    workspace = second.workspace
    assert workspace is not None and not workspace.locked_bar.isHidden()
    assert "Skrivskyddad" in workspace.locked_text.text()
    assert workspace.reopen_button.isHidden()
    assert editor_of(second, "aktiviteter", ActivitiesEditor).add_button.isHidden()
    assert workspace.front_matter.fields["namnd"].isReadOnly()
    _rename(second, "Kulturnämnden")
    assert "skrivskyddad" in workspace.message.text()
    assert not second.save_action.isEnabled()
    second.close()
    session = context_of(window).session
    assert isinstance(session, EditSession)  # a plan file's session
    lock = session.lock
    assert lock is not None and locks.read_lock(example_path) == lock.info


def test_a_conflict_copy_beside_the_plan_is_pointed_out(qtbot: QtBot, example_path: Path) -> None:
    (example_path.parent / "exempel-LAPTOP-4F2K9.vplan").write_bytes(b"")
    window = shown_window(qtbot, example_path)
    message = workspace_of(window).message
    assert not message.isHidden() and "konfliktkopia" in message.text()
    assert "exempel-LAPTOP-4F2K9.vplan" in message.text()


def test_adoption_freezes_the_window_until_reopened_with_a_reason(
    window: MainWindow, example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = workspace_of(window)
    add = editor_of(window, "aktiviteter", ActivitiesEditor).add_button
    assert not add.isHidden() and not workspace.locked_bar.isVisible()
    fill_adopt_dialog(monkeypatch, "2026-11-26", "§ 123")
    front = workspace.front_matter
    front.status.setCurrentIndex(front.status.findData("antagen"))
    front.status.activated.emit(front.status.currentIndex())
    assert workspace.locked_bar.isVisible()
    assert "Antagen i Socialnämnden 2026-11-26 § 123" in workspace.locked_text.text()
    assert add.isHidden() and front.fields["namnd"].isReadOnly()
    assert "palette(window)" in front.fields["namnd"].styleSheet()  # and looks it
    assert not window.undo_action.isEnabled()
    assert window.reopen_action.isEnabled() and not window.import_budget_action.isEnabled()
    _rename(window, "Kulturnämnden")
    assert "antagen och därför låst" in workspace.message.text()

    def give_reason(dialog: ReopenDialog) -> int:
        dialog.accept()  # no reason: refused
        assert "varför" in dialog.error.text()
        dialog.reason.setPlainText("Återremiss av investeringarna")
        dialog.accept()
        return 1

    monkeypatch.setattr(ReopenDialog, "exec", give_reason)
    workspace.reopen_button.click()
    assert not workspace.locked_bar.isVisible()
    assert not add.isHidden() and not front.fields["namnd"].isReadOnly()
    assert "palette(window)" not in front.fields["namnd"].styleSheet()
    assert window.context is not None
    assert [e.orsak for e in adoption.read_log(window.context.document)][-1] == (
        "Återremiss av investeringarna"
    )
    _rename(window, "Kulturnämnden")
    assert window.context.plan.uppgifter.namnd == "Kulturnämnden"


def test_versions_backups_compare_and_restore(
    window: MainWindow, example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Till arbetsutskottet", True))
    window.version_action.trigger()
    _rename(window, "Kulturnämnden")
    assert window.context is not None

    compare = CompareDialog(window.context, window)
    assert compare.old.currentText().startswith("Version: Till arbetsutskottet")
    assert compare.new.currentText() == "Planen nu"
    section = compare.view.topLevelItem(0)
    assert section is not None and section.text(0) == "Uppgifter"
    first = section.child(0)
    assert first is not None
    assert [first.text(c) for c in range(4)] == [
        "Planens uppgifter",
        "Nämnd",
        "Socialnämnden",
        "Kulturnämnden",
    ]
    compare.view.copy_all()
    assert "Nämnd: Socialnämnden → Kulturnämnden" in QApplication.clipboard().text()

    dialog = VersionsDialog(window.context, window)
    labels = [_text(dialog.table, row, 0) for row in range(dialog.table.rowCount())]
    assert labels[0] == "Version: Till arbetsutskottet" and "Säkerhetskopia" in labels
    assert _text(dialog.table, 1, 2).endswith("kB")
    opened: list[str] = []
    dialog.openRequested.connect(lambda path, label: opened.append(label))
    dialog.open_selected()
    assert opened and opened[0].startswith("Version: Till arbetsutskottet")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    dialog.restore_selected()
    assert window.context.plan.uppgifter.namnd == "Socialnämnden"
    assert any(namnd_on_disk(b.path) == "Kulturnämnden" for b in list_backups(example_path))
    log = adoption.read_log(window.context.document)
    assert log[-1].handelse.startswith("Återställd till version: till arbetsutskottet")


def test_a_version_opens_read_only_in_a_window_of_its_own(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Före AU", True))
    window.version_action.trigger()
    assert window.context is not None
    dialog = VersionsDialog(window.context, window)
    dialog.openRequested.connect(window.file_actions.open_view)
    dialog.table.selectRow(0)
    dialog.open_selected()
    [view] = window.views
    assert isinstance(view, MainWindow)
    assert view.context is not None and view.context.session.read_only
    assert "Version: Före AU" in view.windowTitle() and "(skrivskyddad)" in view.windowTitle()
    view.close()
    QApplication.processEvents()
