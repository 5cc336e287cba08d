"""What the tests of plans on a server set up on the throw-away cluster (``tests/pg_cluster.py``):
a new database made ready for vplan with plans uploaded to it, login roles as IT makes them,
and rights in a plan given with ``vplan server grant``. Each is taken down after the test,
whatever happened in it."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from psycopg import sql

from tests.pg_cluster import Cluster, start_server
from vplan_desktop.cli import main


def unique(name: str) -> str:
    """``name`` with a random tail: each test's roles and databases are its own."""
    return f"{name}_{secrets.token_hex(3)}"


def drop_database(cluster: Cluster, database: str) -> None:
    """Drop ``database`` (closing its connections) and the roles vplan made for its plans."""
    with cluster.connect() as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database))
        )
        roles = connection.execute(
            "SELECT rolname FROM pg_roles WHERE shobj_description(oid, 'pg_authid') LIKE %s",
            [f"vplan: % i databasen {database}"],
        ).fetchall()
        for (role,) in roles:
            connection.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(str(role))))


@contextmanager
def running_again(cluster: Cluster) -> Iterator[Cluster]:
    """A server the test may stop: it is running again afterwards, whatever happened (the
    other tests of the run use it too)."""
    try:
        yield cluster
    finally:
        try:
            with cluster.connect():
                pass
        except Exception:
            start_server(cluster)


def upload(cluster: Cluster, database: str, path: Path, plan: str) -> None:
    """Upload the plan file ``path`` as ``plan`` with ``vplan server upload``."""
    assert main(["server", "upload", str(path), cluster.url(database, plan)]) == 0


@contextmanager
def server_database(cluster: Cluster, *plans: tuple[Path, str], init: bool = True) -> Iterator[str]:
    """A new database, made ready with ``vplan server init`` (unless ``init`` is false) and
    with each ``(file, name)`` of ``plans`` uploaded; dropped afterwards with its plans' roles."""
    database = cluster.create_database(f"vplan_{secrets.token_hex(4)}")
    try:
        if init:
            assert main(["server", "init", cluster.url(database)]) == 0
        for path, plan in plans:
            upload(cluster, database, path, plan)
        yield database
    finally:
        drop_database(cluster, database)


def grant(cluster: Cluster, database: str, plan: str, login: str, *args: str) -> int:
    """``vplan server grant`` of ``plan`` to ``login`` by the database's owner: its exit code."""
    return main(["server", "grant", cluster.url(database, plan), login, *args])


@contextmanager
def login_roles(cluster: Cluster) -> Iterator[Callable[[str], str]]:
    """Makes login roles as IT would (``name`` with a unique tail), dropped afterwards."""
    made: list[str] = []

    def make(name: str) -> str:
        login = unique(name)
        with cluster.connect() as connection:
            connection.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(login)))
        made.append(login)
        return login

    try:
        yield make
    finally:
        with cluster.connect() as connection:
            for login in made:
                connection.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(login)))


@contextmanager
def redaktorer(cluster: Cluster, database: str, plan: str) -> Iterator[Callable[..., str]]:
    """Makes login roles with the redaktör right in ``plan`` (and nothing more), and with
    ``namn`` the name people know her by (``grant … --namn``); dropped afterwards."""
    with login_roles(cluster) as login:

        def make(name: str, namn: str | None = None) -> str:
            user = login(name)
            known = ["--namn", namn] if namn else []
            assert grant(cluster, database, plan, user, "--roll", "redaktör", *known) == 0
            return user

        yield make
