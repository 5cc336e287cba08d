"""Review marks: items carried over from last year's plan are "att granska" until looked at.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from vplan_desktop.db.migrations import schema_number

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA_VERSION = 2

REVIEWABLE = [
    "kapitel",
    "malomrade",
    "namndsmal",
    "indikator",
    "aktivitet",
    "driftbudget_rad",
    "resultat_rad",
    "investering",
    "nyckeltal_tabell",
    "internkontroll",
]


def upgrade() -> None:
    for table in REVIEWABLE:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("att_granska", sa.Boolean(), nullable=False, server_default=sa.false())
            )
    with op.batch_alter_table("aktivitet") as batch:
        batch.add_column(sa.Column("overford_fran", sa.Integer(), nullable=True))
    schema_number(SCHEMA_VERSION)


def downgrade() -> None:
    with op.batch_alter_table("aktivitet") as batch:
        batch.drop_column("overford_fran")
    for table in REVIEWABLE:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("att_granska")
    schema_number(1)
