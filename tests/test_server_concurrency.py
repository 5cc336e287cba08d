"""Twenty people on one plan on a real PostgreSQL server (``tests/pg_cluster.py``) at once,
each in a process of its own (``tests/concurrent_clients.py``): budget cells, activities'
names and indicators' targets, often the same rows, each edit based on what its client last
read. No acknowledged edit is lost, every edit that did not go through was refused to its
client in Swedish, and in the end every client reads the plan as a fresh read of the
database does.

It runs for ``VPLAN_CONCURRENCY_SECONDS`` seconds (60 where ``CI`` is set, else 15)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.concurrent_clients import (
    check_no_edit_lost,
    read_logs,
    read_snapshots,
    rows_now,
    run_clients,
    targets,
)
from tests.pg_cluster import Cluster
from tests.server_setup import server_database
from vplan_desktop.server import transfer
from vplan_desktop.server.address import parse_address
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.services.read import read_plan

pytestmark = pytest.mark.slow

CLIENTS = 20
SECONDS = float(os.environ.get("VPLAN_CONCURRENCY_SECONDS") or (60 if os.environ.get("CI") else 15))


@pytest.fixture
def plan_url(pg_cluster: Cluster, example_path: Path) -> Iterator[tuple[str, str]]:
    """The example plan uploaded to a new database: its address and the database's name."""
    with server_database(pg_cluster, (example_path, "plan")) as database:
        yield pg_cluster.url(database, "plan"), database


def test_twenty_clients_at_once_lose_no_acknowledged_edit(
    pg_cluster: Cluster, plan_url: tuple[str, str], tmp_path: Path
) -> None:
    url, database = plan_url
    with transfer.open_server_plan(parse_address(url), Credentials()) as doc:
        chosen = targets(read_plan(doc))
    before = rows_now(pg_cluster, database, chosen)

    processes = run_clients(url, tmp_path, CLIENTS, SECONDS)
    for process in processes:
        process.join(timeout=SECONDS + 240)
    assert [p.exitcode for p in processes] == [0] * CLIENTS

    outcomes = read_logs(tmp_path)
    unexpected = [o.message for o in outcomes if o.outcome == "unexpected"]
    assert unexpected == []
    counts = {kind: sum(o.outcome == kind for o in outcomes) for kind in ("ack", "conflict")}
    print(f"{CLIENTS} klienter, {SECONDS:g} s: {counts}, {len(outcomes)} ändringar")
    assert {o.client for o in outcomes} == set(range(1, CLIENTS + 1))
    assert counts["ack"] >= CLIENTS
    assert counts["conflict"] > 0, "no two clients met on a row: the test proved nothing"
    for outcome in outcomes:
        if outcome.outcome == "conflict":
            assert outcome.message.endswith("din ändring gjordes inte."), outcome
        assert outcome.outcome in ("ack", "conflict"), outcome
    check_no_edit_lost(chosen, before, rows_now(pg_cluster, database, chosen), outcomes)

    with transfer.open_server_plan(parse_address(url), Credentials()) as doc:
        fresh = read_plan(doc)
    snapshots = read_snapshots(tmp_path)
    assert sorted(snapshots) == list(range(1, CLIENTS + 1))
    for client, snapshot in snapshots.items():
        assert snapshot == fresh, f"client {client} reads another plan than the database holds"
