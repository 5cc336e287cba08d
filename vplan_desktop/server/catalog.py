"""The list of plans in a database, kept in the schema ``vplan``.

Each plan lives in a schema of its own (``plan_<name>``), with exactly the tables a plan file
has; the catalogue says which schemas are plans, when each came and from whom. Changes to the
catalogue and the plans' schemas are serialised by one transaction-level advisory lock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, exc, text

import vplan_desktop.db.migrations as migrations_package
from vplan_desktop.db import models as m
from vplan_desktop.db.document import known_revisions
from vplan_desktop.db.file_header import SCHEMA_REVISION
from vplan_desktop.errors import ServerError, ServerUnreachable
from vplan_desktop.server.connection import quoted

CATALOG = "vplan"
FORMAT = 1
"""The catalogue's own format; a newer vplan that changes it raises the number."""
_LOCK = 0x76706C6E  # "vpln", as the plan files' application_id
_MIGRATIONS = Path(migrations_package.__file__).resolve().parent

_INIT = (
    f"CREATE SCHEMA IF NOT EXISTS {CATALOG}",
    f"""CREATE TABLE IF NOT EXISTS {CATALOG}.databas (
        en_rad boolean PRIMARY KEY DEFAULT true CHECK (en_rad),
        format integer NOT NULL,
        skapad timestamp with time zone NOT NULL DEFAULT now()
    )""",
    f"INSERT INTO {CATALOG}.databas (format) VALUES ({FORMAT}) ON CONFLICT DO NOTHING",
    f"""CREATE TABLE IF NOT EXISTS {CATALOG}.plan (
        namn text PRIMARY KEY,
        schema_namn text NOT NULL UNIQUE,
        uppladdad timestamp with time zone NOT NULL DEFAULT now(),
        uppladdad_av text NOT NULL DEFAULT current_user
    )""",
)


def schema_of(plan: str) -> str:
    """The schema that holds the plan named ``plan``."""
    return f"plan_{plan}"


def lock(connection: Connection) -> None:
    """Wait for any other vplan changing the catalogue; held until the transaction ends."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK})


@contextmanager
def statements(what: str) -> Iterator[None]:
    """Errors of the statements in the block as Swedish messages (``what`` is being done)."""
    try:
        yield
    except exc.DBAPIError as error:
        state = getattr(error.orig, "sqlstate", None)
        if state == "42501":
            raise ServerError(
                f"Du saknar behörighet på servern att {what}. Be den som sköter servern om "
                "behörighet."
            ) from None
        if state == "25006":
            raise ServerError(f"Servern tillåter bara läsning; det gick inte att {what}.") from None
        if error.connection_invalidated or state is None or state.startswith("08"):
            raise ServerUnreachable(
                f"Förbindelsen med servern bröts; det gick inte att {what}. Inget ändrades."
            ) from None
        raise


def init_database(connection: Connection) -> bool:
    """Make the catalogue in the database (inside the caller's transaction); False if it
    was already there. Running it again changes nothing."""
    lock(connection)
    existed = _catalog_format(connection) is not None
    for statement in _INIT:
        connection.execute(text(statement))
    return not existed


def _catalog_format(connection: Connection) -> int | None:
    found = connection.execute(text(f"SELECT to_regclass('{CATALOG}.databas')")).scalar()
    if found is None:
        return None
    return connection.execute(text(f"SELECT format FROM {CATALOG}.databas")).scalar()


def require_catalog(connection: Connection, database: str) -> None:
    """Refuse a database without vplan's catalogue, or with a newer one than this vplan's."""
    found = _catalog_format(connection)
    if found is None:
        raise ServerError(
            f"Databasen ”{database}” är inte förberedd för vplan. Den som sköter servern "
            "kör först: vplan server init ADRESS."
        )
    if found > FORMAT:
        raise ServerError(
            f"Databasen ”{database}” är förberedd av en nyare version av vplan. Uppdatera vplan."
        )


def plan_schema(connection: Connection, plan: str) -> str | None:
    """The schema of the plan ``plan``, None if the database has no plan by that name."""
    return connection.execute(
        text(f"SELECT schema_namn FROM {CATALOG}.plan WHERE namn = :namn"), {"namn": plan}
    ).scalar()


def missing_plan(plan: str, database: str) -> ServerError:
    return ServerError(
        f"Planen ”{plan}” finns inte i databasen ”{database}”. "
        "Se vilka planer som finns med: vplan server list ADRESS."
    )


def use_schema(connection: Connection, schema: str) -> None:
    """Make the plan's tables the ones that plain table names mean, for this transaction."""
    connection.execute(
        text("SELECT set_config('search_path', :path, true)"),
        {"path": f"{quoted(schema)}, pg_temp"},
    )


def migrate(connection: Connection) -> None:
    """Run vplan's migrations in the schema ``use_schema`` chose (inside the transaction)."""
    # Deferred: Alembic is slow to import, and only an upload migrates.
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def check_plan_schema(connection: Connection, plan: str) -> None:
    """Refuse a plan's schema that is not exactly the tables and columns of this vplan's
    plan (at the newest revision): nothing on the server is read past or left behind."""
    if connection.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
        raise ServerError(
            f"Planen ”{plan}” finns i databasens lista men dess tabeller saknas på servern. "
            "Den som sköter servern kan återställa planen från en säkerhetskopia."
        )
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalars()
    found = list(revision)
    if len(found) != 1 or found[0] not in known_revisions():
        raise ServerError(
            f"Planen ”{plan}” på servern är skapad av en nyare vplan; uppdatera vplan för att "
            "öppna den."
        )
    if found[0] != SCHEMA_REVISION:
        raise ServerError(
            f"Planen ”{plan}” på servern har en äldre databasversion ({found[0]}) än den här "
            f"vplan ({SCHEMA_REVISION}); be den som sköter servern köra: vplan server upgrade "
            "ADRESS."
        )
    columns: dict[str, set[str]] = {}
    for table, column in connection.execute(
        text(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema()"
        )
    ):
        columns.setdefault(table, set()).add(column)
    expected = {table.name: set(table.columns.keys()) for table in m.Base.metadata.sorted_tables}
    expected["alembic_version"] = {"version_num"}
    if columns != expected:
        differing = sorted(set(columns) ^ set(expected)) or sorted(
            name for name in expected if columns.get(name) != expected[name]
        )
        raise ServerError(
            f"Planen ”{plan}” på servern har ändrats utanför vplan (tabellen "
            f"”{differing[0]}” stämmer inte) och kan inte läsas."
        )


@dataclass(frozen=True)
class ServerPlan:
    """One plan in the catalogue, as ``vplan server list`` shows it."""

    namn: str
    kommun: str
    namnd: str
    forsta_ar: int
    sista_ar: int
    uppladdad: dt.datetime
    uppladdad_av: str


def list_plans(connection: Connection) -> list[ServerPlan]:
    """Every plan in the database the user may read, by name."""
    rows = connection.execute(
        text(
            f"SELECT namn, schema_namn, uppladdad, uppladdad_av FROM {CATALOG}.plan p "
            "WHERE EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspname = p.schema_namn "
            "AND has_schema_privilege(n.oid, 'USAGE')) ORDER BY namn"
        )
    ).all()
    plans = []
    for namn, schema, uppladdad, av in rows:
        kommun, namnd, forsta, sista = connection.execute(
            text(f"SELECT kommun, namnd, forsta_ar, sista_ar FROM {quoted(schema)}.plan")
        ).one()
        plans.append(ServerPlan(namn, kommun, namnd, forsta, sista, uppladdad, av))
    return plans
