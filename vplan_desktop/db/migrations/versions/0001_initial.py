"""The initial plan model: front matter, chapters, goals, activities, budget, internkontroll.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from vplan_desktop.db.migrations import schema_number

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA_VERSION = 1


def upgrade() -> None:
    op.create_table(
        "budgetkolumn",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "tabell",
            sa.Enum(
                "drift",
                "resultat",
                name="budgettabell",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column(
            "slag",
            sa.Enum(
                "bokslut",
                "budget",
                "prognos",
                "plan",
                name="kolumnslag",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("ar", sa.Integer(), nullable=False),
        sa.Column("anmarkning", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budgetkolumn")),
        sa.UniqueConstraint("tabell", "slag", "ar", name=op.f("uq_budgetkolumn_tabell_slag_ar")),
    )
    op.create_table(
        "internkontroll",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("process", sa.Text(), nullable=False),
        sa.Column("risk", sa.Text(), nullable=False),
        sa.Column("sannolikhet", sa.Integer(), nullable=True),
        sa.Column("konsekvens", sa.Integer(), nullable=True),
        sa.Column("kontrollmoment", sa.Text(), nullable=False),
        sa.Column("kontrollansvar", sa.Text(), nullable=False),
        sa.Column("frekvens", sa.Text(), nullable=False),
        sa.Column("metod", sa.Text(), nullable=False),
        sa.Column("rapportering_till", sa.Text(), nullable=False),
        sa.Column("rapportering_nar", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_internkontroll")),
    )
    op.create_table(
        "investering",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("projekt", sa.Text(), nullable=False),
        sa.Column("projektnummer", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_investering")),
    )
    op.create_table(
        "kapitel",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("rubrik", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("omvarldsanalys", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kapitel")),
    )
    op.create_table(
        "kf_ram",
        sa.Column("ar", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("belopp", sa.Integer(), nullable=False),
        sa.Column("beslut", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("ar", name=op.f("pk_kf_ram")),
    )
    op.create_table(
        "malomrade",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("kod", sa.Text(), nullable=False),
        sa.Column("namn", sa.Text(), nullable=False),
        sa.Column("kf_text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_malomrade")),
    )
    op.create_table(
        "nyckeltal_tabell",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("rubrik", sa.Text(), nullable=False),
        sa.Column("enhet", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nyckeltal_tabell")),
    )
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kommun", sa.Text(), nullable=False),
        sa.Column("namnd", sa.Text(), nullable=False),
        sa.Column("forvaltning", sa.Text(), nullable=False),
        sa.Column("titel", sa.Text(), nullable=False),
        sa.Column("forsta_ar", sa.Integer(), nullable=False),
        sa.Column("sista_ar", sa.Integer(), nullable=False),
        sa.Column("ordforande", sa.Text(), nullable=False),
        sa.Column("ordforande_parti", sa.Text(), nullable=False),
        sa.Column("forvaltningschef", sa.Text(), nullable=False),
        sa.Column("diarienummer", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "utkast",
                "under_beredning",
                "antagen",
                name="planstatus",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("antagen_datum", sa.Date(), nullable=True),
        sa.Column("antagen_paragraf", sa.Text(), nullable=False),
        sa.Column("riskskala", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_plan_en_plan")),
        sa.CheckConstraint("riskskala IN (4, 5)", name=op.f("ck_plan_riskskala")),
        sa.CheckConstraint(
            "sista_ar >= forsta_ar AND sista_ar - forsta_ar <= 3", name=op.f("ck_plan_period")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
    )
    op.create_table(
        "riskband",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("till_och_med", sa.Integer(), nullable=False),
        sa.Column("farg", sa.Text(), nullable=False),
        sa.Column("namn", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_riskband")),
    )
    op.create_table(
        "riskskala_etikett",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "axel",
            sa.Enum(
                "sannolikhet",
                "konsekvens",
                name="riskaxel",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("niva", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_riskskala_etikett")),
        sa.UniqueConstraint("axel", "niva", name=op.f("uq_riskskala_etikett_axel_niva")),
    )
    op.create_table(
        "verksamhet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("namn", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verksamhet")),
        sa.UniqueConstraint("namn", name=op.f("uq_verksamhet_namn")),
    )
    op.create_table(
        "driftbudget_rad",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("verksamhet_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["verksamhet_id"],
            ["verksamhet.id"],
            name=op.f("fk_driftbudget_rad_verksamhet_id_verksamhet"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_driftbudget_rad")),
        sa.UniqueConstraint("verksamhet_id", name=op.f("uq_driftbudget_rad_verksamhet_id")),
    )
    op.create_table(
        "investering_belopp",
        sa.Column("investering_id", sa.Integer(), nullable=False),
        sa.Column("ar", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("belopp", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["investering_id"],
            ["investering.id"],
            name=op.f("fk_investering_belopp_investering_id_investering"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("investering_id", "ar", name=op.f("pk_investering_belopp")),
    )
    op.create_table(
        "namndsmal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("malomrade_id", sa.Integer(), nullable=True),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("beskrivning", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["malomrade_id"],
            ["malomrade.id"],
            name=op.f("fk_namndsmal_malomrade_id_malomrade"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_namndsmal")),
    )
    with op.batch_alter_table("namndsmal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_namndsmal_malomrade_id"), ["malomrade_id"], unique=False
        )

    op.create_table(
        "nyckeltal_kolumn",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tabell_id", sa.Integer(), nullable=False),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("rubrik", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tabell_id"],
            ["nyckeltal_tabell.id"],
            name=op.f("fk_nyckeltal_kolumn_tabell_id_nyckeltal_tabell"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nyckeltal_kolumn")),
    )
    with op.batch_alter_table("nyckeltal_kolumn", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_nyckeltal_kolumn_tabell_id"), ["tabell_id"], unique=False
        )

    op.create_table(
        "nyckeltal_rad",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tabell_id", sa.Integer(), nullable=False),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("namn", sa.Text(), nullable=False),
        sa.Column("enhet", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tabell_id"],
            ["nyckeltal_tabell.id"],
            name=op.f("fk_nyckeltal_rad_tabell_id_nyckeltal_tabell"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nyckeltal_rad")),
    )
    with op.batch_alter_table("nyckeltal_rad", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_nyckeltal_rad_tabell_id"), ["tabell_id"], unique=False)

    op.create_table(
        "resultat_rad",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("verksamhet_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["verksamhet_id"],
            ["verksamhet.id"],
            name=op.f("fk_resultat_rad_verksamhet_id_verksamhet"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resultat_rad")),
        sa.UniqueConstraint("verksamhet_id", name=op.f("uq_resultat_rad_verksamhet_id")),
    )
    op.create_table(
        "aktivitet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("namn", sa.Text(), nullable=False),
        sa.Column("beskrivning", sa.Text(), nullable=False),
        sa.Column("namndsmal_id", sa.Integer(), nullable=True),
        sa.Column("ansvarig", sa.Text(), nullable=False),
        sa.Column("startdatum", sa.Date(), nullable=True),
        sa.Column("slutdatum", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "ej_paborjad",
                "pagar",
                "klart",
                "ej_klart",
                "avslutat",
                name="aktivitetstatus",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("verksamhet_id", sa.Integer(), nullable=True),
        sa.Column("kostnad_tkr", sa.String(), nullable=True),
        sa.Column("egen_tid", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kostnad_tkr IS NULL OR NOT egen_tid", name=op.f("ck_aktivitet_kostnad")
        ),
        sa.ForeignKeyConstraint(
            ["namndsmal_id"],
            ["namndsmal.id"],
            name=op.f("fk_aktivitet_namndsmal_id_namndsmal"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["verksamhet_id"],
            ["verksamhet.id"],
            name=op.f("fk_aktivitet_verksamhet_id_verksamhet"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aktivitet")),
    )
    with op.batch_alter_table("aktivitet", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_aktivitet_namndsmal_id"), ["namndsmal_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_aktivitet_verksamhet_id"), ["verksamhet_id"], unique=False
        )

    op.create_table(
        "driftbudget_belopp",
        sa.Column("rad_id", sa.Integer(), nullable=False),
        sa.Column("kolumn_id", sa.Integer(), nullable=False),
        sa.Column("belopp", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kolumn_id"],
            ["budgetkolumn.id"],
            name=op.f("fk_driftbudget_belopp_kolumn_id_budgetkolumn"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["rad_id"],
            ["driftbudget_rad.id"],
            name=op.f("fk_driftbudget_belopp_rad_id_driftbudget_rad"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("rad_id", "kolumn_id", name=op.f("pk_driftbudget_belopp")),
    )
    op.create_table(
        "indikator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("namndsmal_id", sa.Integer(), nullable=False),
        sa.Column("ordning", sa.Integer(), nullable=False),
        sa.Column("namn", sa.Text(), nullable=False),
        sa.Column("enhet", sa.Text(), nullable=False),
        sa.Column(
            "riktning",
            sa.Enum(
                "hogre_battre",
                "lagre_battre",
                "ingen",
                name="riktning",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column(
            "frekvens",
            sa.Enum(
                "manad",
                "kvartal",
                "tertial",
                "halvar",
                "ar",
                "vartannat_ar",
                name="frekvens",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("kalla", sa.Text(), nullable=False),
        sa.Column("kolada_id", sa.Text(), nullable=False),
        sa.Column("varje_ar", sa.Boolean(), nullable=False),
        sa.Column("nulage_ar", sa.Integer(), nullable=True),
        sa.Column("nulage_tal", sa.String(), nullable=True),
        sa.Column("nulage_text", sa.Text(), nullable=True),
        sa.Column("nulage_ar_malniva", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["namndsmal_id"],
            ["namndsmal.id"],
            name=op.f("fk_indikator_namndsmal_id_namndsmal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indikator")),
    )
    with op.batch_alter_table("indikator", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_indikator_namndsmal_id"), ["namndsmal_id"], unique=False
        )

    op.create_table(
        "nyckeltal_varde",
        sa.Column("rad_id", sa.Integer(), nullable=False),
        sa.Column("kolumn_id", sa.Integer(), nullable=False),
        sa.Column("tal", sa.String(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["kolumn_id"],
            ["nyckeltal_kolumn.id"],
            name=op.f("fk_nyckeltal_varde_kolumn_id_nyckeltal_kolumn"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["rad_id"],
            ["nyckeltal_rad.id"],
            name=op.f("fk_nyckeltal_varde_rad_id_nyckeltal_rad"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("rad_id", "kolumn_id", name=op.f("pk_nyckeltal_varde")),
    )
    op.create_table(
        "resultat_belopp",
        sa.Column("rad_id", sa.Integer(), nullable=False),
        sa.Column("kolumn_id", sa.Integer(), nullable=False),
        sa.Column("intakter", sa.Integer(), nullable=True),
        sa.Column("kostnader", sa.Integer(), nullable=True),
        sa.Column("netto", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["kolumn_id"],
            ["budgetkolumn.id"],
            name=op.f("fk_resultat_belopp_kolumn_id_budgetkolumn"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["rad_id"],
            ["resultat_rad.id"],
            name=op.f("fk_resultat_belopp_rad_id_resultat_rad"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("rad_id", "kolumn_id", name=op.f("pk_resultat_belopp")),
    )
    op.create_table(
        "indikatorvarde",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indikator_id", sa.Integer(), nullable=False),
        sa.Column(
            "slag",
            sa.Enum(
                "malniva",
                "utfall",
                name="vardeslag",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("ar", sa.Integer(), nullable=False),
        sa.Column("tal", sa.String(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["indikator_id"],
            ["indikator.id"],
            name=op.f("fk_indikatorvarde_indikator_id_indikator"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indikatorvarde")),
        sa.UniqueConstraint(
            "indikator_id", "slag", "ar", name=op.f("uq_indikatorvarde_indikator_id_slag_ar")
        ),
    )
    schema_number(SCHEMA_VERSION)


def downgrade() -> None:
    op.drop_table("indikatorvarde")
    op.drop_table("resultat_belopp")
    op.drop_table("nyckeltal_varde")
    with op.batch_alter_table("indikator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indikator_namndsmal_id"))

    op.drop_table("indikator")
    op.drop_table("driftbudget_belopp")
    with op.batch_alter_table("aktivitet", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_aktivitet_verksamhet_id"))
        batch_op.drop_index(batch_op.f("ix_aktivitet_namndsmal_id"))

    op.drop_table("aktivitet")
    op.drop_table("resultat_rad")
    with op.batch_alter_table("nyckeltal_rad", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_nyckeltal_rad_tabell_id"))

    op.drop_table("nyckeltal_rad")
    with op.batch_alter_table("nyckeltal_kolumn", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_nyckeltal_kolumn_tabell_id"))

    op.drop_table("nyckeltal_kolumn")
    with op.batch_alter_table("namndsmal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_namndsmal_malomrade_id"))

    op.drop_table("namndsmal")
    op.drop_table("investering_belopp")
    op.drop_table("driftbudget_rad")
    op.drop_table("verksamhet")
    op.drop_table("riskskala_etikett")
    op.drop_table("riskband")
    op.drop_table("plan")
    op.drop_table("nyckeltal_tabell")
    op.drop_table("malomrade")
    op.drop_table("kf_ram")
    op.drop_table("kapitel")
    op.drop_table("investering")
    op.drop_table("internkontroll")
    op.drop_table("budgetkolumn")
    schema_number(0)
