"""Whether the resultaträkning is summed: a plan may print its verksamheter's resultaträkningar
each on its own, with no total (one of them a total of others, one outside the nämnd's budget).
Every plan so far was summed.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from vplan_desktop.db.migrations import schema_number

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA_VERSION = 9


def upgrade() -> None:
    with op.batch_alter_table("plan") as batch:
        batch.add_column(
            sa.Column("summa_resultat", sa.Boolean(), nullable=False, server_default=sa.true())
        )
    schema_number(SCHEMA_VERSION)


def downgrade() -> None:
    with op.batch_alter_table("plan") as batch:
        batch.drop_column("summa_resultat")
    schema_number(8)
