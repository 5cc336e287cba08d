"""The plan model: one SQLite file holds one plan.

The ``plan`` table has exactly one row; every other table belongs to that plan and so needs no
plan key. Ordered lists carry an ``ordning`` column. Amounts are whole tkr (``int``); other
numbers are ``Decimal`` stored as text so that no value is ever rounded through a float.
Indicator and key-figure values are a number (``tal``), a text (``text``) or blank (both None).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from vplan_desktop.db.enums import (
    AktivitetStatus,
    BeloppEnhet,
    BudgetTabell,
    Frekvens,
    Jamforare,
    KolumnSlag,
    MalNiva,
    PlanStatus,
    Riktning,
    RiskAxel,
    VardeSlag,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal kept exactly, as its canonical text (SQLite has no decimal type)."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str) -> str:
    """``value`` without control characters (tab and line breaks stay), lone surrogates or
    the non-characters U+FFFE/U+FFFF: none of them can be written to Word, Excel or PDF."""
    return _NOT_TEXT.sub("", value) if _NOT_TEXT.search(value) else value


class CleanText(TypeDecorator[str]):
    """Text that is always writable into a document, whichever way it came into the file."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else clean_text(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else clean_text(str(value))


def _enum(cls: type[Any], name: str | None = None) -> Enum:
    """A choice stored as its value, checked by a constraint named after the enum (or
    ``name``, where one table has several columns of the same enum)."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [m.value for m in members],
        name=name or cls.__name__.lower(),
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 (SQLAlchemy reads this class attribute)
        Decimal: DecimalText(),
        dt.date: Date(),
        str: CleanText(),
    }


class ValueMixin:
    """A number, a text, or blank."""

    tal: Mapped[Decimal | None]
    text: Mapped[str | None]

    @property
    def value(self) -> Decimal | str | None:
        return self.tal if self.tal is not None else self.text

    @value.setter
    def value(self, value: Decimal | str | None) -> None:
        self.tal = value if isinstance(value, Decimal) else None
        self.text = value if isinstance(value, str) else None


class Plan(Base):
    """The front matter and the plan-wide settings."""

    __tablename__ = "plan"
    __table_args__ = (
        CheckConstraint("id = 1", name="en_plan"),
        CheckConstraint("sista_ar >= forsta_ar AND sista_ar - forsta_ar <= 3", name="period"),
        CheckConstraint("riskskala IN (4, 5)", name="riskskala"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kommun: Mapped[str]
    namnd: Mapped[str]
    forvaltning: Mapped[str] = mapped_column(default="")
    titel: Mapped[str]
    forsta_ar: Mapped[int]
    sista_ar: Mapped[int]
    ordforande: Mapped[str] = mapped_column(default="")
    ordforande_parti: Mapped[str] = mapped_column(default="")
    forvaltningschef: Mapped[str] = mapped_column(default="")
    diarienummer: Mapped[str] = mapped_column(default="")
    status: Mapped[PlanStatus | None] = mapped_column(_enum(PlanStatus))
    """None until someone sets it: the documents print only a status someone chose."""
    antagen_datum: Mapped[dt.date | None]
    antagen_paragraf: Mapped[str] = mapped_column(default="")
    riskskala: Mapped[int] = mapped_column(Integer, default=4)
    malniva_kf: Mapped[str] = mapped_column(default="")
    """The kommun's own name for KF's goals ("Kommunfullmäktiges prioriterade mål"); empty
    for vplan's ("KF:s mål"). Likewise for the other levels."""
    malniva_ks: Mapped[str] = mapped_column(default="")
    malniva_namnd: Mapped[str] = mapped_column(default="")
    malniva_forvaltning: Mapped[str] = mapped_column(default="")
    malniva_uppdrag: Mapped[str] = mapped_column(default="")
    enhet_drift: Mapped[BeloppEnhet] = mapped_column(
        _enum(BeloppEnhet, "enhet_drift"), default=BeloppEnhet.TKR
    )
    """The unit of the driftbudget's amounts and KF's ram; amounts are stored as written in
    it (12,3 mnkr is 12.3, never 12300)."""
    enhet_resultat: Mapped[BeloppEnhet] = mapped_column(
        _enum(BeloppEnhet, "enhet_resultat"), default=BeloppEnhet.TKR
    )
    enhet_investering: Mapped[BeloppEnhet] = mapped_column(
        _enum(BeloppEnhet, "enhet_investering"), default=BeloppEnhet.TKR
    )


class RiskEtikett(Base):
    """The name of one level on one axis of the risk scale ("Möjlig", "Kännbar")."""

    __tablename__ = "riskskala_etikett"
    __table_args__ = (UniqueConstraint("axel", "niva"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    axel: Mapped[RiskAxel] = mapped_column(_enum(RiskAxel))
    niva: Mapped[int]
    text: Mapped[str]


class RiskBand(Base):
    """A colour band of the risk matrix: risk values up to ``till_och_med`` get ``farg``."""

    __tablename__ = "riskband"

    id: Mapped[int] = mapped_column(primary_key=True)
    ordning: Mapped[int]
    till_och_med: Mapped[int]
    farg: Mapped[str]
    namn: Mapped[str] = mapped_column(default="")


class Kapitel(Base):
    """A narrative chapter; its body is Markdown."""

    __tablename__ = "kapitel"

    id: Mapped[int] = mapped_column(primary_key=True)
    att_granska: Mapped[bool] = mapped_column(default=False)
    """Carried over from last year's plan and not yet looked at."""
    ordning: Mapped[int]
    rubrik: Mapped[str]
    text: Mapped[str] = mapped_column(default="")
    omvarldsanalys: Mapped[bool] = mapped_column(default=False)


class Verksamhet(Base):
    """A unit or line of operations; budget rows and activities belong to one."""

    __tablename__ = "verksamhet"

    id: Mapped[int] = mapped_column(primary_key=True)
    ordning: Mapped[int]
    namn: Mapped[str] = mapped_column(unique=True)


class Malomrade(Base):
    """A goal area or perspective set by KF: the top of the goal tree."""

    __tablename__ = "malomrade"

    id: Mapped[int] = mapped_column(primary_key=True)
    att_granska: Mapped[bool] = mapped_column(default=False)
    """Carried over from last year's plan and not yet looked at."""
    ordning: Mapped[int]
    kod: Mapped[str] = mapped_column(default="")
    namn: Mapped[str]
    beskrivning: Mapped[str] = mapped_column(default="")
    """What the area is about, printed under its heading (KF's goals are goals of the tree)."""

    namndsmal: Mapped[list[Namndsmal]] = relationship(
        back_populates="malomrade",
        order_by="Namndsmal.ordning",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class Namndsmal(Base):
    """A goal of the goal tree: KF's, KS's, the nämnd's, the förvaltning's, or an uppdrag;
    under one målområde (or none yet, e.g. after an import) and under at most one parent
    goal, whose målområde it shares. The table keeps its first name, from when every goal was
    a nämndsmål."""

    __tablename__ = "namndsmal"
    __table_args__ = (CheckConstraint("overordnat_id IS NULL OR overordnat_id <> id", name="tree"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    att_granska: Mapped[bool] = mapped_column(default=False)
    """Carried over from last year's plan and not yet looked at."""
    malomrade_id: Mapped[int | None] = mapped_column(
        ForeignKey("malomrade.id", ondelete="CASCADE"), index=True
    )
    overordnat_id: Mapped[int | None] = mapped_column(
        ForeignKey("namndsmal.id", ondelete="CASCADE"), index=True
    )
    """The goal this one breaks down (a KF goal above a nämndsmål); None at the top."""
    ordning: Mapped[int]
    """The place among the goals with the same målområde and parent."""
    niva: Mapped[MalNiva] = mapped_column(_enum(MalNiva), default=MalNiva.NAMND)
    kod: Mapped[str] = mapped_column(default="")
    """The goal's number or code as the kommun writes it ("4", "1:2", "KF 3")."""
    text: Mapped[str]
    beskrivning: Mapped[str] = mapped_column(default="")
    ansvarig: Mapped[str] = mapped_column(default="")
    foljs_upp_genom: Mapped[str] = mapped_column(default="")
    """How the goal is followed up ("Brukarenkät en gång per år")."""
    adressat: Mapped[str] = mapped_column(default="")
    """Whom an uppdrag or goal is addressed to ("Samtliga nämnder")."""

    malomrade: Mapped[Malomrade | None] = relationship(back_populates="namndsmal")
    arstexter: Mapped[list[MalArstext]] = relationship(
        order_by="MalArstext.ar", cascade="all, delete-orphan", passive_deletes=True
    )
    indikatorer: Mapped[list[Indikator]] = relationship(
        back_populates="namndsmal",
        order_by="Indikator.ordning",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class MalArstext(Base):
    """A goal's target for one year in words ("Mål 2027: En modell finns klar"), for goals
    that are followed up without a number."""

    __tablename__ = "mal_arstext"
    __table_args__ = (UniqueConstraint("namndsmal_id", "ar"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    namndsmal_id: Mapped[int] = mapped_column(ForeignKey("namndsmal.id", ondelete="CASCADE"))
    ar: Mapped[int]
    text: Mapped[str]


class Indikator(Base):
    """How a nämndsmål is measured: a baseline (nuläge) and a value per year."""

    __tablename__ = "indikator"

    id: Mapped[int] = mapped_column(primary_key=True)
    att_granska: Mapped[bool] = mapped_column(default=False)
    """Carried over from last year's plan and not yet looked at."""
    namndsmal_id: Mapped[int] = mapped_column(
        ForeignKey("namndsmal.id", ondelete="CASCADE"), index=True
    )
    ordning: Mapped[int]
    namn: Mapped[str]
    enhet: Mapped[str] = mapped_column(default="")
    riktning: Mapped[Riktning] = mapped_column(_enum(Riktning), default=Riktning.INGEN)
    frekvens: Mapped[Frekvens | None] = mapped_column(_enum(Frekvens))
    kalla: Mapped[str] = mapped_column(default="")
    kolada_id: Mapped[str] = mapped_column(default="")
    jamforelse: Mapped[str] = mapped_column(default="")
    """What the outcomes are compared with ("Medel i riket"); its figures are the values of
    kind ``VardeSlag.JAMFORELSE``."""
    varje_ar: Mapped[bool] = mapped_column(default=True)
    nulage_ar: Mapped[int | None]
    nulage_tal: Mapped[Decimal | None]
    nulage_text: Mapped[str | None]
    nulage_ar_malniva: Mapped[bool] = mapped_column(default=False)
    langsiktigt_tal: Mapped[Decimal | None]
    """A target without a year ("minst 4 procent långsiktigt"): a number, a text, or neither."""
    langsiktigt_text: Mapped[str | None]
    langsiktigt_jamforare: Mapped[Jamforare | None] = mapped_column(_enum(Jamforare))

    namndsmal: Mapped[Namndsmal] = relationship(back_populates="indikatorer")
    varden: Mapped[list[IndikatorVarde]] = relationship(
        order_by="(IndikatorVarde.slag, IndikatorVarde.ar)",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    @property
    def nulage(self) -> Decimal | str | None:
        return self.nulage_tal if self.nulage_tal is not None else self.nulage_text

    @nulage.setter
    def nulage(self, value: Decimal | str | None) -> None:
        self.nulage_tal = value if isinstance(value, Decimal) else None
        self.nulage_text = value if isinstance(value, str) else None

    @property
    def langsiktigt(self) -> Decimal | str | None:
        return self.langsiktigt_tal if self.langsiktigt_tal is not None else self.langsiktigt_text

    @langsiktigt.setter
    def langsiktigt(self, value: Decimal | str | None) -> None:
        self.langsiktigt_tal = value if isinstance(value, Decimal) else None
        self.langsiktigt_text = value if isinstance(value, str) else None


class IndikatorVarde(ValueMixin, Base):
    """A target (målnivå), an outcome (utfall) or a comparison figure of an indicator for one
    year; a year may lie before the plan (history) or after it (a long-range target)."""

    __tablename__ = "indikatorvarde"
    __table_args__ = (UniqueConstraint("indikator_id", "slag", "ar"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indikator_id: Mapped[int] = mapped_column(ForeignKey("indikator.id", ondelete="CASCADE"))
    slag: Mapped[VardeSlag] = mapped_column(_enum(VardeSlag))
    ar: Mapped[int]
    tal: Mapped[Decimal | None]
    text: Mapped[str | None]
    jamforare: Mapped[Jamforare | None] = mapped_column(_enum(Jamforare))
    """How a target compares ("≥ 95"); None for an exact figure or a text."""


class Aktivitet(Base):
    """An activity towards a goal (of any level, an uppdrag among them), towards a målområde,
    or, with neither, towards the plan as a whole."""

    __tablename__ = "aktivitet"
    __table_args__ = (
        CheckConstraint("kostnad_tkr IS NULL OR NOT egen_tid", name="kostnad"),
        CheckConstraint("namndsmal_id IS NULL OR malomrade_id IS NULL", name="koppling"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    att_granska: Mapped[bool] = mapped_column(default=False)
    """Carried over from last year's plan and not yet looked at."""
    ordning: Mapped[int]
    namn: Mapped[str]
    beskrivning: Mapped[str] = mapped_column(default="")
    namndsmal_id: Mapped[int | None] = mapped_column(
        ForeignKey("namndsmal.id", ondelete="SET NULL"), index=True
    )
    malomrade_id: Mapped[int | None] = mapped_column(
        ForeignKey("malomrade.id", ondelete="SET NULL"), index=True
    )
    """The målområde of an activity not tied to one goal."""
    ansvarig: Mapped[str] = mapped_column(default="")
    startdatum: Mapped[dt.date | None]
    slutdatum: Mapped[dt.date | None]
    slutdatum_reviderat: Mapped[dt.date | None]
    """A later end date, when the first (``slutdatum``) no longer holds; both are printed."""
    ar: Mapped[int | None]
    """The year the activity is done, for one planned by year rather than by dates."""
    status: Mapped[AktivitetStatus | None] = mapped_column(_enum(AktivitetStatus))
    """None until someone sets it (never printed as "Ej påbörjad" by default)."""
    verksamhet_id: Mapped[int | None] = mapped_column(
        ForeignKey("verksamhet.id", ondelete="SET NULL"), index=True
    )
    kostnad_tkr: Mapped[Decimal | None]
    egen_tid: Mapped[bool] = mapped_column(default=False)
    overford_fran: Mapped[int | None]
    """The first year of the plan this activity was carried over from."""


class BudgetKolumn(Base):
    """A year column of the driftbudget or the resultaträkning: a kind and a year."""

    __tablename__ = "budgetkolumn"
    __table_args__ = (UniqueConstraint("tabell", "slag", "ar"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tabell: Mapped[BudgetTabell] = mapped_column(_enum(BudgetTabell))
    ordning: Mapped[int]
    slag: Mapped[KolumnSlag] = mapped_column(_enum(KolumnSlag))
    ar: Mapped[int]
    anmarkning: Mapped[str] = mapped_column(default="")
    angiven_summa: Mapped[Decimal | None]
    """The column's total as the plan prints it (the nettokostnad), kept as given even where
    it differs from the sum of the rows; None: the sum of the rows."""


class DriftbudgetRad(Base):
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


class DriftbudgetBelopp(Base):
    __tablename__ = "driftbudget_belopp"

    rad_id: Mapped[int] = mapped_column(
        ForeignKey("driftbudget_rad.id", ondelete="CASCADE"), primary_key=True
    )
    kolumn_id: Mapped[int] = mapped_column(
        ForeignKey("budgetkolumn.id", ondelete="CASCADE"), primary_key=True
    )
    belopp: Mapped[Decimal]


class KfRam(Base):
    """KF's budget frame (ram) for one year, in the driftbudget's unit."""

    __tablename__ = "kf_ram"

    ar: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    belopp: Mapped[Decimal]
    beslut: Mapped[str] = mapped_column(default="")


class ResultatRad(Base):
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


class ResultatBelopp(Base):
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


class KostnadsslagRad(Base):
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


class KostnadsslagBelopp(Base):
    __tablename__ = "kostnadsslag_belopp"

    rad_id: Mapped[int] = mapped_column(
        ForeignKey("kostnadsslag_rad.id", ondelete="CASCADE"), primary_key=True
    )
    kolumn_id: Mapped[int] = mapped_column(
        ForeignKey("budgetkolumn.id", ondelete="CASCADE"), primary_key=True
    )
    belopp: Mapped[Decimal]


class Investering(Base):
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


class InvesteringBelopp(Base):
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


class NyckeltalTabell(Base):
    """A key-figure table with columns the user names."""

    __tablename__ = "nyckeltal_tabell"

    id: Mapped[int] = mapped_column(primary_key=True)
    att_granska: Mapped[bool] = mapped_column(default=False)
    """Carried over from last year's plan and not yet looked at."""
    ordning: Mapped[int]
    rubrik: Mapped[str]
    enhet: Mapped[str] = mapped_column(default="")
    malomrade_id: Mapped[int | None] = mapped_column(
        ForeignKey("malomrade.id", ondelete="SET NULL"), index=True
    )
    frekvens: Mapped[Frekvens | None] = mapped_column(_enum(Frekvens))
    """How often the figures are reported (månad, kvartal, tertial, år)."""
    fotnoter: Mapped[str] = mapped_column(default="")
    """Printed under the table, one note per line ("* Utan faderskapsutredningar")."""
    kolumner: Mapped[list[NyckeltalKolumn]] = relationship(
        order_by="NyckeltalKolumn.ordning", cascade="all, delete-orphan", passive_deletes=True
    )
    rader: Mapped[list[NyckeltalRad]] = relationship(
        order_by="NyckeltalRad.ordning", cascade="all, delete-orphan", passive_deletes=True
    )


class NyckeltalKolumn(Base):
    __tablename__ = "nyckeltal_kolumn"

    id: Mapped[int] = mapped_column(primary_key=True)
    tabell_id: Mapped[int] = mapped_column(
        ForeignKey("nyckeltal_tabell.id", ondelete="CASCADE"), index=True
    )
    ordning: Mapped[int]
    rubrik: Mapped[str]


class NyckeltalRad(Base):
    """A row of a key-figure table; a sub-row (``niva`` 1: "varav …", "i familjehem") belongs
    to the nearest main row above it."""

    __tablename__ = "nyckeltal_rad"
    __table_args__ = (CheckConstraint("niva IN (0, 1)", name="niva"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tabell_id: Mapped[int] = mapped_column(
        ForeignKey("nyckeltal_tabell.id", ondelete="CASCADE"), index=True
    )
    ordning: Mapped[int]
    namn: Mapped[str]
    enhet: Mapped[str] = mapped_column(default="")
    niva: Mapped[int] = mapped_column(default=0)
    varden: Mapped[list[NyckeltalVarde]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class NyckeltalVarde(ValueMixin, Base):
    __tablename__ = "nyckeltal_varde"

    rad_id: Mapped[int] = mapped_column(
        ForeignKey("nyckeltal_rad.id", ondelete="CASCADE"), primary_key=True
    )
    kolumn_id: Mapped[int] = mapped_column(
        ForeignKey("nyckeltal_kolumn.id", ondelete="CASCADE"), primary_key=True
    )
    tal: Mapped[Decimal | None]
    text: Mapped[str | None]


class Internkontroll(Base):
    """One control in the internal-control plan."""

    __tablename__ = "internkontroll"

    id: Mapped[int] = mapped_column(primary_key=True)
    att_granska: Mapped[bool] = mapped_column(default=False)
    """Carried over from last year's plan and not yet looked at."""
    ordning: Mapped[int]
    process: Mapped[str] = mapped_column(default="")
    risk: Mapped[str] = mapped_column(default="")
    sannolikhet: Mapped[int | None]
    konsekvens: Mapped[int | None]
    kontrollmoment: Mapped[str] = mapped_column(default="")
    kontrollansvar: Mapped[str] = mapped_column(default="")
    frekvens: Mapped[str] = mapped_column(default="")
    metod: Mapped[str] = mapped_column(default="")
    rapportering_till: Mapped[str] = mapped_column(default="")
    rapportering_nar: Mapped[str] = mapped_column(default="")

    @property
    def riskvarde(self) -> int | None:
        if self.sannolikhet is None or self.konsekvens is None:
            return None
        return self.sannolikhet * self.konsekvens


class SparadVersion(Base):
    """A named snapshot of the whole plan ("Till arbetsutskottet 2026-10-12").

    ``innehall`` is the plan in the interchange format, JSON compressed with zlib, so a version
    can be compared with the plan or read back long after the schema has changed.
    """

    __tablename__ = "sparad_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    namn: Mapped[str]
    skapad: Mapped[dt.datetime] = mapped_column(DateTime)
    innehall: Mapped[bytes] = mapped_column(LargeBinary)


class Logg(Base):
    """Events kept in the plan itself: adoption reopened for edits (with the reason), restores."""

    __tablename__ = "logg"

    id: Mapped[int] = mapped_column(primary_key=True)
    tid: Mapped[dt.datetime] = mapped_column(DateTime)
    anvandare: Mapped[str] = mapped_column(default="")
    handelse: Mapped[str]
    orsak: Mapped[str] = mapped_column(default="")
