"""Named versions kept in the plan, and the plan's own log of events.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from vplan_desktop.db.migrations import schema_number

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA_VERSION = 3


def upgrade() -> None:
    op.create_table(
        "sparad_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("namn", sa.Text(), nullable=False),
        sa.Column("skapad", sa.DateTime(), nullable=False),
        sa.Column("innehall", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sparad_version")),
    )
    op.create_table(
        "logg",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tid", sa.DateTime(), nullable=False),
        sa.Column("anvandare", sa.Text(), nullable=False),
        sa.Column("handelse", sa.Text(), nullable=False),
        sa.Column("orsak", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_logg")),
    )
    schema_number(SCHEMA_VERSION)


def downgrade() -> None:
    op.drop_table("logg")
    op.drop_table("sparad_version")
    schema_number(2)
