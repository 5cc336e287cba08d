"""Images in chapters: a table of images kept in the plan file (a PNG or JPEG's bytes, the file's
name and the image's alt text), referenced from a chapter's Markdown as ``bild:ID``.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from vplan_desktop.db.migrations import schema_number

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA_VERSION = 8


def upgrade() -> None:
    op.create_table(
        "bild",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("att_granska", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("namn", sa.Text(), nullable=False, server_default=""),
        sa.Column("alt_text", sa.Text(), nullable=False, server_default=""),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bild")),
    )
    schema_number(SCHEMA_VERSION)


def downgrade() -> None:
    op.drop_table("bild")
    schema_number(7)
