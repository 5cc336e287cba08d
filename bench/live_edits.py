"""One edit committed by one client and seen by another, with 20 clients on the plan on the
server (``python -m bench --only live``).

A throw-away PostgreSQL cluster (``tests.pg_cluster``) gets the large plan; 20 clients open it
as a window does (a ``ServerSession`` and its ``PlanListener``): one edits, one watches, 18
listen and stay idle. Each run, the editor renames an activity. The first row times from the
start of the service call until the watcher has the new name in its snapshot: the commit, the
trigger's NOTIFY, the wait on the watcher's socket, ``remote_change`` and ``read_change`` of
the activity. For the second the watcher's place is taken by vplan's real window in a process
of its own (offscreen), showing Aktiviteter: the time runs until its table has painted the
new name, with the window's 50 ms of gathering a burst (``ui.server_watch``) and its refresh
of the views. Without PostgreSQL's programs the rows are left out, with a note.
"""

from __future__ import annotations

import os
import queue
import select
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from bench.gui import ROOT
from vplan_desktop.cli import main
from vplan_desktop.sections import ItemKind
from vplan_desktop.server.address import parse_address
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.server.live import Notice, PlanListener, remote_change
from vplan_desktop.server.session import ServerSession
from vplan_desktop.services import items
from vplan_desktop.services.read import read_change, read_plan

CLIENTS = 20
RUNS = 40

WINDOW_DRIVER = """
import sys, time
from vplan_desktop.server.address import parse_address
from vplan_desktop.ui.qt_app import application
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.models.table import ROW_ID_ROLE
app = application()
window = MainWindow(start_page=False)
window.resize(1280, 800)
window.show()
assert window.open_plan(parse_address(sys.argv[1]))
window.show_section("aktiviteter")
view = window.workspace.editor_for("aktiviteter").view
target = int(sys.argv[2])
column = view.grid_model().column_for("namn")

found = [0]

def shown():
    model = view.model()
    index = model.index(found[0], column)
    if index.data(ROW_ID_ROLE) == target:
        return index
    for row in range(model.rowCount()):
        index = model.index(row, column)
        if index.data(ROW_ID_ROLE) == target:
            found[0] = row
            return index
    raise SystemExit("the activity is not in the table")

view.scrollTo(shown())

def seen(change):
    # After the views (connected before): the table's cell, painted.
    index = shown()
    view.viewport().repaint()
    print(time.monotonic(), index.data(), flush=True)

window.context.changed.connect(seen)
print("klar", flush=True)
app.exec()
"""


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def _drain(sessions: list[ServerSession]) -> None:
    """The other clients read what they heard, as their windows do between edits."""
    for session in sessions:
        assert session.listener is not None
        session.listener.receive()


def _core_times(
    editor: ServerSession, watcher: ServerSession, idle: list[ServerSession], target: int
) -> list[float]:
    """From the start of the edit until the watcher's snapshot has it."""
    listener = watcher.listener
    assert listener is not None
    plan = read_plan(watcher.document)
    times: list[float] = []
    for run in range(RUNS):
        name = f"Ändrad {run}"
        start = time.perf_counter()
        items.update_item(editor.document, ItemKind.AKTIVITET, target, {"namn": name})
        heard: list[Notice] = []
        while not heard:
            select.select([listener.fileno()], [], [], 5)
            heard = listener.receive()
        change = remote_change(heard)
        plan = (
            read_plan(watcher.document)
            if change is None
            else read_change(watcher.document, plan, change)
        )
        times.append(time.perf_counter() - start)
        assert next(a for a in plan.aktiviteter if a.id == target).namn == name
        _drain([editor, *idle])
        time.sleep(0.05)
    return times


def _window_times(
    editor: ServerSession, idle: list[ServerSession], url: str, target: int
) -> list[float]:
    """From the start of the edit until another process's window has painted it."""
    window = subprocess.Popen(
        [sys.executable, "-c", WINDOW_DRIVER, url, str(target)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        assert window.stdout is not None
        for line in window.stdout:
            lines.put(line.strip())
        lines.put("")  # the process ended

    def next_line(timeout: float = 30) -> str:
        line = lines.get(timeout=timeout)
        if not line:
            raise RuntimeError(f"the window's process ended ({window.wait()})")
        return line

    threading.Thread(target=read, daemon=True).start()
    try:
        if next_line(timeout=180) != "klar":
            raise RuntimeError("the window did not open the plan")
        times: list[float] = []
        for run in range(-1, RUNS):  # the first is not counted: the window is still settling
            name = f"I fönstret {run}"
            start = time.monotonic()  # the whole machine's clock: the window's too
            items.update_item(editor.document, ItemKind.AKTIVITET, target, {"namn": name})
            while True:
                when, _, shown = next_line().partition(" ")
                if shown == name:
                    if run >= 0:
                        times.append(float(when) - start)
                    break
            _drain([editor, *idle])
            time.sleep(0.5)  # the window's checks after an edit are done before the next
        return times
    finally:
        window.kill()
        window.wait()


def live_rows(path: Path, ms: Callable[[float], str]) -> list[tuple[str, list[float], str]]:
    """The rows of an edit seen by a second client, or none (with a note) without PostgreSQL."""
    from tests.pg_cluster import find_bindir, start_cluster, stop_cluster

    if find_bindir() is None:
        print(
            "Hoppar över raderna om en ändring synlig hos en andra klient: PostgreSQL saknas "
            "(ingen initdb/pg_ctl; installera paketet postgresql).",
            file=sys.stderr,
        )
        return []
    cluster, bindir, owner = start_cluster(max_connections=3 * CLIENTS + 10)
    sessions: list[ServerSession] = []
    try:
        database = cluster.create_database("vplan_bench")
        url = cluster.url(database, "stor")
        if main(["server", "init", cluster.url(database)]) or main(
            ["server", "upload", str(path), url]
        ):
            raise RuntimeError("the large plan could not be uploaded")
        address = parse_address(url)
        for _ in range(CLIENTS):
            session = ServerSession.open(address, Credentials())
            session.listener = PlanListener.open(address, Credentials(), session.document)
            read_plan(session.document)
            sessions.append(session)
        editor, watcher, idle = sessions[0], sessions[1], sessions[2:]
        plan = read_plan(watcher.document)
        target = plan.aktiviteter[len(plan.aktiviteter) // 2].id
        core = _core_times(editor, watcher, idle, target)
        watcher.close()  # its place is taken by a window in a process of its own
        shown = _window_times(editor, idle, url, target)
    finally:
        for session in sessions:
            session.close()
        stop_cluster(cluster, bindir, owner)
    return [
        (
            f"En ändring sparad och läst av en andra klient, {CLIENTS} klienter anslutna "
            f"(p95 {ms(_p95(core))} ms)",
            core,
            "≤ 1 s",
        ),
        (
            f"En ändring sparad och omritad i en annans fönster, {CLIENTS} klienter anslutna "
            f"(p95 {ms(_p95(shown))} ms)",
            shown,
            "≤ 1 s",
        ),
    ]
