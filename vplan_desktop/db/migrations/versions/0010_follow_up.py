"""Follow-ups: periods (delår, årsredovisning) with an assessment per goal, an outcome per
indicator, a status per activity, utfall and prognos per budget row and a result per internal
control; the plan's scale of måluppfyllelse and its threshold for deviations that need a
comment.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from vplan_desktop.db.migrations import schema_number

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA_VERSION = 10

DEFAULT_SCALE = (
    ("Uppfyllt", "#2e7d32", "uppfyllt"),
    ("Delvis uppfyllt", "#f9a825", "delvis"),
    ("Ej uppfyllt", "#c62828", "ej_uppfyllt"),
    ("Går ej att bedöma", "#9e9e9e", "ej_bedomd"),
)


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


def _text(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def _amount(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.String(), nullable=True)


def _keys(table: str, item_column: str, item_table: str) -> list[Any]:
    return [
        sa.Column("uppfoljning_id", sa.Integer(), nullable=False),
        sa.Column(item_column, sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["uppfoljning_id"],
            ["uppfoljning.id"],
            name=op.f(f"fk_{table}_uppfoljning_id_uppfoljning"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            [item_column],
            [f"{item_table}.id"],
            name=op.f(f"fk_{table}_{item_column}_{item_table}"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uppfoljning_id", item_column, name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    with op.batch_alter_table("plan") as batch:
        batch.add_column(
            sa.Column("avvikelsegrans", sa.String(), nullable=False, server_default="5")
        )
    scale = op.create_table(
        "bedomningsniva",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("namn", sa.Text(), nullable=False),
        sa.Column("farg", sa.Text(), nullable=False),
        sa.Column(
            "grad",
            _enum("bedomningsgrad", "uppfyllt", "delvis", "ej_uppfyllt", "ej_bedomd"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bedomningsniva")),
        sa.UniqueConstraint("namn", name=op.f("uq_bedomningsniva_namn")),
    )
    op.bulk_insert(
        scale,
        [
            {"ordning": n, "namn": namn, "farg": farg, "grad": grad}
            for n, (namn, farg, grad) in enumerate(DEFAULT_SCALE)
        ],
    )
    op.create_table(
        "uppfoljning",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("namn", sa.Text(), nullable=False),
        sa.Column("ar", sa.Integer(), nullable=False),
        sa.Column("slag", _enum("uppfoljningslag", "delar", "helar"), nullable=False),
        sa.Column("slutdatum", sa.Date(), nullable=True),
        sa.Column("rapporterad", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("rapporterad_datum", sa.Date(), nullable=True),
        _text("sammanfattning"),
        _text("viktiga_handelser"),
        _text("framtid"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_uppfoljning")),
        sa.UniqueConstraint("namn", name=op.f("uq_uppfoljning_namn")),
    )
    op.create_table(
        "uppfoljning_mal",
        *_keys("uppfoljning_mal", "namndsmal_id", "namndsmal"),
        sa.Column("bedomningsniva_id", sa.Integer(), nullable=True),
        _text("bedomning"),
        _text("orsak"),
        _text("atgard"),
        sa.ForeignKeyConstraint(
            ["bedomningsniva_id"],
            ["bedomningsniva.id"],
            name=op.f("fk_uppfoljning_mal_bedomningsniva_id_bedomningsniva"),
            ondelete="SET NULL",
        ),
    )
    op.create_table(
        "uppfoljning_indikator",
        *_keys("uppfoljning_indikator", "indikator_id", "indikator"),
        _amount("tal"),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("datum", sa.Date(), nullable=True),
        _text("kalla"),
        _text("kommentar"),
    )
    op.create_table(
        "uppfoljning_aktivitet",
        *_keys("uppfoljning_aktivitet", "aktivitet_id", "aktivitet"),
        sa.Column(
            "status",
            _enum("uppfoljningstatus", "ej_paborjad", "pagar", "klar", "avbruten", "senarelagd"),
            nullable=True,
        ),
        _text("kommentar"),
        sa.Column("slutdatum_reviderat", sa.Date(), nullable=True),
    )
    op.create_table(
        "uppfoljning_drift",
        *_keys("uppfoljning_drift", "rad_id", "driftbudget_rad"),
        _amount("utfall"),
        _amount("prognos"),
        _text("kommentar"),
    )
    op.create_table(
        "uppfoljning_resultat",
        *_keys("uppfoljning_resultat", "rad_id", "resultat_rad"),
        _amount("utfall_intakter"),
        _amount("utfall_kostnader"),
        _amount("prognos_intakter"),
        _amount("prognos_kostnader"),
        _text("kommentar"),
    )
    op.create_table(
        "uppfoljning_investering",
        *_keys("uppfoljning_investering", "investering_id", "investering"),
        _amount("utfall"),
        _amount("prognos"),
        _text("kommentar"),
    )
    op.create_table(
        "uppfoljning_kontroll",
        *_keys("uppfoljning_kontroll", "internkontroll_id", "internkontroll"),
        sa.Column("utford", sa.Boolean(), nullable=True),
        _text("avvikelse"),
        _text("atgard"),
    )
    schema_number(SCHEMA_VERSION)


def downgrade() -> None:
    for table in (
        "uppfoljning_kontroll",
        "uppfoljning_investering",
        "uppfoljning_resultat",
        "uppfoljning_drift",
        "uppfoljning_aktivitet",
        "uppfoljning_indikator",
        "uppfoljning_mal",
        "uppfoljning",
        "bedomningsniva",
    ):
        op.drop_table(table)
    with op.batch_alter_table("plan") as batch:
        batch.drop_column("avvikelsegrans")
    schema_number(9)
