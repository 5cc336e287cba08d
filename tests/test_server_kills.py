"""Clients and the server killed in the middle of the work, against real PostgreSQL servers
(``tests/pg_cluster.py``): a client killed (SIGKILL) inside a transaction leaves nothing of
its edit, and the server shut down at once (``pg_ctl stop -m immediate``, as a crash) and
started again loses no acknowledged edit; the clients are told in Swedish that the connection
broke, and go on working in the same session once the server is back."""

from __future__ import annotations

import multiprocessing
import os
import pwd
import secrets
import signal
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import partial
from pathlib import Path

import pytest
from psycopg import sql
from sqlalchemy import text

from tests.concurrent_clients import (
    check_no_edit_lost,
    exit_code_of,
    read_logs,
    read_snapshots,
    rows_now,
    run_clients,
    swedish,
    targets,
)
from tests.pg_cluster import Cluster, _run, find_bindir, start_cluster, stop_cluster
from vplan_desktop.cli import main
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell, KolumnSlag, VardeSlag
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.errors import ServerError
from vplan_desktop.sections import ItemKind
from vplan_desktop.server import transfer
from vplan_desktop.server.address import parse_address
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.server.session import ServerSession
from vplan_desktop.services import items, values
from vplan_desktop.services.changes import Change, batch
from vplan_desktop.services.read import read_plan

pytestmark = pytest.mark.slow

Own = tuple[Cluster, Path, "pwd.struct_passwd | None"]
"""A cluster of the module's own: it, its binaries' folder and the user it runs as."""
SERVER_CLIENTS = 4
SERVER_SECONDS = 120.0
"""The longest the clients edit: they stop once each has gone on after the restart."""
DOWN_SECONDS = 1.5


def _new_plan(cluster: Cluster, example: Path) -> tuple[str, str]:
    """The example plan uploaded to a new database whose commits wait for the disk, as a
    server's do (the test clusters otherwise run with ``synchronous_commit`` off)."""
    database = cluster.create_database(f"vplan_{secrets.token_hex(4)}")
    with cluster.connect() as connection:
        connection.execute(
            sql.SQL("ALTER DATABASE {} SET synchronous_commit = on").format(
                sql.Identifier(database)
            )
        )
    assert main(["server", "init", cluster.url(database)]) == 0
    assert main(["server", "upload", str(example), cluster.url(database, "plan")]) == 0
    return cluster.url(database, "plan"), database


def _fresh(url: str) -> PlanSnapshot:
    with transfer.open_server_plan(parse_address(url), Credentials()) as doc:
        return read_plan(doc)


def _paste(plan: PlanSnapshot) -> list[partial[Change]]:
    """An action of several rows: an activity moved to the end of its list (its siblings move
    up), two budget cells and an indicator's target, all based on ``plan``."""
    first = plan.aktiviteter[0]
    siblings = [a for a in plan.aktiviteter if a.namndsmal_id == first.namndsmal_id]
    assert len(siblings) > 1
    row = plan.driftbudget[0]
    kolumner = [
        c.id
        for c in plan.budgetkolumner
        if c.tabell is BudgetTabell.DRIFT and c.slag is KolumnSlag.BUDGET
    ][:2]
    indicator = plan.indikatorer[0]
    year = min(indicator.malnivaer)
    target = indicator.malnivaer[year]
    assert isinstance(target, Decimal)
    return [
        partial(
            items.move_item,
            kind_name=ItemKind.AKTIVITET,
            item_id=first.id,
            index=len(siblings) - 1,
            seen=first.version,
        ),
        *(
            partial(
                values.set_drift_amount,
                rad_id=row.id,
                kolumn_id=kolumn,
                belopp="4321",
                seen=row.belopp.get(kolumn),
            )
            for kolumn in kolumner
        ),
        partial(
            values.set_indicator_value,
            indikator_id=indicator.id,
            slag=VardeSlag.MALNIVA,
            ar=year,
            value=target + 1,
            seen=target,
        ),
    ]


def _killed_client(url: str, marker: Path, in_statement: bool) -> None:
    """Run the paste, stopping halfway inside its transaction (after the move and the budget
    cells, before the target) until killed: in Python between two statements, or in a slow
    statement on the server."""
    session = ServerSession.open(parse_address(url), Credentials())
    edits = _paste(read_plan(session.document))

    def halfway(doc: PlanDocument) -> Change:
        with doc.transaction() as transaction:
            pid = transaction.execute(text("SELECT pg_backend_pid()")).scalar_one()
            marker.write_text(str(pid), encoding="utf-8")
            if in_statement:
                # The server looks for a client gone away every 0,2 s of a long statement
                # (by default only when it next talks to the client, here after 60 s).
                transaction.execute(text("SET LOCAL client_connection_check_interval = 200"))
                transaction.execute(text("SELECT pg_sleep(60)"))
            else:
                time.sleep(120)
        raise AssertionError("the client was not killed")

    batch(session.document, [*edits[:3], halfway, *edits[3:]])


def _backend(cluster: Cluster, pid: int) -> tuple[str, bool, str] | None:
    """The state of the server process ``pid``, whether its transaction has written, and its
    statement; None once it is gone."""
    with cluster.connect() as connection:
        row = connection.execute(
            "SELECT state, backend_xid IS NOT NULL, query FROM pg_stat_activity WHERE pid = %s",
            [pid],
        ).fetchone()
    return None if row is None else (str(row[0]), bool(row[1]), str(row[2]))


def _wait_for(check: Callable[[], object], what: str, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.parametrize("in_statement", [False, True], ids=["mellan-satser", "i-en-sats"])
def test_a_client_killed_inside_its_transaction_leaves_nothing_of_its_edit(
    pg_cluster: Cluster, example_path: Path, tmp_path: Path, in_statement: bool
) -> None:
    url, _ = _new_plan(pg_cluster, example_path)
    before = _fresh(url)
    marker = tmp_path / "mitt-i-transaktionen"
    context = multiprocessing.get_context("fork")
    client = context.Process(
        target=exit_code_of, args=(partial(_killed_client, url, marker, in_statement),)
    )
    client.start()
    try:
        _wait_for(lambda: marker.exists() and marker.read_text(), "the client's transaction")
        pid = int(marker.read_text())
        # Halfway indeed: the transaction has written rows, and is idle between two
        # statements or busy in the slow one.
        expected = "active" if in_statement else "idle in transaction"
        _wait_for(lambda: (_backend(pg_cluster, pid) or ("",))[0] == expected, expected)
        state = _backend(pg_cluster, pid)
        assert state is not None and state[0] == expected and state[1], state
        assert client.pid is not None
        os.kill(client.pid, signal.SIGKILL)
        client.join(timeout=30)
        assert client.exitcode == -signal.SIGKILL
    finally:
        if client.is_alive():
            client.kill()
    _wait_for(lambda: _backend(pg_cluster, pid) is None, "the server to end the transaction", 10)
    assert _fresh(url) == before
    # Nothing is left locked or half done: the same paste, by someone else, goes through.
    with transfer.open_server_plan(parse_address(url), Credentials()) as doc:
        batch(doc, _paste(before))
        after = read_plan(doc)
    assert after.driftbudget[0].belopp != before.driftbudget[0].belopp
    assert after.aktiviteter != before.aktiviteter


@pytest.fixture(scope="module")
def own_cluster() -> Iterator[Own]:
    """A cluster of this module's own, to be shut down and started again without disturbing
    the other tests' cluster."""
    bindir = find_bindir()
    if bindir is None:
        reason = "no PostgreSQL binaries (install the postgresql package)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    cluster, bindir, owner = start_cluster()
    try:
        yield cluster, bindir, owner
    finally:
        stop_cluster(cluster, bindir, owner)


def test_the_server_killed_and_started_again_loses_no_acknowledged_edit(
    own_cluster: Own, example_path: Path, tmp_path: Path
) -> None:
    cluster, bindir, owner = own_cluster
    url, database = _new_plan(cluster, example_path)
    with cluster.connect(database) as connection:
        setting = connection.execute("SHOW synchronous_commit").fetchone()
    assert setting == ("on",)
    chosen = targets(_fresh(url))
    before = rows_now(cluster, database, chosen)

    stop = tmp_path / "sluta"
    processes = run_clients(url, tmp_path, SERVER_CLIENTS, SERVER_SECONDS, stop=stop)
    _wait_for(
        lambda: sum(o.outcome == "ack" for o in read_logs(tmp_path)) >= 4 * SERVER_CLIENTS,
        "the clients' first edits",
    )
    acked_before = [o for o in read_logs(tmp_path) if o.outcome == "ack"]
    _pg_ctl(cluster, bindir, owner, "stop", "-m", "immediate")
    time.sleep(DOWN_SECONDS)
    _pg_ctl(cluster, bindir, owner, "restart", "-w")
    # The clients go on until each has had an edit acknowledged after the restart.
    restarted = {o.client: o.number for o in read_logs(tmp_path)}
    _wait_for(
        lambda: all(
            any(
                o.client == client and o.outcome == "ack" and o.number > restarted.get(client, 0)
                for o in read_logs(tmp_path)
            )
            for client in range(1, SERVER_CLIENTS + 1)
        ),
        "an edit of each client after the restart",
        SERVER_SECONDS,
    )
    stop.touch()
    for process in processes:
        process.join(timeout=180)
    assert [p.exitcode for p in processes] == [0] * SERVER_CLIENTS

    outcomes = read_logs(tmp_path)
    assert [o.message for o in outcomes if o.outcome == "unexpected"] == []
    lost = [o for o in outcomes if o.outcome == "lost"]
    assert lost, "no client noticed the server going away"
    print(
        f"{len(acked_before)} kvitterade före, {len(lost)} avbrutna, "
        f"{sum(o.outcome == 'ack' for o in outcomes)} kvitterade i allt"
    )
    for outcome in lost:
        assert outcome.message and "Traceback" not in outcome.message
    # Each client that met the outage went on in the same session once the server was back.
    for client in {o.client for o in lost}:
        last_lost = max(o.number for o in lost if o.client == client)
        assert any(
            o.client == client and o.outcome == "ack" and o.number > last_lost for o in outcomes
        ), f"client {client} could not work again after the server came back"
    check_no_edit_lost(chosen, before, rows_now(cluster, database, chosen), outcomes)
    fresh = _fresh(url)
    assert all(snapshot == fresh for snapshot in read_snapshots(tmp_path).values())


def test_while_the_server_is_down_an_edit_is_refused_in_swedish_and_then_goes_through(
    own_cluster: Own, example_path: Path
) -> None:
    cluster, bindir, owner = own_cluster
    url, _ = _new_plan(cluster, example_path)
    with transfer.open_server_plan(parse_address(url), Credentials()) as doc:
        first = read_plan(doc).aktiviteter[0]
        rename = partial(
            items.update_item,
            doc,
            ItemKind.AKTIVITET,
            first.id,
            {"namn": "Efter avbrottet"},
            seen=first.version,
        )
        _pg_ctl(cluster, bindir, owner, "stop", "-m", "immediate")
        try:
            with pytest.raises(ServerError) as opening:
                transfer.open_server_plan(parse_address(url), Credentials())
            assert opening.value.message.startswith("Ingen databasserver lyssnar i ")
            with pytest.raises(Exception) as editing:
                rename()
            said = swedish(editing.value)
            assert isinstance(said, ServerError), editing.value
            assert _fresh_after(cluster, bindir, owner, url).aktiviteter[0] == first
        finally:
            if not (cluster.folder / "data" / "postmaster.pid").exists():
                _pg_ctl(cluster, bindir, owner, "restart", "-w")
        # The same open plan works again: the broken connections were let go.
        rename()
        assert read_plan(doc).aktiviteter[0].namn == "Efter avbrottet"


def _fresh_after(
    cluster: Cluster, bindir: Path, owner: pwd.struct_passwd | None, url: str
) -> PlanSnapshot:
    """Start the server again and read the plan afresh."""
    _pg_ctl(cluster, bindir, owner, "restart", "-w")
    return _fresh(url)


def _pg_ctl(cluster: Cluster, bindir: Path, owner: pwd.struct_passwd | None, *args: str) -> None:
    data, log = cluster.folder / "data", cluster.folder / "postgres.log"
    _run([str(bindir / "pg_ctl"), args[0], "-D", str(data), *args[1:]], owner, log)
