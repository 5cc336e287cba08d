"""The budget's tables: columns, driftbudget and resultaträkning rows, KF:s ram, cost types and
investments, with their amounts per column or year (``Decimal`` in the table's unit)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vplan_desktop.db.columns import Base, Versioned, enum_column
from vplan_desktop.db.enums import BudgetTabell, KolumnSlag


class BudgetKolumn(Versioned, Base):
    """A year column of the driftbudget or the resultaträkning: a kind and a year."""

    __tablename__ = "budgetkolumn"
    __table_args__ = (UniqueConstraint("tabell", "slag", "ar"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tabell: Mapped[BudgetTabell] = mapped_column(enum_column(BudgetTabell))
    ordning: Mapped[int]
    slag: Mapped[KolumnSlag] = mapped_column(enum_column(KolumnSlag))
    ar: Mapped[int]
    anmarkning: Mapped[str] = mapped_column(default="")
    angiven_summa: Mapped[Decimal | None]
    """The column's total as the plan prints it (the nettokostnad), kept as given even where
    it differs from the sum of the rows; None: the sum of the rows."""


class DriftbudgetRad(Versioned, Base):
    """A verksamhet's row in the driftbudget (net amounts in the table's unit)."""

    __tablename__ = "driftbudget_rad"

    id: Mapped[int] = mapped_column(primary_key=True)
    att_granska: Mapped[bool] = mapped_column(default=False)
    """Carried over from last year's plan and not yet looked at."""
    ordning: Mapped[int]
    verksamhet_id: Mapped[int] = mapped_column(
        ForeignKey("verksamhet.id", ondelete="CASCADE"), unique=True
    )
    belopp: Mapped[list[DriftbudgetBelopp]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class DriftbudgetBelopp(Versioned, Base):
    __tablename__ = "driftbudget_belopp"

    rad_id: Mapped[int] = mapped_column(
        ForeignKey("driftbudget_rad.id", ondelete="CASCADE"), primary_key=True
    )
    kolumn_id: Mapped[int] = mapped_column(
        ForeignKey("budgetkolumn.id", ondelete="CASCADE"), primary_key=True
    )
    belopp: Mapped[Decimal]


class KfRam(Versioned, Base):
    """KF's budget frame (ram) for one year, in the driftbudget's unit."""

    __tablename__ = "kf_ram"

    ar: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    belopp: Mapped[Decimal]
    beslut: Mapped[str] = mapped_column(default="")


class ResultatRad(Versioned, Base):
    """A verksamhet's rows in the resultaträkning."""

    __tablename__ = "resultat_rad"

    id: Mapped[int] = mapped_column(primary_key=True)
    att_granska: Mapped[bool] = mapped_column(default=False)
    """Carried over from last year's plan and not yet looked at."""
    ordning: Mapped[int]
    verksamhet_id: Mapped[int] = mapped_column(
        ForeignKey("verksamhet.id", ondelete="CASCADE"), unique=True
    )
    belopp: Mapped[list[ResultatBelopp]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class ResultatBelopp(Versioned, Base):
    """Intäkter (positive), kostnader (negative) and netto of one row in one column."""

    __tablename__ = "resultat_belopp"

    rad_id: Mapped[int] = mapped_column(
        ForeignKey("resultat_rad.id", ondelete="CASCADE"), primary_key=True
    )
    kolumn_id: Mapped[int] = mapped_column(
        ForeignKey("budgetkolumn.id", ondelete="CASCADE"), primary_key=True
    )
    intakter: Mapped[Decimal | None]
    kostnader: Mapped[Decimal | None]
    netto: Mapped[Decimal | None]


class KostnadsslagRad(Versioned, Base):
    """A line of the resultaträkning by cost type ("Personalkostnader"): its amount per
    column of the resultaträkning, intäkter positive and kostnader negative."""

    __tablename__ = "kostnadsslag_rad"

    id: Mapped[int] = mapped_column(primary_key=True)
    att_granska: Mapped[bool] = mapped_column(default=False)
    """Carried over from last year's plan and not yet looked at."""
    ordning: Mapped[int]
    namn: Mapped[str]
    belopp: Mapped[list[KostnadsslagBelopp]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class KostnadsslagBelopp(Versioned, Base):
    __tablename__ = "kostnadsslag_belopp"

    rad_id: Mapped[int] = mapped_column(
        ForeignKey("kostnadsslag_rad.id", ondelete="CASCADE"), primary_key=True
    )
    kolumn_id: Mapped[int] = mapped_column(
        ForeignKey("budgetkolumn.id", ondelete="CASCADE"), primary_key=True
    )
    belopp: Mapped[Decimal]


class Investering(Versioned, Base):
    """An investment project or project group."""

    __tablename__ = "investering"

    id: Mapped[int] = mapped_column(primary_key=True)
    att_granska: Mapped[bool] = mapped_column(default=False)
    """Carried over from last year's plan and not yet looked at."""
    ordning: Mapped[int]
    projekt: Mapped[str]
    projektnummer: Mapped[str] = mapped_column(default="")
    belopp: Mapped[list[InvesteringBelopp]] = relationship(
        order_by="InvesteringBelopp.ar", cascade="all, delete-orphan", passive_deletes=True
    )


class InvesteringBelopp(Versioned, Base):
    __tablename__ = "investering_belopp"

    investering_id: Mapped[int] = mapped_column(
        ForeignKey("investering.id", ondelete="CASCADE"), primary_key=True
    )
    ar: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    """A year of the plan's investment period, or one before it (history)."""
    belopp: Mapped[Decimal | None]
    """The budgeted or planned amount, in the investments' unit."""
    utfall: Mapped[Decimal | None]
    """What the project actually cost that year."""
