"""Budget tables as municipalities print them: a unit per table (tkr or mnkr) with amounts kept
exactly as written in it, a printed total kept as given, outcome and deviation columns, and
investments with history years and actual costs.

Every amount column becomes an exact decimal (stored as text, like indicator values): 12,3 mnkr
is 12.3 with the unit mnkr, never 12300. The plan has a unit for the driftbudget (and KF's
ram), one for the resultaträkning and one for the investments; "tkr" for plans written
before, whose amounts are whole tkr and read unchanged.

A budget column may carry the total the plan prints (``angiven_summa``): it is printed as given
even where it differs from the sum of the rows (validation warns). Columns may be of the kinds
utfall (the outcome so far) and avvikelse (budget minus prognos, computed). An investment's
amount per year is its budget or plan (``belopp``, now optional) and may have an outcome
(``utfall``); its years may lie before the plan (history).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from vplan_desktop.db.migrations import schema_number

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA_VERSION = 6


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


UNIT = ("tkr", "mnkr")
OLD_SLAG = _enum("kolumnslag", "bokslut", "budget", "prognos", "plan")
NEW_SLAG = _enum("kolumnslag", "bokslut", "budget", "utfall", "prognos", "avvikelse", "plan")
AMOUNTS = {
    "driftbudget_belopp": [("belopp", False)],
    "kf_ram": [("belopp", False)],
    "resultat_belopp": [("intakter", True), ("kostnader", True), ("netto", True)],
    "investering_belopp": [("belopp", True)],
}
"""Each table's amount columns and whether they may be blank (after the upgrade)."""


def upgrade() -> None:
    with op.batch_alter_table("plan") as batch:
        for table in ("drift", "resultat", "investering"):
            batch.add_column(
                sa.Column(
                    f"enhet_{table}",
                    _enum(f"enhet_{table}", *UNIT),
                    nullable=False,
                    server_default=sa.text("'tkr'"),
                )
            )
    for table, columns in AMOUNTS.items():
        with op.batch_alter_table(table) as batch:
            for name, nullable in columns:
                batch.alter_column(
                    name, existing_type=sa.Integer(), type_=sa.String(), nullable=nullable
                )
    with op.batch_alter_table("investering_belopp") as batch:
        batch.add_column(sa.Column("utfall", sa.String(), nullable=True))
    with op.batch_alter_table("budgetkolumn") as batch:
        batch.add_column(sa.Column("angiven_summa", sa.String(), nullable=True))
        batch.alter_column("slag", existing_type=OLD_SLAG, type_=NEW_SLAG, nullable=False)
    schema_number(SCHEMA_VERSION)


def downgrade() -> None:
    """Back to whole tkr: amounts in mnkr are converted, decimals rounded; what format 5 has
    no place for (outcome and deviation columns, investment outcomes, printed totals) goes."""
    for kind in ("drift", "resultat", "investering"):
        tables = {
            "drift": [("driftbudget_belopp", "belopp"), ("kf_ram", "belopp")],
            "resultat": [
                ("resultat_belopp", "intakter"),
                ("resultat_belopp", "kostnader"),
                ("resultat_belopp", "netto"),
            ],
            "investering": [("investering_belopp", "belopp")],
        }[kind]
        for table, column in tables:
            op.execute(
                f"UPDATE {table} SET {column} = CAST({column} AS REAL) * 1000 "
                f"WHERE (SELECT enhet_{kind} FROM plan) = 'mnkr' AND {column} IS NOT NULL"
            )
            op.execute(
                f"UPDATE {table} SET {column} = CAST(round(CAST({column} AS REAL)) AS INTEGER) "
                f"WHERE {column} IS NOT NULL"
            )
    op.execute("DELETE FROM investering_belopp WHERE belopp IS NULL")
    op.execute("DELETE FROM budgetkolumn WHERE slag IN ('utfall', 'avvikelse')")
    with op.batch_alter_table("budgetkolumn") as batch:
        batch.alter_column("slag", existing_type=NEW_SLAG, type_=OLD_SLAG, nullable=False)
        batch.drop_column("angiven_summa")
    with op.batch_alter_table("investering_belopp") as batch:
        batch.drop_column("utfall")
    for table, columns in AMOUNTS.items():
        with op.batch_alter_table(table) as batch:
            for name, _ in columns:
                batch.alter_column(
                    name,
                    existing_type=sa.String(),
                    type_=sa.Integer(),
                    nullable=table == "resultat_belopp",
                )
    with op.batch_alter_table("plan") as batch:
        for table in ("investering", "resultat", "drift"):
            batch.drop_constraint(batch.f(f"ck_plan_enhet_{table}"), type_="check")
            batch.drop_column(f"enhet_{table}")
    schema_number(5)
