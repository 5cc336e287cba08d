"""A plan's follow-ups as plain data: the periods (delår, årsredovisning), what each holds per
goal, indicator, activity, budget row and internal control, and the scale of måluppfyllelse.

Part of the plan snapshot (``domain.PlanSnapshot.uppfoljningar``); the figures derived from
them (avvikelse, comparison with the target, the trend) are in ``follow_up``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from vplan_desktop.db.enums import Bedomningsgrad, UppfoljningSlag, UppfoljningStatus
from vplan_desktop.formatting import Value

GRAD_LABELS = {
    Bedomningsgrad.UPPFYLLT: "Uppfyllt",
    Bedomningsgrad.DELVIS: "Delvis uppfyllt",
    Bedomningsgrad.EJ_UPPFYLLT: "Ej uppfyllt",
    Bedomningsgrad.EJ_BEDOMD: "Går ej att bedöma",
}
"""What each meaning of a level is called in vplan (a kommun names its levels itself)."""

SLAG_LABELS = {
    UppfoljningSlag.DELAR: "Delårsrapport",
    UppfoljningSlag.HELAR: "Årsredovisning",
}

STATUS_LABELS = {
    UppfoljningStatus.EJ_PABORJAD: "Ej påbörjad",
    UppfoljningStatus.PAGAR: "Pågår",
    UppfoljningStatus.KLAR: "Klar",
    UppfoljningStatus.AVBRUTEN: "Avbruten",
    UppfoljningStatus.SENARELAGD: "Senarelagd",
}
"""An activity's status at a follow-up, as the window and the documents print it."""

UNFINISHED = frozenset(
    {UppfoljningStatus.EJ_PABORJAD, UppfoljningStatus.PAGAR, UppfoljningStatus.SENARELAGD}
)
"""The statuses of an activity that is still to be done (carried into next year's plan)."""


def status_label(status: UppfoljningStatus | None) -> str:
    """An activity's follow-up status as printed; "" when nobody set one."""
    return "" if status is None else STATUS_LABELS[status]


@dataclass(frozen=True, slots=True)
class Bedomningsniva:
    """A level of the scale of måluppfyllelse: the kommun's name, its colour and meaning."""

    id: int
    namn: str
    farg: str
    grad: Bedomningsgrad


@dataclass(frozen=True, slots=True)
class MalUppfoljning:
    """A goal at a period: its level of måluppfyllelse, the assessment and its analysis."""

    bedomningsniva_id: int | None = None
    bedomning: str = ""
    orsak: str = ""
    atgard: str = ""

    @property
    def empty(self) -> bool:
        return self == MalUppfoljning()


@dataclass(frozen=True, slots=True)
class IndikatorUtfall:
    """An indicator's outcome at a period, when and where it was taken."""

    varde: Value = None
    datum: dt.date | None = None
    kalla: str = ""
    kommentar: str = ""

    @property
    def empty(self) -> bool:
        return self == IndikatorUtfall()


@dataclass(frozen=True, slots=True)
class AktivitetUppfoljning:
    """Where an activity stands at a period."""

    status: UppfoljningStatus | None = None
    kommentar: str = ""
    slutdatum_reviderat: dt.date | None = None

    @property
    def empty(self) -> bool:
        return self == AktivitetUppfoljning()


@dataclass(frozen=True, slots=True)
class BeloppUppfoljning:
    """A driftbudget row's or an investment's utfall so far and prognos for the year."""

    utfall: Decimal | None = None
    prognos: Decimal | None = None
    kommentar: str = ""

    @property
    def empty(self) -> bool:
        return self == BeloppUppfoljning()


@dataclass(frozen=True, slots=True)
class ResultatUppfoljning:
    """A resultaträkning row's utfall and prognos, intäkter and kostnader (negative)."""

    utfall_intakter: Decimal | None = None
    utfall_kostnader: Decimal | None = None
    prognos_intakter: Decimal | None = None
    prognos_kostnader: Decimal | None = None
    kommentar: str = ""

    @property
    def empty(self) -> bool:
        return self == ResultatUppfoljning()


@dataclass(frozen=True, slots=True)
class KontrollResultat:
    """An internal control's result at a period."""

    utford: bool | None = None
    avvikelse: str = ""
    atgard: str = ""

    @property
    def empty(self) -> bool:
        return self == KontrollResultat()


@dataclass(frozen=True, slots=True)
class Uppfoljning:
    """A follow-up period and everything it holds, keyed by the plan item's id."""

    id: int
    namn: str
    ar: int
    slag: UppfoljningSlag
    slutdatum: dt.date | None
    rapporterad: bool = False
    rapporterad_datum: dt.date | None = None
    sammanfattning: str = ""
    viktiga_handelser: str = ""
    framtid: str = ""
    mal: dict[int, MalUppfoljning] = field(default_factory=dict)
    indikatorer: dict[int, IndikatorUtfall] = field(default_factory=dict)
    aktiviteter: dict[int, AktivitetUppfoljning] = field(default_factory=dict)
    drift: dict[int, BeloppUppfoljning] = field(default_factory=dict)
    resultat: dict[int, ResultatUppfoljning] = field(default_factory=dict)
    investeringar: dict[int, BeloppUppfoljning] = field(default_factory=dict)
    kontroller: dict[int, KontrollResultat] = field(default_factory=dict)
    version: int = field(default=0, compare=False)
    """The period's row version when it was read (``db.row_versions``); not part of the plan."""
    innehall: str = field(default="", compare=False)
    """The period and all it holds as read (``read_follow_up.fingerprint``): what deleting it
    is based on (``follow_up.delete_period(seen=…)``); not part of the plan."""

    @property
    def slag_text(self) -> str:
        return SLAG_LABELS[self.slag]

    def goal(self, goal_id: int) -> MalUppfoljning:
        return self.mal.get(goal_id) or MalUppfoljning()

    def outcome(self, indicator_id: int) -> IndikatorUtfall:
        return self.indikatorer.get(indicator_id) or IndikatorUtfall()

    def activity(self, activity_id: int) -> AktivitetUppfoljning:
        return self.aktiviteter.get(activity_id) or AktivitetUppfoljning()

    def drift_row(self, rad_id: int) -> BeloppUppfoljning:
        return self.drift.get(rad_id) or BeloppUppfoljning()

    def resultat_row(self, rad_id: int) -> ResultatUppfoljning:
        return self.resultat.get(rad_id) or ResultatUppfoljning()

    def investment(self, investering_id: int) -> BeloppUppfoljning:
        return self.investeringar.get(investering_id) or BeloppUppfoljning()

    def control(self, kontroll_id: int) -> KontrollResultat:
        return self.kontroller.get(kontroll_id) or KontrollResultat()
