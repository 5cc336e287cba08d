"""The goal tree: goals of every level under a målområde, targets in words per year and targets
that compare, activities towards a målområde or the whole plan.

A goal (the table keeps its name ``namndsmal``) gets a level (KF, KS, nämnd, förvaltning or an
uppdrag), a code ("1:2"), a parent goal it breaks down, who is responsible, how it is followed
up and whom it is addressed to. A plan may name the levels its own way (``plan.malniva_*``).

Each målområde's KF text becomes a KF goal at the top of the area, and the area's nämndsmål are
put under it: that is what the text was, the goal the nämnd's goals break down. The area keeps
a description of its own (``beskrivning``), empty at first.

A goal may have a target in words per year (``mal_arstext``); an indicator's target may compare
("≥ 95", ``indikatorvarde.jamforare``) and an indicator may have a target without a year
("långsiktigt"). An activity may be tied to a målområde instead of a goal, may have a revised
end date beside the first, and may be planned by year instead of dates.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from vplan_desktop.db.migrations import schema_number

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA_VERSION = 5


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


MALNIVA = _enum("malniva", "kf", "ks", "namnd", "forvaltning", "uppdrag")
JAMFORARE = "minst", "hogst", "mer_an", "mindre_an", "lika_med"
LEVELS = ("kf", "ks", "namnd", "forvaltning", "uppdrag")


def _text(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.Text(), nullable=False, server_default=sa.text("''"))


def upgrade() -> None:
    with op.batch_alter_table("plan") as batch:
        for level in LEVELS:
            batch.add_column(_text(f"malniva_{level}"))
    with op.batch_alter_table("namndsmal") as batch:
        batch.add_column(sa.Column("overordnat_id", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("niva", MALNIVA, nullable=False, server_default=sa.text("'namnd'"))
        )
        batch.add_column(_text("kod"))
        batch.add_column(_text("ansvarig"))
        batch.add_column(_text("foljs_upp_genom"))
        batch.add_column(_text("adressat"))
        batch.create_index(batch.f("ix_namndsmal_overordnat_id"), ["overordnat_id"])
        batch.create_foreign_key(
            batch.f("fk_namndsmal_overordnat_id_namndsmal"),
            "namndsmal",
            ["overordnat_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch.create_check_constraint("tree", "overordnat_id IS NULL OR overordnat_id <> id")
    _kf_texts_become_goals()
    with op.batch_alter_table("malomrade") as batch:
        batch.drop_column("kf_text")
        batch.add_column(_text("beskrivning"))
    op.create_table(
        "mal_arstext",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("namndsmal_id", sa.Integer(), nullable=False),
        sa.Column("ar", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["namndsmal_id"],
            ["namndsmal.id"],
            name=op.f("fk_mal_arstext_namndsmal_id_namndsmal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mal_arstext")),
        sa.UniqueConstraint("namndsmal_id", "ar", name=op.f("uq_mal_arstext_namndsmal_id_ar")),
    )
    with op.batch_alter_table("indikator") as batch:
        batch.add_column(sa.Column("langsiktigt_tal", sa.String(), nullable=True))
        batch.add_column(sa.Column("langsiktigt_text", sa.Text(), nullable=True))
        batch.add_column(
            sa.Column("langsiktigt_jamforare", _enum("jamforare", *JAMFORARE), nullable=True)
        )
    with op.batch_alter_table("indikatorvarde") as batch:
        batch.add_column(sa.Column("jamforare", _enum("jamforare", *JAMFORARE), nullable=True))
    with op.batch_alter_table("aktivitet") as batch:
        batch.add_column(sa.Column("malomrade_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("slutdatum_reviderat", sa.Date(), nullable=True))
        batch.add_column(sa.Column("ar", sa.Integer(), nullable=True))
        batch.create_index(batch.f("ix_aktivitet_malomrade_id"), ["malomrade_id"])
        batch.create_foreign_key(
            batch.f("fk_aktivitet_malomrade_id_malomrade"),
            "malomrade",
            ["malomrade_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_check_constraint("koppling", "namndsmal_id IS NULL OR malomrade_id IS NULL")
    schema_number(SCHEMA_VERSION)


def _kf_texts_become_goals() -> None:
    """Each area's KF text becomes a KF goal first in the area, over the area's goals."""
    connection = op.get_bind()
    areas = connection.execute(
        sa.text("SELECT id, kf_text, att_granska FROM malomrade WHERE trim(kf_text) <> ''")
    ).all()
    for area_id, kf_text, att_granska in areas:
        connection.execute(
            sa.text("UPDATE namndsmal SET ordning = ordning + 1 WHERE malomrade_id = :area"),
            {"area": area_id},
        )
        # lastrowid, not RETURNING: SQLite before 3.35 (still in some Linux releases) has none.
        kf_goal = connection.execute(
            sa.text(
                "INSERT INTO namndsmal (att_granska, malomrade_id, ordning, niva, text, "
                "beskrivning) VALUES (:granska, :area, 0, 'kf', :text, '')"
            ),
            {"granska": att_granska, "area": area_id, "text": kf_text.strip()},
        ).lastrowid
        connection.execute(
            sa.text(
                "UPDATE namndsmal SET overordnat_id = :kf, ordning = ordning - 1 "
                "WHERE malomrade_id = :area AND id <> :kf"
            ),
            {"kf": kf_goal, "area": area_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("aktivitet") as batch:
        batch.drop_constraint(batch.f("ck_aktivitet_koppling"), type_="check")
        batch.drop_constraint(batch.f("fk_aktivitet_malomrade_id_malomrade"), type_="foreignkey")
        batch.drop_index(batch.f("ix_aktivitet_malomrade_id"))
        batch.drop_column("ar")
        batch.drop_column("slutdatum_reviderat")
        batch.drop_column("malomrade_id")
    with op.batch_alter_table("indikatorvarde") as batch:
        batch.drop_constraint(batch.f("ck_indikatorvarde_jamforare"), type_="check")
        batch.drop_column("jamforare")
    with op.batch_alter_table("indikator") as batch:
        batch.drop_constraint(batch.f("ck_indikator_jamforare"), type_="check")
        batch.drop_column("langsiktigt_jamforare")
        batch.drop_column("langsiktigt_text")
        batch.drop_column("langsiktigt_tal")
    op.drop_table("mal_arstext")
    # Format 4's column order: the text stood after the name.
    order: list[tuple[str, ...]] = [("id", "ordning", "kod", "namn", "kf_text", "att_granska")]
    with op.batch_alter_table("malomrade", partial_reordering=order) as batch:
        batch.drop_column("beskrivning")
        batch.add_column(_text("kf_text"))
    # A top KF goal's text goes back to its area; every goal keeps its place in the area.
    op.execute(
        "UPDATE malomrade SET kf_text = coalesce((SELECT group_concat(text, char(10) || char(10))"
        " FROM namndsmal WHERE namndsmal.malomrade_id = malomrade.id AND niva = 'kf'"
        " AND overordnat_id IS NULL), '')"
    )
    with op.batch_alter_table("malomrade") as batch:
        batch.alter_column("kf_text", existing_type=sa.Text(), server_default=None)
    op.execute("UPDATE namndsmal SET overordnat_id = NULL")
    op.execute("DELETE FROM namndsmal WHERE niva = 'kf' AND malomrade_id IS NOT NULL")
    with op.batch_alter_table("namndsmal") as batch:
        batch.drop_constraint(batch.f("ck_namndsmal_tree"), type_="check")
        batch.drop_constraint(batch.f("fk_namndsmal_overordnat_id_namndsmal"), type_="foreignkey")
        batch.drop_index(batch.f("ix_namndsmal_overordnat_id"))
        batch.drop_constraint(batch.f("ck_namndsmal_malniva"), type_="check")
        for name in ("adressat", "foljs_upp_genom", "ansvarig", "kod", "niva", "overordnat_id"):
            batch.drop_column(name)
    with op.batch_alter_table("plan") as batch:
        for level in reversed(LEVELS):
            batch.drop_column(f"malniva_{level}")
    schema_number(4)
