"""Reading the follow-up periods and the scale of måluppfyllelse into plain data.

Read as plain rows (SQLAlchemy Core), as ``read`` reads the plan.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Result, Row, Table, select
from sqlalchemy.orm import Session

from vplan_desktop import follow_up_data as f
from vplan_desktop.db import models as m

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
NO_COLOUR = "#9e9e9e"
"""Shown for a colour that is none (a plan file changed outside vplan): every view and
document may take a level's colour as it is."""


def plain_rows(session: Session, query: Any) -> Result[Any]:
    """The rows ``query`` (a Core statement) gives in ``session``'s transaction, with the
    changes made in it and not yet written included, as an ORM query would have them."""
    if session.autoflush:
        session.flush()
    return session.connection().execute(query)


def _select(model: Any, *order: str) -> Any:
    """Every row of ``model``'s table, ordered by the columns named ``order``."""
    table: Table = model.__table__
    return select(table).order_by(*(table.c[name] for name in order))


def assessment_scale(session: Session) -> tuple[f.Bedomningsniva, ...]:
    rows = plain_rows(session, _select(m.Bedomningsniva, "ordning", "id"))
    return tuple(
        f.Bedomningsniva(r.id, r.namn, r.farg if _COLOUR.fullmatch(r.farg) else NO_COLOUR, r.grad)
        for r in rows
    )


def _rows(session: Session, model: Any, key: str) -> dict[int, dict[int, Row[Any]]]:
    """Every row of ``model`` by period and by the id in its column ``key``."""
    found: dict[int, dict[int, Row[Any]]] = defaultdict(dict)
    for row in plain_rows(session, _select(model)):
        found[row.uppfoljning_id][getattr(row, key)] = row
    return found


CONTENTS = (
    (m.UppfoljningMal, "namndsmal_id"),
    (m.UppfoljningIndikator, "indikator_id"),
    (m.UppfoljningAktivitet, "aktivitet_id"),
    (m.UppfoljningDrift, "rad_id"),
    (m.UppfoljningResultat, "rad_id"),
    (m.UppfoljningInvestering, "investering_id"),
    (m.UppfoljningKontroll, "internkontroll_id"),
)
"""What a period holds per plan item: the model and the item's column."""


def fingerprint(period_version: int, rows: Iterable[tuple[str, int, int]]) -> str:
    """A period as its user saw it (``Uppfoljning.innehall``): the period's version and the
    versions of the rows it holds (table, item id, version). Any of them changed, added or
    removed gives another fingerprint."""
    listed = ";".join(f"{table}:{item}:{version}" for table, item, version in sorted(rows))
    return hashlib.sha256(f"{period_version}|{listed}".encode()).hexdigest()[:24]


def period_contents(session: Session, period_id: int) -> list[Any]:
    """The rows period ``period_id`` holds, of every kind of ``CONTENTS``."""
    found: list[Any] = []
    for model, _key in CONTENTS:
        found += session.scalars(select(model).where(model.uppfoljning_id == period_id))
    return found


def period_fingerprint(session: Session, period: m.Uppfoljning) -> str:
    """``fingerprint`` of ``period`` as it is in the plan now."""
    rows = period_contents(session, period.id)
    keys = {model: key for model, key in CONTENTS}
    return fingerprint(
        period.version,
        ((type(r).__tablename__, getattr(r, keys[type(r)]), r.version) for r in rows),
    )


def last_change(rows: Iterable[Any]) -> tuple[str, dt.datetime | None]:
    """Who changed the newest of ``rows`` and when (UTC, as kept): ("", None) when none
    says."""
    stamped = [r for r in rows if r.andrad_tid is not None]
    if not stamped:
        return "", None
    newest = max(stamped, key=lambda r: r.andrad_tid)
    return str(newest.andrad_av or ""), newest.andrad_tid


def periods(session: Session) -> tuple[f.Uppfoljning, ...]:
    goals = _rows(session, m.UppfoljningMal, "namndsmal_id")
    outcomes = _rows(session, m.UppfoljningIndikator, "indikator_id")
    activities = _rows(session, m.UppfoljningAktivitet, "aktivitet_id")
    drift = _rows(session, m.UppfoljningDrift, "rad_id")
    results = _rows(session, m.UppfoljningResultat, "rad_id")
    investments = _rows(session, m.UppfoljningInvestering, "investering_id")
    controls = _rows(session, m.UppfoljningKontroll, "internkontroll_id")
    query = _select(m.Uppfoljning, "ordning", "id")
    return tuple(
        f.Uppfoljning(
            id=p.id,
            namn=p.namn,
            ar=p.ar,
            slag=p.slag,
            slutdatum=p.slutdatum,
            rapporterad=p.rapporterad,
            rapporterad_datum=p.rapporterad_datum,
            sammanfattning=p.sammanfattning,
            viktiga_handelser=p.viktiga_handelser,
            framtid=p.framtid,
            version=p.version,
            innehall=fingerprint(
                p.version,
                (
                    (model.__tablename__, item, row.version)
                    for (model, _key), found in zip(
                        CONTENTS,
                        (goals, outcomes, activities, drift, results, investments, controls),
                        strict=True,
                    )
                    for item, row in found[p.id].items()
                ),
            ),
            mal={
                i: f.MalUppfoljning(r.bedomningsniva_id, r.bedomning, r.orsak, r.atgard)
                for i, r in goals[p.id].items()
            },
            indikatorer={
                i: f.IndikatorUtfall(
                    r.tal if r.tal is not None else r.text, r.datum, r.kalla, r.kommentar
                )
                for i, r in outcomes[p.id].items()
            },
            aktiviteter={
                i: f.AktivitetUppfoljning(r.status, r.kommentar, r.slutdatum_reviderat)
                for i, r in activities[p.id].items()
            },
            drift={
                i: f.BeloppUppfoljning(r.utfall, r.prognos, r.kommentar)
                for i, r in drift[p.id].items()
            },
            resultat={
                i: f.ResultatUppfoljning(
                    r.utfall_intakter,
                    r.utfall_kostnader,
                    r.prognos_intakter,
                    r.prognos_kostnader,
                    r.kommentar,
                )
                for i, r in results[p.id].items()
            },
            investeringar={
                i: f.BeloppUppfoljning(r.utfall, r.prognos, r.kommentar)
                for i, r in investments[p.id].items()
            },
            kontroller={
                i: f.KontrollResultat(r.utford, r.avvikelse, r.atgard)
                for i, r in controls[p.id].items()
            },
        )
        for p in plain_rows(session, query)
    )
