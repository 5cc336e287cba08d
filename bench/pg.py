"""A throw-away PostgreSQL cluster for the benchmark's rows about plans on a server.

The cluster is the tests' (``tests.pg_cluster``: ``initdb`` and ``pg_ctl`` in a temporary
folder, a Unix socket, stopped and removed afterwards). Without PostgreSQL's programs the
rows that need it are left out, with a note on standard error saying so.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.pg_cluster import Cluster, find_bindir, start_cluster, stop_cluster

MISSING = "PostgreSQL saknas (ingen initdb/pg_ctl; installera paketet postgresql)"


@contextmanager
def throwaway_cluster(rows: str, *, max_connections: int = 30) -> Iterator[Cluster | None]:
    """A running cluster for the block, or None (and a note naming ``rows``, the rows left
    out) when PostgreSQL is not installed."""
    if find_bindir() is None:
        print(f"Hoppar över {rows}: {MISSING}.", file=sys.stderr)
        yield None
        return
    cluster, bindir, owner = start_cluster(max_connections=max_connections)
    try:
        yield cluster
    finally:
        stop_cluster(cluster, bindir, owner)


def upload(cluster: Cluster, path: Path, database: str = "vplan_bench", plan: str = "stor") -> str:
    """The plan file ``path`` uploaded as ``plan`` to a new database; its address."""
    from vplan_desktop.cli import main  # deferred: the CLI's imports are for these rows

    name = cluster.create_database(database)
    url = cluster.url(name, plan)
    if main(["server", "init", cluster.url(name)]) or main(["server", "upload", str(path), url]):
        raise RuntimeError(f"{path.name} could not be uploaded to the benchmark's server")
    return url
