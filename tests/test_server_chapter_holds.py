"""A chapter's text is written by one window at a time: the advisory-lock holds of
``server.chapter_holds`` against a real throw-away server (``tests/pg_cluster.py``), with two
real login roles that each have only their redaktör right in the plan."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.pg_cluster import Cluster, start_server, stop_server
from tests.server_setup import redaktorer, server_database
from vplan_desktop.errors import ServerError
from vplan_desktop.server.address import parse_address
from vplan_desktop.server.chapter_holds import ChapterHolds, Held, Holder, lock_key
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.server.session import ServerSession

PLAN = "exempel"


@pytest.fixture
def database(pg_cluster: Cluster, example_path: Path) -> Iterator[str]:
    """A database with the example plan; dropped after the test with the plan's roles."""
    with server_database(pg_cluster, (example_path, PLAN)) as name:
        yield name


@pytest.fixture
def redaktor(pg_cluster: Cluster, database: str) -> Iterator[Callable[..., str]]:
    """Makes a login role with the redaktör right in the plan (and nothing more), and with
    ``namn`` the name people know her by."""
    with redaktorer(pg_cluster, database, PLAN) as make:
        yield make


def _holds(cluster: Cluster, database: str, user: str) -> ChapterHolds:
    return ChapterHolds(parse_address(cluster.url(database, PLAN, user=user)), Credentials())


def _chapters(cluster: Cluster, database: str) -> list[int]:
    with cluster.connect(database) as connection:
        rows = connection.execute(f"SELECT id FROM plan_{PLAN}.kapitel ORDER BY id").fetchall()
    return [int(str(row[0])) for row in rows]


def _version(cluster: Cluster, database: str, chapter: int) -> int:
    with cluster.connect(database) as connection:
        row = connection.execute(
            f"SELECT version FROM plan_{PLAN}.kapitel WHERE id = %s", [chapter]
        ).fetchone()
    assert row is not None
    return int(str(row[0]))


def _wait_free(holds: ChapterHolds, chapter: int) -> None:
    """The server lets go of a closed connection's locks as its backend ends: soon."""
    deadline = time.monotonic() + 10
    while holds.holder(chapter) is not None:
        assert time.monotonic() < deadline, "the lock outlived its connection"
        time.sleep(0.05)


@pytest.mark.slow
def test_one_window_at_a_time_and_the_others_are_told_who_and_since_when(
    pg_cluster: Cluster, database: str, redaktor: Callable[..., str]
) -> None:
    anna, bert = redaktor("anna", "Anna Svensson"), redaktor("bert")
    first, second = _chapters(pg_cluster, database)[:2]
    a, b = _holds(pg_cluster, database, anna), _holds(pg_cluster, database, bert)
    try:
        assert b.holder(first) is None  # nobody writes it yet
        before = dt.datetime.now().replace(second=0, microsecond=0)
        taken = a.take(first)
        assert taken == Held(_version(pg_cluster, database, first))
        assert a.held == first and a.holder(first) is None  # her own hold is no one else's

        refused = b.take(first)
        assert isinstance(refused, Holder)
        assert refused.name == "Anna Svensson" and not refused.yourself
        assert refused.since is not None
        assert before <= refused.since <= dt.datetime.now()
        assert refused.message(today=refused.since.date()) == (
            "Kapitlet redigeras av Anna Svensson sedan kl. "
            f"{refused.since.hour:02d}.{refused.since.minute:02d}."
        )
        assert b.holder(first) == refused and b.held is None
        # Another chapter is free all the same; taking it again changes nothing.
        assert isinstance(b.take(second), Held) and isinstance(b.take(second), Held)
        assert isinstance(a.take(second), Holder)

        a.release(first)
        assert b.holder(first) is None
        # Taking the first lets go of the second: a window writes one chapter at a time.
        assert isinstance(b.take(first), Held)
        assert b.held == first and a.holder(second) is None
        assert isinstance(a.take(first), Holder)
        assert isinstance(a.take(second), Held)
    finally:
        a.close()
        b.close()


@pytest.mark.slow
def test_a_closed_or_broken_connection_lets_go(
    pg_cluster: Cluster, database: str, redaktor: Callable[..., str]
) -> None:
    anna, bert = redaktor("anna"), redaktor("bert")
    chapter = _chapters(pg_cluster, database)[0]
    a, b = _holds(pg_cluster, database, anna), _holds(pg_cluster, database, bert)
    try:
        assert isinstance(a.take(chapter), Held)
        a.close()  # as closing the plan does
        _wait_free(b, chapter)
        with pytest.raises(ServerError, match="stängd"):
            a.take(chapter)  # a closed plan asks nothing of the server again

        # vplan gone without a word (a crash, a dropped network): the server ends the
        # backend, and with it the hold.
        c = _holds(pg_cluster, database, anna)
        assert isinstance(c.take(chapter), Held) and c.still_held(chapter)
        assert isinstance(b.take(chapter), Holder)
        with pg_cluster.connect(database) as connection:
            connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                [anna],
            )
        _wait_free(b, chapter)
        assert isinstance(b.take(chapter), Held)
        # The broken connection says so once (the window asks every few seconds whether it
        # still holds the chapter), and the next call connects anew.
        with pytest.raises(ServerError, match="Förbindelsen med servern bröts"):
            c.still_held(chapter)
        assert c.held is None and not c.still_held(chapter)
        refused = c.take(chapter)
        assert isinstance(refused, Holder) and refused.name == bert
        c.close()
    finally:
        b.close()


@pytest.mark.slow
def test_the_same_user_in_two_windows_is_told_it_is_herself(
    pg_cluster: Cluster, database: str, redaktor: Callable[..., str]
) -> None:
    anna = redaktor("anna")
    chapter = _chapters(pg_cluster, database)[0]
    a, b = _holds(pg_cluster, database, anna), _holds(pg_cluster, database, anna)
    try:
        assert isinstance(a.take(chapter), Held)
        refused = b.take(chapter)
        assert isinstance(refused, Holder) and refused.yourself
        assert refused.message().startswith("Kapitlet redigeras av dig i ett annat fönster sedan")
    finally:
        a.close()
        b.close()


def test_the_message_names_the_day_when_the_hold_began_before_today() -> None:
    since = dt.datetime(2026, 11, 28, 9, 5)
    holder = Holder("Anna Svensson", since)
    assert holder.message(today=dt.date(2026, 11, 28)) == (
        "Kapitlet redigeras av Anna Svensson sedan kl. 09.05."
    )
    assert holder.message(today=dt.date(2026, 11, 29)) == (
        "Kapitlet redigeras av Anna Svensson sedan 2026-11-28 kl. 09.05."
    )
    assert Holder("", None).message() == "Kapitlet redigeras av någon annan."


def test_the_lock_key_is_the_plans_and_the_chapters() -> None:
    assert lock_key("plan_a", 7) == lock_key("plan_a", 7)
    assert lock_key("plan_a", 7)[1] == 7
    assert lock_key("plan_a", 7)[0] != lock_key("plan_b", 7)[0]
    assert all(-(2**31) <= lock_key(f"plan_{n}", 1)[0] < 2**31 for n in range(200))


@pytest.fixture
def stopped(pg_cluster: Cluster, database: str) -> Iterator[Cluster]:
    """The server can be stopped in the test; it is running again after it, whatever
    happened (before ``database`` is dropped; the other tests of the run use it too)."""
    yield pg_cluster
    try:
        with pg_cluster.connect():
            pass
    except Exception:
        start_server(pg_cluster)


def _backend(holds: ChapterHolds) -> int:
    connection = holds._connection
    assert connection is not None and not connection.closed
    row = connection.execute("SELECT pg_backend_pid()").fetchone()
    assert row is not None
    return int(row[0])


@pytest.mark.slow
def test_a_reconnected_window_takes_its_chapter_again_on_a_new_connection(
    stopped: Cluster, database: str, redaktor: Callable[..., str]
) -> None:
    anna, bert = redaktor("anna", "Anna Svensson"), redaktor("bert", "Bert Ek")
    first, second = _chapters(stopped, database)[:2]
    session = ServerSession.open(
        parse_address(stopped.url(database, PLAN, user=anna)), Credentials()
    )
    b = _holds(stopped, database, bert)
    try:
        holds = session.chapter_holds
        assert isinstance(holds.take(first), Held)
        before = _backend(holds)
        stop_server(stopped)  # the network goes: every connection breaks
        start_server(stopped)
        session.reconnect()
        # Taken again, on a connection of its own: the others see her hold it.
        assert holds.held == first and _backend(holds) != before
        assert holds.still_held(first)
        refused = b.take(first)
        assert isinstance(refused, Holder) and refused.name == "Anna Svensson"

        # Someone else takes the chapter while her connection is down: after the reconnect
        # she no longer holds it, and the editor's next look says who does.
        assert isinstance(holds.take(second), Held)
        stop_server(stopped)
        start_server(stopped)
        with pytest.raises(ServerError, match="Förbindelsen med servern bröts"):
            b.take(second)  # his connection broke too: said once, the next call connects anew
        assert isinstance(b.take(second), Held)
        session.reconnect()
        assert holds.held is None and not holds.still_held(second)
        taken = holds.holder(second)
        assert taken is not None and taken.name == "Bert Ek"
        assert holds.renew() is None  # nothing held: nothing taken
    finally:
        b.close()
        session.close()
