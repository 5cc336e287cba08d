"""Alembic migrations of the plan file; run by ``PlanDocument`` when a file is opened, and by
``server.schema`` in a plan's schema on a PostgreSQL server."""

from __future__ import annotations


def schema_number(number: int) -> None:
    """Record the schema number in a plan file's header (``PRAGMA user_version``).

    Only a SQLite file has that header; in a plan on a server the revision in
    ``alembic_version`` says it all.
    """
    from alembic import op  # only migrations call this, with Alembic already loaded

    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA user_version = {number}")
