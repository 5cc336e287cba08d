"""Adopting a plan freezes it; reopening it for edits is explicit and logged in the plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import PlanStatus
from vplan_desktop.errors import InputError
from vplan_desktop.formatting import format_date
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.changes import Change
from vplan_desktop.storage.places import user_name


@dataclass(frozen=True)
class LogEntry:
    tid: dt.datetime
    anvandare: str
    handelse: str
    orsak: str


def log_event(doc: PlanDocument, handelse: str, orsak: str = "") -> None:
    """Write an event into the plan's own log (allowed on an adopted plan too)."""
    with doc.transaction(adopted_too=True) as session:
        session.add(
            m.Logg(
                tid=dt.datetime.now().replace(microsecond=0),
                anvandare=user_name(),
                handelse=handelse,
                orsak=orsak,
            )
        )


def read_log(doc: PlanDocument) -> list[LogEntry]:
    with doc.reading() as session:
        return [
            LogEntry(row.tid, row.anvandare, row.handelse, row.orsak)
            for row in session.scalars(select(m.Logg).order_by(m.Logg.id))
        ]


def adopt(doc: PlanDocument, datum: dt.date | None, paragraf: str) -> Change:
    """Mark the plan adopted on ``datum`` under § ``paragraf``; from then on it is frozen.

    Refused while the plan has Fel (see ``items``), without a date, or without a paragraph.
    """
    paragraf = paragraf.strip().removeprefix("§").strip()
    if datum is None:
        raise InputError("Ange datum då nämnden antog planen (ÅÅÅÅ-MM-DD).")
    if not paragraf:
        raise InputError("Ange paragrafen i nämndens protokoll, t.ex. 123.")
    # The status and its line in the log are one action: both are saved, or neither.
    with doc.transaction():
        change = items.update_item(
            doc,
            ItemKind.PLAN,
            1,
            {
                "status": PlanStatus.ANTAGEN.value,
                "antagen_datum": datum,
                "antagen_paragraf": paragraf,
            },
        )
        log_event(doc, f"Planen antagen {format_date(datum)} § {paragraf}")
    return change


def reopen(doc: PlanDocument, orsak: str) -> None:
    """Open an adopted plan for edits again; the reason is kept in the plan's log."""
    orsak = orsak.strip()
    if not orsak:
        raise InputError("Skriv varför den antagna planen ska ändras; orsaken sparas i planen.")
    if not doc.is_adopted():
        raise InputError("Planen är inte antagen och kan redan ändras.")
    with doc.transaction(adopted_too=True) as session:
        session.get_one(m.Plan, 1).status = PlanStatus.UNDER_BEREDNING
        session.add(
            m.Logg(
                tid=dt.datetime.now().replace(microsecond=0),
                anvandare=user_name(),
                handelse="Antagen plan öppnad för ändringar",
                orsak=orsak,
            )
        )
