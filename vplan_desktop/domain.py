"""The plan as plain data: what the services hand to the GUI, the CLI and the exports.

These are frozen dataclasses, detached from the database; a view holds them (or their ids),
never ORM objects. Enums and labels used in the user interface live here too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

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
from vplan_desktop.follow_up_data import Bedomningsniva, Uppfoljning
from vplan_desktop.formatting import Value, format_period
from vplan_desktop.plan_status import MAX_PERIOD_YEARS, STATUS_LABELS, UNSET_STATUS_LABEL
from vplan_desktop.sections import PART_LABELS

__all__ = [
    "MAX_PERIOD_YEARS",
    "STATUS_LABELS",
    "UNSET_STATUS_LABEL",
    "AktivitetStatus",
    "BeloppEnhet",
    "BudgetTabell",
    "Frekvens",
    "Jamforare",
    "KolumnSlag",
    "MalNiva",
    "PlanStatus",
    "Riktning",
    "RiskAxel",
    "Value",
    "VardeSlag",
]

MAX_INVESTMENT_YEARS = 5

RIKTNING_LABELS = {
    Riktning.HOGRE_BATTRE: "Högre är bättre",
    Riktning.LAGRE_BATTRE: "Lägre är bättre",
    Riktning.INGEN: "Ingen riktning",
}
FREKVENS_LABELS = {
    Frekvens.MANAD: "Månad",
    Frekvens.KVARTAL: "Kvartal",
    Frekvens.TERTIAL: "Tertial",
    Frekvens.HALVAR: "Halvår",
    Frekvens.AR: "År",
    Frekvens.VARTANNAT_AR: "Vartannat år",
}
RAPPORTERAS_LABELS = {
    Frekvens.MANAD: "Rapporteras per månad",
    Frekvens.KVARTAL: "Rapporteras per kvartal",
    Frekvens.TERTIAL: "Rapporteras per tertial",
    Frekvens.HALVAR: "Rapporteras per halvår",
    Frekvens.AR: "Rapporteras en gång per år",
    Frekvens.VARTANNAT_AR: "Rapporteras vartannat år",
}
"""A key-figure table's reporting frequency as the documents print it."""
AKTIVITET_STATUS_LABELS = {
    AktivitetStatus.EJ_PABORJAD: "Ej påbörjad",
    AktivitetStatus.PAGAR: "Pågår",
    AktivitetStatus.KLART: "Klart",
    AktivitetStatus.EJ_KLART: "Ej klart",
    AktivitetStatus.AVSLUTAT: "Avslutat",
}
MALNIVA_LABELS = {
    MalNiva.KF: "KF:s mål",
    MalNiva.KS: "KS:s mål",
    MalNiva.NAMND: "Nämndsmål",
    MalNiva.FORVALTNING: "Förvaltningens mål",
    MalNiva.UPPDRAG: "Uppdrag",
}
"""vplan's names of the goal levels; a plan may use its own (``FrontMatter.niva_namn``)."""


def status_label(status: PlanStatus | None) -> str:
    """The plan status as printed; "" for a status nobody set."""
    return "" if status is None else STATUS_LABELS[status]


def aktivitet_status_label(status: AktivitetStatus | None) -> str:
    """The activity status as printed; "" for a status nobody set."""
    return "" if status is None else AKTIVITET_STATUS_LABELS[status]


KOLUMN_SLAG_LABELS = {
    KolumnSlag.BOKSLUT: "Bokslut",
    KolumnSlag.BUDGET: "Budget",
    KolumnSlag.UTFALL: "Utfall",
    KolumnSlag.PROGNOS: "Prognos",
    KolumnSlag.AVVIKELSE: "Avvikelse",
    KolumnSlag.PLAN: "Plan",
}


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """Uppgifter: who adopts the plan, for which years, and where it stands."""

    kommun: str
    namnd: str
    forvaltning: str
    titel: str
    forsta_ar: int
    sista_ar: int
    ordforande: str
    ordforande_parti: str
    forvaltningschef: str
    diarienummer: str
    status: PlanStatus | None
    """None until someone chose a status: nothing is printed for it."""
    antagen_datum: dt.date | None
    antagen_paragraf: str
    malniva_kf: str = ""
    """The kommun's own name for a goal level; empty for vplan's (``niva_namn``)."""
    malniva_ks: str = ""
    malniva_namnd: str = ""
    malniva_forvaltning: str = ""
    malniva_uppdrag: str = ""
    enhet_drift: BeloppEnhet = BeloppEnhet.TKR
    """The unit of the driftbudget's amounts and KF's ram."""
    enhet_resultat: BeloppEnhet = BeloppEnhet.TKR
    enhet_investering: BeloppEnhet = BeloppEnhet.TKR
    summa_resultat: bool = True
    """The resultaträkning is summed (its Summa rows are shown and printed)."""
    avvikelsegrans: Decimal = Decimal(5)
    """In percent of the budget: a follow-up's deviation beyond it needs a comment."""
    version: int = field(default=0, compare=False)
    """The row's version when it was read (``db.row_versions``): an edit passes it on as the
    version its user saw. Not part of the plan: two reads of the same plan are equal."""

    def niva_namn(self, niva: MalNiva) -> str:
        """What the plan calls goals of ``niva`` ("KF:s mål", or the kommun's own name)."""
        own: str = getattr(self, f"malniva_{niva.value}")
        return own or MALNIVA_LABELS[niva]

    @property
    def years(self) -> list[int]:
        """The plan years; the first is the budget year."""
        return list(range(self.forsta_ar, self.sista_ar + 1))

    @property
    def period(self) -> str:
        return format_period(self.forsta_ar, self.sista_ar)

    @property
    def ordforande_text(self) -> str:
        """ "Maria Johansson (C)" """
        if self.ordforande and self.ordforande_parti:
            return f"{self.ordforande} ({self.ordforande_parti})"
        return self.ordforande

    def summary(self) -> list[tuple[str, str]]:
        """The front matter as (label, text) rows, in the order a reader wants them."""
        return [
            ("Kommun", self.kommun),
            ("Nämnd", self.namnd),
            ("Förvaltning", self.forvaltning),
            ("Titel", self.titel),
            ("Period", self.period),
            ("Status", self.status_text),
            ("Diarienummer", self.diarienummer),
            ("Ordförande", self.ordforande_text),
            ("Förvaltningschef", self.forvaltningschef),
        ]

    @property
    def status_text(self) -> str:
        """ "Antagen i Socialnämnden 2025-11-26 § 123", the plain status, or "" when unset."""
        if self.status is not PlanStatus.ANTAGEN:
            return status_label(self.status)
        text = f"Antagen i {self.namnd}"
        if self.antagen_datum:
            text += f" {self.antagen_datum.isoformat()}"
        # The field may hold "§ 87" as well as "87": print the sign once.
        paragraf = self.antagen_paragraf.strip().lstrip("§").strip()
        if paragraf:
            text += f" § {paragraf}"
        return text


@dataclass(frozen=True, slots=True)
class RiskBand:
    till_och_med: int
    farg: str
    namn: str


@dataclass(frozen=True, slots=True)
class RiskScale:
    """The plan's risk matrix: its size, the names of its levels and its colour bands."""

    storlek: int
    sannolikhet: tuple[str, ...]
    konsekvens: tuple[str, ...]
    band: tuple[RiskBand, ...]

    def band_for(self, riskvarde: int) -> RiskBand | None:
        for band in self.band:
            if riskvarde <= band.till_och_med:
                return band
        return self.band[-1] if self.band else None


@dataclass(frozen=True, slots=True)
class Kapitel:
    id: int
    rubrik: str
    text: str
    omvarldsanalys: bool
    att_granska: bool = False
    version: int = field(default=0, compare=False)
    """The row's version when it was read (``db.row_versions``): an edit passes it on as the
    version its user saw. Not part of the plan: two reads of the same plan are equal."""


@dataclass(frozen=True, slots=True)
class ImageInfo:
    """What an image file is: its media type, its size in pixels and its resolution."""

    mediatyp: str
    """"image/png" or "image/jpeg"."""
    bredd: int
    hojd: int
    dpi: float
    """Pixels per inch as the file says (96 when it says nothing)."""


@dataclass(frozen=True, slots=True)
class Bild:
    """An image of the plan, shown in a chapter where its Markdown says ``bild:ID``."""

    id: int
    namn: str
    alt_text: str
    data: bytes = field(repr=False)
    info: ImageInfo | None
    """None when the bytes are not an image vplan can show (a damaged or foreign file)."""
    att_granska: bool = False
    version: int = field(default=0, compare=False)
    """The row's version when it was read (``db.row_versions``): an edit passes it on as the
    version its user saw. Not part of the plan: two reads of the same plan are equal."""


@dataclass(frozen=True, slots=True)
class Verksamhet:
    id: int
    namn: str
    version: int = field(default=0, compare=False)
    """The row's version when it was read (``db.row_versions``): an edit passes it on as the
    version its user saw. Not part of the plan: two reads of the same plan are equal."""


@dataclass(frozen=True, slots=True)
class Malomrade:
    id: int
    kod: str
    namn: str
    beskrivning: str = ""
    """What the area is about (KF's goals are goals of the tree, ``MalNiva.KF``)."""
    att_granska: bool = False
    version: int = field(default=0, compare=False)
    """The row's version when it was read (``db.row_versions``): an edit passes it on as the
    version its user saw. Not part of the plan: two reads of the same plan are equal."""

    @property
    def rubrik(self) -> str:
        return f"{self.kod} {self.namn}" if self.kod else self.namn


@dataclass(frozen=True, slots=True)
class Namndsmal:
    """A goal of the goal tree, of any level (the name is from when all were nämndsmål)."""

    id: int
    malomrade_id: int | None
    text: str
    beskrivning: str
    att_granska: bool = False
    niva: MalNiva = MalNiva.NAMND
    kod: str = ""
    overordnat_id: int | None = None
    """The goal this one breaks down; None at the top of its målområde."""
    ansvarig: str = ""
    foljs_upp_genom: str = ""
    adressat: str = ""
    arstexter: dict[int, str] = field(default_factory=dict)
    """The target in words per year ("En modell finns klar")."""
    version: int = field(default=0, compare=False)
    """The row's version when it was read (``db.row_versions``): an edit passes it on as the
    version its user saw. Not part of the plan: two reads of the same plan are equal."""

    @property
    def rubrik(self) -> str:
        """ "1:2 Text" or the text alone."""
        return f"{self.kod} {self.text}" if self.kod else self.text


@dataclass(frozen=True, slots=True)
class Indikator:
    id: int
    namndsmal_id: int
    namn: str
    enhet: str
    riktning: Riktning
    frekvens: Frekvens | None
    kalla: str
    kolada_id: str
    varje_ar: bool
    nulage_ar: int | None
    nulage: Value
    nulage_ar_malniva: bool
    malnivaer: dict[int, Value] = field(default_factory=dict)
    utfall: dict[int, Value] = field(default_factory=dict)
    jamforelse: str = ""
    """What the outcomes are compared with ("Medel i riket")."""
    jamforelser: dict[int, Value] = field(default_factory=dict)
    """The comparison figure per year (values of ``VardeSlag.JAMFORELSE``)."""
    att_granska: bool = False
    jamforare: dict[int, Jamforare] = field(default_factory=dict)
    """How the target of a year compares ("≥"), for the years whose target has one."""
    langsiktigt: Value = None
    """A target without a year ("minst 4 procent långsiktigt")."""
    langsiktigt_jamforare: Jamforare | None = None
    version: int = field(default=0, compare=False)
    """The row's version when it was read (``db.row_versions``): an edit passes it on as the
    version its user saw. Not part of the plan: two reads of the same plan are equal."""


@dataclass(frozen=True, slots=True)
class Aktivitet:
    id: int
    namn: str
    beskrivning: str
    namndsmal_id: int | None
    ansvarig: str
    startdatum: dt.date | None
    slutdatum: dt.date | None
    status: AktivitetStatus | None
    """None until someone chose a status: nothing is printed for it."""
    verksamhet_id: int | None
    kostnad_tkr: Decimal | None
    egen_tid: bool
    overford_fran: int | None = None
    att_granska: bool = False
    malomrade_id: int | None = None
    """The målområde of an activity tied to no goal; with neither, it is the whole plan's."""
    slutdatum_reviderat: dt.date | None = None
    ar: int | None = None
    """The year, for an activity planned by year rather than by dates."""
    version: int = field(default=0, compare=False)
    """The row's version when it was read (``db.row_versions``): an edit passes it on as the
    version its user saw. Not part of the plan: two reads of the same plan are equal."""


@dataclass(frozen=True, slots=True)
class BudgetKolumn:
    id: int
    tabell: BudgetTabell
    slag: KolumnSlag
    ar: int
    anmarkning: str
    angiven_summa: Decimal | None = None
    """The column's total as the plan prints it, kept as given; None: the rows' sum."""
    version: int = field(default=0, compare=False)
    """The row's version when it was read (``db.row_versions``): an edit passes it on as the
    version its user saw. Not part of the plan: two reads of the same plan are equal."""

    @property
    def computed(self) -> bool:
        """Whether the column's figures are computed, never typed (an avvikelse)."""
        return self.slag is KolumnSlag.AVVIKELSE

    @property
    def rubrik(self) -> str:
        """ "Budget 2026" """
        return f"{KOLUMN_SLAG_LABELS[self.slag]} {self.ar}"


@dataclass(frozen=True, slots=True)
class DriftbudgetRad:
    id: int
    verksamhet_id: int
    belopp: dict[int, Decimal]
    """Amount in the table's unit per column id; a missing column is blank."""
    att_granska: bool = False
    version: int = field(default=0, compare=False)
    """The row's version when it was read (``db.row_versions``): an edit passes it on as the
    version its user saw. Not part of the plan: two reads of the same plan are equal."""


@dataclass(frozen=True, slots=True)
class KfRam:
    ar: int
    belopp: Decimal
    """In the driftbudget's unit."""
    beslut: str


@dataclass(frozen=True, slots=True)
class ResultatBelopp:
    intakter: Decimal | None
    kostnader: Decimal | None
    netto: Decimal | None


@dataclass(frozen=True, slots=True)
class ResultatRad:
    id: int
    verksamhet_id: int
    belopp: dict[int, ResultatBelopp]
    att_granska: bool = False
    version: int = field(default=0, compare=False)
    """The row's version when it was read (``db.row_versions``): an edit passes it on as the
    version its user saw. Not part of the plan: two reads of the same plan are equal."""


@dataclass(frozen=True, slots=True)
class KostnadsslagRad:
    """A line of the resultaträkning by cost type: its amount per column id."""

    id: int
    namn: str
    belopp: dict[int, Decimal]
    att_granska: bool = False
    version: int = field(default=0, compare=False)
    """The row's version when it was read (``db.row_versions``): an edit passes it on as the
    version its user saw. Not part of the plan: two reads of the same plan are equal."""


@dataclass(frozen=True, slots=True)
class Investering:
    id: int
    projekt: str
    projektnummer: str
    belopp: dict[int, Decimal]
    """The budgeted or planned amount per year, in the investments' unit."""
    att_granska: bool = False
    utfall: dict[int, Decimal] = field(default_factory=dict)
    """What the project actually cost per year (years before the plan: history)."""
    version: int = field(default=0, compare=False)
    """The row's version when it was read (``db.row_versions``): an edit passes it on as the
    version its user saw. Not part of the plan: two reads of the same plan are equal."""


@dataclass(frozen=True, slots=True)
class NyckeltalKolumn:
    id: int
    rubrik: str
    version: int = field(default=0, compare=False)
    """The row's version when it was read (``db.row_versions``): an edit passes it on as the
    version its user saw. Not part of the plan: two reads of the same plan are equal."""


@dataclass(frozen=True, slots=True)
class NyckeltalRad:
    id: int
    namn: str
    enhet: str
    varden: dict[int, Value]
    """Value per column id."""
    niva: int = 0
    """0 for a main row, 1 for a sub-row ("varav …") of the nearest main row above it."""
    version: int = field(default=0, compare=False)
    """The row's version when it was read (``db.row_versions``): an edit passes it on as the
    version its user saw. Not part of the plan: two reads of the same plan are equal."""


@dataclass(frozen=True, slots=True)
class NyckeltalTabell:
    id: int
    rubrik: str
    enhet: str
    kolumner: tuple[NyckeltalKolumn, ...]
    rader: tuple[NyckeltalRad, ...]
    att_granska: bool = False
    malomrade_id: int | None = None
    frekvens: Frekvens | None = None
    """How often the figures are reported; None when the plan does not say."""
    fotnoter: str = ""
    """Notes printed under the table, one per line."""
    version: int = field(default=0, compare=False)
    """The row's version when it was read (``db.row_versions``): an edit passes it on as the
    version its user saw. Not part of the plan: two reads of the same plan are equal."""

    @property
    def notes(self) -> tuple[str, ...]:
        """The footnotes, one per non-blank line."""
        return tuple(line.strip() for line in self.fotnoter.splitlines() if line.strip())


@dataclass(frozen=True, slots=True)
class Internkontroll:
    id: int
    process: str
    risk: str
    sannolikhet: int | None
    konsekvens: int | None
    kontrollmoment: str
    kontrollansvar: str
    frekvens: str
    metod: str
    rapportering_till: str
    rapportering_nar: str
    att_granska: bool = False
    version: int = field(default=0, compare=False)
    """The row's version when it was read (``db.row_versions``): an edit passes it on as the
    version its user saw. Not part of the plan: two reads of the same plan are equal."""

    @property
    def riskvarde(self) -> int | None:
        if self.sannolikhet is None or self.konsekvens is None:
            return None
        return self.sannolikhet * self.konsekvens


@dataclass(frozen=True, slots=True)
class PlanSnapshot:
    """The whole plan at one moment."""

    uppgifter: FrontMatter
    riskskala: RiskScale
    kapitel: tuple[Kapitel, ...]
    verksamheter: tuple[Verksamhet, ...]
    malomraden: tuple[Malomrade, ...]
    namndsmal: tuple[Namndsmal, ...]
    indikatorer: tuple[Indikator, ...]
    aktiviteter: tuple[Aktivitet, ...]
    budgetkolumner: tuple[BudgetKolumn, ...]
    driftbudget: tuple[DriftbudgetRad, ...]
    kf_ram: tuple[KfRam, ...]
    resultatrakning: tuple[ResultatRad, ...]
    kostnadsslag: tuple[KostnadsslagRad, ...]
    investeringar: tuple[Investering, ...]
    nyckeltal: tuple[NyckeltalTabell, ...]
    internkontroll: tuple[Internkontroll, ...]
    bilder: tuple[Bild, ...] = ()
    bedomningsskala: tuple[Bedomningsniva, ...] = ()
    """The levels of måluppfyllelse, in order."""
    uppfoljningar: tuple[Uppfoljning, ...] = ()
    """The follow-up periods, in order (delår before the årsredovisning)."""

    def uppfoljning(self, key: int | str) -> Uppfoljning | None:
        """The follow-up period with the id or the name ``key`` (any capitalisation)."""
        if isinstance(key, int):
            return next((u for u in self.uppfoljningar if u.id == key), None)
        wanted = " ".join(key.split()).casefold()
        return next((u for u in self.uppfoljningar if u.namn.casefold() == wanted), None)

    def bedomningsniva(self, niva_id: int | None) -> Bedomningsniva | None:
        """The level of måluppfyllelse with ``niva_id``; None for none or an unknown id."""
        return next((b for b in self.bedomningsskala if b.id == niva_id), None)

    def bild(self, bild_id: int) -> Bild | None:
        """The image with ``bild_id``, or None when the plan has none by that id."""
        return next((b for b in self.bilder if b.id == bild_id), None)

    def kolumner(self, tabell: BudgetTabell) -> list[BudgetKolumn]:
        return [k for k in self.budgetkolumner if k.tabell is tabell]

    def counts(self) -> dict[str, int]:
        """How many items each part holds, by its Swedish name ("Driftbudgetrader": 12)."""
        return {label: len(getattr(self, part.value)) for part, label in PART_LABELS.items()}
