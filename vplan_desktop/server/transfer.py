"""Plans between a file and the server: upload, download, and reading a plan on the server.

A plan file is copied with SQLite's backup API (``db.copying``), which cannot write into
PostgreSQL; between a file and the server the rows are copied table by table through the
models' own tables (``copy_rows``), the one copier for both directions. The target is always
made by vplan's migrations first, so both ends have the same tables, and the ids are kept,
so the copy is the same plan, row for row.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, delete, insert, select, text, update

from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument, check_file
from vplan_desktop.errors import ServerError
from vplan_desktop.server import catalog, names, rights
from vplan_desktop.server.address import PlanAddress
from vplan_desktop.server.connection import engine_for, quoted
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.server.notify_sql import install_where_missing

_BATCH = 500


def copy_rows(source: Connection, target: Connection) -> int:
    """Copy every row of every plan table from ``source`` into ``target``, parents before
    children, in place of what ``target`` held (the rows its migrations put there, such as
    the default assessment scale); returns how many rows were copied.

    A row that points at another row of its own table (a goal under a goal) is written
    without that reference first and given it once all the table's rows are in, so the
    order of the ids does not matter.
    """
    for table in reversed(m.Base.metadata.sorted_tables):
        target.execute(delete(table))
    copied = 0
    for table in m.Base.metadata.sorted_tables:
        own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
        key = list(table.primary_key.columns)
        rows = [dict(row) for row in source.execute(select(table).order_by(*key)).mappings()]
        for start in range(0, len(rows), _BATCH):
            batch = rows[start : start + _BATCH]
            if own:
                batch = [{**row, **dict.fromkeys(own)} for row in batch]
            target.execute(insert(table), batch)
        for name in own:
            linked = [row for row in rows if row[name] is not None]
            for row in linked:
                where = [column == row[column.name] for column in key]
                target.execute(update(table).where(*where).values({name: row[name]}))
        copied += len(rows)
    return copied


def _continue_ids(connection: Connection) -> None:
    """Let the server's id sequences go on after the copied ids (PostgreSQL does not move a
    sequence when a row is written with its id given)."""
    for table in m.Base.metadata.sorted_tables:
        column = table.autoincrement_column
        if column is None:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                f"coalesce((SELECT max({quoted(column.name)}) FROM {quoted(table.name)}), 0) + 1, "
                "false)"
            ),
            {"table": quoted(table.name), "column": column.name},
        )


def upload(
    source: Path, address: PlanAddress, credentials: Credentials, *, replace: bool = False
) -> int:
    """Copy the plan file ``source`` to the server as the plan ``address`` names, in one
    transaction; a plan already there by that name is replaced only with ``replace``.
    Returns the number of rows copied."""
    plan = address.needs_plan()
    schema = catalog.schema_of(plan)
    with PlanDocument.open(source, read_only=True) as doc:
        engine = engine_for(address, credentials)
        try:
            with (
                catalog.statements(f"ladda upp planen ”{plan}”"),
                engine.begin() as server,
                doc.reading() as session,
            ):
                catalog.lock(server)
                catalog.require_catalog(server, address.database)
                existing = catalog.plan_schema(server, plan)
                if existing is not None and not replace:
                    raise ServerError(
                        f"Planen ”{plan}” finns redan på servern. Ange --ja för att ersätta den."
                    )
                if existing is not None:
                    server.execute(text(f"DROP SCHEMA {quoted(existing)} CASCADE"))
                    server.execute(
                        text(f"DELETE FROM {catalog.CATALOG}.plan WHERE namn = :namn"),
                        {"namn": plan},
                    )
                _refuse_foreign_schema(server, schema)
                server.execute(text(f"CREATE SCHEMA {quoted(schema)}"))
                catalog.use_schema(server, schema)
                catalog.migrate(server)
                copied = copy_rows(session.connection(), server)
                _continue_ids(server)
                server.execute(
                    text(
                        f"INSERT INTO {catalog.CATALOG}.plan (namn, schema_namn) "
                        "VALUES (:namn, :schema)"
                    ),
                    {"namn": plan, "schema": schema},
                )
                # Last, once the rows are in: the triggers would refuse an adopted plan's.
                rights.protect(server, address.database, plan, schema)
        finally:
            engine.dispose()
    return copied


def _refuse_foreign_schema(connection: Connection, schema: str) -> None:
    found = connection.execute(
        text("SELECT 1 FROM pg_namespace WHERE nspname = :name"), {"name": schema}
    ).first()
    if found is not None:
        raise ServerError(
            f"Databasen har redan ett schema ”{schema}” som inte är en vplan-plan; planen "
            "laddades inte upp. Välj ett annat namn på planen."
        )


def _enter_plan(server: Connection, address: PlanAddress) -> None:
    """Check that the plan is there and readable, and make its tables the plain names."""
    plan = address.needs_plan()
    catalog.require_catalog(server, address.database)
    schema = catalog.plan_schema(server, plan)
    if schema is None:
        raise catalog.missing_plan(plan, address.database)
    catalog.use_schema(server, schema)
    catalog.check_plan_schema(server, plan)


def download(address: PlanAddress, target: Path, credentials: Credentials) -> int:
    """Write the plan on the server to the new plan file ``target`` (an ordinary plan that
    opens without the server), from one consistent read of it. Returns the rows copied."""
    plan = address.needs_plan()
    engine = engine_for(address, credentials)
    try:
        with (
            catalog.statements(f"ladda ner planen ”{plan}”"),
            engine.connect() as connection,
        ):
            server = connection.execution_options(isolation_level="REPEATABLE READ")
            with server.begin():
                server.execute(text("SET TRANSACTION READ ONLY"))
                _enter_plan(server, address)
                with PlanDocument.create(target) as doc:
                    with doc.transaction() as session:
                        copied = copy_rows(server, session.connection())
                    # The same checks as any plan file opened: nothing odd from the server.
                    check_file(doc.file)
    finally:
        engine.dispose()
    return copied


def plan_engine(address: PlanAddress, credentials: Credentials) -> Engine:
    """An engine on the plan ``address`` names, after checking that it is one this vplan
    reads; its connections see the plan's tables by their plain names."""
    plan = address.needs_plan()
    probe = engine_for(address, credentials)
    try:
        with catalog.statements(f"läsa planen ”{plan}”"), probe.begin() as server:
            _enter_plan(server, address)
            schema = catalog.plan_schema(server, plan)
    finally:
        probe.dispose()
    assert schema is not None  # _enter_plan refused a missing plan
    return engine_for(address, credentials, schema=schema)


def open_server_plan(address: PlanAddress, credentials: Credentials) -> PlanDocument:
    """The plan on the server as a ``PlanDocument``: read (and written) through the same
    services as a plan file. Close it when done."""
    engine = plan_engine(address, credentials)
    document = PlanDocument(Path(address.needs_plan()), read_only=False, engine=engine)
    document.names = names.name_of  # a conflict names "Anna Svensson", not her login role
    return document


def init_database(address: PlanAddress, credentials: Credentials) -> bool:
    """Prepare the database for vplan's plans; False if it already was."""
    engine = engine_for(address, credentials)
    try:
        with catalog.statements("förbereda databasen för vplan"), engine.begin() as server:
            made = catalog.init_database(server)
            install_where_missing(server)  # plans from a vplan before the notifications
            return made
    finally:
        engine.dispose()


def plan_exists(address: PlanAddress, credentials: Credentials) -> bool:
    """Whether the database already has the plan ``address`` names."""
    plan = address.needs_plan()
    engine = engine_for(address, credentials)
    try:
        with catalog.statements("läsa listan över planer"), engine.begin() as server:
            catalog.require_catalog(server, address.database)
            return catalog.plan_schema(server, plan) is not None
    finally:
        engine.dispose()


def list_plans(address: PlanAddress, credentials: Credentials) -> list[catalog.ServerPlan]:
    engine = engine_for(address, credentials)
    try:
        with catalog.statements("läsa listan över planer"), engine.begin() as server:
            catalog.require_catalog(server, address.database)
            return catalog.list_plans(server)
    finally:
        engine.dispose()
