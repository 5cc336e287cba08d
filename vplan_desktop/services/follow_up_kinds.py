"""What a follow-up period holds per plan item, which fields a user may set, and their checks.

Each kind is a table keyed by the period and the item it follows up (a goal, an indicator…);
its fields are checked as the plan's own are (``kinds``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from vplan_desktop.db import models as m
from vplan_desktop.db.enums import UppfoljningStatus
from vplan_desktop.errors import InputError
from vplan_desktop.numbers import check_amount
from vplan_desktop.sections import ItemKind
from vplan_desktop.services.kinds import (
    LONG_TEXT,
    Check,
    Field,
    choice,
    date,
    reference,
    text,
    value,
)

FOLLOW_UP_TEXT = 100_000
"""An assessment or a comment: long, but not a chapter."""


def amount(label: str) -> Check:
    """An amount in the table's unit, negative too (kostnader), as a number or Swedish text
    ("-2 500", "12,3"); blank for None or ""."""

    def check(session: Session, given: Any) -> Any:
        if given is None or (isinstance(given, str) and not given.strip()):
            return None
        return check_amount(given, label)

    return Field(label, check)


def _optional_flag(label: str) -> Check:
    def check(session: Session, given: Any) -> bool | None:
        if given is not None and not isinstance(given, bool):
            raise InputError(f"{label} ska vara ja, nej eller tomt.")
        return given

    return Field(label, check)


@dataclass(frozen=True)
class FollowUpKind:
    """A kind of follow-up row: its table, the item it follows up and its fields."""

    name: ItemKind
    model: type[m.Base]
    key: str
    """The column naming the plan item (``namndsmal_id``)."""
    item_model: type[m.Base]
    item_label: str
    """The item as a message names it ("Målet")."""
    fields: dict[str, Check]


def _long(label: str) -> Check:
    return text(label, limit=FOLLOW_UP_TEXT)


FOLLOW_UP_KINDS: dict[ItemKind, FollowUpKind] = {
    k.name: k
    for k in (
        FollowUpKind(
            ItemKind.UPPFOLJNING_MAL,
            m.UppfoljningMal,
            "namndsmal_id",
            m.Namndsmal,
            "Målet",
            {
                "bedomningsniva_id": reference("Bedömningen", m.Bedomningsniva),
                "bedomning": _long("Bedömningen"),
                "orsak": _long("Orsaken"),
                "atgard": _long("Åtgärden"),
            },
        ),
        FollowUpKind(
            ItemKind.UPPFOLJNING_INDIKATOR,
            m.UppfoljningIndikator,
            "indikator_id",
            m.Indikator,
            "Indikatorn",
            {
                "varde": value("Utfallet"),
                "datum": date("Utfallets datum"),
                "kalla": text("Källan"),
                "kommentar": _long("Kommentaren"),
            },
        ),
        FollowUpKind(
            ItemKind.UPPFOLJNING_AKTIVITET,
            m.UppfoljningAktivitet,
            "aktivitet_id",
            m.Aktivitet,
            "Aktiviteten",
            {
                "status": choice("Status", UppfoljningStatus, optional=True),
                "kommentar": _long("Kommentaren"),
                "slutdatum_reviderat": date("Det reviderade slutdatumet"),
            },
        ),
        FollowUpKind(
            ItemKind.UPPFOLJNING_DRIFT,
            m.UppfoljningDrift,
            "rad_id",
            m.DriftbudgetRad,
            "Driftbudgetraden",
            {
                "utfall": amount("Utfallet"),
                "prognos": amount("Prognosen"),
                "kommentar": _long("Kommentaren"),
            },
        ),
        FollowUpKind(
            ItemKind.UPPFOLJNING_RESULTAT,
            m.UppfoljningResultat,
            "rad_id",
            m.ResultatRad,
            "Resultaträkningsraden",
            {
                "utfall_intakter": amount("Utfallet för intäkter"),
                "utfall_kostnader": amount("Utfallet för kostnader"),
                "prognos_intakter": amount("Prognosen för intäkter"),
                "prognos_kostnader": amount("Prognosen för kostnader"),
                "kommentar": _long("Kommentaren"),
            },
        ),
        FollowUpKind(
            ItemKind.UPPFOLJNING_INVESTERING,
            m.UppfoljningInvestering,
            "investering_id",
            m.Investering,
            "Investeringen",
            {
                "utfall": amount("Utfallet"),
                "prognos": amount("Prognosen"),
                "kommentar": _long("Kommentaren"),
            },
        ),
        FollowUpKind(
            ItemKind.UPPFOLJNING_KONTROLL,
            m.UppfoljningKontroll,
            "internkontroll_id",
            m.Internkontroll,
            "Kontrollpunkten",
            {
                "utford": _optional_flag("Utförd"),
                "avvikelse": _long("Avvikelsen"),
                "atgard": _long("Åtgärden"),
            },
        ),
    )
}

PERIOD_FIELDS: dict[str, Check] = {
    "namn": text("Uppföljningens namn", required=True),
    "slutdatum": date("Periodens slutdatum"),
    "sammanfattning": text("Sammanfattningen", limit=LONG_TEXT),
    "viktiga_handelser": text("Viktiga händelser", limit=LONG_TEXT),
    "framtid": text("Framtiden", limit=LONG_TEXT),
    "rapporterad_datum": date("Datum för rapporteringen"),
}
"""The fields of a period a user may change (its year and kind are set when it is made)."""
