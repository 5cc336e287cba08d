"""Two people on one plan on a real throw-away server (``tests/pg_cluster.py``): the other's
edits appear in the window within a second without anything done there, the tables keep the
current row, an open cell editor is left alone until it is closed, the window's own edits are
not read twice, and the status bar names the other while she has the plan open."""

from __future__ import annotations

import time
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.pg_cluster import Cluster, start_server, stop_server
from tests.test_server_live import ANNA, PER, _listen, _session
from tests.test_server_live import database as database  # the fixture
from tests.ui.helpers import context_of, editor_of, shown_cells
from vplan_desktop.sections import ItemKind, Section
from vplan_desktop.server.address import parse_address
from vplan_desktop.services import items
from vplan_desktop.ui import server_watch
from vplan_desktop.ui.editors.activities import ActivitiesEditor
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.models.table import ROW_ID_ROLE
from vplan_desktop.ui.server_watch import ServerWatch

pytestmark = pytest.mark.slow


def _current_id(view: Any) -> object:
    return view.currentIndex().data(ROW_ID_ROLE)


def test_her_edits_appear_at_once_and_his_place_and_open_editor_are_kept(
    qtbot: QtBot, pg_cluster: Cluster, database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(report_error=lambda _parent, _title, text: pytest.fail(text))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.open_plan(parse_address(pg_cluster.url(database, "plan", user=ANNA)))
    context = context_of(window)
    watch = context.findChild(ServerWatch)
    assert watch is not None
    full_reads: list[object] = []
    refresh = context.refresh

    def counted(change: object) -> None:
        if change is None:
            full_reads.append(change)
        refresh(change)  # type: ignore[arg-type]

    monkeypatch.setattr(context, "refresh", counted)
    assert watch.status_text() == ""
    window.show_section(Section.AKTIVITETER.value)
    editor = editor_of(window, Section.AKTIVITETER.value, ActivitiesEditor)
    view = editor.view
    view.setCurrentIndex(view.model().index(2, 0))
    chosen = _current_id(view)

    per = _session(pg_cluster, database, PER)
    try:
        _listen(per)
        # Per opens the plan: the status bar names him within the presence interval.
        qtbot.waitUntil(lambda: watch.status_text() == "Även öppen hos: Per Ek", timeout=6000)

        # His edit appears in Anna's snapshot and her table within a second, by itself.
        first = context.plan.aktiviteter[0]
        start = time.monotonic()
        items.update_item(per.document, ItemKind.AKTIVITET, first.id, {"namn": "Pers namn"})
        qtbot.waitUntil(lambda: context.plan.aktiviteter[0].namn == "Pers namn", timeout=1000)
        assert time.monotonic() - start < 1.0
        assert any("Pers namn" in row for row in shown_cells(view))
        assert full_reads == [] and _current_id(view) == chosen

        # A new activity resets the table: Anna's current row stays hers.
        rows = view.model().rowCount()
        goal = context.plan.namndsmal[0].id
        items.add_item(
            per.document, ItemKind.AKTIVITET, {"namn": "Pers aktivitet", "namndsmal_id": goal}
        )
        qtbot.waitUntil(lambda: view.model().rowCount() == rows + 1, timeout=1000)
        assert _current_id(view) == chosen

        # An open cell editor: his edit waits until she has closed it, and her text stays.
        index = view.currentIndex().siblingAtColumn(view.grid_model().column_for("namn"))
        view.setCurrentIndex(index)
        view.edit(index)
        cell = QApplication.focusWidget()
        assert isinstance(cell, QLineEdit)
        cell.setText("Annas text, inte sparad")
        before = watch.refreshes
        second = context.plan.aktiviteter[1]
        items.update_item(per.document, ItemKind.AKTIVITET, second.id, {"namn": "Pers andra"})
        qtbot.wait(600)
        assert watch.pending and watch.refreshes == before
        assert cell.text() == "Annas text, inte sparad"
        qtbot.keyClick(cell, Qt.Key.Key_Escape)
        qtbot.waitUntil(
            lambda: any(a.namn == "Pers andra" for a in context.plan.aktiviteter), timeout=1000
        )

        # Anna's own edit is read once, by the edit itself: the notification is left out.
        assert per.listener is not None
        heard, before = watch.listener.own_heard, watch.refreshes
        mine = context.plan.aktiviteter[3]
        context.edit(
            "Byt namn",
            lambda doc: items.update_item(doc, ItemKind.AKTIVITET, mine.id, {"namn": "Annas"}),
        )
        qtbot.waitUntil(lambda: watch.listener.own_heard > heard, timeout=1000)
        qtbot.wait(100)
        assert watch.refreshes == before and full_reads == []
    finally:
        per.close()
    # Per has closed the plan: his name goes from the status bar.
    qtbot.waitUntil(lambda: watch.status_text() == "", timeout=6000)
    assert window.close_plan()
    assert watch.listener.connection.closed


def test_after_the_server_was_away_her_edits_appear_again(
    qtbot: QtBot, pg_cluster: Cluster, database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_watch, "RETRY_MS", 200)
    window = MainWindow(report_error=lambda _parent, _title, text: pytest.fail(text))
    qtbot.addWidget(window)
    window.show()
    assert window.open_plan(parse_address(pg_cluster.url(database, "plan", user=ANNA)))
    context = context_of(window)
    watch = context.findChild(ServerWatch)
    assert watch is not None

    def her_edit_appears(name: str) -> None:
        per = _session(pg_cluster, database, PER)
        try:
            first = context.plan.aktiviteter[0]
            items.update_item(per.document, ItemKind.AKTIVITET, first.id, {"namn": name})
            qtbot.waitUntil(lambda: context.plan.aktiviteter[0].namn == name, timeout=1000)
        finally:
            per.close()

    # The listening connection alone is ended (by the server's administrator, an idle
    # timeout): the status bar says so, the window listens again by itself and reads what it
    # may have missed, without going offline.
    first = watch.listener
    with pg_cluster.connect(database) as connection:
        connection.execute("SELECT pg_terminate_backend(%s)", [first.pid])
    qtbot.waitUntil(
        lambda: watch.status_text() == "Andras ändringar visas inte just nu", timeout=5000
    )
    qtbot.waitUntil(lambda: watch.listener is not first, timeout=5000)
    assert first.connection.closed and watch.status_text() == ""
    qtbot.waitUntil(lambda: not watch.stale, timeout=1000)
    assert not context.offline
    her_edit_appears("Efteråt")

    # The server goes away: the window goes offline when it next reads (``ui.lost_connection``),
    # and listens again once it is back.
    second = watch.listener
    stop_server(pg_cluster)
    try:
        context.refresh(None)
        assert context.offline and watch.status_text() == ""
    finally:
        start_server(pg_cluster)
    assert window.connection_watch is not None and window.connection_watch.try_again()
    assert second.connection.closed and watch.listener is not second
    her_edit_appears("Ännu senare")
    assert window.close_plan()
    assert watch.listener.connection.closed
