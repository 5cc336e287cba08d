"""Row versions: every row a user edits counts its edits (``version``) and says who changed
it last and when (``andrad_av``, ``andrad_tid``), so that an edit based on a row someone else
has changed since is refused (``db.row_versions``). Existing rows start at version 1, changed
by nobody known.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from vplan_desktop.db.migrations import schema_number

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA_VERSION = 11

VERSIONED = (
    "plan",
    "riskskala_etikett",
    "riskband",
    "kapitel",
    "bild",
    "verksamhet",
    "malomrade",
    "namndsmal",
    "mal_arstext",
    "indikator",
    "indikatorvarde",
    "aktivitet",
    "nyckeltal_tabell",
    "nyckeltal_kolumn",
    "nyckeltal_rad",
    "nyckeltal_varde",
    "internkontroll",
    "budgetkolumn",
    "driftbudget_rad",
    "driftbudget_belopp",
    "kf_ram",
    "resultat_rad",
    "resultat_belopp",
    "kostnadsslag_rad",
    "kostnadsslag_belopp",
    "investering",
    "investering_belopp",
    "bedomningsniva",
    "uppfoljning",
    "uppfoljning_mal",
    "uppfoljning_indikator",
    "uppfoljning_aktivitet",
    "uppfoljning_drift",
    "uppfoljning_resultat",
    "uppfoljning_investering",
    "uppfoljning_kontroll",
)
"""Every table of the plan but the named versions and the log, which are never edited."""


def upgrade() -> None:
    # Plain ALTER TABLE … ADD COLUMN, which SQLite and PostgreSQL both do in place: the
    # same columns batch mode would add, without reflecting 36 tables first (which made
    # every new plan – a rollover, an import – half a second slower).
    for table in VERSIONED:
        op.add_column(
            table, sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1"))
        )
        op.add_column(table, sa.Column("andrad_av", sa.Text(), nullable=False, server_default=""))
        op.add_column(table, sa.Column("andrad_tid", sa.DateTime(), nullable=True))
    schema_number(SCHEMA_VERSION)


def downgrade() -> None:
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("andrad_tid")
            batch.drop_column("andrad_av")
            batch.drop_column("version")
    schema_number(10)
