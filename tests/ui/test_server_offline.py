"""A plan on the server when the server goes away, against a real throw-away server that is
stopped and started again (``tests/pg_cluster.py``): the edit being made is kept on this
computer, the window says it is offline and goes read-only, a read does not crash, and
once the server is back the kept edit is offered and made again with what the user saw,
so someone else's newer change is refused, not written over."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget

from tests.pg_cluster import Cluster, start_server, stop_server
from tests.server_setup import running_again, server_database
from tests.ui.helpers import (
    active_window,
    answer_next_dialog,
    button_answer,
    context_of,
    type_text,
    workspace_of,
)
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.sections import ItemKind
from vplan_desktop.server import transfer
from vplan_desktop.server.address import PlanAddress, parse_address
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.server.journal import Journal
from vplan_desktop.services import items
from vplan_desktop.services.read import read_plan
from vplan_desktop.ui.journal_dialog import JournalDialog
from vplan_desktop.ui.lost_connection import OfflineWatch
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.server_opening import open_argument

pytestmark = pytest.mark.slow


@pytest.fixture
def database(pg_cluster: Cluster, example_path: Path) -> Iterator[str]:
    with server_database(pg_cluster, (example_path, "exempel")) as name:
        yield name


@pytest.fixture
def errors() -> list[str]:
    return []


@pytest.fixture
def window(qtbot: QtBot, errors: list[str]) -> MainWindow:
    return active_window(qtbot, errors)


@pytest.fixture
def stopped(pg_cluster: Cluster, database: str) -> Iterator[Cluster]:
    """The server can be stopped in the test; it is running again after it, whatever
    happened (before ``database`` is dropped; the other tests of the run use it too)."""
    with running_again(pg_cluster) as cluster:
        yield cluster


def _namnd_field(window: MainWindow) -> QLineEdit:
    field = workspace_of(window).front_matter.fields["namnd"]
    assert isinstance(field, QLineEdit)
    return field


def _type_namnd(qtbot: QtBot, window: MainWindow, text: str) -> None:
    _type_field(qtbot, window, "namnd", text)


def _type_field(qtbot: QtBot, window: MainWindow, name: str, text: str) -> None:
    field = workspace_of(window).front_matter.fields[name]
    assert isinstance(field, QLineEdit)
    field.setFocus()
    field.selectAll()
    type_text(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _namnd_on_server(cluster: Cluster, database: str) -> str:
    return _on_server(cluster, database, "namnd")


def _on_server(cluster: Cluster, database: str, column: str) -> str:
    with cluster.connect(database) as connection:
        row = connection.execute(f"SELECT {column} FROM plan_exempel.plan").fetchone()
    assert row is not None
    return str(row[0])


def _watch(window: MainWindow) -> OfflineWatch:
    watch = window.connection_watch
    assert isinstance(watch, OfflineWatch)
    return watch


def _open_and_break(
    window: MainWindow, qtbot: QtBot, cluster: Cluster, database: str, errors: list[str]
) -> PlanAddress:
    """Open the example plan, stop the server, and type a new nämnd: kept, offline."""
    url = cluster.url(database, "exempel")
    assert open_argument(window, url), errors
    qtbot.waitUntil(workspace_of(window).isVisible)
    watch = _watch(window)
    _type_field(qtbot, window, "forvaltning", "Kulturförvaltningen")  # on the server at once
    stop_server(cluster)
    _type_namnd(qtbot, window, "Kultur- och fritidsnämnden")
    context = context_of(window)
    assert context.offline and errors == []
    # An undo cannot reach the server either: refused with a word, the step kept for later.
    window.undo()
    qtbot.wait(20)
    assert context.undo_stack.index() == 1 and context.undo_stack.canUndo()
    said = workspace_of(window).message.text()
    assert said.startswith("Förbindelsen med servern är bruten: ångra och gör om går inte")
    # What reads or writes the server itself waits too; exports of the last read do not.
    assert not window.save_as_action.isEnabled() and not window.version_action.isEnabled()
    assert all(action.isEnabled() for action in window.export_actions)
    assert watch.bar.isVisible()
    assert watch.bar.text.text().startswith(
        "Förbindelsen med servern bröts – dina ändringar sparas på den här datorn tills den "
        "är tillbaka."
    )
    assert "1 ändring väntar på servern." in watch.bar.text.text()
    assert window.saved_label.text() == "Ingen förbindelse med servern"
    # Read-only meanwhile, and a read does not reach the crash dialog.
    assert _namnd_field(window).isReadOnly()
    context.refresh(None)
    assert context.offline and errors == []
    address = parse_address(url)
    kept = Journal(address).entries()
    assert [(e.text, e.replayable) for e in kept] == [("Ändra nämnd", True)]
    # Still down: "Försök igen" says why, and the window stays offline.
    qtbot.mouseClick(watch.bar.retry_button, Qt.MouseButton.LeftButton)
    assert context.offline and "Senaste försöket:" in watch.bar.text.text()
    return address


def _when_shown(kind: type[QWidget], answer: Callable[[QWidget], None]) -> None:
    """Answer the next modal dialog of ``kind`` with ``answer`` once it shows, however late."""

    def look() -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, kind) and shown.isVisible():
            answer(shown)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def _choose(qtbot: QtBot, label: str) -> list[str]:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, JournalDialog)
        assert dialog.list.count() == 1
        item = dialog.list.item(0)
        assert item is not None and item.text().endswith("Ändra nämnd")
        button = {
            "Gör ändringarna igen": dialog.again_button,
            "Granska först": dialog.review_button,
        }[label]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    return answer_next_dialog(qtbot, fill)


def test_an_edit_while_the_server_is_down_is_kept_and_made_once_it_is_back(
    window: MainWindow, qtbot: QtBot, stopped: Cluster, database: str, errors: list[str]
) -> None:
    address = _open_and_break(window, qtbot, stopped, database, errors)
    start_server(stopped)
    assert _namnd_on_server(stopped, database) == "Socialnämnden"  # not made behind her back
    seen = _choose(qtbot, "Gör ändringarna igen")
    assert _watch(window).try_again()
    assert seen == ["Ändringar som inte kom fram till servern"]
    context = context_of(window)
    assert not context.offline and not _watch(window).bar.isVisible()
    assert _namnd_on_server(stopped, database) == "Kultur- och fritidsnämnden"
    assert context.plan.uppgifter.namnd == "Kultur- och fritidsnämnden"
    assert not _namnd_field(window).isReadOnly() and window.save_as_action.isEnabled()
    assert not Journal(address).exists() and errors == []
    assert "1 sparad ändring gjordes" in workspace_of(window).message.text()
    # It is one undoable step, as if it had been made at once; so is the one before it.
    window.undo()
    assert _namnd_on_server(stopped, database) == "Socialnämnden"
    window.undo()
    assert _on_server(stopped, database, "forvaltning") == "Socialförvaltningen"


def test_a_kept_edit_someone_else_has_since_changed_is_refused_not_written_over(
    window: MainWindow, qtbot: QtBot, stopped: Cluster, database: str, errors: list[str]
) -> None:
    address = _open_and_break(window, qtbot, stopped, database, errors)
    start_server(stopped)
    # Meanwhile a colleague changes the nämnd through her own connection.
    with transfer.open_server_plan(address, Credentials()) as hers:
        items.update_item(hers, ItemKind.PLAN, 1, {"namnd": "Hennes nämnd"})

    # vplan finds the server back by itself (every RETRY_SECONDS; here sooner).
    def again(dialog: QWidget) -> None:
        assert isinstance(dialog, JournalDialog)
        qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)

    told: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.windowTitle() == "Sparade ändringar"
        told.append(box.text())
        box.accept()

    _when_shown(JournalDialog, again)
    _when_shown(QMessageBox, read)  # refused: told in a box that waits to be read
    _watch(window).timer.setInterval(100)
    qtbot.waitUntil(lambda: not context_of(window).offline, timeout=10_000)
    qtbot.waitUntil(lambda: not Journal(address).exists(), timeout=10_000)
    qtbot.waitUntil(lambda: told != [], timeout=10_000)
    assert told[0].startswith("0 sparade ändringar gjordes.\n\n”Ändra nämnd” gjordes inte: ")
    assert _namnd_on_server(stopped, database) == "Hennes nämnd"
    assert context_of(window).plan.uppgifter.namnd == "Hennes nämnd"
    message = workspace_of(window).message.text()
    assert "0 sparade ändringar gjordes." in message
    assert "”Ändra nämnd” gjordes inte: " in message
    assert message.endswith("ändrade detta – din ändring gjordes inte.") or (
        "ändrade detta kl. " in message and message.endswith("din ändring gjordes inte.")
    )
    assert not Journal(address).exists() and errors == []


def test_kept_edits_outlive_vplan_and_are_offered_when_the_plan_is_opened(
    window: MainWindow, qtbot: QtBot, stopped: Cluster, database: str, errors: list[str]
) -> None:
    address = _open_and_break(window, qtbot, stopped, database, errors)
    assert window.close_plan()  # offline: nothing to write back, the journal stays
    assert Journal(address).exists()
    start_server(stopped)
    asked: list[str] = []

    def review(dialog: QWidget) -> None:
        # "Granska först", then the one edit is made again.
        _choose_in(dialog, qtbot, "Granska först")
        _when_shown(QMessageBox, button_answer(qtbot, "Gör igen", asked))

    assert open_argument(window, str(address)), errors
    seen = answer_next_dialog(qtbot, review)  # the offer comes once the window is shown
    qtbot.waitUntil(lambda: not Journal(address).exists(), timeout=10_000)
    assert seen == ["Ändringar som inte kom fram till servern"]
    assert len(asked) == 1  # kept once, though the field was saved again on closing
    assert asked[0].startswith("Göra ändringen ”Ändra nämnd” från ")
    assert _namnd_on_server(stopped, database) == "Kultur- och fritidsnämnden"
    assert errors == []


def _choose_in(dialog: QWidget, qtbot: QtBot, label: str) -> None:
    assert isinstance(dialog, JournalDialog)
    button = dialog.review_button if label == "Granska först" else dialog.again_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_kept_edits_can_be_made_on_a_plan_file_instead(
    window: MainWindow,
    qtbot: QtBot,
    stopped: Cluster,
    database: str,
    errors: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    address = _open_and_break(window, qtbot, stopped, database, errors)
    start_server(stopped)
    target = tmp_path / "Med mina ändringar.vplan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, JournalDialog)
        qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(qtbot, fill)
    assert _watch(window).try_again()
    # The file has the edit; the plan on the server is as it was, and the journal is done.
    with PlanDocument.open(target, read_only=True) as doc:
        assert read_plan(doc).uppgifter.namnd == "Kultur- och fritidsnämnden"
    assert _namnd_on_server(stopped, database) == "Socialnämnden"
    assert context_of(window).plan.uppgifter.namnd == "Socialnämnden"
    assert not Journal(address).exists() and errors == []
    assert "1 sparad ändring gjordes i Med mina ändringar.vplan." in (
        workspace_of(window).message.text()
    )


def test_a_read_that_meets_a_stopped_server_goes_offline_without_a_crash(
    window: MainWindow, qtbot: QtBot, stopped: Cluster, database: str, errors: list[str]
) -> None:
    address = parse_address(stopped.url(database, "exempel"))
    assert open_argument(window, str(address)), errors
    context = context_of(window)
    shown = context.plan
    stop_server(stopped)
    context.refresh(None)  # before: the crash dialog
    assert context.offline and context.plan is shown and errors == []
    assert _watch(window).bar.text.text().endswith("vplan försöker ansluta igen.")
    assert not Journal(address).exists()  # nothing to keep: nothing was being changed
    start_server(stopped)
    assert _watch(window).try_again()  # nothing kept: no dialog
    assert not context.offline and context.plan == shown and errors == []


def test_a_paste_while_the_server_is_down_is_kept_whole_and_made_again(
    window: MainWindow, qtbot: QtBot, stopped: Cluster, database: str, errors: list[str]
) -> None:
    from decimal import Decimal

    from tests.ui.helpers import editor_of
    from vplan_desktop.db.enums import BudgetTabell
    from vplan_desktop.sections import Section
    from vplan_desktop.ui.editors.budget_grid import DriftbudgetEditor

    url = stopped.url(database, "exempel")
    assert open_argument(window, url), errors
    qtbot.waitUntil(workspace_of(window).isVisible)
    window.show_section(Section.DRIFT)
    view = editor_of(window, Section.DRIFT, DriftbudgetEditor).view
    plan = context_of(window).plan
    first, second = plan.kolumner(BudgetTabell.DRIFT)[:2]
    row = plan.driftbudget[0]
    view.setCurrentIndex(view.model().index(0, 1))
    stop_server(stopped)
    view.paste("1 234\t5 678")
    context = context_of(window)
    assert context.offline and errors == []
    address = parse_address(url)
    kept = Journal(address).entries()
    # The paste is one edit, kept whole as a call vplan makes again (not "by hand").
    assert [(e.text, e.replayable) for e in kept] == [("Klistra in", True)]
    assert kept[0].function == "vplan_desktop.services.changes:all_or_nothing"
    start_server(stopped)

    def again(dialog: QWidget) -> None:
        assert isinstance(dialog, JournalDialog)
        item = dialog.list.item(0)
        assert item is not None and "för hand" not in item.text()
        qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(qtbot, again)
    assert _watch(window).try_again()
    with transfer.open_server_plan(address, Credentials()) as doc:
        on_server = read_plan(doc).driftbudget[0].belopp
    assert on_server[first.id] == Decimal(1234) and on_server[second.id] == Decimal(5678)
    assert context.plan.driftbudget[0].belopp[first.id] == Decimal(1234)
    assert not Journal(address).exists() and errors == []
    # One undoable step, both cells at once.
    window.undo()
    with transfer.open_server_plan(address, Credentials()) as doc:
        undone = read_plan(doc).driftbudget[0].belopp
    assert undone.get(first.id) == row.belopp.get(first.id)
    assert undone.get(second.id) == row.belopp.get(second.id)
