"""The plan model: one SQLite file holds one plan.

The ``plan`` table has exactly one row; every other table belongs to that plan and so needs no
plan key. Ordered lists carry an ``ordning`` column. Amounts and other numbers are ``Decimal``
stored as text (``db.columns``), so that no value is ever rounded through a float.
Indicator and key-figure values are a number (``tal``), a text (``text``) or blank (both None).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, configure_mappers, mapped_column, relationship

from vplan_desktop.db.budget_models import (
    BudgetKolumn,
    DriftbudgetBelopp,
    DriftbudgetRad,
    Investering,
    InvesteringBelopp,
    KfRam,
    KostnadsslagBelopp,
    KostnadsslagRad,
    ResultatBelopp,
    ResultatRad,
)
from vplan_desktop.db.columns import (
    NAMING_CONVENTION,
    Base,
    CleanText,
    DecimalText,
    ValueMixin,
    Versioned,
    clean_text,
    enum_column,
)
from vplan_desktop.db.enums import (
    AktivitetStatus,
    BeloppEnhet,
    Frekvens,
    Jamforare,
    MalNiva,
    PlanStatus,
    Riktning,
    RiskAxel,
    VardeSlag,
)
from vplan_desktop.db.follow_up_models import (
    Bedomningsniva,
    Uppfoljning,
    UppfoljningAktivitet,
    UppfoljningDrift,
    UppfoljningIndikator,
    UppfoljningInvestering,
    UppfoljningKontroll,
    UppfoljningMal,
    UppfoljningResultat,
)

__all__ = [
    "NAMING_CONVENTION",
    "Base",
    "Bedomningsniva",
    "BudgetKolumn",
    "CleanText",
    "DecimalText",
    "DriftbudgetBelopp",
    "DriftbudgetRad",
    "Investering",
    "InvesteringBelopp",
    "KfRam",
    "KostnadsslagBelopp",
    "KostnadsslagRad",
    "ResultatBelopp",
    "ResultatRad",
    "Uppfoljning",
    "UppfoljningAktivitet",
    "UppfoljningDrift",
    "UppfoljningIndikator",
    "UppfoljningInvestering",
    "UppfoljningKontroll",
    "UppfoljningMal",
    "UppfoljningResultat",
    "ValueMixin",
    "Versioned",
    "clean_text",
]


class Plan(Versioned, Base):
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
    status: Mapped[PlanStatus | None] = mapped_column(enum_column(PlanStatus))
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
        enum_column(BeloppEnhet, "enhet_drift"), default=BeloppEnhet.TKR
    )
    """The unit of the driftbudget's amounts and KF's ram; amounts are stored as written in
    it (12,3 mnkr is 12.3, never 12300)."""
    enhet_resultat: Mapped[BeloppEnhet] = mapped_column(
        enum_column(BeloppEnhet, "enhet_resultat"), default=BeloppEnhet.TKR
    )
    enhet_investering: Mapped[BeloppEnhet] = mapped_column(
        enum_column(BeloppEnhet, "enhet_investering"), default=BeloppEnhet.TKR
    )
    summa_resultat: Mapped[bool] = mapped_column(default=True)
    """The resultaträkning ends with Summa intäkter, kostnader and netto; off for a plan that
    prints its verksamheter each on its own, with no total (a part that is itself a total, a
    unit outside the nämnd's budget)."""
    avvikelsegrans: Mapped[Decimal] = mapped_column(default=Decimal(5))
    """In percent of the budget: a follow-up's deviation beyond it needs a comment."""


class RiskEtikett(Versioned, Base):
    """The name of one level on one axis of the risk scale ("Möjlig", "Kännbar")."""

    __tablename__ = "riskskala_etikett"
    __table_args__ = (UniqueConstraint("axel", "niva"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    axel: Mapped[RiskAxel] = mapped_column(enum_column(RiskAxel))
    niva: Mapped[int]
    text: Mapped[str]


class RiskBand(Versioned, Base):
    """A colour band of the risk matrix: risk values up to ``till_och_med`` get ``farg``."""

    __tablename__ = "riskband"

    id: Mapped[int] = mapped_column(primary_key=True)
    ordning: Mapped[int]
    till_och_med: Mapped[int]
    farg: Mapped[str]
    namn: Mapped[str] = mapped_column(default="")


class Kapitel(Versioned, Base):
    """A narrative chapter; its body is Markdown."""

    __tablename__ = "kapitel"

    id: Mapped[int] = mapped_column(primary_key=True)
    att_granska: Mapped[bool] = mapped_column(default=False)
    """Carried over from last year's plan and not yet looked at."""
    ordning: Mapped[int]
    rubrik: Mapped[str]
    text: Mapped[str] = mapped_column(default="")
    omvarldsanalys: Mapped[bool] = mapped_column(default=False)


class Bild(Versioned, Base):
    """An image shown in a chapter (an organisation chart, a map): the file's bytes, kept in the
    plan, referenced from a chapter's Markdown by its id (``![Bildtext](bild:7)``), never by a
    path. ``alt_text`` says what the image shows, for a reader who cannot see it."""

    __tablename__ = "bild"

    id: Mapped[int] = mapped_column(primary_key=True)
    att_granska: Mapped[bool] = mapped_column(default=False)
    namn: Mapped[str] = mapped_column(default="")
    """The name of the file it came from, to tell images apart in lists."""
    alt_text: Mapped[str] = mapped_column(default="")
    data: Mapped[bytes] = mapped_column(LargeBinary)
    """A PNG or JPEG image, checked when it was added (``vplan_desktop.images``)."""


class Verksamhet(Versioned, Base):
    """A unit or line of operations; budget rows and activities belong to one."""

    __tablename__ = "verksamhet"

    id: Mapped[int] = mapped_column(primary_key=True)
    ordning: Mapped[int]
    namn: Mapped[str] = mapped_column(unique=True)


class Malomrade(Versioned, Base):
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


class Namndsmal(Versioned, Base):
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
    niva: Mapped[MalNiva] = mapped_column(enum_column(MalNiva), default=MalNiva.NAMND)
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


class MalArstext(Versioned, Base):
    """A goal's target for one year in words ("Mål 2027: En modell finns klar"), for goals
    that are followed up without a number."""

    __tablename__ = "mal_arstext"
    __table_args__ = (UniqueConstraint("namndsmal_id", "ar"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    namndsmal_id: Mapped[int] = mapped_column(ForeignKey("namndsmal.id", ondelete="CASCADE"))
    ar: Mapped[int]
    text: Mapped[str]


class Indikator(Versioned, Base):
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
    riktning: Mapped[Riktning] = mapped_column(enum_column(Riktning), default=Riktning.INGEN)
    frekvens: Mapped[Frekvens | None] = mapped_column(enum_column(Frekvens))
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
    langsiktigt_jamforare: Mapped[Jamforare | None] = mapped_column(enum_column(Jamforare))

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


class IndikatorVarde(ValueMixin, Versioned, Base):
    """A target (målnivå), an outcome (utfall) or a comparison figure of an indicator for one
    year; a year may lie before the plan (history) or after it (a long-range target)."""

    __tablename__ = "indikatorvarde"
    __table_args__ = (UniqueConstraint("indikator_id", "slag", "ar"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indikator_id: Mapped[int] = mapped_column(ForeignKey("indikator.id", ondelete="CASCADE"))
    slag: Mapped[VardeSlag] = mapped_column(enum_column(VardeSlag))
    ar: Mapped[int]
    tal: Mapped[Decimal | None]
    text: Mapped[str | None]
    jamforare: Mapped[Jamforare | None] = mapped_column(enum_column(Jamforare))
    """How a target compares ("≥ 95"); None for an exact figure or a text."""


class Aktivitet(Versioned, Base):
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
    status: Mapped[AktivitetStatus | None] = mapped_column(enum_column(AktivitetStatus))
    """None until someone sets it (never printed as "Ej påbörjad" by default)."""
    verksamhet_id: Mapped[int | None] = mapped_column(
        ForeignKey("verksamhet.id", ondelete="SET NULL"), index=True
    )
    kostnad_tkr: Mapped[Decimal | None]
    egen_tid: Mapped[bool] = mapped_column(default=False)
    overford_fran: Mapped[int | None]
    """The first year of the plan this activity was carried over from."""


class NyckeltalTabell(Versioned, Base):
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
    frekvens: Mapped[Frekvens | None] = mapped_column(enum_column(Frekvens))
    """How often the figures are reported (månad, kvartal, tertial, år)."""
    fotnoter: Mapped[str] = mapped_column(default="")
    """Printed under the table, one note per line ("* Utan faderskapsutredningar")."""
    kolumner: Mapped[list[NyckeltalKolumn]] = relationship(
        order_by="NyckeltalKolumn.ordning", cascade="all, delete-orphan", passive_deletes=True
    )
    rader: Mapped[list[NyckeltalRad]] = relationship(
        order_by="NyckeltalRad.ordning", cascade="all, delete-orphan", passive_deletes=True
    )


class NyckeltalKolumn(Versioned, Base):
    __tablename__ = "nyckeltal_kolumn"

    id: Mapped[int] = mapped_column(primary_key=True)
    tabell_id: Mapped[int] = mapped_column(
        ForeignKey("nyckeltal_tabell.id", ondelete="CASCADE"), index=True
    )
    ordning: Mapped[int]
    rubrik: Mapped[str]


class NyckeltalRad(Versioned, Base):
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


class NyckeltalVarde(ValueMixin, Versioned, Base):
    __tablename__ = "nyckeltal_varde"

    rad_id: Mapped[int] = mapped_column(
        ForeignKey("nyckeltal_rad.id", ondelete="CASCADE"), primary_key=True
    )
    kolumn_id: Mapped[int] = mapped_column(
        ForeignKey("nyckeltal_kolumn.id", ondelete="CASCADE"), primary_key=True
    )
    tal: Mapped[Decimal | None]
    text: Mapped[str | None]


class Internkontroll(Versioned, Base):
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


def prepare_mappers() -> None:
    """Set up the models' mappers now (SQLAlchemy does it at the first ORM statement, 40–50 ms
    with vplan's models): the window calls it once it is ready, so the first edit does not
    pay for it. The plan is read without the ORM (``services/read.py``)."""
    configure_mappers()
