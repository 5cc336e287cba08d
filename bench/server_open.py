"""Opening the large plan from the server, as the window does (``python -m bench --only
server``): a ``ServerSession`` (connection, the plan's schema checked, the user's rights
read) and the first reading of the whole plan, over the throw-away cluster's Unix socket."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bench.pg import throwaway_cluster, upload
from vplan_desktop.services.read import read_plan

Timed = Callable[[Callable[[], object]], list[float]]


def server_open_rows(path: Path, timed: Timed) -> list[tuple[str, list[float], str]]:
    """The row of opening the plan ``path`` from the server, or none without PostgreSQL."""
    with throwaway_cluster("raden om att öppna planen från servern") as cluster:
        if cluster is None:
            return []
        from vplan_desktop.server.address import parse_address
        from vplan_desktop.server.credentials import Credentials
        from vplan_desktop.server.session import ServerSession

        address = parse_address(upload(cluster, path))

        def open_and_read() -> None:
            session = ServerSession.open(address, Credentials())
            try:
                read_plan(session.document)
            finally:
                session.close()

        open_and_read()  # the first connection and query plans are not what is measured
        times = timed(open_and_read)
    return [("Öppna och läsa planen från servern (PostgreSQL, lokalt)", times, "–")]
