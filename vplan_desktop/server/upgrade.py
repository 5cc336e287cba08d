"""Bringing a database's plans up to this vplan's schema: ``vplan server upgrade``.

A plan on the server is made by the same Alembic migrations as a plan file, in its own
schema; a newer vplan with a new migration refuses to open a plan at an older revision
(``catalog.check_plan_schema``) until the one who looks after the server has run the
migrations on every plan of the database. Each plan is upgraded in a transaction of its own,
so a plan that cannot be upgraded is left as it was and the others still are; the catalogue
is brought to this vplan's format first.

Only the owner of vplan's schemas (who prepared the database and uploaded the plans) or a
superuser may: PostgreSQL lets only a table's owner change it. The plan's rights (grants,
policies, triggers) are made anew after its migrations, so that a new table or column is
protected like the others (and tells open windows of its changes, ``notify_sql``); the
rights' triggers are dropped while the migrations run, so that a migration that rewrites rows
of an adopted plan is not refused by the plan's own freeze.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, exc, text

from vplan_desktop.db.document import known_revisions
from vplan_desktop.db.file_header import SCHEMA_REVISION
from vplan_desktop.errors import RightsError, ServerError
from vplan_desktop.server import catalog, rights
from vplan_desktop.server.address import PlanAddress
from vplan_desktop.server.connection import engine_for, quoted
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.server.notify_sql import install_notify
from vplan_desktop.server.rights_sql import RIGHTS_TRIGGERS

Report = Callable[[str], None]
"""Told one Swedish line per step, as it is done."""


@dataclass(frozen=True)
class Upgraded:
    """What ``upgrade_database`` did: the plans upgraded, already current, and left as they
    were because they could not be upgraded (with the reason)."""

    upgraded: tuple[str, ...]
    current: tuple[str, ...]
    failed: tuple[tuple[str, str], ...]


def revision_of(connection: Connection, schema: str) -> str | None:
    """The Alembic revision of the plan in ``schema``; None when it has no (single) one."""
    table = connection.execute(
        text("SELECT to_regclass(:name)"), {"name": f"{quoted(schema)}.alembic_version"}
    ).scalar()
    if table is None:
        return None
    found = list(
        connection.execute(text(f"SELECT version_num FROM {quoted(schema)}.alembic_version"))
        .scalars()
        .all()
    )
    return str(found[0]) if len(found) == 1 else None


def _plans(connection: Connection) -> list[tuple[str, str]]:
    rows = connection.execute(
        text(f"SELECT namn, schema_namn FROM {catalog.CATALOG}.plan ORDER BY namn")
    ).all()
    return [(str(namn), str(schema)) for namn, schema in rows]


def _not_owned(connection: Connection, schemas: list[str]) -> str | None:
    """The first of ``schemas`` (or of their tables) that the user does not own, if any."""
    found = connection.execute(
        text(
            "SELECT n.nspname FROM pg_namespace n WHERE n.nspname = ANY(:schemas) AND ("
            "NOT pg_has_role(current_user, n.nspowner, 'USAGE') OR EXISTS ("
            "SELECT 1 FROM pg_class c WHERE c.relnamespace = n.oid AND c.relkind IN ('r', 'S') "
            "AND NOT pg_has_role(current_user, c.relowner, 'USAGE'))) ORDER BY n.nspname"
        ),
        {"schemas": schemas},
    ).scalar()
    return None if found is None else str(found)


def _require_owner(connection: Connection, database: str, schemas: list[str]) -> None:
    foreign = _not_owned(connection, [catalog.CATALOG, *schemas])
    if foreign is not None:
        raise RightsError(
            f"Du har inte behörighet att uppgradera planerna i databasen ”{database}”: det får "
            "bara serverns administratör, den som äger vplans scheman (den som förberedde "
            f"databasen och laddade upp planerna) eller en superanvändare. Schemat ”{foreign}” "
            "är inte ditt. Inget ändrades."
        )


def _upgrade_catalog(connection: Connection, database: str) -> bool:
    """The catalogue at this vplan's format (inside the caller's transaction); whether it
    changed. One newer than this vplan is refused by ``require_catalog``."""
    catalog.require_catalog(connection, database)
    catalog.init_database(connection)  # the tables a newer format adds (… IF NOT EXISTS)
    changed = connection.execute(
        text(f"UPDATE {catalog.CATALOG}.databas SET format = :format WHERE format < :format"),
        {"format": catalog.FORMAT},
    ).rowcount
    return bool(changed)


def _drop_triggers(connection: Connection, schema: str) -> None:
    """Drop the triggers of the plan's rights (``rights_sql``), which may refuse a migration's
    writes; ``rights.protect`` makes them again."""
    found = connection.execute(
        text(
            "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE c.relnamespace = cast(:schema AS regnamespace) AND NOT t.tgisinternal "
            "AND t.tgname = ANY(:names)"
        ),
        {"schema": quoted(schema), "names": list(RIGHTS_TRIGGERS)},
    ).all()
    for trigger, table in found:
        connection.execute(
            text(f"DROP TRIGGER {quoted(trigger)} ON {quoted(schema)}.{quoted(table)}")
        )


def _upgrade_plan(
    connection: Connection, database: str, plan: str, schema: str
) -> tuple[bool, str]:
    """Migrate one plan (inside the caller's transaction); whether it was migrated, and the
    line that says what was done."""
    catalog.lock(connection)
    exists = connection.execute(
        text("SELECT 1 FROM pg_namespace WHERE nspname = :schema"), {"schema": schema}
    ).first()
    revision = revision_of(connection, schema) if exists is not None else None
    if revision is None:
        raise ServerError(
            f"Planen ”{plan}” finns i databasens lista men dess tabeller saknas eller är "
            "ofullständiga; den lämnades orörd."
        )
    if revision not in known_revisions():
        raise ServerError(
            f"Planen ”{plan}” är skapad av en nyare vplan (databasversion {revision}); den "
            "lämnades orörd. Uppdatera vplan."
        )
    if revision == SCHEMA_REVISION:
        return False, f"Planen ”{plan}” har redan databasversion {SCHEMA_REVISION}."
    protected = rights.has_rules(connection, schema)
    _drop_triggers(connection, schema)
    catalog.use_schema(connection, schema)
    catalog.migrate(connection)
    catalog.check_plan_schema(connection, plan)
    if protected:
        rights.protect(connection, database, plan, schema)  # with the notifying triggers
    else:
        install_notify(connection, schema)  # a new table tells open windows too
    return True, (
        f"Planen ”{plan}” är uppgraderad från databasversion {revision} till {SCHEMA_REVISION}."
    )


def upgrade_database(
    address: PlanAddress, credentials: Credentials, report: Report = print
) -> Upgraded:
    """Run this vplan's migrations on every plan in ``address``'s database (and bring the
    catalogue to this vplan's format), one plan per transaction; ``report`` is told each
    step in Swedish. Refused as a whole (``RightsError``) for a user who does not own every
    schema of vplan's in the database."""
    engine = engine_for(address, credentials)
    upgraded: list[str] = []
    current: list[str] = []
    failed: list[tuple[str, str]] = []
    try:
        with catalog.statements("uppgradera planerna"), engine.begin() as connection:
            catalog.lock(connection)
            catalog.require_catalog(connection, address.database)
            plans = _plans(connection)
            _require_owner(connection, address.database, [schema for _, schema in plans])
            if _upgrade_catalog(connection, address.database):
                report(f"Databasens lista över planer är uppgraderad till format {catalog.FORMAT}.")
        if not plans:
            report(f"Databasen ”{address.database}” har inga planer att uppgradera.")
        for plan, schema in plans:
            try:
                with catalog.statements(f"uppgradera planen ”{plan}”"), engine.begin() as one:
                    migrated, line = _upgrade_plan(one, address.database, plan, schema)
            except ServerError as error:
                failed.append((plan, error.message))
                report(error.message)
                continue
            except exc.DBAPIError as error:  # a migration the server refused
                reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
                message = f"Planen ”{plan}” kunde inte uppgraderas ({reason}); den lämnades orörd."
                failed.append((plan, message))
                report(message)
                continue
            (upgraded if migrated else current).append(plan)
            report(line)
    finally:
        engine.dispose()
    return Upgraded(tuple(upgraded), tuple(current), tuple(failed))
