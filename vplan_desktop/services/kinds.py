"""The kinds of items a plan holds, which of their fields a user may edit, and how each
field's value is checked.

A check gets the session (some checks look at the plan, such as the risk scale's size) and the
value, and returns the value to store or raises ``InputError`` with a Swedish message.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from vplan_desktop import sections
from vplan_desktop.db import models as m
from vplan_desktop.db.enums import (
    AktivitetStatus,
    BudgetTabell,
    Frekvens,
    Jamforare,
    KolumnSlag,
    MalNiva,
    PlanStatus,
    Riktning,
)
from vplan_desktop.db.models import clean_text
from vplan_desktop.errors import InputError
from vplan_desktop.images import ALT_TEXT_LIMIT, check_image
from vplan_desktop.numbers import check_value
from vplan_desktop.sections import ItemKind, Section


@dataclass(frozen=True)
class Field:
    """An editable field: its Swedish label and the check of its values."""

    label: str
    check: Callable[[Session, Any], Any]

    def __call__(self, session: Session, value: Any) -> Any:
        return self.check(session, value)


Check = Field

SHORT_TEXT = 500
LONG_TEXT = 2_000_000
MIN_YEAR, MAX_YEAR = 1900, 2200


def text(label: str, *, required: bool = False, limit: int = SHORT_TEXT) -> Check:
    """A text; short texts are trimmed, a required one may not be empty."""

    def check(session: Session, value: Any) -> str:
        if not isinstance(value, str):
            raise InputError(f"{label} ska vara en text.")
        value = clean_text(value)  # first: Python counts some control characters as spaces
        result: str = " ".join(value.split()) if limit == SHORT_TEXT else value
        if required and not result.strip():
            raise InputError(f"{label} får inte vara {_agreeing(label, 'tom')}.")
        if len(result) > limit:
            raise InputError(f"{label} är för {_agreeing(label, 'lång')} (högst {limit} tecken).")
        return result

    return Field(label, check)


def _image_data(session: Session, value: Any) -> bytes:
    """A PNG or JPEG that decodes in full within the limits (``images.check_image``)."""
    check_image(value)
    return bytes(value)


def _agreeing(label: str, adjective: str) -> str:
    """``adjective`` agreeing with the noun ``label`` names: "Rubriken … tom", "Målområdets namn
    … tomt", "Namnet på målnivån … långt" (a neuter noun in the definite ends in -et; the
    neuter nouns of the labels in their indefinite form are listed)."""
    words = label.split()
    head = words[0] if " på " in label or " för " in label or not words else words[-1]
    neuter = head.lower().endswith(("et", "namn", "mål", "nummer", "parti", "-id"))
    return adjective + "t" if neuter else adjective


def flag(label: str) -> Check:
    def check(session: Session, value: Any) -> bool:
        if not isinstance(value, bool):
            raise InputError(f"{label} ska vara ja eller nej.")
        return value

    return Field(label, check)


def year(label: str, *, optional: bool = False) -> Check:
    def check(session: Session, value: Any) -> int | None:
        if value is None and optional:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            raise InputError(f"{label} ska vara ett årtal.")
        if not MIN_YEAR <= value <= MAX_YEAR:
            raise InputError(f"{label} {value} är inget rimligt årtal.")
        return value

    return Field(label, check)


def choice(label: str, enum: type[StrEnum], *, optional: bool = False) -> Check:
    def check(session: Session, value: Any) -> StrEnum | None:
        if value is None and optional:
            return None
        try:
            return enum(value)
        except ValueError:
            raise InputError(f"{label}: ”{value}” är inget giltigt val.") from None

    return Field(label, check)


def date(label: str) -> Check:
    def check(session: Session, value: Any) -> dt.date | None:
        if value is not None and not isinstance(value, dt.date):
            raise InputError(f"{label} ska vara ett datum.")
        return value

    return Field(label, check)


def value(label: str) -> Check:
    """A number, a text or blank (indicator and key-figure values)."""

    def check(session: Session, value: Any) -> Decimal | str | None:
        if value is None:
            return None
        if isinstance(value, str):
            return text(label, limit=SHORT_TEXT)(session, value) or None
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            raise InputError(f"{label} ska vara ett tal, en text eller tomt.")
        return check_value(value, label)

    return Field(label, check)


def amount(label: str, *, optional: bool = True, minimum: Decimal | None = None) -> Check:
    """A Decimal amount such as an activity's cost in tkr."""

    def check(session: Session, value: Any) -> Decimal | None:
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            raise InputError(f"{label} ska vara ett belopp.")
        number = check_value(value, label)
        if minimum is not None and number < minimum:
            raise InputError(f"{label} får inte vara negativt.")
        return number

    return Field(label, check)


def risk_level(label: str) -> Check:
    """A level on the plan's risk scale (1–4 or 1–5), or blank."""

    def check(session: Session, value: Any) -> int | None:
        if value is None:
            return None
        size = session.execute(select(m.Plan.riskskala)).scalar_one()
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= size:
            raise InputError(f"{label} ska vara en nivå från 1 till {size}.")
        return value

    return Field(label, check)


def reference(label: str, model: type[m.Base], *, optional: bool = True) -> Check:
    """The id of another item of the plan."""

    def check(session: Session, value: Any) -> int | None:
        if value is None and optional:
            return None
        if (
            not isinstance(value, int)
            or isinstance(value, bool)
            or session.get(model, value) is None
        ):
            raise InputError(f"{label} finns inte i planen.")
        return value

    return Field(label, check)


_KOLADA = re.compile(r"[A-Z]\d{5}")


def _kolada_id(session: Session, value: Any) -> str:
    value = text("Kolada-id")(session, value).upper()
    if value and not _KOLADA.fullmatch(value):
        raise InputError(
            f"”{value}” är inget Kolada-id (en bokstav och fem siffror, t.ex. U31402)."
        )
    return str(value)


kolada_id = Field("Kolada-id", _kolada_id)

FOOTNOTES_TEXT = 20_000


def _row_level(session: Session, value: Any) -> int:
    if value not in (0, 1) or isinstance(value, bool):
        raise InputError("Raden ska vara en huvudrad (nivå 0) eller en underrad (nivå 1).")
    return int(value)


row_level = Field("Radens nivå", _row_level)

FIRST_ROW_NOT_SUB_ROW = (
    "Den första raden i en tabell kan inte vara en underrad: "
    "det finns ingen rad ovanför som den hör till."
)


def _sub_row_has_a_row_above(session: Session, row: Any, given: dict[str, Any]) -> None:
    """A row made a sub-row ("varav …") belongs to the nearest main row above: the first row
    of a table has none. Checked only when the level is set, so that a row left first when
    the row above it was removed keeps its other edits (it is shown as a main row)."""
    if given.get("niva") != 1:
        return
    above = session.scalar(
        select(m.NyckeltalRad.id)
        .where(
            m.NyckeltalRad.tabell_id == row.tabell_id,
            or_(
                m.NyckeltalRad.ordning < row.ordning,
                and_(m.NyckeltalRad.ordning == row.ordning, m.NyckeltalRad.id < row.id),
            ),
        )
        .limit(1)
    )
    if above is None:
        raise InputError(FIRST_ROW_NOT_SUB_ROW)


MALNIVA_FIELD_LABELS = {
    MalNiva.KF: "KF:s mål",
    MalNiva.KS: "KS:s mål",
    MalNiva.NAMND: "nämndsmål",
    MalNiva.FORVALTNING: "förvaltningens mål",
    MalNiva.UPPDRAG: "uppdrag",
}


@dataclass(frozen=True)
class Kind:
    """A kind of item: its model, ordering scope and editable fields."""

    name: ItemKind
    model: type[m.Base]
    label: str
    fields: dict[str, Check]
    required: tuple[str, ...] = ()
    scope: tuple[str, ...] = ()
    """The fields whose values group siblings for ordering (none: the whole table)."""
    unique: tuple[str, ...] = field(default=())
    ordered: bool = True
    shown_by_others: bool = False
    """Other items' rows show its fields (a verksamhet's name in the budget rows, a goal's text
    under its indicators, a column's heading): an edit of it is never one item's alone."""
    rule: Callable[[Session, Any, dict[str, Any]], None] | None = None
    """A check over the whole item once it is in place, given the fields just set (a
    key-figure row made a sub-row must have a row above it); raises InputError."""

    @property
    def section(self) -> Section:
        """The section that shows items of this kind (``sections.KINDS``)."""
        return sections.KINDS[self.name].section


def _kinds() -> dict[ItemKind, Kind]:
    kinds = [
        Kind(
            ItemKind.PLAN,
            m.Plan,
            "Uppgifterna",
            {
                "kommun": text("Kommunen", required=True),
                "namnd": text("Nämnden", required=True),
                "forvaltning": text("Förvaltningen"),
                "titel": text("Titeln", required=True),
                "ordforande": text("Ordföranden"),
                "ordforande_parti": text("Ordförandens parti"),
                "forvaltningschef": text("Förvaltningschefen"),
                "diarienummer": text("Diarienumret"),
                "status": choice("Status", PlanStatus, optional=True),
                "antagen_datum": date("Datum för antagande"),
                "antagen_paragraf": text("Paragrafen"),
                **{
                    f"malniva_{level.value}": text(f"Namnet på målnivån {label}")
                    for level, label in MALNIVA_FIELD_LABELS.items()
                },
                "summa_resultat": flag("Summeringen av resultaträkningen"),
            },
            ordered=False,
            shown_by_others=True,
        ),
        Kind(
            ItemKind.KAPITEL,
            m.Kapitel,
            "Kapitlet",
            {
                "att_granska": flag("Granskningsmarkeringen"),
                "rubrik": text("Rubriken", required=True),
                "text": text("Texten", limit=LONG_TEXT),
                "omvarldsanalys": flag("Omvärldsanalys"),
            },
            required=("rubrik",),
        ),
        Kind(
            ItemKind.BILD,
            m.Bild,
            "Bilden",
            {
                "att_granska": flag("Granskningsmarkeringen"),
                "namn": text("Bildens namn"),
                "alt_text": text("Alternativtexten", limit=ALT_TEXT_LIMIT),
                "data": Field("Bilden", _image_data),
            },
            required=("data",),
            ordered=False,
        ),
        Kind(
            ItemKind.VERKSAMHET,
            m.Verksamhet,
            "Verksamheten",
            {"namn": text("Verksamhetens namn", required=True)},
            required=("namn",),
            unique=("namn",),
            shown_by_others=True,
        ),
        Kind(
            ItemKind.MALOMRADE,
            m.Malomrade,
            "Målområdet",
            {
                "att_granska": flag("Granskningsmarkeringen"),
                "kod": text("Koden"),
                "namn": text("Målområdets namn", required=True),
                "beskrivning": text("Beskrivningen", limit=LONG_TEXT),
            },
            required=("namn",),
            shown_by_others=True,
        ),
        Kind(
            ItemKind.NAMNDSMAL,
            m.Namndsmal,
            "Nämndsmålet",
            {
                "att_granska": flag("Granskningsmarkeringen"),
                "malomrade_id": reference("Målområdet", m.Malomrade),
                "overordnat_id": reference("Det överordnade målet", m.Namndsmal),
                "niva": choice("Målnivån", MalNiva),
                "kod": text("Målets nummer"),
                "text": text("Målet", required=True, limit=LONG_TEXT),
                "beskrivning": text("Beskrivningen", limit=LONG_TEXT),
                "ansvarig": text("Ansvarig"),
                "foljs_upp_genom": text("Följs upp genom", limit=2000),
                "adressat": text("Adressaten"),
            },
            required=("text",),
            scope=("malomrade_id", "overordnat_id"),
            shown_by_others=True,
        ),
        Kind(
            ItemKind.INDIKATOR,
            m.Indikator,
            "Indikatorn",
            {
                "att_granska": flag("Granskningsmarkeringen"),
                "namndsmal_id": reference("Nämndsmålet", m.Namndsmal, optional=False),
                "namn": text("Indikatorns namn", required=True, limit=2000),
                "enhet": text("Enheten"),
                "riktning": choice("Riktningen", Riktning),
                "frekvens": choice("Frekvensen", Frekvens, optional=True),
                "kalla": text("Källan"),
                "jamforelse": text("Jämförelsens namn"),
                "kolada_id": kolada_id,
                "varje_ar": flag("Mäts varje år"),
                "nulage_ar": year("Nulägesåret", optional=True),
                "nulage": value("Nuläget"),
                "nulage_ar_malniva": flag("Nuläget är en målnivå"),
                "langsiktigt": value("Det långsiktiga målet"),
                "langsiktigt_jamforare": choice(
                    "Det långsiktiga målets jämförelse", Jamforare, optional=True
                ),
            },
            required=("namndsmal_id", "namn"),
            scope=("namndsmal_id",),
        ),
        Kind(
            ItemKind.AKTIVITET,
            m.Aktivitet,
            "Aktiviteten",
            {
                "att_granska": flag("Granskningsmarkeringen"),
                "namn": text("Aktivitetens namn", required=True, limit=2000),
                "beskrivning": text("Beskrivningen", limit=LONG_TEXT),
                "namndsmal_id": reference("Målet", m.Namndsmal),
                "malomrade_id": reference("Målområdet", m.Malomrade),
                "ansvarig": text("Ansvarig"),
                "startdatum": date("Startdatum"),
                "slutdatum": date("Slutdatum"),
                "slutdatum_reviderat": date("Det reviderade slutdatumet"),
                "ar": year("Året", optional=True),
                "status": choice("Status", AktivitetStatus, optional=True),
                "verksamhet_id": reference("Verksamheten", m.Verksamhet),
                "kostnad_tkr": amount("Kostnaden", minimum=Decimal(0)),
                "egen_tid": flag("Egen tid"),
            },
            required=("namn",),
        ),
        Kind(
            ItemKind.BUDGETKOLUMN,
            m.BudgetKolumn,
            "Kolumnen",
            {
                "tabell": choice("Tabellen", BudgetTabell),
                "slag": choice("Kolumnens slag", KolumnSlag),
                "ar": year("Kolumnens år"),
                "anmarkning": text("Anmärkningen"),
            },
            required=("tabell", "slag", "ar"),
            scope=("tabell",),
            unique=("tabell", "slag", "ar"),
            shown_by_others=True,
        ),
        Kind(
            ItemKind.DRIFTBUDGET_RAD,
            m.DriftbudgetRad,
            "Driftbudgetraden",
            {
                "att_granska": flag("Granskningsmarkeringen"),
                "verksamhet_id": reference("Verksamheten", m.Verksamhet, optional=False),
            },
            required=("verksamhet_id",),
            unique=("verksamhet_id",),
        ),
        Kind(
            ItemKind.RESULTAT_RAD,
            m.ResultatRad,
            "Resultaträkningsraden",
            {
                "att_granska": flag("Granskningsmarkeringen"),
                "verksamhet_id": reference("Verksamheten", m.Verksamhet, optional=False),
            },
            required=("verksamhet_id",),
            unique=("verksamhet_id",),
        ),
        Kind(
            ItemKind.KOSTNADSSLAG_RAD,
            m.KostnadsslagRad,
            "Kostnadsslaget",
            {
                "att_granska": flag("Granskningsmarkeringen"),
                "namn": text("Kostnadsslagets namn", required=True),
            },
            required=("namn",),
        ),
        Kind(
            ItemKind.INVESTERING,
            m.Investering,
            "Investeringen",
            {
                "att_granska": flag("Granskningsmarkeringen"),
                "projekt": text("Projektnamnet", required=True),
                "projektnummer": text("Projektnumret"),
            },
            required=("projekt",),
        ),
        Kind(
            ItemKind.NYCKELTAL_TABELL,
            m.NyckeltalTabell,
            "Nyckeltalstabellen",
            {
                "att_granska": flag("Granskningsmarkeringen"),
                "rubrik": text("Rubriken", required=True),
                "enhet": text("Enheten"),
                "malomrade_id": reference("Målområdet", m.Malomrade),
                "frekvens": choice("Rapporteringsfrekvensen", Frekvens, optional=True),
                "fotnoter": text("Fotnoterna", limit=FOOTNOTES_TEXT),
            },
            required=("rubrik",),
            shown_by_others=True,
        ),
        Kind(
            ItemKind.NYCKELTAL_KOLUMN,
            m.NyckeltalKolumn,
            "Kolumnen",
            {
                "tabell_id": reference("Tabellen", m.NyckeltalTabell, optional=False),
                "rubrik": text("Kolumnens rubrik", required=True),
            },
            required=("tabell_id", "rubrik"),
            scope=("tabell_id",),
            shown_by_others=True,
        ),
        Kind(
            ItemKind.NYCKELTAL_RAD,
            m.NyckeltalRad,
            "Raden",
            {
                "tabell_id": reference("Tabellen", m.NyckeltalTabell, optional=False),
                "namn": text("Radens namn", required=True),
                "enhet": text("Enheten"),
                "niva": row_level,
            },
            required=("tabell_id", "namn"),
            scope=("tabell_id",),
            rule=_sub_row_has_a_row_above,
        ),
        Kind(
            ItemKind.INTERNKONTROLL,
            m.Internkontroll,
            "Kontrollpunkten",
            {
                "att_granska": flag("Granskningsmarkeringen"),
                "process": text("Processen", limit=2000),
                "risk": text("Risken", limit=2000),
                "sannolikhet": risk_level("Sannolikheten"),
                "konsekvens": risk_level("Konsekvensen"),
                "kontrollmoment": text("Kontrollmomentet", limit=2000),
                "kontrollansvar": text("Kontrollansvaret"),
                "frekvens": text("Frekvensen"),
                "metod": text("Metoden", limit=2000),
                "rapportering_till": text("Rapportering till"),
                "rapportering_nar": text("Tidpunkt för rapportering"),
            },
        ),
    ]
    return {kind.name: kind for kind in kinds}


KINDS = _kinds()


def kind(name: ItemKind) -> Kind:
    """The editable kind ``name``; InputError for a kind that is not edited item by item."""
    try:
        return KINDS[name]
    except KeyError:
        raise InputError(f"Okänd sorts post: {name}.") from None
