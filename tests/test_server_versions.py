"""Two people on one plan on a real PostgreSQL server (``tests/pg_cluster.py``): an edit based
on a row the other has changed since is refused with her name (the server's role) and the
time, and a race between two edits of one row lets one through and refuses the other."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql

from tests.pg_cluster import SUPERUSER, Cluster
from tests.server_setup import server_database
from vplan_desktop.db import row_versions
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import ConflictError
from vplan_desktop.sections import ItemKind
from vplan_desktop.server import transfer
from vplan_desktop.server.address import parse_address
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.services import items
from vplan_desktop.services.changes import Change
from vplan_desktop.services.read import read_plan

pytestmark = pytest.mark.slow

ANNA = "anna_svensson"
"""The second person's role on the server."""


@pytest.fixture
def plan_url(pg_cluster: Cluster, example_path: Path) -> Iterator[tuple[str, str]]:
    """The example plan uploaded to a new database; the addresses of it for the first person
    (the test's superuser) and for Anna, a role of her own that may do what the first may."""
    with server_database(pg_cluster, (example_path, "plan")) as database:
        with pg_cluster.connect() as connection:
            with contextlib.suppress(psycopg.errors.DuplicateObject):  # made by an earlier test
                connection.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(ANNA)))
            connection.execute(
                sql.SQL("GRANT {} TO {}").format(sql.Identifier(SUPERUSER), sql.Identifier(ANNA))
            )
        yield pg_cluster.url(database, "plan"), pg_cluster.url(database, "plan", user=ANNA)


def _open(url: str) -> PlanDocument:
    return transfer.open_server_plan(parse_address(url), Credentials())


def test_an_edit_on_an_old_snapshot_is_refused_with_her_name_and_time(
    plan_url: tuple[str, str],
) -> None:
    mine_url, hers_url = plan_url
    with _open(mine_url) as mine, _open(hers_url) as hers:
        seen = read_plan(mine).aktiviteter[0]
        items.update_item(
            hers, ItemKind.AKTIVITET, seen.id, {"namn": "Annas namn"}, seen=seen.version
        )
        before = dt.datetime.now()
        with pytest.raises(ConflictError) as refused:
            items.update_item(
                mine, ItemKind.AKTIVITET, seen.id, {"namn": "Mitt namn"}, seen=seen.version
            )
        assert refused.value.who == ANNA
        when = refused.value.when
        assert when is not None and abs(when - before) < dt.timedelta(minutes=1)
        assert refused.value.message == (
            f"{ANNA} ändrade detta kl. {when:%H.%M} – din ändring gjordes inte."
        )
        # Read again, the view shows her value, at the version her edit made.
        now = read_plan(mine).aktiviteter[0]
        assert (now.namn, now.version) == ("Annas namn", seen.version + 1)
        # On what is there now, the edit goes through; her undo of hers is then refused.
        items.update_item(
            mine, ItemKind.AKTIVITET, seen.id, {"namn": "Mitt namn"}, seen=now.version
        )
        assert read_plan(hers).aktiviteter[0].namn == "Mitt namn"


def test_a_race_between_two_edits_lets_one_through_and_refuses_the_other(
    plan_url: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    mine_url, hers_url = plan_url
    both_have_read = threading.Barrier(2, timeout=30)
    checked = row_versions.check_item

    def check_then_wait(*args: Any) -> None:
        checked(*args)
        both_have_read.wait()  # both transactions hold the row as read before either writes

    monkeypatch.setattr("vplan_desktop.services.items.check_item", check_then_wait)
    with _open(mine_url) as mine, _open(hers_url) as hers:
        seen = read_plan(mine).aktiviteter[0]
        outcomes: dict[str, Change | BaseException] = {}

        def edit(name: str, doc: PlanDocument) -> None:
            try:
                outcomes[name] = items.update_item(
                    doc, ItemKind.AKTIVITET, seen.id, {"namn": f"{name}s namn"}, seen=seen.version
                )
            except BaseException as error:  # the test looks at it below
                outcomes[name] = error

        threads = [
            threading.Thread(target=partial(edit, name, doc))
            for name, doc in (("Erik", mine), ("Anna", hers))
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        refused = [name for name, got in outcomes.items() if isinstance(got, ConflictError)]
        done = [name for name, got in outcomes.items() if isinstance(got, Change)]
        assert len(refused) == 1 and len(done) == 1, outcomes
        error = outcomes[refused[0]]
        assert isinstance(error, ConflictError)
        winner_role = SUPERUSER if done[0] == "Erik" else ANNA
        assert error.who == winner_role
        assert re.fullmatch(
            rf"{winner_role} ändrade detta kl\. \d\d\.\d\d – din ändring gjordes inte\.",
            error.message,
        )
        now = read_plan(mine).aktiviteter[0]
        assert (now.namn, now.version) == (f"{done[0]}s namn", seen.version + 1)
