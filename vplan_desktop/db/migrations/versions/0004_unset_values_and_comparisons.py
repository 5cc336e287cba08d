"""Values the user never chose are unset; indicators carry a comparison; key figures have a
målområde, a frequency, footnotes and sub-rows.

A plan's status and an activity's status were filled in with a default ("Utkast", "Ej
påbörjad") that the documents then printed as if someone had decided it. They become NULL
where they still hold that default: from now on only a status someone chose is printed.

An indicator may be compared with something outside the nämnd (the average of the country's
kommuner, say): ``indikator.jamforelse`` names it, and its figure per year is a third kind
of yearly value, ``jamforelse``, beside målnivå and utfall.

A key-figure table may belong to a målområde and be reported at a frequency (månad, kvartal,
tertial, år); its footnotes are printed under it ("* Utan faderskapsutredningar"). A row may be
a sub-row ("varav …", "i familjehem") of the nearest main row above it: ``niva`` 1.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from vplan_desktop.db.migrations import schema_number

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA_VERSION = 4


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


PLAN_STATUS = _enum("planstatus", "utkast", "under_beredning", "antagen")
ACTIVITY_STATUS = _enum("aktivitetstatus", "ej_paborjad", "pagar", "klart", "ej_klart", "avslutat")
FREKVENS = _enum("frekvens", "manad", "kvartal", "tertial", "halvar", "ar", "vartannat_ar")
OLD_SLAG = _enum("vardeslag", "malniva", "utfall")
NEW_SLAG = _enum("vardeslag", "malniva", "utfall", "jamforelse")


def upgrade() -> None:
    with op.batch_alter_table("plan") as batch:
        batch.alter_column("status", existing_type=PLAN_STATUS, nullable=True)
    op.execute("UPDATE plan SET status = NULL WHERE status = 'utkast'")
    with op.batch_alter_table("aktivitet") as batch:
        batch.alter_column("status", existing_type=ACTIVITY_STATUS, nullable=True)
    op.execute("UPDATE aktivitet SET status = NULL WHERE status = 'ej_paborjad'")
    with op.batch_alter_table("indikator") as batch:
        batch.add_column(
            sa.Column("jamforelse", sa.Text(), nullable=False, server_default=sa.text("''"))
        )
    with op.batch_alter_table("indikatorvarde") as batch:
        batch.alter_column("slag", existing_type=OLD_SLAG, type_=NEW_SLAG, nullable=False)
    with op.batch_alter_table("nyckeltal_tabell") as batch:
        batch.add_column(sa.Column("malomrade_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("frekvens", FREKVENS, nullable=True))
        batch.add_column(
            sa.Column("fotnoter", sa.Text(), nullable=False, server_default=sa.text("''"))
        )
        batch.create_index(batch.f("ix_nyckeltal_tabell_malomrade_id"), ["malomrade_id"])
        batch.create_foreign_key(
            batch.f("fk_nyckeltal_tabell_malomrade_id_malomrade"),
            "malomrade",
            ["malomrade_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("nyckeltal_rad") as batch:
        batch.add_column(
            sa.Column("niva", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
        batch.create_check_constraint("niva", "niva IN (0, 1)")
    schema_number(SCHEMA_VERSION)


def downgrade() -> None:
    with op.batch_alter_table("nyckeltal_rad") as batch:
        batch.drop_constraint(batch.f("ck_nyckeltal_rad_niva"), type_="check")
        batch.drop_column("niva")
    with op.batch_alter_table("nyckeltal_tabell") as batch:
        batch.drop_constraint(
            batch.f("fk_nyckeltal_tabell_malomrade_id_malomrade"), type_="foreignkey"
        )
        batch.drop_index(batch.f("ix_nyckeltal_tabell_malomrade_id"))
        batch.drop_constraint(batch.f("ck_nyckeltal_tabell_frekvens"), type_="check")
        batch.drop_column("fotnoter")
        batch.drop_column("frekvens")
        batch.drop_column("malomrade_id")
    op.execute("DELETE FROM indikatorvarde WHERE slag = 'jamforelse'")
    with op.batch_alter_table("indikatorvarde") as batch:
        batch.alter_column("slag", existing_type=NEW_SLAG, type_=OLD_SLAG, nullable=False)
    with op.batch_alter_table("indikator") as batch:
        batch.drop_column("jamforelse")
    op.execute("UPDATE aktivitet SET status = 'ej_paborjad' WHERE status IS NULL")
    with op.batch_alter_table("aktivitet") as batch:
        batch.alter_column("status", existing_type=ACTIVITY_STATUS, nullable=False)
    op.execute("UPDATE plan SET status = 'utkast' WHERE status IS NULL")
    with op.batch_alter_table("plan") as batch:
        batch.alter_column("status", existing_type=PLAN_STATUS, nullable=False)
    schema_number(3)
