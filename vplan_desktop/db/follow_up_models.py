"""The follow-ups of a plan: delårsrapporter and the årsredovisning, each a period that holds,
beside the plan and without touching it, an assessment per goal, an outcome per indicator, a
status per activity, utfall and prognos per budget row and a result per internal control.

Every row of a period is keyed by the period and the plan item it follows up; removing either
removes the row. The adoption of the plan does not freeze its follow-ups: a period is frozen
when it is itself marked reported (``Uppfoljning.rapporterad``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from vplan_desktop.db.columns import Base, ValueMixin, Versioned, enum_column
from vplan_desktop.db.enums import Bedomningsgrad, UppfoljningSlag, UppfoljningStatus


class Bedomningsniva(Versioned, Base):
    """A level of the plan's scale of måluppfyllelse: the kommun's own name and colour, and
    what it means (``grad``)."""

    __tablename__ = "bedomningsniva"

    id: Mapped[int] = mapped_column(primary_key=True)
    ordning: Mapped[int]
    namn: Mapped[str] = mapped_column(unique=True)
    farg: Mapped[str]
    """A colour as "#rrggbb"."""
    grad: Mapped[Bedomningsgrad] = mapped_column(enum_column(Bedomningsgrad))


class Uppfoljning(Versioned, Base):
    """A follow-up period ("Delår april 2027") and its summary texts."""

    __tablename__ = "uppfoljning"

    id: Mapped[int] = mapped_column(primary_key=True)
    ordning: Mapped[int]
    namn: Mapped[str] = mapped_column(unique=True)
    ar: Mapped[int]
    """The year followed up: its targets and budget are what the period is measured against."""
    slag: Mapped[UppfoljningSlag] = mapped_column(enum_column(UppfoljningSlag))
    slutdatum: Mapped[dt.date | None]
    """The last day the period covers ("Utfall jan–apr" ends 30 April)."""
    rapporterad: Mapped[bool] = mapped_column(default=False)
    """Reported to the nämnd: the period is frozen, as an adopted plan is."""
    rapporterad_datum: Mapped[dt.date | None]
    sammanfattning: Mapped[str] = mapped_column(default="")
    viktiga_handelser: Mapped[str] = mapped_column(default="")
    framtid: Mapped[str] = mapped_column(default="")


def _period() -> Mapped[int]:
    return mapped_column(ForeignKey("uppfoljning.id", ondelete="CASCADE"), primary_key=True)


def _item(table: str) -> Mapped[int]:
    return mapped_column(ForeignKey(f"{table}.id", ondelete="CASCADE"), primary_key=True)


class UppfoljningMal(Versioned, Base):
    """A goal's måluppfyllelse in a period, the assessment in words and its analysis."""

    __tablename__ = "uppfoljning_mal"

    uppfoljning_id: Mapped[int] = _period()
    namndsmal_id: Mapped[int] = _item("namndsmal")
    bedomningsniva_id: Mapped[int | None] = mapped_column(
        ForeignKey("bedomningsniva.id", ondelete="SET NULL")
    )
    bedomning: Mapped[str] = mapped_column(default="")
    orsak: Mapped[str] = mapped_column(default="")
    atgard: Mapped[str] = mapped_column(default="")


class UppfoljningIndikator(ValueMixin, Versioned, Base):
    """An indicator's outcome for a period (a number or a text), when and where it was taken."""

    __tablename__ = "uppfoljning_indikator"

    uppfoljning_id: Mapped[int] = _period()
    indikator_id: Mapped[int] = _item("indikator")
    tal: Mapped[Decimal | None]
    text: Mapped[str | None]
    datum: Mapped[dt.date | None]
    kalla: Mapped[str] = mapped_column(default="")
    kommentar: Mapped[str] = mapped_column(default="")


class UppfoljningAktivitet(Versioned, Base):
    """Where an activity stands at a period."""

    __tablename__ = "uppfoljning_aktivitet"

    uppfoljning_id: Mapped[int] = _period()
    aktivitet_id: Mapped[int] = _item("aktivitet")
    status: Mapped[UppfoljningStatus | None] = mapped_column(enum_column(UppfoljningStatus))
    kommentar: Mapped[str] = mapped_column(default="")
    slutdatum_reviderat: Mapped[dt.date | None]


class UppfoljningDrift(Versioned, Base):
    """A driftbudget row's utfall so far and prognos for the year (nettokostnad, in the
    driftbudget's unit)."""

    __tablename__ = "uppfoljning_drift"

    uppfoljning_id: Mapped[int] = _period()
    rad_id: Mapped[int] = _item("driftbudget_rad")
    utfall: Mapped[Decimal | None]
    prognos: Mapped[Decimal | None]
    kommentar: Mapped[str] = mapped_column(default="")


class UppfoljningResultat(Versioned, Base):
    """A resultaträkning row's utfall so far and prognos for the year, intäkter and kostnader
    (kostnader negative, as in the plan); netto is their sum."""

    __tablename__ = "uppfoljning_resultat"

    uppfoljning_id: Mapped[int] = _period()
    rad_id: Mapped[int] = _item("resultat_rad")
    utfall_intakter: Mapped[Decimal | None]
    utfall_kostnader: Mapped[Decimal | None]
    prognos_intakter: Mapped[Decimal | None]
    prognos_kostnader: Mapped[Decimal | None]
    kommentar: Mapped[str] = mapped_column(default="")


class UppfoljningInvestering(Versioned, Base):
    """An investment's utfall so far and prognos for the year."""

    __tablename__ = "uppfoljning_investering"

    uppfoljning_id: Mapped[int] = _period()
    investering_id: Mapped[int] = _item("investering")
    utfall: Mapped[Decimal | None]
    prognos: Mapped[Decimal | None]
    kommentar: Mapped[str] = mapped_column(default="")


class UppfoljningKontroll(Versioned, Base):
    """An internal control's result at a period: done or not, what deviated, what is done."""

    __tablename__ = "uppfoljning_kontroll"

    uppfoljning_id: Mapped[int] = _period()
    internkontroll_id: Mapped[int] = _item("internkontroll")
    utford: Mapped[bool | None]
    """None until someone says whether the control was done."""
    avvikelse: Mapped[str] = mapped_column(default="")
    atgard: Mapped[str] = mapped_column(default="")
