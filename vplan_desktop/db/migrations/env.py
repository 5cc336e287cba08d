"""Alembic environment: migrates the connection ``PlanDocument`` hands in.

Each revision also sets ``PRAGMA user_version`` to its schema number, so that a newer file is
recognised from its header before anything is opened.
"""

from alembic import context

from vplan_desktop.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
