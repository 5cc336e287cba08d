"""The resultaträkning by cost type: lines such as "Intäkter", "Personalkostnader", "Övriga
kostnader" and "Kapitalkostnader", each with an amount per column of the resultaträkning (in
its unit; intäkter positive, kostnader negative), beside the resultaträkning per verksamhet.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from vplan_desktop.db.migrations import schema_number

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA_VERSION = 7


def upgrade() -> None:
    op.create_table(
        "kostnadsslag_rad",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("att_granska", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("namn", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kostnadsslag_rad")),
    )
    op.create_table(
        "kostnadsslag_belopp",
        sa.Column("rad_id", sa.Integer(), nullable=False),
        sa.Column("kolumn_id", sa.Integer(), nullable=False),
        sa.Column("belopp", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kolumn_id"],
            ["budgetkolumn.id"],
            name=op.f("fk_kostnadsslag_belopp_kolumn_id_budgetkolumn"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["rad_id"],
            ["kostnadsslag_rad.id"],
            name=op.f("fk_kostnadsslag_belopp_rad_id_kostnadsslag_rad"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("rad_id", "kolumn_id", name=op.f("pk_kostnadsslag_belopp")),
    )
    schema_number(SCHEMA_VERSION)


def downgrade() -> None:
    op.drop_table("kostnadsslag_belopp")
    op.drop_table("kostnadsslag_rad")
    schema_number(6)
